// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev.
#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

#define NO_CONTENT 204

using Response = http::response<http::string_body>;

void setters(Response &res) {
  res.result(204);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 204 written as a number; use http::status::no_content [http-magic-status-code]
  // CHECK-FIXES: res.result(http::status::no_content);
  res.result(static_cast<http::status>(404));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 404 written as a number; use http::status::not_found
  // CHECK-FIXES: res.result(http::status::not_found);
  res.result(http::int_to_status(304));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 304 written as a number; use http::status::not_modified
  // CHECK-FIXES: res.result(http::status::not_modified);
}

Response constructed() {
  return Response{static_cast<http::status>(201), 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 201 written as a number; use http::status::created
  // CHECK-FIXES: return Response{http::status::created, 11};
}

bool compared(const Response &res) {
  return res.result_int() == 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: status code 204 written as a number; use http::status::no_content
  // CHECK-FIXES: return res.result() == http::status::no_content;
}

int dispatched(const Response &res) {
  switch (res.result_int()) {
  case 404:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 404 written as a number; use http::status::not_found
    return 1;
  default:
    return 0;
  }
}

// --- No findings ------------------------------------------------------------

void named(Response &res) {
  res.result(http::status::no_content);
  res.result(NO_CONTENT);
  res.version(11);
}

bool ranges(const Response &res) {
  return res.result_int() >= 400 || res.result_int() / 100 == 2;
}

void notStatusPositions() {
  char buffer[204];
  unsigned timeoutSeconds = 204;
  (void)buffer;
  (void)timeoutSeconds;
}

// No constant names 299.
void unnamed(Response &res) { res.result(299); }
