// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev): a status line is a code and a reason
// phrase (http_status_line_t), sent as given.
#include <restinio/request_handler.hpp>

using restinio::request_handle_t;
using restinio::request_handling_status_t;

request_handling_status_t deleted(const request_handle_t &req) {
  return req
      ->create_response(restinio::http_status_line_t{
          restinio::status_code::no_content, "OK"})
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:47: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: restinio::status_code::no_content, "No Content"})
}

request_handling_status_t throughHeader(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_line(restinio::http_status_line_t{
      restinio::http_status_code_t{404}, "Not Modified"});
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: reason phrase 'Not Modified' is the phrase of status 304, not of 404 (Not Found)
  // CHECK-FIXES: restinio::http_status_code_t{404}, "Not Found"});
  return resp.done();
}

// --- No findings ------------------------------------------------------------

request_handling_status_t own(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_not_modified());
  resp.header().status_line(restinio::http_status_line_t{
      restinio::status_code::not_found, "Not Found"});
  resp.header().status_line(restinio::http_status_line_t{
      restinio::status_code::not_found, "No such item"});
  resp.header().status_line(
      restinio::http_status_line_t{restinio::status_code::not_found, ""});
  return resp.done();
}
