// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// Simple-Web-Server v3.1.1, through the declaration-only stand-in of its
// headers. write(status, ..., header) writes the status line and the header
// fields it is given at once; a handler may instead write the whole message
// itself, whose header lines are read. The server has no redirect,
// authentication or range helper and adds none of these headers itself.
#include <simple-web-server/server_http.hpp>

#include <memory>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using Response = std::shared_ptr<HttpServer::Response>;
using Request = std::shared_ptr<HttpServer::Request>;
using SimpleWeb::CaseInsensitiveMultimap;
using SimpleWeb::StatusCode;

#define UNAUTHORIZED SimpleWeb::StatusCode::client_error_unauthorized
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(Response response, Request) {
  response->write(StatusCode::client_error_unauthorized, "login first",
                  {{"Content-Type", "text/plain"}});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

void denyByMacro(Response response, Request) {
  response->write(UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
void emptyChallenge(Response response, Request) {
  response->write(StatusCode::client_error_unauthorized,
                  {{"WWW-Authenticate", ""}});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Allow is among the fields on one branch only.
void otherBranch(Response response, Request request) {
  if (request->query_string == "verbose")
    response->write(StatusCode::client_error_method_not_allowed,
                    {{"Allow", "GET, PUT"}});
  else
    response->write(StatusCode::client_error_method_not_allowed,
                    {{"Content-Type", "text/plain"}});
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

void redirectByHand(Response response, Request) {
  response->write(StatusCode::redirection_found);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

void partial(Response response, Request) {
  response->write(StatusCode::success_partial_content, "abc",
                  {{"Content-Type", "text/plain"}});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
}

void rangeNotSatisfiable(Response response, Request) {
  response->write(StatusCode::client_error_range_not_satisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(Response response, Request) {
  response->write(StatusCode::client_error_upgrade_required, "use HTTP/2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

void proxyAuth(Response response, Request) {
  response->write(StatusCode::client_error_proxy_authentication_required);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status and the fields are one call: a helper that writes them is
// where the status is set.
static void answerNotAllowed(HttpServer::Response &response) {
  response.write(StatusCode::client_error_method_not_allowed);
}

void statusThroughHelper(Response response, Request) {
  answerNotAllowed(*response);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'answerNotAllowed'
}

// The status is one of two on a conditional: the 301 arm lacks Location.
void conditional(Response response, Request request) {
  response->write(request->query_string == "old"
                      ? StatusCode::redirection_moved_permanently
                      : StatusCode::success_ok);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

void challenge(Response response, Request) {
  response->write(StatusCode::client_error_unauthorized, "login first",
                  {{"WWW-Authenticate", "Bearer realm=\"items\""}});
}

// The fields in a local constant.
void challengeInConstant(Response response, Request) {
  const CaseInsensitiveMultimap header{{"WWW-Authenticate", "Basic"}};
  response->write(StatusCode::client_error_unauthorized, header);
}

// The whole message written by the handler: a status line in protocol text
// is not a status the framework sets, so nothing is reported on it.
void rawDeny(Response response, Request) {
  *response << "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n";
}

void rawChallenge(Response response, Request) {
  *response << "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\n"
               "Content-Length: 0\r\n\r\n";
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(Response response, Request) {
  response->write(StatusCode::client_error_method_not_allowed, {{"Allow", ""}});
}

void allowThroughConstant(Response response, Request) {
  response->write(StatusCode::client_error_method_not_allowed,
                  {{kAllow, "GET"}});
}

void redirect(Response response, Request) {
  response->write(StatusCode::redirection_see_other, {{"Location", "/items"}});
}

// A name the analysis cannot read may be the header.
void nameInVariable(Response response, Request, const std::string &name) {
  response->write(StatusCode::client_error_method_not_allowed, {{name, "GET"}});
}

// Fields the handler may change before the call are not read.
void fieldsInVariable(Response response, Request) {
  CaseInsensitiveMultimap header;
  header.emplace("Allow", "GET");
  response->write(StatusCode::client_error_method_not_allowed, header);
}

void decorate(Response &response);

// Unknown code wrote part of the message.
void escapes(Response response, Request) {
  decorate(response);
  *response << "HTTP/1.1 401 Unauthorized\r\n";
  decorate(response);
  *response << "\r\n";
}

void multipart(Response response, Request) {
  response->write(StatusCode::success_partial_content, "--x\r\n...",
                  {{"Content-Type", "multipart/byteranges; boundary=x"}});
}

void contentRange(Response response, Request) {
  response->write(StatusCode::success_partial_content, "abc",
                  {{"Content-Range", "bytes 0-2/10"}});
}

void rawUpgrade(Response response, Request) {
  *response << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
               "Connection: Upgrade\r\n\r\n";
}

// Not required: 201 (Location optional), 300, 304.
void created(Response response, Request) {
  response->write(StatusCode::success_created);
}
void multipleChoices(Response response, Request) {
  response->write(StatusCode::redirection_multiple_choices);
}
void notModified(Response response, Request) {
  response->write(StatusCode::redirection_not_modified);
}
