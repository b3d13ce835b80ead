// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17 -fdelayed-template-parsing
// Pistache 0.0.5 from Debian's libpistache-dev. send() and stream() take the
// scoped enumeration Http::Code: a number reaches them through a cast, and
// Pistache writes its value into the status line as it is.
#include <pistache/http.h>
#include <pistache/router.h>

#include <chrono>

using namespace Pistache;

#define STATUS_TYPO 2040

static void reply(Http::ResponseWriter &response, int status) {
  response.send(static_cast<Http::Code>(status), "done");
}

void setters(const Rest::Request &request, Http::ResponseWriter response) {
  response.send(static_cast<Http::Code>(2004));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  response.send(Http::Code(4004), "no such item", MIME(Text, Plain));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: status code 4004 is outside 100 to 599
  response.send((Http::Code)STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 2040 is outside 100 to 599
  response.send(request.hasParam(":short") ? static_cast<Http::Code>(40)
                                           : Http::Code::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:70: warning: status code 40 is outside 100 to 599
}

void streamed(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(static_cast<Http::Code>(99));
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: status code 99 is outside 100 to 599
  stream << "a" << Http::ends;
}

void kept(const Rest::Request &, Http::ResponseWriter response) {
  const Http::Code code = static_cast<Http::Code>(600);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 600 is outside 100 to 599
  response.send(code);
}

// Through a helper's status parameter: reported at the call.
void helper(const Rest::Request &, Http::ResponseWriter response) {
  reply(response, 6000);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 6000 is outside 100 to 599
}

// A conditional inside the cast is not read: only a lone number cast to
// Http::Code is.
void conditionalCast(const Rest::Request &, Http::ResponseWriter response,
                     bool quiet) {
  response.send(static_cast<Http::Code>(quiet ? 40 : 200));
  // FIXME: should report: status code 40 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(const Rest::Request &, Http::ResponseWriter response, bool low) {
  if (low)
    response.send(static_cast<Http::Code>(100));
  else
    response.send(static_cast<Http::Code>(599));
  reply(response, 204);
}

// A comparison tests the status; it sends nothing.
bool compared(const Http::ResponseWriter &response) {
  if (response.getResponseCode() == static_cast<Http::Code>(0) ||
      static_cast<Http::Code>(2004) != response.getResponseCode())
    return true;
  // A case label compares too, through the constant expression that wraps
  // its value.
  switch (response.getResponseCode()) {
  case static_cast<Http::Code>(0):
  case static_cast<Http::Code>(1000):
    return true;
  default:
    return false;
  }
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void send(int status);
};

void notStatusPositions(const Rest::Request &, Http::ResponseWriter response,
                        Job &job) {
  char buffer[2004] = {};
  job.send(2004);
  response.timeoutAfter(std::chrono::seconds(2004));
  response.headers().add<Http::Header::Server>("2004 items");
  response.send(Http::Code::Ok, buffer, 2004);
  response.send(Http::Code::Ok, "2004 items");
}

void streamSize(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::Ok, 2004);
  stream << "2004 items" << Http::ends;
}
