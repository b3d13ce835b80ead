// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17
// A complete, correct cpprestsdk 2.10.18 server (Debian's libcpprest-dev): no
// finding may be reported.
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

std::mutex Mutex;
std::map<utility::string_t, utility::string_t> Items;

utility::string_t itemKey(const http_request &req) {
  auto path = uri::split_path(uri::decode(req.relative_uri().path()));
  return path.empty() ? utility::string_t() : path.front();
}

bool authorised(const http_request &req) {
  auto it = req.headers().find(header_names::authorization);
  return it != req.headers().end() && it->second == U("Bearer secret");
}

void listItems(http_request req) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty()) {
    req.reply(status_codes::NoContent);
    return;
  }
  json::value list = json::value::object();
  for (const auto &[key, value] : Items)
    list[key] = json::value::string(value);
  req.reply(status_codes::OK, list);
}

void getItem(http_request req) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(itemKey(req));
  if (it == Items.end()) {
    req.reply(status_codes::NotFound, U("no such item"));
    return;
  }
  const utility::string_t etag =
      U("\"") + utility::conversions::to_string_t(std::to_string(it->second.size())) + U("\"");
  http_response res;
  res.headers().add(header_names::etag, etag);
  res.headers().add(header_names::cache_control, U("max-age=60"));
  if (req.headers().has(header_names::if_none_match) &&
      req.headers()[header_names::if_none_match] == etag) {
    res.set_status_code(status_codes::NotModified);
    req.reply(res);
    return;
  }
  res.set_status_code(status_codes::OK);
  res.set_body(it->second, U("text/plain; charset=utf-8"));
  req.reply(res);
}

void putItem(http_request req) {
  auto key = itemKey(req);
  req.extract_string().then([req, key](utility::string_t body) {
    std::lock_guard<std::mutex> lock(Mutex);
    const bool existed = Items.count(key) > 0;
    Items[key] = body;
    http_response res(existed ? status_codes::NoContent : status_codes::Created);
    if (!existed)
      res.headers().add(header_names::location, U("/items/") + key);
    req.reply(res);
  });
}

void deleteItem(http_request req) {
  if (!authorised(req)) {
    http_response res(status_codes::Unauthorized);
    res.headers().add(header_names::www_authenticate, U("Bearer"));
    res.set_body(U("login first"));
    req.reply(res);
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(itemKey(req)) > 0;
  http_response res(existed ? status_codes::NoContent : status_codes::NotFound);
  if (!existed)
    res.set_body(U("no such item"));
  res.headers().add(header_names::cache_control, U("no-store"));
  req.reply(res);
}

// The form was accepted: the client is to clear it. The server sends
// Content-Length: 0 for a response without a body by itself.
void resetForm(http_request req) { req.reply(status_codes::ResetContent); }

} // namespace

int main() {
  http_listener items(U("http://localhost:8080/items"));
  items.support(methods::GET, [](http_request req) {
    if (itemKey(req).empty())
      listItems(req);
    else
      getItem(req);
  });
  items.support(methods::PUT, putItem);
  items.support(methods::DEL, deleteItem);
  items.support(methods::POST, [](http_request req) { resetForm(req); });
  items.support([](http_request req) {
    http_response res(status_codes::MethodNotAllowed);
    res.headers().add(U("Allow"), U("GET, PUT, DELETE, POST"));
    res.set_body(U("not allowed"));
    req.reply(res);
  });
  items.open().wait();
  std::cout << "listening; press Enter to stop\n";
  std::string line;
  std::getline(std::cin, line);
  items.close().wait();
}
