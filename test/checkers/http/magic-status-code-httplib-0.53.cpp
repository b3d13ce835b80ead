// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/httplib-0.53
// cpp-httplib 0.53.1, the current release, through the declaration-only
// header of Inputs/httplib-0.53: the fix spells its StatusCode enumerators.
#include <httplib.h>

#define MY_NO_CONTENT 204

void remove(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 204 written as a number; use httplib::StatusCode::NoContent_204 [http-magic-status-code]
  // CHECK-FIXES: res.status = httplib::StatusCode::NoContent_204;
}

void redirect(const httplib::Request &, httplib::Response &res) {
  res.set_redirect("/elsewhere", 308);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 308 written as a number; use httplib::StatusCode::PermanentRedirect_308
  // CHECK-FIXES: res.set_redirect("/elsewhere", httplib::StatusCode::PermanentRedirect_308);
}

// The enumerators whose names are easy to get wrong.
void spelled(httplib::Response &res, int kind) {
  if (kind == 0)
    res.status = 101;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 101 written as a number; use httplib::StatusCode::SwitchingProtocol_101
  // CHECK-FIXES: res.status = httplib::StatusCode::SwitchingProtocol_101;
  if (kind == 1)
    res.status = 103;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 103 written as a number; use httplib::StatusCode::EarlyHints_103
  // CHECK-FIXES: res.status = httplib::StatusCode::EarlyHints_103;
  if (kind == 2)
    res.status = 413;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 413 written as a number; use httplib::StatusCode::PayloadTooLarge_413
  // CHECK-FIXES: res.status = httplib::StatusCode::PayloadTooLarge_413;
  if (kind == 3)
    res.status = 422;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 422 written as a number; use httplib::StatusCode::UnprocessableContent_422
  // CHECK-FIXES: res.status = httplib::StatusCode::UnprocessableContent_422;
  if (kind == 4)
    res.status = 505;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 505 written as a number; use httplib::StatusCode::HttpVersionNotSupported_505
  // CHECK-FIXES: res.status = httplib::StatusCode::HttpVersionNotSupported_505;
}

void cast(httplib::Response &res) {
  httplib::StatusCode teapot = static_cast<httplib::StatusCode>(418);
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: status code 418 written as a number; use httplib::StatusCode::ImATeapot_418
  // CHECK-FIXES: httplib::StatusCode teapot = httplib::StatusCode::ImATeapot_418;
  res.status = teapot;
}

void conditional(httplib::Response &res, bool quiet) {
  res.status = quiet ? 204 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: status code 204 written as a number; use httplib::StatusCode::NoContent_204
  // CHECK-MESSAGES: :[[@LINE-2]]:30: warning: status code 200 written as a number; use httplib::StatusCode::OK_200
  // CHECK-FIXES: res.status = quiet ? httplib::StatusCode::NoContent_204 : httplib::StatusCode::OK_200;
}

void handlers(httplib::Server &svr) {
  // set_error_handler is a template since 0.17; either handler form.
  svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
    if (res.status == 404)
      // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 404 written as a number; use httplib::StatusCode::NotFound_404
      // CHECK-FIXES: if (res.status == httplib::StatusCode::NotFound_404)
      res.set_content("not here", "text/plain");
  });
  svr.set_pre_request_handler(
      [](const httplib::Request &req, httplib::Response &res) {
        if (req.has_header("Authorization"))
          return httplib::Server::HandlerResponse::Unhandled;
        res.status = 401;
        // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 401 written as a number; use httplib::StatusCode::Unauthorized_401
        // CHECK-FIXES: res.status = httplib::StatusCode::Unauthorized_401;
        return httplib::Server::HandlerResponse::Handled;
      });
}

void dispatch(httplib::Response &res) {
  switch (res.status) {
  case 304:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 304 written as a number; use httplib::StatusCode::NotModified_304
    // CHECK-FIXES: case httplib::StatusCode::NotModified_304:
    break;
  default:
    break;
  }
}

// --- No findings ------------------------------------------------------------

void named(httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.status = httplib::NoContent_204;
  res.status = MY_NO_CONTENT;
}

void notStatusPositions(const httplib::Request &req, httplib::Response &res,
                        char (&buffer)[204]) {
  res.set_content(buffer, 204, "application/octet-stream");
  size_t length = req.get_header_value_u64("Content-Length", 204);
  std::string value = res.get_header_value("X-Count", "204", 0);
  if (res.status >= 400 || res.status / 100 == 2)
    return;
  res.user_data.set("retries", 204);
  (void)length;
  (void)value;
}

// Codes with no constant are left alone.
void unnamed(httplib::Response &res) { res.status = 299; }
