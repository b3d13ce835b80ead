// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/httplib-0.15
// cpp-httplib 0.15 declares the StatusCode enum: suggest it.
#include <httplib.h>

#define MY_NO_CONTENT 204

namespace hl = httplib;

int timeoutSeconds(int);

void remove(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 204 written as a number; use hl::StatusCode::NoContent_204 [http-magic-status-code]
  // CHECK-FIXES: res.status = hl::StatusCode::NoContent_204;
}

void compare(const httplib::Request &, httplib::Response &res) {
  if (res.status == 404)
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 404 written as a number; use hl::StatusCode::NotFound_404
    // CHECK-FIXES: if (res.status == hl::StatusCode::NotFound_404)
    res.set_redirect("/elsewhere", 307);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 307 written as a number; use hl::StatusCode::TemporaryRedirect_307
  // CHECK-FIXES: res.set_redirect("/elsewhere", hl::StatusCode::TemporaryRedirect_307);
  if (304 != res.status)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: status code 304 written as a number; use hl::StatusCode::NotModified_304
    // CHECK-FIXES: if (hl::StatusCode::NotModified_304 != res.status)
    return;
}

void dispatch(httplib::Response &res) {
  switch (res.status) {
  case 200:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 200 written as a number; use hl::StatusCode::OK_200
    // CHECK-FIXES: case hl::StatusCode::OK_200:
    break;
  default:
    break;
  }
}

// --- No findings ------------------------------------------------------------

void named(httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.status = MY_NO_CONTENT;
}

void notStatusPositions(httplib::Response &res, char (&buffer)[204]) {
  int timeout = timeoutSeconds(204);
  res.set_content(buffer, 204, "application/octet-stream");
  if (res.status >= 400 || res.status / 100 == 2)
    return;
  int local = 204;
  (void)timeout;
  (void)local;
}

// Codes with no constant are left alone.
void unnamed(httplib::Response &res) { res.status = 299; }
