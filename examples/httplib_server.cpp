// A small cpp-httplib server with the mistakes http-tidy finds.
// Lint it with: http-tidy examples/httplib_server.cpp -- -std=c++17
#include <httplib.h>

#include <map>
#include <mutex>
#include <string>

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

void deleteItem(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.erase(req.matches[1]) == 0) {
    res.status = 404;
    res.set_content("no such item", "text/plain");
    return;
  }
  // 204 tells the client there is nothing to read, but a body follows.
  res.status = 204;
  res.set_content("{\"deleted\":true}", "application/json");
}

void touchItem(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> lock(Mutex);
  Items[req.matches[1]] = req.body;
  res.status = 204;
  // A 204 must not carry Content-Length.
  res.set_header("Content-Length", "0");
}

void getItem(const httplib::Request &req, httplib::Response &res) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(req.matches[1]);
  if (it == Items.end()) {
    res.status = 404;
    return;
  }
  if (req.get_header_value("If-None-Match") == it->second) {
    res.status = 304; // Correct: no body on this path.
    return;
  }
  res.set_header("ETag", it->second);
  res.set_content(it->second, "text/plain");
}

} // namespace

int main() {
  httplib::Server server;
  server.Get(R"(/items/(\w+))", getItem);
  server.Put(R"(/items/(\w+))", touchItem);
  server.Delete(R"(/items/(\w+))", deleteItem);
  server.listen("127.0.0.1", 8080);
}
