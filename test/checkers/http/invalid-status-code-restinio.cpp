// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev). A status is an http_status_code_t,
// built from a number by its explicit constructor, inside an
// http_status_line_t (the code and a reason phrase) given to
// create_response() or header().status_line(), or alone given to
// header().status_code(). RESTinio writes the number as it is.
#include <restinio/request_handler.hpp>

#include <cstdint>
#include <string>

using restinio::http_status_code_t;
using restinio::http_status_line_t;
using restinio::request_handle_t;
using restinio::request_handling_status_t;

#define STATUS_TYPO 2040

static request_handling_status_t reply(const request_handle_t &req,
                                       std::uint16_t status,
                                       const std::string &text) {
  return req
      ->create_response(http_status_line_t{http_status_code_t{status}, "Custom"})
      .set_body(text)
      .done();
}

request_handling_status_t inStatusLine(const request_handle_t &req) {
  return req
      ->create_response(
          http_status_line_t{http_status_code_t{2004}, "No Content"})
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:49: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
}

request_handling_status_t throughHeader(const request_handle_t &req,
                                        bool quiet) {
  auto resp = req->create_response();
  resp.header().status_code(http_status_code_t{4004});
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: status code 4004 is outside 100 to 599
  resp.header().status_code(http_status_code_t(STATUS_TYPO));
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: status code 2040 is outside 100 to 599
  resp.header().status_line(http_status_line_t{http_status_code_t{99}, ""});
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: status code 99 is outside 100 to 599
  resp.header().status_code(quiet ? http_status_code_t{40}
                                  : restinio::status_code::ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:56: warning: status code 40 is outside 100 to 599
  return resp.done();
}

// A conditional inside the status object is not read: only a lone number
// given to http_status_code_t is.
request_handling_status_t conditionalCode(const request_handle_t &req,
                                          bool quiet) {
  auto resp = req->create_response();
  resp.header().status_code(http_status_code_t(quiet ? 40 : 200));
  // FIXME: should report: status code 40 is outside 100 to 599
  return resp.done();
}

request_handling_status_t kept(const request_handle_t &req) {
  const http_status_code_t code{600};
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: status code 600 is outside 100 to 599
  return req->create_response(http_status_line_t{code, "Custom"}).done();
}

// Through a helper's status parameter: reported at the call.
request_handling_status_t helper(const request_handle_t &req) {
  return reply(req, 6000, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 6000 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

request_handling_status_t valid(const request_handle_t &req, bool low) {
  if (low)
    return req
        ->create_response(http_status_line_t{http_status_code_t{100}, ""})
        .done();
  if (!low)
    return reply(req, 204, "");
  auto resp = req->create_response();
  resp.header().status_code(http_status_code_t{599});
  return resp.done();
}

// A comparison tests the status; it sends nothing. A default-constructed
// http_status_code_t holds 0.
bool compared(const request_handle_t &req) {
  auto resp = req->create_response();
  return resp.header().status_code() == http_status_code_t{0} ||
         http_status_code_t{2004} == resp.header().status_code() ||
         resp.header().status_code().raw_code() == 0;
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void status_code(std::uint16_t code);
};

request_handling_status_t notStatusPositions(const request_handle_t &req,
                                             Job &job) {
  char buffer[2004];
  (void)buffer;
  job.status_code(2004);
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      http_status_line_t{restinio::status_code::ok, "2004 items"});
  resp.set_content_length(2004);
  resp.append_header("Retry-After", "3600");
  resp.append_header("Warning", "2004 items");
  resp.set_body("2004 items");
  resp.set_body(std::string(2004, 'x'));
  return resp.done();
}
