// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev: result(unsigned) stores the
// number as it is (it throws above 999 only); result(status), the
// constructors and a static_cast take the scoped enumeration http::status,
// and int_to_status converts a number to it. The serializer writes
// result_int() as three digits whatever it is.
#include <boost/beast/http.hpp>

#include <vector>

namespace http = boost::beast::http;

using Response = http::response<http::string_body>;

#define STATUS_TYPO 2040

static void reply(Response &res, unsigned status, const char *text) {
  res.result(status);
  res.body() = text;
}

void setters(Response &res, bool quiet) {
  res.result(2004);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  res.result(99);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 99 is outside 100 to 599
  res.result(quiet ? 40 : 200);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 40 is outside 100 to 599
  res.result(STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 2040 is outside 100 to 599
}

void conversions(Response &res) {
  res.result(static_cast<http::status>(600));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 600 is outside 100 to 599
  res.result(http::status(1000));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: status code 1000 is outside 100 to 599
  res.result(http::int_to_status(4004));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 4004 is outside 100 to 599
  http::status kept = static_cast<http::status>(5000);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: status code 5000 is outside 100 to 599
  res.result(kept);
}

Response constructed() {
  return Response{static_cast<http::status>(2010), 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 2010 is outside 100 to 599
}

Response constructedFromConversion() {
  Response res{http::int_to_status(20), 11, "made"};
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 20 is outside 100 to 599
  return res;
}

// Through a helper's status parameter: reported at the call.
void helper(Response &res) {
  reply(res, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
}

// A conditional inside a conversion is not read: only a lone number given
// to int_to_status or a cast is.
void conditionalConversion(Response &res, bool quiet) {
  res.result(http::int_to_status(quiet ? 40 : 200));
  // FIXME: should report: status code 40 is outside 100 to 599
  res.result(static_cast<http::status>(quiet ? 40 : 200));
  // FIXME: should report: status code 40 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(Response &res) {
  res.result(100);
  res.result(599);
  res.result(static_cast<http::status>(100));
  res.result(http::int_to_status(599));
  reply(res, 204, "");
}

// A comparison tests the status; it sends nothing. status::unknown (0) is
// what result() gives for a code Beast does not know.
bool compared(const Response &res) {
  if (res.result_int() == 0 || res.result_int() != 2004)
    return true;
  if (res.result() == static_cast<http::status>(0) ||
      http::int_to_status(2004) != res.result())
    return true;
  switch (res.result_int()) {
  case 0:
  case 1000:
    return true;
  default:
    break;
  }
  // A case label is a comparison too, through the constant expression that
  // wraps its value.
  switch (res.result()) {
  case static_cast<http::status>(0):
    return true;
  default:
    return false;
  }
}

// status::unknown (0) kept as "no status seen yet" and only compared: the
// conversion is reported all the same, as the variable is not followed.
http::status worst(const std::vector<Response> &responses) {
  http::status seen = static_cast<http::status>(0);
  // FIXME: should not report: the value is only compared, never sent.
  // CHECK-MESSAGES: :[[@LINE-2]]:49: warning: status code 0 is outside 100 to 599
  for (const Response &res : responses)
    if (seen == static_cast<http::status>(0) || res.result() > seen)
      seen = res.result();
  return seen;
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void result(unsigned value);
};

void notStatusPositions(Response &res, Job &job) {
  job.result(2004);
  res.version(10);
  res.content_length(2004);
  res.set(http::field::retry_after, "3600");
  res.set(http::field::warning, "2004 items");
  res.body() = "2004 items";
  Response sized{http::status::ok, 11, std::string(2004, 'x')};
  (void)sized;
}
