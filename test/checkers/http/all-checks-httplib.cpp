// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/httplib-0.15
// All http checks on one file: the two no-content checks report from one
// analysis of each function, and the status-code check asks about the same
// helpers. Each finding is reported once, by the check of its kind.
#include <httplib.h>
#include <string>

using httplib::Request;
using httplib::Response;

static void reply(Response &res, int code, bool withBody) {
  res.status = code;
  if (withBody)
    res.set_content("details", "text/plain");
}

// Content and Content-Length on the same 204, set by a number.
void both(const Request &, Response &res) {
  res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 204 written as a number; use httplib::StatusCode::NoContent_204 [http-magic-status-code]
  // CHECK-FIXES: res.status = httplib::StatusCode::NoContent_204;
  res.set_header("Content-Length", "7");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
  res.set_content("content", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: status 204 set here
}

// The helper makes its argument the status and writes the content.
void throughHelper(const Request &, Response &res) {
  reply(res, 204, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-20]]:5: note: content written here, through the call of 'reply'
  // CHECK-MESSAGES: :[[@LINE-23]]:3: note: status 204 set here
  // CHECK-MESSAGES: :[[@LINE-4]]:14: warning: status code 204 written as a number; use httplib::StatusCode::NoContent_204 [http-magic-status-code]
  // CHECK-FIXES: reply(res, httplib::StatusCode::NoContent_204, true);
}

// A lambda is analysed once too.
void routes(httplib::Server &server) {
  server.Get("/empty", [](const Request &, Response &res) {
    res.status = httplib::StatusCode::NoContent_204;
    res.set_content("x", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  });
}

// No response here: nothing to analyse, nothing to report.
int twice(int n) { return 2 * n; }
