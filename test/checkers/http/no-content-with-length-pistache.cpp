// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -fdelayed-template-parsing
// Without -fdelayed-template-parsing clang rejects a template of the Debian
// header pistache/async.h; the findings of this file are still reported.
// RUN: %check_http_tidy --expect-compiler-error=pistache/async.h:711:45: %s http-no-content-with-length %t -- -- -std=c++17
// Pistache 0.0.5 from Debian's libpistache-dev.
#include <pistache/http.h>
#include <pistache/router.h>

#include <memory>

using namespace Pistache;

bool quietRequested(const Rest::Request &req);

// --- Findings ---------------------------------------------------------------

void deleteItem(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::ContentLength>(16);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  response.send(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void transferEncoding(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::TransferEncoding>(
      Http::Header::Encoding::Chunked);
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  response.send(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void throughReference(const Rest::Request &, Http::ResponseWriter response) {
  auto &headers = response.headers();
  headers.add<Http::Header::ContentLength>(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  response.send(Http::Code::Continue);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 100 set here
}

void sharedHeader(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add(std::make_shared<Http::Header::ContentLength>(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  response.send(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void rawHeader(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw("Content-Length", "0"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  response.send(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// A chain of adds is reported at the add that sets the header, lines after
// the start of the chain.
void chainedAdds(const Rest::Request &, Http::ResponseWriter response) {
  response.headers()
      .add<Http::Header::Location>("/items/2")
      .add<Http::Header::ContentLength>(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  response.send(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// stream() always sends Transfer-Encoding: chunked.
void streamed(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::No_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'stream()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: status 204 set here
  stream << Http::ends;
}

void streamedWhenQuiet(const Rest::Request &req,
                       Http::ResponseWriter response) {
  auto stream = response.stream(quietRequested(req) ? Http::Code::No_Content
                                                    : Http::Code::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: 'stream()' sets Transfer-Encoding on a response that is sent with status 204 (No Content)
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  stream << "maybe" << Http::ends;
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::ContentLength>(1024);
  response.send(Http::Code::Not_Modified);
}

void resetContent(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::ContentLength>(0);
  response.send(Http::Code::Reset_Content);
}

void metadataOnNoContent(const Rest::Request &, Http::ResponseWriter response) {
  response.headers()
      .addRaw(Http::Header::Raw("ETag", "\"v2\""))
      .add<Http::Header::Location>("/items/2")
      .add<Http::Header::CacheControl>(
          Http::CacheDirective(Http::CacheDirective::NoStore));
  response.send(Http::Code::No_Content);
}

void earlyReturn(const Rest::Request &req, Http::ResponseWriter response) {
  if (quietRequested(req)) {
    response.send(Http::Code::No_Content);
    return;
  }
  response.headers().add<Http::Header::ContentLength>(5);
  response.send(Http::Code::Ok, "hello");
}

void removedAgain(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::ContentLength>(5);
  response.headers().remove<Http::Header::ContentLength>();
  response.send(Http::Code::No_Content);
}

void removedByName(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw("Content-Length", "5"));
  response.headers().remove("Content-Length");
  response.send(Http::Code::No_Content);
}

// Headers added after the response was sent are not sent.
void afterSending(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::No_Content);
  response.headers().add<Http::Header::ContentLength>(5);
}

// A handler that never calls send sends nothing.
void neverSent(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::ContentLength>(5);
}

void streamedOk(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::Ok);
  stream << "chunk" << Http::ends;
}

// The framework adds Content-Length: 0 to an empty 204 by itself: nothing in
// the handler to fix.
void emptyNoContent(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::No_Content);
}
