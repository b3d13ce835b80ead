// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// Simple-Web-Server v3.1.1, through the declaration-only stand-in of its
// headers.
#include <simple-web-server/server_http.hpp>

#include <memory>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using Response = std::shared_ptr<HttpServer::Response>;
using Request = std::shared_ptr<HttpServer::Request>;

#define NO_CONTENT SimpleWeb::StatusCode::success_no_content
#define NOT_FOUND 404

// write() takes the enumeration (an enum class): a number needs a cast.
void casts(Response response, Request) {
  response->write(static_cast<SimpleWeb::StatusCode>(204));
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: status code 204 written as a number; use SimpleWeb::StatusCode::success_no_content [http-magic-status-code]
  // CHECK-FIXES: response->write(SimpleWeb::StatusCode::success_no_content);
  response->write(static_cast<SimpleWeb::StatusCode>(404), "no such item");
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: status code 404 written as a number; use SimpleWeb::StatusCode::client_error_not_found
  // CHECK-FIXES: response->write(SimpleWeb::StatusCode::client_error_not_found, "no such item");
  response->write((SimpleWeb::StatusCode)304, {{"ETag", "\"v2\""}});
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: status code 304 written as a number; use SimpleWeb::StatusCode::redirection_not_modified
  // CHECK-FIXES: response->write(SimpleWeb::StatusCode::redirection_not_modified, {{[{][{]}}"ETag", "\"v2\""{{[}][}]}});
  response->write(SimpleWeb::StatusCode(500), "failed", {{"Retry-After", "5"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 500 written as a number; use SimpleWeb::StatusCode::server_error_internal_server_error
  // CHECK-FIXES: response->write(SimpleWeb::StatusCode::server_error_internal_server_error, "failed", {{[{][{]}}"Retry-After", "5"{{[}][}]}});
}

void throughDereference(Response response, Request) {
  (*response).write(static_cast<SimpleWeb::StatusCode>(201), "created");
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: status code 201 written as a number; use SimpleWeb::StatusCode::success_created
  // CHECK-FIXES: (*response).write(SimpleWeb::StatusCode::success_created, "created");
}

void conditional(Response response, bool quiet) {
  response->write(quiet ? static_cast<SimpleWeb::StatusCode>(204)
                        : SimpleWeb::StatusCode::success_ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:62: warning: status code 204 written as a number; use SimpleWeb::StatusCode::success_no_content
  // CHECK-FIXES: response->write(quiet ? SimpleWeb::StatusCode::success_no_content
}

void inAResource(HttpServer &server) {
  server.default_resource["GET"] = [](Response response, Request) {
    response->write(static_cast<SimpleWeb::StatusCode>(404), "not found");
    // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: status code 404 written as a number; use SimpleWeb::StatusCode::client_error_not_found
    // CHECK-FIXES: response->write(SimpleWeb::StatusCode::client_error_not_found, "not found");
  };
}

// A namespace alias in scope is used for the fix.
namespace sw = SimpleWeb;

void throughAlias(Response response, Request) {
  response->write(static_cast<sw::StatusCode>(403));
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: status code 403 written as a number; use sw::StatusCode::client_error_forbidden
  // CHECK-FIXES: response->write(sw::StatusCode::client_error_forbidden);
}

// A using-declaration of the enumeration is used for the fix.
using SimpleWeb::StatusCode;

void throughUsing(Response response, Request) {
  response->write(static_cast<StatusCode>(410));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 410 written as a number; use StatusCode::client_error_gone
  // CHECK-FIXES: response->write(StatusCode::client_error_gone);
}

// --- No findings ------------------------------------------------------------

void named(Response response, Request) {
  response->write(SimpleWeb::StatusCode::success_no_content);
  response->write(NO_CONTENT);
  response->write(static_cast<SimpleWeb::StatusCode>(NOT_FOUND), "gone");
}

// The number in a status line the handler writes is never a magic number.
void rawStatusLine(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\n\r\n";
  response->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", 45);
}

void notStatusPositions(Response response, Request request) {
  char buffer[204] = {};
  response->write(buffer, 204);
  *response << 404;
  response->write(SimpleWeb::StatusCode::success_ok, std::string(204, 'x'),
                  {{"X-Count", std::to_string(404)}});
  if (request->content.size() == 413 || response->size() > 500)
    return;
}

// No enumerator names 299 or 103; 0 is StatusCode::unknown, not a status
// code.
void unnamed(Response response, Request) {
  response->write(static_cast<SimpleWeb::StatusCode>(299));
  response->write(static_cast<SimpleWeb::StatusCode>(103));
  response->write(static_cast<SimpleWeb::StatusCode>(0));
}
