// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0, through declaration-only headers that mirror its
// src/App.h, src/HttpResponse.h, src/HttpContext.h and src/HttpParser.h.
// writeHeader writes its line at once, whatever the status; end() adds a
// Content-Length of its own (Content-Length: 0 on an empty 204), which is not
// the handler's doing; endWithoutBody() adds none, endWithoutBody(n) writes
// Content-Length: n; beginWrite() writes Transfer-Encoding: chunked (from
// source, v20.79.0).
#include <App.h>

#include <cstdint>
#include <optional>
#include <string_view>

#define STATUS_NO_CONTENT "204 No Content"

bool quietRequested(uWS::HttpRequest *req);
void decorate(uWS::HttpResponse<false> *res);

// --- Findings ---------------------------------------------------------------

void explicitLength(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->writeHeader("Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->endWithoutBody(std::nullopt);
}

void numericValue(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->writeHeader("content-length", uint64_t{0});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->end();
}

void transferEncoding(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->writeHeader("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->endWithoutBody(std::nullopt);
}

// Each method returns the response it is called on.
void chained(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content")->writeHeader("Content-Length", "0")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void chunkedBody(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->beginWrite();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'beginWrite()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->end();
}

void informational(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("101 Switching Protocols")
      ->writeHeader("Upgrade", "websocket")
      ->writeHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 101 set here
  res->endWithoutBody(std::nullopt);
}

void statusByBranch(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus(quietRequested(req) ? "204 No Content" : "200 OK");
  res->writeHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->end();
}

void userMacro(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus(STATUS_NO_CONTENT);
  res->writeHeader("Content-Length", "16");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->end();
}

// Two responses: only the one sent with 204 has a finding.
void twoResponses(uWS::HttpResponse<false> *quiet,
                  uWS::HttpResponse<false> *loud) {
  quiet->writeStatus("204 No Content");
  loud->writeStatus("200 OK");
  loud->writeHeader("Content-Length", "5");
  quiet->writeHeader("Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
  quiet->end();
  loud->end("hello");
}

void routes(uWS::App &app) {
  app.patch("/items/:id", [](auto *res, auto *req) {
    res->writeStatus("204 No Content");
    res->writeHeader("Content-Length", "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    res->end();
  });
}

// endWithoutBody() without a length writes none and removes nothing: the
// handler's Content-Length line was already written.
void lengthThenEndWithoutBody(uWS::HttpResponse<false> *res,
                              uWS::HttpRequest *) {
  res->writeStatus("204 No Content");
  res->writeHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res->endWithoutBody();
}

// --- No findings ------------------------------------------------------------

// uWebSockets adds Content-Length: 0 to an empty end() itself: nothing in the
// handler to fix.
void emptyEnd(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")->end();
}

void emptyTryEnd(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")->tryEnd("");
}

void withoutBody(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")->endWithoutBody();
}

void withoutBodyNoLength(uWS::HttpResponse<false> *a,
                         uWS::HttpResponse<false> *b) {
  a->writeStatus("204 No Content")->endWithoutBody(std::nullopt);
  b->writeStatus("204 No Content")->endWithoutBody({});
}

// RFC 9110 allows Content-Length on a 304.
void notModified(uWS::HttpResponse<false> *a, uWS::HttpResponse<false> *b) {
  a->writeStatus("304 Not Modified")
      ->writeHeader("ETag", "\"v2\"")
      ->writeHeader("Content-Length", "1024");
  a->endWithoutBody(std::nullopt);
  b->writeStatus("304 Not Modified")->endWithoutBody(1024);
}

void metadataOnNoContent(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")
      ->writeHeader("ETag", "\"v2\"")
      ->writeHeader("Location", "/items/2")
      ->writeHeader("Cache-Control", "no-store")
      ->writeHeader("X-Content-Length", "5")
      ->end();
}

void earlyReturn(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  if (quietRequested(req)) {
    res->writeStatus("204 No Content")->end();
    return;
  }
  res->writeStatus("200 OK")->writeHeader("Content-Length", "5");
  res->endWithoutBody(5);
}

void otherBranch(uWS::HttpResponse<false> *res, bool quiet) {
  if (quiet) {
    res->writeStatus("204 No Content");
  } else {
    res->writeStatus("200 OK");
    res->beginWrite();
  }
  res->end();
}

void otherResponse(uWS::HttpResponse<false> *quiet,
                   uWS::HttpResponse<false> *loud) {
  quiet->writeStatus("204 No Content")->end();
  loud->writeHeader("Content-Length", "5")->endWithoutBody(5);
}

// write() adds Transfer-Encoding: chunked to a 200 by itself.
void chunkedOk(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->write("part");
  res->end();
}

void unknownStatus(uWS::HttpResponse<false> *res, std::string_view status) {
  res->writeStatus(status)->writeHeader("Content-Length", "0")->end();
}

// What a declared-only function does to the response cannot be seen:
// forgotten.
void helperDecorates(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content");
  res->writeHeader("Content-Length", "0");
  decorate(res);
  res->end();
}

// --- Cases the model cannot say yet -----------------------------------------

// --- Known misses ---------------------------------------------------------
// endWithoutBody(n) sends Content-Length: n; it is modelled as a send only, since has-value would also remove a length written before.

// A length given to endWithoutBody is sent as Content-Length: this sends
// HTTP/1.1 204 No Content with Content-Length: 0 (from source, v20.79.0). The
// model does not follow that length (sets-when: has-value would also remove
// a Content-Length written before, which endWithoutBody() does not do).
void spoofedLength(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->endWithoutBody(0);
  // FIXME: should report: Content-Length set on a response that is sent with status 204 (No Content)
}
