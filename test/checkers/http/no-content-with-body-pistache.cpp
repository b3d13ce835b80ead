// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -fdelayed-template-parsing
// Without -fdelayed-template-parsing clang rejects a template of the Debian
// header pistache/async.h; the findings of this file are still reported.
// RUN: %check_http_tidy --expect-compiler-error=pistache/async.h:711:45: %s http-no-content-with-body %t -- -- -std=c++17
// Pistache 0.0.5 from Debian's libpistache-dev.
#include <pistache/http.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

bool quietRequested(const Rest::Request &req);

// --- Findings ---------------------------------------------------------------

void deleteItem(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::No_Content, "{\"deleted\":true}",
                MIME(Application, Json));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void dataAndSize(const Rest::Request &, Http::ResponseWriter response) {
  const char *data = "hello";
  response.send(Http::Code::No_Content, data, 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void notModifiedWithBody(const Rest::Request &, Http::ResponseWriter response) {
  const std::string cached = "cached";
  response.send(Http::Code::Not_Modified, cached, MIME(Text, Plain));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 304 set here
}

void resetContentWithBody(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Reset_Content, "reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 205 set here
}

void informational(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Early_Hints, std::string("hints"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 103 set here
}

void conditionalStatus(const Rest::Request &req, Http::ResponseWriter response) {
  response.send(quietRequested(req) ? Http::Code::No_Content : Http::Code::Ok,
                "done");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void inALambda(Rest::Router &router) {
  Rest::Routes::Delete(
      router, "/items/:id",
      [](const Rest::Request &, Http::ResponseWriter response) {
        response.send(Http::Code::No_Content, "gone");
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
        // CHECK-MESSAGES: :[[@LINE-2]]:9: note: status 204 set here
        return Rest::Route::Result::Ok;
      });
}

// Chunks written to a stream opened with 204. ResponseStream's operator<<
// takes an lvalue: the stream is always held in a variable.
void streamed(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::No_Content);
  stream << "hello" << Http::ends;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
}

void streamedThroughVariable(const Rest::Request &,
                             Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::No_Content);
  stream.write("abc", 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  stream.ends();
}

// --- No findings ------------------------------------------------------------

// The body defaults to "": the framework sends no content (only its own
// Content-Length: 0).
void noContent(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::No_Content);
}

void earlyReturn(const Rest::Request &req, Http::ResponseWriter response) {
  if (!req.hasParam(":id")) {
    response.send(Http::Code::No_Content);
    return;
  }
  response.send(Http::Code::Ok, "updated", MIME(Text, Plain));
}

void otherBranch(const Rest::Request &req, Http::ResponseWriter response) {
  if (quietRequested(req))
    response.send(Http::Code::No_Content);
  else
    response.send(Http::Code::Ok, "loud");
}

void emptyBodies(const Rest::Request &, Http::ResponseWriter response,
                 const char *data) {
  response.send(Http::Code::No_Content, "");
  response.send(Http::Code::No_Content, std::string());
  response.send(Http::Code::No_Content, nullptr, 0);
  response.send(Http::Code::No_Content, data, 0);
}

void metadataOnNoContent(const Rest::Request &, Http::ResponseWriter response) {
  response.headers()
      .addRaw(Http::Header::Raw("ETag", "\"v2\""))
      .add<Http::Header::Location>("/items/2")
      .add<Http::Header::CacheControl>(
          Http::CacheDirective(Http::CacheDirective::NoStore));
  response.setMime(MIME(Application, Json));
  response.send(Http::Code::No_Content);
}

// Two writers: the 204 is sent on the first, the content on the second.
void twoResponses(Http::ResponseWriter &quiet, Http::ResponseWriter &loud) {
  quiet.send(Http::Code::No_Content);
  loud.send(Http::Code::Ok, "hello");
}

void okWithBody(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Ok, "fine", MIME(Text, Plain));
}

void notFoundWithBody(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Not_Found, "no such item");
}

void streamedOk(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::Ok);
  stream << "a" << "b";
  stream << Http::ends;
}

// ends() writes the last chunk, no content.
void streamEndedAtOnce(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::No_Content);
  stream << Http::ends;
}

// A handler that never calls send sends nothing.
void neverSent(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::Location>("/items/2");
}
