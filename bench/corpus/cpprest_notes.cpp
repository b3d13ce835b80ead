// A notes service on cpprestsdk's http_listener, replying with JSON. All its
// handlers are correct.
#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <iostream>
#include <map>
#include <mutex>
#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

namespace {

std::mutex Guard;
std::map<int, utility::string_t> Notes;
int NextId = 1;

int noteId(const http_request &req) {
  auto parts = uri::split_path(uri::decode(req.relative_uri().path()));
  if (parts.empty())
    return 0;
  try {
    return std::stoi(utility::conversions::to_utf8string(parts.front()));
  } catch (...) {
    return -1;
  }
}

json::value asJson(int id, const utility::string_t &text) {
  json::value note = json::value::object();
  note[U("id")] = json::value::number(id);
  note[U("text")] = json::value::string(text);
  return note;
}

void getNotes(http_request req) {
  std::lock_guard<std::mutex> lock(Guard);
  const int id = noteId(req);
  if (id < 0) {
    req.reply(status_codes::BadRequest, U("bad id"));
    return;
  }
  if (id == 0) {
    if (Notes.empty()) {
      req.reply(status_codes::NoContent);
      return;
    }
    json::value all = json::value::array();
    size_t i = 0;
    for (const auto &[key, text] : Notes)
      all[i++] = asJson(key, text);
    req.reply(status_codes::OK, all);
    return;
  }
  auto it = Notes.find(id);
  if (it == Notes.end()) {
    req.reply(status_codes::NotFound, U("no such note"));
    return;
  }
  http_response res(status_codes::OK);
  res.headers().add(header_names::cache_control, U("private, max-age=10"));
  res.set_body(asJson(it->first, it->second));
  req.reply(res);
}

void postNote(http_request req) {
  req.extract_json().then([req](pplx::task<json::value> task) {
    json::value body;
    try {
      body = task.get();
    } catch (const std::exception &) {
      req.reply(status_codes::BadRequest, U("not JSON"));
      return;
    }
    if (!body.has_string_field(U("text"))) {
      req.reply(status_codes::UnprocessableEntity, U("text missing"));
      return;
    }
    std::lock_guard<std::mutex> lock(Guard);
    const int id = NextId++;
    Notes[id] = body.at(U("text")).as_string();
    http_response res(status_codes::Created);
    res.headers().add(
        header_names::location,
        U("/notes/") + utility::conversions::to_string_t(std::to_string(id)));
    res.set_body(asJson(id, Notes[id]));
    req.reply(res);
  });
}

void deleteNote(http_request req) {
  std::lock_guard<std::mutex> lock(Guard);
  if (Notes.erase(noteId(req)) == 0) {
    req.reply(status_codes::NotFound, U("no such note"));
    return;
  }
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::cache_control, U("no-store"));
  req.reply(res);
}

} // namespace

int main() {
  http_listener notes(U("http://localhost:8082/notes"));
  notes.support(methods::GET, getNotes);
  notes.support(methods::POST, postNote);
  notes.support(methods::DEL, deleteNote);
  notes.support([](http_request req) {
    http_response res(status_codes::MethodNotAllowed);
    res.headers().add(header_names::allow, U("GET, POST, DELETE"));
    req.reply(res);
  });
  notes.open().wait();
  std::string line;
  std::getline(std::cin, line);
  notes.close().wait();
}
