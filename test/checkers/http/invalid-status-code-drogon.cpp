// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13. setStatusCode and the factories take the unscoped
// enumeration HttpStatusCode (a number reaches them through a cast);
// setCustomStatusCode(int, message) takes the number as it is and sends it.
#include <drogon/drogon.h>

#include <functional>
#include <string>

using namespace drogon;

using Callback = std::function<void(const HttpResponsePtr &)>;

#define STATUS_TYPO 2040

static void reply(const HttpResponsePtr &resp, int status,
                  const std::string &text) {
  resp->setCustomStatusCode(status);
  resp->setBody(text);
}

void setters(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(2004);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  resp->setCustomStatusCode(4004, "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 4004 is outside 100 to 599
  resp->setCustomStatusCode(req->getParameter("short").empty() ? 200 : 40);
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: status code 40 is outside 100 to 599
  resp->setCustomStatusCode(STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 2040 is outside 100 to 599
  callback(resp);
}

void casts(const HttpRequestPtr &, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(static_cast<HttpStatusCode>(3040));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 3040 is outside 100 to 599
  resp->setStatusCode((HttpStatusCode)600);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 600 is outside 100 to 599
  resp->setStatusCode(HttpStatusCode(99));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: status code 99 is outside 100 to 599
  callback(resp);
}

void factories(const HttpRequestPtr &, Callback &&callback) {
  callback(HttpResponse::newHttpResponse(static_cast<HttpStatusCode>(2010),
                                         CT_TEXT_PLAIN));
  // CHECK-MESSAGES: :[[@LINE-2]]:70: warning: status code 2010 is outside 100 to 599
  callback(HttpResponse::newRedirectionResponse(
      "/new", static_cast<HttpStatusCode>(3010)));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 3010 is outside 100 to 599
}

// Through a helper's status parameter: reported at the call.
void helper(const HttpRequestPtr &, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  reply(resp, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 600 is outside 100 to 599
  callback(resp);
}

// --- No findings ------------------------------------------------------------

void valid(const HttpRequestPtr &, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(100);
  resp->setCustomStatusCode(599);
  resp->setStatusCode(static_cast<HttpStatusCode>(599));
  reply(resp, 204, "");
  callback(resp);
}

// A comparison tests the status; it sends nothing. kUnknown (0) is the
// status of a response cleared or never given one.
bool compared(const HttpResponsePtr &resp) {
  if (resp->getStatusCode() == 0 || resp->statusCode() != 2004)
    return true;
  if (resp->statusCode() == static_cast<HttpStatusCode>(0) ||
      static_cast<HttpStatusCode>(2004) != resp->getStatusCode())
    return true;
  switch (resp->getStatusCode()) {
  case 0:
  case 1000:
    return true;
  default:
    return false;
  }
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status (a reason phrase too).
struct Job {
  void setCustomStatusCode(int code);
};

void notStatusPositions(const HttpResponsePtr &resp, Job &job) {
  static const unsigned char buffer[2004] = {};
  job.setCustomStatusCode(2004);
  resp->setExpiredTime(2004);
  resp->addHeader("Retry-After", "3600");
  resp->addHeader("Warning", "2004 items");
  resp->setBody("2004 items");
  resp->setCustomStatusCode(299, "2004 items");
  auto file = HttpResponse::newFileResponse(buffer, 2004);
  auto part = HttpResponse::newFileResponse("/srv/data.bin", 2004, 4004);
  (void)file;
  (void)part;
}
