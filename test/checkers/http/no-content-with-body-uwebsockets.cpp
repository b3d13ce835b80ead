// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0, through declaration-only headers that mirror its
// src/App.h, src/HttpResponse.h, src/HttpContext.h and src/HttpParser.h.
// end(), tryEnd() and write() send their data after the headers whatever the
// status (from source, v20.79.0).
#include <App.h>

#include <string>
#include <string_view>

#define STATUS_NO_CONTENT "204 No Content"
#define STATUS_OK "200 OK"

bool quietRequested(uWS::HttpRequest *req);
void decorate(uWS::HttpResponse<false> *res);

// --- Findings ---------------------------------------------------------------

void deleteItem(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->end("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// Each method returns the response it is called on.
void chained(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content")->writeHeader("ETag", "\"v2\"")->end("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void codeAlone(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204");
  res->end("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void notModified(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("304 Not Modified");
  res->writeHeader("ETag", "\"v2\"");
  res->tryEnd("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 304 set here
}

// write() sends a chunk at once; end() then sends the last one.
void resetContentChunks(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("205 Reset Content");
  res->write("form cleared");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
  res->end();
}

void earlyHints(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("103 Early Hints")->end(std::string("hints"));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 103 set here
}

void statusByBranch(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus(quietRequested(req) ? "204 No Content" : "200 OK");
  res->end("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// A status from the user's own macro is a status all the same.
void userMacro(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus(STATUS_NO_CONTENT);
  res->end("late");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void secure(uWS::HttpResponse<true> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->end("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// Two responses: only the one sent with 204 has a finding.
void twoResponses(uWS::HttpResponse<false> *quiet,
                  uWS::HttpResponse<false> *loud) {
  loud->writeStatus("200 OK");
  quiet->writeStatus("204 No Content");
  loud->end("hello");
  quiet->end("oops");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// Route handlers written as lambdas, with the response type spelled out and
// as generic lambdas, which the app instantiates with HttpResponse<false>.
void routes(uWS::App &app) {
  app.del("/items/:id",
          [](uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
            res->writeStatus("204 No Content")->end("{\"deleted\":true}");
            // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
            // CHECK-MESSAGES: :[[@LINE-2]]:13: note: status 204 set here
          })
      .put("/items/:id", [](auto *res, auto *req) {
        res->writeStatus("204 No Content");
        res->end("updated");
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
        // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
      });
  app.get("/handler", deleteItem);
}

// The lambda given to cork() runs at once, on the response it captured.
void corked(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->cork([res]() {
    res->writeStatus("204 No Content")->end("corked");
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
}

// Only the first writeStatus counts: this sends 204 and the body (from
// source, v20.79.0).
void secondStatusIgnored(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content");
  res->writeStatus("200 OK");
  res->end("details");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// A helper that is not followed may have written the status line already
// (writeHeader writes "200 OK" first), and uWebSockets ignores a second
// one: the status after it is not known.
void decoratedThenWritten(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  decorate(res);
  res->writeStatus("204 No Content");
  res->end("x");
}

// Only the first status counts: writeHeader wrote "200 OK", and the 204
// after it is ignored.
void headerBeforeStatus(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeHeader("ETag", "\"v2\"");
  res->writeStatus("204 No Content");
  res->end("x");
}

void laterNoContentIgnored(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("200 OK");
  res->writeStatus("204 No Content");
  res->end("x");
}

void emptyNoContent(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content")->endWithoutBody();
}

void emptyEnds(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("204 No Content");
  res->write("");
  res->end();
}

void emptyData(uWS::HttpResponse<false> *a, uWS::HttpResponse<false> *b,
               uWS::HttpResponse<false> *c, uWS::HttpResponse<false> *d) {
  a->writeStatus("204 No Content")->end("");
  b->writeStatus("204 No Content")->end({});
  c->writeStatus("204 No Content")->end(std::string_view());
  d->writeStatus("204 No Content")->tryEnd("", 0);
}

void metadataOnNoContent(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content")
      ->writeHeader("ETag", "\"v2\"")
      ->writeHeader("Location", "/items/2")
      ->writeHeader("Cache-Control", "no-store")
      ->end();
}

void notModifiedEmpty(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("304 Not Modified")->writeHeader("ETag", "\"v2\"")->end();
}

void earlyReturn(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  if (req->getHeader("if-match").empty()) {
    res->writeStatus("204 No Content")->endWithoutBody();
    return;
  }
  res->writeStatus("200 OK")->end("updated");
}

void otherBranch(uWS::HttpResponse<false> *res, bool quiet) {
  if (quiet)
    res->writeStatus("204 No Content")->end();
  else
    res->writeStatus("200 OK")->end("loud");
}

void otherResponse(uWS::HttpResponse<false> *quiet,
                   uWS::HttpResponse<false> *loud) {
  quiet->writeStatus("204 No Content")->end();
  loud->end("hello");
}

void okWithBody(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus(uWS::HTTP_200_OK)->writeHeader("Content-Type", "text/plain");
  res->end("fine");
}

// Without writeStatus the response is a 200.
void implicitOk(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->end("fine");
}

void okFromMacro(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus(STATUS_OK)->end("fine");
}

void unknownStatus(uWS::HttpResponse<false> *res, std::string_view status) {
  res->writeStatus(status)->end("maybe");
}

void quietRoutes(uWS::App &app) {
  app.del("/items/:id",
          [](uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
            res->onAborted([]() {});
            res->writeStatus("204 No Content")->endWithoutBody();
          })
      .get("/items", [](auto *res, auto *req) {
        if (req->getQuery("quiet").empty())
          res->writeStatus("200 OK")->end("[]");
        else
          res->writeStatus("204 No Content")->end();
      });
}

// What a declared-only function does to the response cannot be seen:
// forgotten.
void helperDecorates(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("204 No Content");
  decorate(res);
  res->end("maybe");
}
