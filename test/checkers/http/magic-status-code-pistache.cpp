// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -fdelayed-template-parsing
// Pistache 0.0.5 from Debian's libpistache-dev. Http::Code is a scoped
// enumeration: a number reaches a status position through a cast.
#include <pistache/http.h>
#include <pistache/router.h>

#include <chrono>

using namespace Pistache;

#define NO_CONTENT_CODE 204
#define NO_CONTENT static_cast<Pistache::Http::Code>(204)

// --- Findings ---------------------------------------------------------------

void deleteItem(const Rest::Request &, Http::ResponseWriter response) {
  response.send(static_cast<Http::Code>(204));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 204 written as a number; use Http::Code::No_Content [http-magic-status-code]
  // CHECK-FIXES: response.send(Http::Code::No_Content);
}

void withBody(const Rest::Request &, Http::ResponseWriter response) {
  response.send(static_cast<Pistache::Http::Code>(404), "no such item",
                MIME(Text, Plain));
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: status code 404 written as a number; use Http::Code::Not_Found
  // CHECK-FIXES: response.send(Http::Code::Not_Found, "no such item",
}

void streamed(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code(200));
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: status code 200 written as a number; use Http::Code::Ok
  // CHECK-FIXES: auto stream = response.stream(Http::Code::Ok);
  stream << "a" << Http::ends;
}

bool compared(const Http::ResponseWriter &response) {
  return response.getResponseCode() == static_cast<Http::Code>(304);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: status code 304 written as a number; use Http::Code::Not_Modified
  // CHECK-FIXES: return response.getResponseCode() == Http::Code::Not_Modified;
}

// --- No findings ------------------------------------------------------------

void named(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::No_Content);
}

void fromMacro(const Rest::Request &, Http::ResponseWriter response) {
  response.send(static_cast<Http::Code>(NO_CONTENT_CODE));
}

void castInMacro(const Rest::Request &, Http::ResponseWriter response) {
  response.send(NO_CONTENT);
}

// Numbers that are not statuses: a size, a stream size, a timeout, an
// array bound.
void notStatusPositions(const Rest::Request &, Http::ResponseWriter response) {
  char buffer[204] = {};
  response.timeoutAfter(std::chrono::seconds(204));
  response.send(Http::Code::Ok, buffer, 204);
}

void streamSize(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::Ok, 204);
  stream << Http::ends;
}

// No constant names 299.
void unnamed(const Rest::Request &, Http::ResponseWriter response) {
  response.send(static_cast<Http::Code>(299));
}
