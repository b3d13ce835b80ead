// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17
// A complete, correct POCO Net 1.11.0 server (Debian's libpoco-dev): no
// finding may be reported.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <map>
#include <mutex>
#include <ostream>
#include <string>

using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

class ItemHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request,
                     HTTPServerResponse &response) override {
    const std::string &uri = request.getURI();
    if (uri == "/items" && request.getMethod() == HTTPRequest::HTTP_GET)
      listItems(response);
    else if (uri.rfind("/items/", 0) == 0 &&
             request.getMethod() == HTTPRequest::HTTP_GET)
      getItem(request, response, uri.substr(7));
    else if (uri.rfind("/items/", 0) == 0 &&
             request.getMethod() == HTTPRequest::HTTP_DELETE)
      deleteItem(request, response, uri.substr(7));
    else if (uri == "/old")
      response.redirect("/items", HTTPResponse::HTTP_MOVED_PERMANENTLY);
    else {
      response.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
      response.setContentType("text/plain");
      response.send() << "not found";
    }
  }

private:
  static void listItems(HTTPServerResponse &response) {
    std::lock_guard<std::mutex> lock(Mutex);
    if (Items.empty()) {
      response.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
      response.send();
      return;
    }
    response.setStatusAndReason(HTTPResponse::HTTP_OK);
    response.setContentType("text/plain");
    response.setChunkedTransferEncoding(true);
    std::ostream &out = response.send();
    for (const auto &[key, value] : Items)
      out << key << "=" << value << "\n";
  }

  static void getItem(HTTPServerRequest &request, HTTPServerResponse &response,
                      const std::string &key) {
    std::lock_guard<std::mutex> lock(Mutex);
    auto it = Items.find(key);
    if (it == Items.end()) {
      response.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
      response.sendBuffer("no such item", 12);
      return;
    }
    const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
    response.set("ETag", etag);
    if (request.get("If-None-Match", "") == etag) {
      response.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
      response.setContentLength(static_cast<std::streamsize>(it->second.size()));
      response.send();
      return;
    }
    response.setStatusAndReason(HTTPResponse::HTTP_OK);
    response.setContentType("text/plain");
    response.sendBuffer(it->second.data(), it->second.size());
  }

  static void deleteItem(HTTPServerRequest &request,
                         HTTPServerResponse &response, const std::string &key) {
    if (request.get("Authorization", "") != "Bearer secret") {
      response.requireAuthentication("items");
      response.send() << "login first";
      return;
    }
    std::lock_guard<std::mutex> lock(Mutex);
    const bool existed = Items.erase(key) > 0;
    response.setStatusAndReason(existed ? HTTPResponse::HTTP_NO_CONTENT
                                        : HTTPResponse::HTTP_NOT_FOUND);
    response.set("Cache-Control", "no-store");
    std::ostream &out = response.send();
    if (!existed)
      out << "no such item";
  }
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Poco::Net::HTTPRequestHandler *
  createRequestHandler(const HTTPServerRequest &) override {
    return new ItemHandler;
  }
};

} // namespace

int main() {
  Poco::Net::ServerSocket socket(9980);
  Poco::Net::HTTPServer server(new Factory, socket,
                               new Poco::Net::HTTPServerParams);
  server.start();
  server.stopAll();
  return 0;
}
