// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -isystem %inputs/crow-1.3.3
// Crow v1.3.3, through the declaration-only headers of Inputs/crow-1.3.3.
// Crow sends the handler's headers as they are and adds none of those these
// rules ask for. redirect(), redirect_perm(), moved() and moved_perm() add
// Location with a status of their own (307, 308, 302, 301); clear() removes
// the headers and sets 200.
#include <crow.h>

#include <string>

#define MY_UNAUTHORIZED 401
static const char *const kAllow = "Allow";

void decorate(crow::response &res);

// --- Findings ---------------------------------------------------------------

void deny(const crow::request &, crow::response &res) {
  res.code = crow::status::UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res.set_header("Content-Type", "text/plain");
  res.end("login first");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void denyByMacro(crow::response &res) {
  res.code = MY_UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.end();
}

// An empty challenge list is no challenge.
void emptyChallenge(crow::response &res) {
  res.set_header("WWW-Authenticate", "");
  res.code = 401;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  res.end();
}

// Allow is set on one branch only.
void otherBranch(const crow::request &req, crow::response &res) {
  if (req.method == crow::HTTPMethod::PUT)
    res.add_header("Allow", "GET, PUT");
  res.code = 405;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  res.end();
}

void redirectByHand(crow::response &res) {
  res.code = crow::status::FOUND;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  res.end();
}

// A response returned by value is sent by Crow.
crow::response movedByValue() {
  return crow::response(301);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 301 (Moved Permanently) has no Location header
}

void partial(crow::response &res) {
  res.code = 206;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  res.set_header("Content-Type", "text/plain");
  res.end("abc");
}

void rangeNotSatisfiable(crow::response &res) {
  res.code = 416;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  res.end();
}

void proxyAuth(crow::response &res) {
  res.code = 407;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  res.end();
}

// clear() drops the header set before it.
void cleared(crow::response &res) {
  res.add_header("Allow", "GET");
  res.clear();
  res.code = 405;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  res.end();
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(crow::response &res) { res.code = 405; }

void statusThroughHelper(crow::response &res) {
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-5]]:50: note: status 405 set here, through the call of 'setNotAllowed'
  res.end();
}

// --- No findings ------------------------------------------------------------

void challenge(crow::response &res) {
  res.code = 401;
  res.set_header("WWW-Authenticate", "Bearer realm=\"items\"");
  res.end();
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(crow::response &res) {
  res.code = 401;
  res.write("login first");
  res.add_header("WWW-Authenticate", "Basic realm=\"items\"");
  res.end();
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(crow::response &res) {
  res.set_header("Allow", "");
  res.code = 405;
  res.end();
}

void allowThroughConstant(crow::response &res) {
  res.set_header(kAllow, "GET");
  res.code = 405;
  res.end();
}

// Crow's redirect helpers set their status and add Location.
void redirect(crow::response &res) {
  res.redirect("/items");
  res.end();
}

void movedPermanently(crow::response &res) {
  res.code = 401;
  res.moved_perm("/items");
  res.end();
}

// clear() sets 200: the 401 before it is not sent.
void clearedStatus(crow::response &res) {
  res.code = 401;
  res.clear();
  res.end();
}

void redirectCleared(crow::response &res) {
  res.redirect("/items");
  res.clear();
  res.redirect_perm("/elsewhere");
  res.end();
}

void movedAfterStatus(crow::response &res) {
  res.code = 302;
  res.moved("/items");
  res.end();
}

static void addAllow(crow::response &res) { res.set_header("Allow", "GET"); }

void headerThroughHelper(crow::response &res) {
  res.code = 405;
  addAllow(res);
  res.end();
}

// A name the analysis cannot read may be the header.
void nameInVariable(crow::response &res, const std::string &name) {
  res.set_header(name, "GET");
  res.code = 405;
  res.end();
}

void escapes(crow::response &res) {
  res.code = 401;
  decorate(res);
  res.end();
}

void multipart(crow::response &res) {
  res.code = 206;
  res.set_header("Content-Type", "multipart/byteranges; boundary=x");
  res.end("--x\r\n");
}

void contentRange(crow::response &res) {
  res.code = 416;
  res.set_header("Content-Range", "bytes */10");
  res.end();
}

// A read of a header of the response changes nothing.
void readBack(crow::response &res) {
  res.set_header("Location", "/items");
  res.code = 303;
  if (res.get_header_value("Location").empty())
    res.code = 500;
  res.end();
}

// Not required: 201, 304.
void created(crow::response &res) {
  res.code = 201;
  res.end();
}
crow::response notModified() { return crow::response(304); }

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(crow::response &res) { res.code = 401; }

void challengeAfterHelper(crow::response &res) {
  unauthorized(res);
  res.set_header("WWW-Authenticate", "Bearer");
  res.end();
}
