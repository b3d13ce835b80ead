// A user-account service on POCO's HTTPServer: a factory that routes by path
// and method to handler classes. One handler holds a real finding, a status
// written as a number where POCO names it.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <map>
#include <mutex>
#include <ostream>
#include <sstream>
#include <string>

using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

namespace {

std::mutex Guard;
std::map<std::string, std::string> Accounts; // login -> display name

std::string loginFrom(const std::string &uri) {
  return uri.size() > 10 ? uri.substr(10) : std::string();
}

class ListAccounts : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &res) override {
    std::lock_guard<std::mutex> lock(Guard);
    if (Accounts.empty()) {
      res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
      res.send();
      return;
    }
    res.setContentType("text/plain");
    res.setChunkedTransferEncoding(true);
    std::ostream &out = res.send();
    for (const auto &[login, name] : Accounts)
      out << login << ": " << name << "\n";
  }
};

class ShowAccount : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &res) override {
    std::lock_guard<std::mutex> lock(Guard);
    auto it = Accounts.find(loginFrom(req.getURI()));
    if (it == Accounts.end()) {
      res.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
      res.send() << "no such account";
      return;
    }
    const std::string tag = "\"" + std::to_string(it->second.size()) + "\"";
    res.set("ETag", tag);
    if (req.get("If-None-Match", "") == tag) {
      res.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
      res.send();
      return;
    }
    res.setContentType("text/plain");
    res.sendBuffer(it->second.data(), it->second.size());
  }
};

class CreateAccount : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &res) override {
    std::ostringstream body;
    Poco::StreamCopier::copyStream(req.stream(), body);
    const std::string login = loginFrom(req.getURI());
    if (login.empty() || body.str().empty()) {
      res.setStatusAndReason(HTTPResponse::HTTP_BAD_REQUEST);
      res.send() << "login and name required";
      return;
    }
    std::lock_guard<std::mutex> lock(Guard);
    if (!Accounts.emplace(login, body.str()).second) {
      res.setStatus(HTTPResponse::HTTPStatus(409)); // Finding: HTTP_CONFLICT.
      res.send() << "taken";
      return;
    }
    res.setStatusAndReason(HTTPResponse::HTTP_CREATED);
    res.set("Location", "/accounts/" + login);
    res.send() << login;
  }
};

class DeleteAccount : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &res) override {
    if (req.get("Authorization", "") != "Bearer admin") {
      res.requireAuthentication("accounts");
      res.send() << "admins only";
      return;
    }
    std::lock_guard<std::mutex> lock(Guard);
    const bool existed = Accounts.erase(loginFrom(req.getURI())) > 0;
    res.setStatusAndReason(existed ? HTTPResponse::HTTP_NO_CONTENT
                                   : HTTPResponse::HTTP_NOT_FOUND);
    res.send();
  }
};

class NotFound : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &res) override {
    res.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
    res.setContentType("text/plain");
    res.send() << "not found";
  }
};

class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Poco::Net::HTTPRequestHandler *
  createRequestHandler(const HTTPServerRequest &req) override {
    const std::string &uri = req.getURI();
    const std::string &method = req.getMethod();
    if (uri == "/accounts" && method == HTTPRequest::HTTP_GET)
      return new ListAccounts;
    if (uri.rfind("/accounts/", 0) != 0)
      return new NotFound;
    if (method == HTTPRequest::HTTP_GET)
      return new ShowAccount;
    if (method == HTTPRequest::HTTP_POST)
      return new CreateAccount;
    if (method == HTTPRequest::HTTP_DELETE)
      return new DeleteAccount;
    return new NotFound;
  }
};

} // namespace

int main() {
  Poco::Net::ServerSocket socket(9090);
  Poco::Net::HTTPServer server(new Router, socket,
                               new Poco::Net::HTTPServerParams);
  server.start();
  server.stopAll();
  return 0;
}
