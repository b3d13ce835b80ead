// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/httplib-0.15
// A complete, correct cpp-httplib 0.15 server: no finding may be reported.
#include <httplib.h>

#include <map>
#include <mutex>
#include <string>

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(const httplib::Request &req) {
  return req.get_header_value("Authorization") == "Bearer secret";
}

void listItems(const httplib::Request &, httplib::Response &res) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty()) {
    res.status = httplib::StatusCode::NoContent_204;
    return;
  }
  std::string text;
  for (const auto &[key, value] : Items)
    text += key + "=" + value + "\n";
  res.set_content(text, "text/plain");
}

void getItem(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(req.matches[1]);
  if (it == Items.end()) {
    res.status = httplib::StatusCode::NotFound_404;
    res.set_content("no such item", "text/plain");
    return;
  }
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  res.set_header("ETag", etag);
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = httplib::StatusCode::NotModified_304;
    return;
  }
  res.set_content(it->second, "text/plain");
}

void deleteItem(const httplib::Request &req, httplib::Response &res) {
  if (!authorised(req)) {
    res.status = httplib::StatusCode::Unauthorized_401;
    res.set_header("WWW-Authenticate", "Bearer realm=\"items\"");
    res.set_content("login first", "text/plain");
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(req.matches[1]) > 0;
  res.status = existed ? httplib::StatusCode::NoContent_204
                       : httplib::StatusCode::NotFound_404;
  if (!existed)
    res.set_content("no such item", "text/plain");
  res.set_header("Cache-Control", "no-store");
}

void streamItems(const httplib::Request &, httplib::Response &res) {
  res.set_chunked_content_provider(
      "text/plain", [](size_t, httplib::DataSink &sink) {
        sink.write("a", 1);
        sink.done();
        return true;
      });
}

} // namespace

int main() {
  httplib::Server server;
  server.Get("/items", listItems);
  server.Get(R"(/items/(\w+))", getItem);
  server.Delete(R"(/items/(\w+))", deleteItem);
  server.Get("/stream", streamItems);
  server.set_error_handler([](const httplib::Request &, httplib::Response &res) {
    if (res.status == httplib::StatusCode::NotFound_404)
      res.set_content("not found", "text/plain");
  });
  server.listen("127.0.0.1", 8080);
}
