// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0 gives the status as text ("204 No Content") and names
// no codes (its one constant is HTTP_200_OK, "200 OK"): a string is never a
// magic number, and there is no constant to suggest. This file has no
// findings on purpose.
#include <App.h>

#include <cstdint>
#include <string>

// --- No findings ------------------------------------------------------------

void noContent(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")->endWithoutBody();
}

void codeAlone(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("404")->end("missing");
}

void built(uWS::HttpResponse<false> *res, int code) {
  res->writeStatus(std::to_string(code) + " Custom")->end();
}

void notStatusPositions(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeHeader("X-Items", uint64_t{204});
  res->tryEnd("partial", 200);
  res->endWithoutBody(404);
}
