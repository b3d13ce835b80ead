// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// cpprestsdk 2.10.18 from Debian's libcpprest-dev. The listener sends the
// headers the handler added and adds none of those these rules ask for;
// cpprestsdk has no redirect or challenge helper. set_body's content type
// becomes Content-Type.
#include <cpprest/http_listener.h>

#include <string>

using web::http::header_names;
using web::http::http_request;
using web::http::http_response;
using web::http::status_codes;

static const char *const kAllow = "Allow";

void decorate(http_response &res);

// --- Findings ---------------------------------------------------------------

void deny(http_request req) {
  http_response res(status_codes::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res.set_body(U("login first"));
  req.reply(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

// reply(code, ...) sends a response of its own, which has no header.
void denyAtOnce(http_request req) {
  req.reply(status_codes::Unauthorized, U("login first"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
void emptyChallenge(http_request req) {
  http_response res;
  res.headers().add(U("WWW-Authenticate"), U(""));
  res.set_status_code(status_codes::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  req.reply(res);
}

// Allow is set on one branch only.
void otherBranch(http_request req) {
  http_response res(status_codes::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  if (req.method() == web::http::methods::PUT)
    res.headers().add(U("Allow"), U("GET, PUT"));
  req.reply(res);
}

void methodNotAllowed(http_request req) {
  req.reply(status_codes::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

void redirectByHand(http_request req) {
  http_response res(status_codes::Found);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  res.headers().set_cache_control(U("no-store"));
  req.reply(res);
}

void partial(http_request req) {
  http_response res(status_codes::PartialContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  res.set_body(std::string("abc"), "text/plain");
  req.reply(res);
}

void rangeNotSatisfiable(http_request req) {
  req.reply(status_codes::RangeNotSatisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void proxyAuth(http_request req) {
  req.reply(status_codes::ProxyAuthRequired);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// Removed after it was added.
void removed(http_request req) {
  http_response res(status_codes::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  res.headers().add(U("Allow"), U("GET"));
  res.headers().remove(U("Allow"));
  req.reply(res);
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(http_response &res) {
  res.set_status_code(status_codes::MethodNotAllowed);
}

void statusThroughHelper(http_request req) {
  http_response res;
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  req.reply(res);
}

// --- No findings ------------------------------------------------------------

void challenge(http_request req) {
  http_response res(status_codes::Unauthorized);
  res.headers().add(U("WWW-Authenticate"), U("Bearer realm=\"items\""));
  req.reply(res);
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(http_request req) {
  http_response res;
  res.set_status_code(status_codes::Unauthorized);
  res.set_body(U("login first"));
  res.headers().add(U("WWW-Authenticate"), U("Basic realm=\"items\""));
  req.reply(res);
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(http_request req) {
  http_response res(status_codes::MethodNotAllowed);
  res.headers().add(U("Allow"), U(""));
  req.reply(res);
}

void allowThroughConstant(http_request req) {
  http_response res(status_codes::MethodNotAllowed);
  res.headers().add(kAllow, U("GET"));
  req.reply(res);
}

void redirect(http_request req) {
  http_response res(status_codes::SeeOther);
  res.headers().add(U("Location"), U("/items"));
  req.reply(res);
}

static void addAllow(http_response &res) {
  res.headers().add(U("Allow"), U("GET"));
}

void headerThroughHelper(http_request req) {
  http_response res(status_codes::MethodNotAllowed);
  addAllow(res);
  req.reply(res);
}

// A name the analysis cannot read may be the header: a string variable.
void nameInVariable(http_request req, const std::string &name) {
  http_response res(status_codes::MethodNotAllowed);
  res.headers().add(name, U("GET"));
  req.reply(res);
}

// The header_names constants, defined in the library, are read by the
// names the model lists.
void headerNamesConstant(http_request req) {
  http_response res(status_codes::Unauthorized);
  res.headers().add(header_names::www_authenticate, U("Bearer"));
  req.reply(res);
}

void otherHeaderNamesConstant(http_request req) {
  http_response res(status_codes::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.headers().add(header_names::cache_control, U("no-store"));
  req.reply(res);
}

// The header map written through operator[], or the response handed to
// unknown code.
void headerMap(http_request req) {
  http_response res(status_codes::TemporaryRedirect);
  res.headers()[U("Location")] = U("/items");
  req.reply(res);
}

void escapes(http_request req) {
  http_response res(status_codes::Unauthorized);
  decorate(res);
  req.reply(res);
}

void multipart(http_request req) {
  http_response res(status_codes::PartialContent);
  res.set_body(std::string("--x\r\n"), "multipart/byteranges; boundary=x");
  req.reply(res);
}

void multipartType(http_request req) {
  http_response res(status_codes::PartialContent);
  res.headers().set_content_type(U("multipart/byteranges; boundary=x"));
  req.reply(res);
}

void contentRange(http_request req) {
  http_response res(status_codes::PartialContent);
  res.headers().add(U("Content-Range"), U("bytes 0-2/10"));
  res.set_body(std::string("abc"), "text/plain");
  req.reply(res);
}

// Not required: 201, 304.
void created(http_request req) { req.reply(status_codes::Created); }
void notModified(http_request req) { req.reply(status_codes::NotModified); }

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(http_response &res) {
  res.set_status_code(status_codes::Unauthorized);
}

void challengeAfterHelper(http_request req) {
  http_response res;
  unauthorized(res);
  res.headers().add(U("WWW-Authenticate"), U("Bearer"));
  req.reply(res);
}
