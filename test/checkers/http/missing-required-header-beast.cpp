// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev. The serializer writes the
// fields the handler set and adds none; Beast has no redirect or challenge
// helper. keep_alive(), version() and reason() touch none of these headers.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Response = http::response<http::string_body>;
using Request = http::request<http::string_body>;

static const char *const kAllow = "Allow";

void decorate(Response &res);

// --- Findings ---------------------------------------------------------------

void deny(tcp::socket &socket, const Request &req) {
  Response res{http::status::unauthorized, req.version()};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  res.body() = "login first";
  res.prepare_payload();
  http::write(socket, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

// An empty challenge list is no challenge.
void emptyChallenge(tcp::socket &socket) {
  Response res;
  res.set(http::field::www_authenticate, "");
  res.result(http::status::unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  http::write(socket, res);
}

// Allow is set on one branch only.
void otherBranch(tcp::socket &socket, const Request &req) {
  Response res;
  if (req.method() == http::verb::put)
    res.set(http::field::allow, "GET, PUT");
  res.result(http::status::method_not_allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  http::write(socket, res);
}

// The status as a number.
void redirectByHand(tcp::socket &socket) {
  Response res;
  res.result(301);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header; RFC 9110 section 15.4.2 says it should have one
  res.version(11);
  res.reason("Moved");
  http::write(socket, res);
}

// Location on another message.
void otherObject(tcp::socket &socket, Response &other) {
  other.set(http::field::location, "/elsewhere");
  Response res{http::status::temporary_redirect, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 307 (Temporary Redirect) has no Location header
  http::write(socket, res);
}

void partial(tcp::socket &socket) {
  Response res{http::status::partial_content, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  res.set(http::field::content_type, "text/plain");
  res.body() = "abc";
  http::write(socket, res);
}

void rangeNotSatisfiable(tcp::socket &socket) {
  Response res{http::status::range_not_satisfiable, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  http::write(socket, res);
}

void switching(tcp::socket &socket) {
  http::response<http::empty_body> res{http::status::switching_protocols, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
  res.set(http::field::connection, "Upgrade");
  http::write(socket, res);
}

void upgradeRequired(tcp::socket &socket) {
  Response res{http::status::upgrade_required, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  http::write(socket, res);
}

void proxyAuth(tcp::socket &socket) {
  Response res{http::status::proxy_authentication_required, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  http::write(socket, res);
}

// Erased after it was set.
void erased(tcp::socket &socket) {
  Response res{http::status::method_not_allowed, 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  res.set(http::field::allow, "GET");
  res.erase(http::field::allow);
  http::write(socket, res);
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(Response &res) {
  res.result(http::status::method_not_allowed);
}

void statusThroughHelper(tcp::socket &socket, Response &res) {
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  http::write(socket, res);
}

// --- No findings ------------------------------------------------------------

void challenge(tcp::socket &socket) {
  Response res{http::status::unauthorized, 11};
  res.set(http::field::www_authenticate, "Bearer realm=\"items\"");
  http::write(socket, res);
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(tcp::socket &socket) {
  Response res;
  res.result(http::status::unauthorized);
  res.body() = "login first";
  res.insert("WWW-Authenticate", "Basic realm=\"items\"");
  http::write(socket, res);
}

// insert(field, name, value) takes the value third.
void proxyChallenge(tcp::socket &socket) {
  Response res{http::status::proxy_authentication_required, 11};
  res.insert(http::field::proxy_authenticate, "Proxy-Authenticate", "Basic");
  http::write(socket, res);
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(tcp::socket &socket) {
  Response res{http::status::method_not_allowed, 11};
  res.set(http::field::allow, "");
  http::write(socket, res);
}

void allowThroughConstant(tcp::socket &socket) {
  Response res{http::status::method_not_allowed, 11};
  res.set(kAllow, "GET");
  http::write(socket, res);
}

void redirect(tcp::socket &socket) {
  Response res{http::status::see_other, 11};
  res.set(http::field::location, "/items");
  res.keep_alive(false);
  http::write(socket, res);
}

static void addAllow(Response &res) { res.set(http::field::allow, "GET"); }

void headerThroughHelper(tcp::socket &socket) {
  Response res{http::status::method_not_allowed, 11};
  addAllow(res);
  http::write(socket, res);
}

// A name the analysis cannot read may be the header.
void nameInVariable(tcp::socket &socket, const std::string &name) {
  Response res{http::status::method_not_allowed, 11};
  res.set(name, "GET");
  http::write(socket, res);
}

void escapes(tcp::socket &socket) {
  Response res{http::status::unauthorized, 11};
  decorate(res);
  http::write(socket, res);
}

void multipart(tcp::socket &socket) {
  Response res{http::status::partial_content, 11};
  res.set(http::field::content_type, "multipart/byteranges; boundary=x");
  res.body() = "--x\r\n";
  http::write(socket, res);
}

void contentRange(tcp::socket &socket) {
  Response res{http::status::partial_content, 11};
  res.set(http::field::content_range, "bytes 0-2/10");
  res.body() = "abc";
  http::write(socket, res);
}

void upgrade(tcp::socket &socket) {
  http::response<http::empty_body> res{http::status::switching_protocols, 11};
  res.set(http::field::upgrade, "websocket");
  res.set(http::field::connection, "Upgrade");
  http::write(socket, res);
}

// Not required: 201, 300, 304.
void created(tcp::socket &socket) {
  Response res{http::status::created, 11};
  http::write(socket, res);
}
void notModified(tcp::socket &socket) {
  Response res{http::status::not_modified, 11};
  http::write(socket, res);
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(Response &res) {
  res.result(http::status::unauthorized);
}

void challengeAfterHelper(tcp::socket &socket, Response &res) {
  unauthorized(res);
  res.set(http::field::www_authenticate, "Bearer");
  http::write(socket, res);
}
