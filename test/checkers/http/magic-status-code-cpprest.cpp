// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// cpprestsdk 2.10.18 from Debian's libcpprest-dev. status_code is an
// unsigned short, so a bare number compiles wherever a status goes.
#include <cpprest/http_listener.h>

#include <string>

#define NO_CONTENT 204
#define NOT_FOUND web::http::status_codes::NotFound

void replies(web::http::http_request req) {
  req.reply(204);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 204 written as a number; use web::http::status_codes::NoContent [http-magic-status-code]
  // CHECK-FIXES: req.reply(web::http::status_codes::NoContent);
  req.reply(404, U("no such item"));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 404 written as a number; use web::http::status_codes::NotFound
  // CHECK-FIXES: req.reply(web::http::status_codes::NotFound, U("no such item"));
  req.reply(web::http::http_response(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: status code 500 written as a number; use web::http::status_codes::InternalError
  // CHECK-FIXES: req.reply(web::http::http_response(web::http::status_codes::InternalError));
}

void responses(web::http::http_request req) {
  web::http::http_response res(201);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 201 written as a number; use web::http::status_codes::Created
  // CHECK-FIXES: web::http::http_response res(web::http::status_codes::Created);
  res.set_status_code(304);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 304 written as a number; use web::http::status_codes::NotModified
  // CHECK-FIXES: res.set_status_code(web::http::status_codes::NotModified);
  web::http::http_response converted = 202;
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 202 written as a number; use web::http::status_codes::Accepted
  // CHECK-FIXES: web::http::http_response converted = web::http::status_codes::Accepted;
  req.reply(res);
}

void conditional(web::http::http_request req, bool quiet) {
  req.reply(quiet ? 204 : web::http::status_codes::OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 204 written as a number; use web::http::status_codes::NoContent
  // CHECK-FIXES: req.reply(quiet ? web::http::status_codes::NoContent : web::http::status_codes::OK);
}

bool compared(const web::http::http_response &res) {
  return res.status_code() == 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 204 written as a number; use web::http::status_codes::NoContent
  // CHECK-FIXES: return res.status_code() == web::http::status_codes::NoContent;
}

int dispatched(const web::http::http_response &res) {
  switch (res.status_code()) {
  case 404:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 404 written as a number; use web::http::status_codes::NotFound
    return 1;
  default:
    return 0;
  }
}

// A namespace alias in scope is used for the fix.
namespace http = web::http;

void throughAlias(http::http_request req) {
  req.reply(403);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 403 written as a number; use http::status_codes::Forbidden
  // CHECK-FIXES: req.reply(http::status_codes::Forbidden);
}

// --- No findings ------------------------------------------------------------

void named(http::http_request req) {
  req.reply(http::status_codes::NoContent);
  req.reply(NO_CONTENT);
  req.reply(NOT_FOUND, U("no such item"));
  http::http_response res(NO_CONTENT);
  res.set_status_code(http::status_codes::OK);
  req.reply(res);
}

bool ranges(const http::http_response &res) {
  return res.status_code() >= 400 || res.status_code() / 100 == 2;
}

void notStatusPositions(http::http_request req,
                        const concurrency::streams::istream &data) {
  char buffer[204];
  req.reply(http::status_codes::OK, std::string(204, 'x'));
  req.reply(http::status_codes::OK, data, 204, U("text/plain"));
  http::http_response res(http::status_codes::OK);
  res.headers().set_content_length(404);
  res.headers().add(U("X-Count"), 404);
  req.reply(res);
  (void)buffer;
}

// No constant names 103, 299 or 418.
void unnamed(http::http_request req) {
  req.reply(103);
  req.reply(299);
  req.reply(418);
}
