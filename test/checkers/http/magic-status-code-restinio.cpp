// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev).
#include <restinio/request_handler.hpp>

#include <string>

using restinio::request_handle_t;
using restinio::request_handling_status_t;

#define NO_CONTENT restinio::status_no_content()
#define NOT_FOUND 404

// http_status_code_t's constructor from a number is explicit: a number
// appears wrapped in it. The fix names the http_status_code_t constant, which
// fits wherever the wrapped number did.
request_handling_status_t inStatusLine(const request_handle_t &req) {
  return req
      ->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{204}, "No Content"})
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: status code 204 written as a number; use restinio::status_code::no_content [http-magic-status-code]
  // CHECK-FIXES: restinio::status_code::no_content, "No Content"})
}

request_handling_status_t throughHeader(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_code(restinio::http_status_code_t{404});
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: status code 404 written as a number; use restinio::status_code::not_found
  // CHECK-FIXES: resp.header().status_code(restinio::status_code::not_found);
  resp.header().status_code(restinio::http_status_code_t(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: status code 500 written as a number; use restinio::status_code::internal_server_error
  // CHECK-FIXES: resp.header().status_code(restinio::status_code::internal_server_error);
  resp.header().status_line(
      restinio::http_status_line_t{restinio::http_status_code_t{304}, ""});
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: status code 304 written as a number; use restinio::status_code::not_modified
  // CHECK-FIXES: restinio::http_status_line_t{restinio::status_code::not_modified, ""});
  return resp.done();
}

request_handling_status_t conditional(const request_handle_t &req, bool quiet) {
  auto resp = req->create_response();
  resp.header().status_code(quiet ? restinio::http_status_code_t{204}
                                  : restinio::status_code::ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:66: warning: status code 204 written as a number; use restinio::status_code::no_content
  // CHECK-FIXES: resp.header().status_code(quiet ? restinio::status_code::no_content
  return resp.done();
}

// A name from the model's `names` is spelled through a namespace alias in
// scope, as enumerators are.
namespace rs = restinio;

request_handling_status_t throughAlias(const request_handle_t &req) {
  return req->create_response(rs::http_status_line_t{rs::http_status_code_t{201}, "Created"})
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:77: warning: status code 201 written as a number; use rs::status_code::created
  // CHECK-FIXES: return req->create_response(rs::http_status_line_t{rs::status_code::created, "Created"})
}

// --- No findings ------------------------------------------------------------

request_handling_status_t named(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.header().status_line(NO_CONTENT);
  resp.header().status_code(restinio::status_code::no_content);
  resp.header().status_code(restinio::http_status_code_t{NOT_FOUND});
  return resp.done();
}

request_handling_status_t notStatusPositions(const request_handle_t &req) {
  char buffer[204];
  (void)buffer;
  auto resp = req->create_response<restinio::user_controlled_output_t>();
  resp.set_content_length(204);
  resp.append_header("X-Count", std::to_string(404));
  resp.set_body(std::string(204, 'x'));
  return resp.done();
}

// No constant names 299 or 103; 0 is not a status code.
request_handling_status_t unnamed(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_code(restinio::http_status_code_t{299});
  resp.header().status_code(restinio::http_status_code_t{103});
  resp.header().status_code(restinio::http_status_code_t{0});
  return resp.done();
}
