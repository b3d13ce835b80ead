// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0, through the declaration-only headers of
// Inputs/uwebsockets-20.79. The status is text: writeStatus("204 No
// Content") writes "HTTP/1.1 ", the text and CRLF as they are, so the text
// must start with the three digits of a code from 100 to 599 followed by a
// space (or nothing).
#include <App.h>

#include <cstdint>
#include <string>

#define STATUS_TYPO "2040 Typo"

static void reply(uWS::HttpResponse<false> *res, const char *status) {
  res->writeStatus(status)->end();
}

void typos(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("2004 No Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '2004 No Content' does not start with a three-digit code from 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  res->writeStatus("20 OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '20 OK' does not start with a three-digit code from 100 to 599
  res->writeStatus("600 Custom");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '600 Custom' does not start with a three-digit code from 100 to 599
  res->writeStatus("204No Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '204No Content' does not start with a three-digit code from 100 to 599
  res->writeStatus("099 Early");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '099 Early' does not start with a three-digit code from 100 to 599
  res->writeStatus(STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '2040 Typo' does not start with a three-digit code from 100 to 599
  res->end();
}

// The status line ends at the first line break: only that much is quoted.
void headersInTheStatus(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("2004 OK\r\nX-Extra: 1")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status '2004 OK' does not start with a three-digit code from 100 to 599
}

void chained(uWS::App &app) {
  app.get("/*", [](auto *res, auto *) {
    res->writeStatus("4004 Not Found")->end("missing");
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status '4004 Not Found' does not start with a three-digit code from 100 to 599
  });
}

// A conditional's text arms are not read: only a string literal given to
// writeStatus is.
void conditional(uWS::HttpResponse<false> *res, bool quiet) {
  res->writeStatus(quiet ? "40 Short" : "200 OK")->end();
  // FIXME: should report: status '40 Short' does not start with a three-digit code from 100 to 599
}

// The text a helper passes on as the status is not followed: only a number
// becomes a helper's status parameter.
void helper(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  reply(res, "2004 No Content");
  // FIXME: should report: status '2004 No Content' does not start with a three-digit code from 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("100 Continue");
  res->writeStatus("599 Custom");
  res->writeStatus("204");
  res->writeStatus(uWS::HTTP_200_OK);
  res->writeStatus(std::to_string(2004) + " Custom");
  reply(res, "204 No Content");
  res->end();
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void writeStatus(std::string_view status);
};

void notStatusPositions(uWS::HttpResponse<false> *res, Job &job) {
  job.writeStatus("2004 No Content");
  res->writeHeader("Retry-After", "3600");
  res->writeHeader("Warning", "2004 items");
  res->writeHeader("X-Items", uint64_t{2004});
  res->write("2004 items");
  res->tryEnd("2004 items", 2004);
  res->end("2004 items");
}
