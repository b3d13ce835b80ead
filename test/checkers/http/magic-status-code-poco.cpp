// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

#define NO_CONTENT Poco::Net::HTTPResponse::HTTP_NO_CONTENT
#define NOT_FOUND 404

// setStatus takes the enumeration: a number needs a cast.
void setters(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(204));
  // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: status code 204 written as a number; use Poco::Net::HTTPResponse::HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: res.setStatus(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
  res.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(404), "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:75: warning: status code 404 written as a number; use Poco::Net::HTTPResponse::HTTP_NOT_FOUND
  // CHECK-FIXES: res.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND, "Not Found");
  res.setStatusAndReason((Poco::Net::HTTPResponse::HTTPStatus)304);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: status code 304 written as a number; use Poco::Net::HTTPResponse::HTTP_NOT_MODIFIED
  // CHECK-FIXES: res.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_MODIFIED);
  res.setStatus(Poco::Net::HTTPResponse::HTTPStatus(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: status code 500 written as a number; use Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR
  // CHECK-FIXES: res.setStatus(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
  // The first of two enumerators with the value; the other is deprecated.
  res.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(413));
  // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: status code 413 written as a number; use Poco::Net::HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE
  // CHECK-FIXES: res.setStatus(Poco::Net::HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE);
}

void redirected(Poco::Net::HTTPServerResponse &res) {
  res.redirect("/new", static_cast<Poco::Net::HTTPResponse::HTTPStatus>(301));
  // CHECK-MESSAGES: :[[@LINE-1]]:73: warning: status code 301 written as a number; use Poco::Net::HTTPResponse::HTTP_MOVED_PERMANENTLY
  // CHECK-FIXES: res.redirect("/new", Poco::Net::HTTPResponse::HTTP_MOVED_PERMANENTLY);
}

void conditional(Poco::Net::HTTPServerResponse &res, bool quiet) {
  res.setStatus(quiet ? static_cast<Poco::Net::HTTPResponse::HTTPStatus>(204)
                      : Poco::Net::HTTPResponse::HTTP_OK);
  // CHECK-MESSAGES: :[[@LINE-2]]:74: warning: status code 204 written as a number; use Poco::Net::HTTPResponse::HTTP_NO_CONTENT
  // CHECK-FIXES: res.setStatus(quiet ? Poco::Net::HTTPResponse::HTTP_NO_CONTENT
}

bool compared(const Poco::Net::HTTPServerResponse &res) {
  return res.getStatus() == 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 404 written as a number; use Poco::Net::HTTPResponse::HTTP_NOT_FOUND
  // CHECK-FIXES: return res.getStatus() == Poco::Net::HTTPResponse::HTTP_NOT_FOUND;
}

int dispatched(Poco::Net::HTTPServerResponse &res) {
  switch (res.getStatus()) {
  case 204:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 204 written as a number; use Poco::Net::HTTPResponse::HTTP_NO_CONTENT
    // CHECK-FIXES: case Poco::Net::HTTPResponse::HTTP_NO_CONTENT:
    return 1;
  default:
    return 0;
  }
}

// The response a client session received, an HTTPResponse: handlers compare
// what an upstream service answered.
bool upstreamMissing(Poco::Net::HTTPClientSession &session) {
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/items/1");
  session.sendRequest(request);
  Poco::Net::HTTPResponse upstream;
  session.receiveResponse(upstream);
  if (upstream.getStatus() == 404)
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 404 written as a number; use Poco::Net::HTTPResponse::HTTP_NOT_FOUND
    // CHECK-FIXES: if (upstream.getStatus() == Poco::Net::HTTPResponse::HTTP_NOT_FOUND)
    return true;
  switch (upstream.getStatus()) {
  case 503:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 503 written as a number; use Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE
    // CHECK-FIXES: case Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE:
    return true;
  default:
    return false;
  }
}

bool upstreamOk(const Poco::Net::HTTPResponse *upstream) {
  return 200 != upstream->getStatus();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: status code 200 written as a number; use Poco::Net::HTTPResponse::HTTP_OK
  // CHECK-FIXES: return Poco::Net::HTTPResponse::HTTP_OK != upstream->getStatus();
}

// A using-declaration of the class in scope is used for the fix.
using Poco::Net::HTTPResponse;

void throughUsing(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(403));
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: status code 403 written as a number; use HTTPResponse::HTTP_FORBIDDEN
  // CHECK-FIXES: res.setStatus(HTTPResponse::HTTP_FORBIDDEN);
}

class Handler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &,
                     Poco::Net::HTTPServerResponse &response) override {
    if (response.getStatus() != 200)
      // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: status code 200 written as a number; use HTTPResponse::HTTP_OK
      // CHECK-FIXES: if (response.getStatus() != HTTPResponse::HTTP_OK)
      return;
    response.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(201));
    // CHECK-MESSAGES: :[[@LINE-1]]:71: warning: status code 201 written as a number; use HTTPResponse::HTTP_CREATED
    // CHECK-FIXES: response.setStatusAndReason(HTTPResponse::HTTP_CREATED);
    response.send();
  }
};

// --- No findings ------------------------------------------------------------

void named(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  res.setStatus(NO_CONTENT);
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(NOT_FOUND));
  res.setStatusAndReason(Poco::Net::HTTPServerResponse::HTTP_OK);
}

bool ranges(const Poco::Net::HTTPServerResponse &res) {
  return res.getStatus() >= 400 || res.getStatus() / 100 == 2;
}

bool comparedWithMacro(const Poco::Net::HTTPServerResponse &res) {
  return res.getStatus() == NOT_FOUND;
}

void notStatusPositions(Poco::Net::HTTPServerResponse &res) {
  char buffer[204] = {};
  res.setContentLength(404);
  res.set("X-Count", std::to_string(404));
  res.sendBuffer(buffer, 204);
}

// A client's response: ranges, arithmetic, numbers compared with other
// things, and a getter of another class are not status positions.
struct Job {
  int getStatus() const;
};

bool upstreamRanges(const HTTPResponse &upstream, const Job &job) {
  const int limit = 404;
  return upstream.getStatus() >= 400 || upstream.getStatus() / 100 == 2 ||
         upstream.getStatus() == NOT_FOUND || limit == 404 ||
         upstream.getReason() == "404" || job.getStatus() == 204;
}

// No constant names 299 or 103; 0 is not a status code.
void unnamed(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(299));
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(103));
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(0));
}
