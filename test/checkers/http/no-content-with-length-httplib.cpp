// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// cpp-httplib 0.11 from Debian's libcpp-httplib-dev.
#include <httplib.h>

using httplib::Request;
using httplib::Response;

#define NO_CONTENT 204
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

void deleteItem(const Request &, Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "16");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void transferEncoding(const Request &, Response &res) {
  res.set_header("transfer-encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  res.status = NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void informational(const Request &, Response &res) {
  res.status = 103;
  res.set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 103 (Early Hints), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 103 set here
}

void throughPointer(const Request &req, Response &res) {
  Response *out = &res;
  if (req.has_header("X-Quiet"))
    out->status = 204;
  out->set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
}

// A constant holding the name is followed.
void nameInConstant(const Request &, Response &res) {
  res.status = 204;
  res.set_header(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// A status kept in a local variable is the value it holds on the path.
void statusInLocal(const Request &req, Response &res) {
  int code = 200;
  if (req.has_param("gone"))
    code = 204;
  res.status = code;
  res.set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// 304 may carry Content-Length; the variable never holds 204.
void statusInLocalNotModified(const Request &req, Response &res) {
  int code = 200;
  if (req.has_header("If-None-Match"))
    code = 304;
  res.status = code;
  res.set_header("Content-Length", "42");
}

// RFC 9110 allows Content-Length on a 304.
void notModified(const Request &, Response &res) {
  res.status = 304;
  res.set_header("Content-Length", "1024");
}

void metadataOnNoContent(const Request &, Response &res) {
  res.status = 204;
  res.set_header("ETag", "\"v2\"");
  res.set_header("Location", "/items/2");
  res.set_header("Cache-Control", "no-store");
}

void earlyReturn(const Request &req, Response &res) {
  if (req.has_header("X-Quiet")) {
    res.status = 204;
    return;
  }
  res.set_header("Content-Length", "5");
  res.set_content("hello", "text/plain");
}

void statusOverwritten(const Request &, Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "5");
  res.status = 200;
}

// A header name held in a variable that may change is not followed.
void nameInVariable(const Request &, Response &res, const char *name) {
  res.status = 204;
  res.set_header(name, "0");
}

// The framework adds Content-Length: 0 to an empty 204 by itself: nothing in
// the handler to fix.
void emptyNoContent(const Request &, Response &res) { res.status = 204; }
