// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// A complete, correct Simple-Web-Server v3.1.1 server (through the
// declaration-only stand-in of its headers): no finding may be reported.
#include <simple-web-server/server_http.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using SimpleWeb::CaseInsensitiveMultimap;
using SimpleWeb::StatusCode;

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(const std::shared_ptr<HttpServer::Request> &request) {
  auto it = request->header.find("Authorization");
  return it != request->header.end() && it->second == "Bearer secret";
}

void listItems(std::shared_ptr<HttpServer::Response> response,
               std::shared_ptr<HttpServer::Request>) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty()) {
    response->write(StatusCode::success_no_content);
    return;
  }
  std::string text;
  for (const auto &[key, value] : Items)
    text += key + "=" + value + "\n";
  response->write(StatusCode::success_ok, text,
                  {{"Content-Type", "text/plain"}});
}

void getItem(std::shared_ptr<HttpServer::Response> response,
             std::shared_ptr<HttpServer::Request> request) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(request->path_match[1].str());
  if (it == Items.end()) {
    response->write(StatusCode::client_error_not_found, "no such item");
    return;
  }
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  auto match = request->header.find("If-None-Match");
  if (match != request->header.end() && match->second == etag) {
    response->write(StatusCode::redirection_not_modified, {{"ETag", etag}});
    return;
  }
  response->write(StatusCode::success_ok, it->second, {{"ETag", etag}});
}

void putItem(std::shared_ptr<HttpServer::Response> response,
             std::shared_ptr<HttpServer::Request> request) {
  const std::string value = request->content.string();
  {
    std::lock_guard<std::mutex> lock(Mutex);
    Items[request->path_match[1].str()] = value;
  }
  // The handler writes the whole message itself.
  *response << "HTTP/1.1 201 Created\r\nContent-Length: " << value.size()
            << "\r\n\r\n"
            << value;
}

void deleteItem(std::shared_ptr<HttpServer::Response> response,
                std::shared_ptr<HttpServer::Request> request) {
  if (!authorised(request)) {
    response->write(StatusCode::client_error_unauthorized, "login first",
                    {{"WWW-Authenticate", "Bearer"}});
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(request->path_match[1].str()) > 0;
  CaseInsensitiveMultimap header{{"Cache-Control", "no-store"}};
  if (existed)
    response->write(StatusCode::success_no_content, header);
  else
    response->write(StatusCode::client_error_not_found, "no such item", header);
}

// Server-sent events: each send() writes what is buffered so far.
void events(std::shared_ptr<HttpServer::Response> response,
            std::shared_ptr<HttpServer::Request>) {
  response->close_connection_after_response = true;
  *response << "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n";
  response->send();
  *response << "data: hello\n\n";
  response->send();
}

void download(std::shared_ptr<HttpServer::Response> response,
              std::shared_ptr<HttpServer::Request>) {
  std::stringstream file("file contents");
  response->write(file, {{"Content-Type", "application/octet-stream"}});
}

} // namespace

int main() {
  HttpServer server;
  server.config.port = 8080;
  server.resource["^/items$"]["GET"] = listItems;
  server.resource["^/items/([a-z]+)$"]["GET"] = getItem;
  server.resource["^/items/([a-z]+)$"]["PUT"] = putItem;
  server.resource["^/items/([a-z]+)$"]["DELETE"] = deleteItem;
  server.resource["^/events$"]["GET"] = events;
  server.resource["^/download$"]["GET"] = download;
  server.resource["^/health$"]["HEAD"] =
      [](std::shared_ptr<HttpServer::Response> response,
         std::shared_ptr<HttpServer::Request>) { response->write(); };
  server.default_resource["GET"] =
      [](std::shared_ptr<HttpServer::Response> response,
         std::shared_ptr<HttpServer::Request>) {
        response->write(StatusCode::client_error_not_found, "not found");
      };
  server.on_error = [](std::shared_ptr<HttpServer::Request>,
                       const SimpleWeb::error_code &) {};
  server.start([](unsigned short) {});
}
