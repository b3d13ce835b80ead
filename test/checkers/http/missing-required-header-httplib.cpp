// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// cpp-httplib 0.11 from Debian's libcpp-httplib-dev. The server sends the
// response after the handler returns, with the headers the handler set;
// set_redirect(url, status) adds Location, set_content(..., type) adds
// Content-Type. The server adds none of the headers these rules ask for.
#include <httplib.h>
#include <string>

using httplib::Request;
using httplib::Response;

#define UNAUTHORIZED 401
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(const Request &, Response &res) {
  res.status = 401;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res.set_content("login first", "text/plain");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: sent when the function returns

void denyByMacro(const Request &, Response &res) {
  res.status = UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
void emptyChallenge(const Request &, Response &res) {
  res.set_header("WWW-Authenticate", "");
  res.status = 401;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Allow is set on one branch only.
void otherBranch(const Request &req, Response &res) {
  if (req.has_param("verbose"))
    res.set_header("Allow", "GET, PUT");
  res.status = 405;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

void redirectByHand(const Request &, Response &res) {
  res.status = 302;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

// Location on another response object.
void otherObject(const Request &, Response &res, Response &other) {
  other.set_header("Location", "/elsewhere");
  res.status = 308;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 308 (Permanent Redirect) has no Location header
}

void partial(const Request &, Response &res) {
  res.status = 206;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  res.set_content("abc", "text/plain");
}

void rangeNotSatisfiable(const Request &, Response &res) {
  res.status = 416;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(const Request &, Response &res) {
  res.status = 426;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

void proxyAuth(const Request &, Response &res) {
  res.status = 407;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(Response &res) { res.status = 405; }

void statusThroughHelper(const Request &, Response &res) {
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-5]]:44: note: status 405 set here, through the call of 'setNotAllowed'
}

// The status is one of two on a conditional: the 301 arm lacks Location.
void conditional(const Request &req, Response &res) {
  res.status = req.has_param("old") ? 301 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

void challenge(const Request &, Response &res) {
  res.status = 401;
  res.set_header("WWW-Authenticate", "Bearer realm=\"items\"");
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(const Request &, Response &res) {
  res.status = 401;
  res.set_content("login first", "text/plain");
  res.set_header("WWW-Authenticate", "Basic realm=\"items\"");
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(const Request &, Response &res) {
  res.set_header("Allow", "");
  res.status = 405;
}

void allowThroughConstant(const Request &, Response &res) {
  res.set_header(kAllow, "GET");
  res.status = 405;
}

void redirect(const Request &, Response &res) { res.set_redirect("/items", 301); }

// set_redirect's default status is 302; it adds Location too.
void redirectDefault(const Request &, Response &res) { res.set_redirect("/items"); }

static void addAllow(Response &res) { res.set_header("Allow", "GET"); }

void headerThroughHelper(const Request &, Response &res) {
  res.status = 405;
  addAllow(res);
}

// A name the analysis cannot read may be the header.
void nameInVariable(const Request &, Response &res, const std::string &name) {
  res.set_header(name.c_str(), "GET");
  res.status = 405;
}

// The header map written directly, or the response handed to unknown code.
void headerMap(const Request &, Response &res) {
  res.headers.emplace("Location", "/items");
  res.status = 307;
}

void decorate(Response &res);

void escapes(const Request &, Response &res) {
  res.status = 401;
  decorate(res);
}

void multipart(const Request &, Response &res) {
  res.status = 206;
  res.set_content("--x\r\n...", "multipart/byteranges; boundary=x");
}

void contentRange(const Request &, Response &res) {
  res.status = 206;
  res.set_header("Content-Range", "bytes 0-2/10");
  res.set_content("abc", "text/plain");
}

// -1 is "unset": the server picks the status.
void unset(const Request &, Response &res) { res.status = -1; }

// Not required: 201 (Location optional), 300, 304.
void created(const Request &, Response &res) { res.status = 201; }
void multipleChoices(const Request &, Response &res) { res.status = 300; }
void notModified(const Request &, Response &res) { res.status = 304; }

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(Response &res) { res.status = 401; }

void challengeAfterHelper(const Request &, Response &res) {
  unauthorized(res);
  res.set_header("WWW-Authenticate", "Bearer");
}
