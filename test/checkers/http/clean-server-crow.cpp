// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/crow-1.3.3
// A complete, correct Crow v1.3.3 server: no finding may be reported.
#include <crow.h>

#include <map>
#include <mutex>
#include <string>

namespace {

std::mutex Mutex;
std::map<int64_t, std::string> Items;

bool authorised(const crow::request &req) {
  return req.get_header_value("Authorization") == "Bearer secret";
}

crow::response listItems() {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty())
    return crow::response(crow::status::NO_CONTENT);
  crow::json::wvalue result;
  for (const auto &[id, name] : Items)
    result[std::to_string(id)] = name;
  return crow::response(crow::status::OK, result);
}

void getItem(const crow::request &req, crow::response &res, int64_t id) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(id);
  if (it == Items.end()) {
    res.code = crow::status::NOT_FOUND;
    res.end("no such item");
    return;
  }
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  res.set_header("ETag", etag);
  if (req.get_header_value("If-None-Match") == etag) {
    res.code = crow::status::NOT_MODIFIED;
    res.end();
    return;
  }
  res.set_header("Content-Type", "text/plain");
  res.end(it->second);
}

void deleteItem(const crow::request &req, crow::response &res, int64_t id) {
  if (!authorised(req)) {
    res.code = crow::status::UNAUTHORIZED;
    res.set_header("WWW-Authenticate", "Bearer realm=\"items\"");
    res.end("login first");
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(id) > 0;
  res.code = existed ? crow::status::NO_CONTENT : crow::status::NOT_FOUND;
  if (!existed)
    res.write("no such item");
  res.set_header("Cache-Control", "no-store");
  res.end();
}

} // namespace

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/items")(listItems);

  CROW_ROUTE(app, "/items/<int>")
      .methods(crow::HTTPMethod::Get)(getItem);

  CROW_ROUTE(app, "/items/<int>")
      .methods(crow::HTTPMethod::Delete)(deleteItem);

  CROW_ROUTE(app, "/items")
      .methods("POST"_method)([](const crow::request &req) {
        if (req.body.empty())
          return crow::response(crow::status::BAD_REQUEST, "empty item");
        std::lock_guard<std::mutex> lock(Mutex);
        const int64_t id = static_cast<int64_t>(Items.size()) + 1;
        Items[id] = req.body;
        crow::response res(crow::status::CREATED, "text/plain",
                           std::to_string(id));
        res.set_header("Location", "/items/" + std::to_string(id));
        return res;
      });

  CROW_ROUTE(app, "/items")
      .methods(crow::HTTPMethod::Options)([]() -> crow::response {
        crow::response res(crow::status::NO_CONTENT);
        res.add_header("Allow", "GET, POST, DELETE, OPTIONS");
        return res;
      });

  CROW_ROUTE(app, "/health")([] { return "ok"; });

  app.port(18080).multithreaded().run();
}
