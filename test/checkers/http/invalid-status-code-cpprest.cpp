// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// cpprestsdk 2.10.18 from Debian's libcpprest-dev. status_code is an
// unsigned short: reply(code, ...), http_response(code) and
// set_status_code(code) take any number, and the listener writes it into
// the status line as it is.
#include <cpprest/http_listener.h>

#include <string>

namespace http = web::http;

#define STATUS_TYPO 2040

static void reply(const http::http_request &req, http::status_code status,
                  const utility::string_t &text) {
  http::http_response res(status);
  res.set_body(text);
  req.reply(res);
}

static void replyDirectly(const http::http_request &req,
                          http::status_code status) {
  req.reply(status);
}

void replies(http::http_request req, bool quiet) {
  req.reply(2004);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  req.reply(4004, U("no such item"));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 4004 is outside 100 to 599
  req.reply(quiet ? 40 : 200);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 40 is outside 100 to 599
  req.reply(STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: status code 2040 is outside 100 to 599
  req.reply(http::http_response(5000));
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: status code 5000 is outside 100 to 599
}

void responses(http::http_request req) {
  http::http_response res(2010);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 2010 is outside 100 to 599
  res.set_status_code(99);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 99 is outside 100 to 599
  http::http_response converted = 2020;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 2020 is outside 100 to 599
  req.reply(res);
  req.reply(converted);
}

// Through a helper's status parameter: reported at the call.
void helper(http::http_request req) {
  reply(req, 600, U("gone"));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
}

// A helper whose parameter is the status of the response reply() makes is
// not followed: reply(code) makes and sends its own response, which the
// helper's summary does not keep.
void helperReplies(http::http_request req) {
  replyDirectly(req, 600);
  // FIXME: should report: status code 600 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(http::http_request req) {
  req.reply(100);
  req.reply(599);
  http::http_response res(599);
  res.set_status_code(100);
  req.reply(res);
  reply(req, 204, U(""));
  replyDirectly(req, 204);
}

// A comparison tests the status; it sends nothing.
bool compared(const http::http_response &res) {
  if (res.status_code() == 0 || res.status_code() != 2004)
    return true;
  switch (res.status_code()) {
  case 0:
  case 1000:
    return true;
  default:
    return false;
  }
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void set_status_code(unsigned short code);
};

void notStatusPositions(http::http_request req, Job &job,
                        const concurrency::streams::istream &data) {
  job.set_status_code(2004);
  req.reply(http::status_codes::OK, std::string(2004, 'x'));
  req.reply(http::status_codes::OK, data, 2004, U("text/plain"));
  req.reply(http::status_codes::OK, U("2004 items"));
  req.reply(http::status_codes::OK, "2004 items", "text/plain");
  http::http_response res(http::status_codes::OK);
  res.headers().set_content_length(2004);
  res.headers().add(U("Retry-After"), 3600);
  res.headers().add(U("Warning"), U("2004 items"));
  res.set_body("2004 items");
  req.reply(res);
}
