// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0 gives the status as text, phrase included
// (writeStatus("204 No Content")), and sends that text as it is.
#include <App.h>

#include <string>

void deleted(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 OK")->endWithoutBody();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: res->writeStatus("204 No Content")->endWithoutBody();
}

void missing(uWS::HttpResponse<true> *res, uWS::HttpRequest *) {
  res->writeStatus("200 Not Found")->end("missing");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: reason phrase 'Not Found' is the phrase of status 404, not of 200 (OK)
  // CHECK-FIXES: res->writeStatus("200 OK")->end("missing");
}

// --- No findings ------------------------------------------------------------

void own(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content");
  res->writeStatus("302 Moved Temporarily");
  res->writeStatus("404");
  res->writeStatus("2004 OK"); // invalid: the invalid-code check's alone
  res->writeStatus(uWS::HTTP_200_OK);
  res->end("200 Not Found"); // content, not a status
}
