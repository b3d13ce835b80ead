// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev. setStatus takes the
// enumeration HTTPResponse::HTTPStatus, or text that it parses as a number;
// setStatusAndReason and redirect take the enumeration. The response writes
// the number into the status line as it is.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerResponse;

#define STATUS_TYPO 2040

static void reply(HTTPServerResponse &res, int status, const char *text) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(status));
  res.send() << text;
}

void casts(HTTPServerResponse &res, bool quiet) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(2004));
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  res.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(4004), "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: status code 4004 is outside 100 to 599
  res.setStatusAndReason((HTTPResponse::HTTPStatus)STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: status code 2040 is outside 100 to 599
  res.setStatus(HTTPResponse::HTTPStatus(600));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: status code 600 is outside 100 to 599
  res.setStatus(quiet ? static_cast<HTTPResponse::HTTPStatus>(40)
                      : HTTPResponse::HTTP_OK);
  // CHECK-MESSAGES: :[[@LINE-2]]:63: warning: status code 40 is outside 100 to 599
  res.redirect("/new", static_cast<HTTPResponse::HTTPStatus>(3010));
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: status code 3010 is outside 100 to 599
}

// The text of setStatus(const std::string &) is parsed as the number.
void text(HTTPServerResponse &res) {
  res.setStatus("2004");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: status '2004' does not start with a three-digit code from 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  res.setStatus("99");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: status '99' does not start with a three-digit code from 100 to 599
  res.setStatus("600");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: status '600' does not start with a three-digit code from 100 to 599
}

// A response built from a status outside the range.
void constructed() {
  HTTPResponse upstream(static_cast<HTTPResponse::HTTPStatus>(99));
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: status code 99 is outside 100 to 599
  (void)upstream;
}

// Through a helper's status parameter: reported at the call.
void helper(HTTPServerResponse &res) {
  reply(res, 6000, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 6000 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(HTTPServerResponse &res) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(100));
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(599));
  res.setStatus("100");
  res.setStatus("599");
  reply(res, 204, "");
}

// A comparison tests the status; it sends nothing.
bool compared(const HTTPServerResponse &res, const HTTPResponse &upstream) {
  if (res.getStatus() == 0 || res.getStatus() != 2004 ||
      upstream.getStatus() == 0 || 2004 != upstream.getStatus())
    return true;
  if (res.getStatus() == static_cast<HTTPResponse::HTTPStatus>(0))
    return true;
  switch (res.getStatus()) {
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
  void setStatus(const std::string &status);
  void setStatus(int status);
};

void notStatusPositions(HTTPServerResponse &res, Job &job) {
  char buffer[2004] = {};
  job.setStatus(2004);
  job.setStatus("2004");
  res.setContentLength(2004);
  res.set("Retry-After", "3600");
  res.set("Warning", "2004 items");
  res.setReason("2004 items");
  res.setStatusAndReason(HTTPResponse::HTTP_OK, "2004 items");
  res.sendBuffer(buffer, 2004);
}
