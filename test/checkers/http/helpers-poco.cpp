// RUN: %check_http_tidy %s 'http-*,-http-status-reason-mismatch' %t -- -- -std=c++17
// (Each setStatus here also keeps the phrase "OK": that check's findings,
// helpers included, are tested in status-reason-mismatch-poco.cpp.)
// POCO Net 1.11.0 from Debian's libpoco-dev. Helpers of the file that test
// the status they are given, or read it back from the response, before they
// send: a constant argument decides which way they go.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

static void ReturnStatus(HTTPServerResponse &r, HTTPResponse::HTTPStatus Status) {
  r.setStatus(Status);
  r.setChunkedTransferEncoding(true);
  if (Status == HTTPResponse::HTTP_NO_CONTENT)
    r.setChunkedTransferEncoding(false);
  r.send();
}

// The same test, on the status read back.
static void ReturnReadBack(HTTPServerResponse &r,
                           HTTPResponse::HTTPStatus Status) {
  r.setStatus(Status);
  if (r.getStatus() != HTTPResponse::HTTP_NO_CONTENT)
    r.setChunkedTransferEncoding(true);
  r.send();
}

// Chunked unless the status is below 200, 204 or 304.
static void ReturnRange(HTTPServerResponse &r, HTTPResponse::HTTPStatus Status) {
  r.setStatus(Status);
  if (!(Status < 200 || Status == HTTPResponse::HTTP_NO_CONTENT ||
        Status == HTTPResponse::HTTP_NOT_MODIFIED))
    r.setChunkedTransferEncoding(true);
  r.send();
}

static void ReturnByCase(HTTPServerResponse &r,
                         HTTPResponse::HTTPStatus Status) {
  r.setStatus(Status);
  switch (Status) {
  case HTTPResponse::HTTP_NO_CONTENT:
  case HTTPResponse::HTTP_NOT_MODIFIED:
    break;
  default:
    r.setChunkedTransferEncoding(true);
  }
  r.send();
}

// The test the helper makes does not cover 204.
static void ReturnNotModified(HTTPServerResponse &r,
                              HTTPResponse::HTTPStatus Status) {
  r.setStatus(Status);
  if (Status != HTTPResponse::HTTP_NOT_MODIFIED)
    r.setChunkedTransferEncoding(true);
  r.send();
}

// --- Findings ---------------------------------------------------------------

class Deleted : public Poco::Net::HTTPRequestHandler {
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override {
    ReturnNotModified(resp, HTTPResponse::HTTP_NO_CONTENT);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'setChunkedTransferEncoding()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response [http-no-content-with-length]
  }
};

// The handler's own test reads back a status it did not set.
void readBackOther(HTTPServerResponse &resp) {
  resp.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  resp.setChunkedTransferEncoding(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setChunkedTransferEncoding()' sets Transfer-Encoding on a response that is sent with status 204 (No Content)
  if (resp.getStatus() == HTTPResponse::HTTP_NOT_MODIFIED)
    resp.setChunkedTransferEncoding(false);
  resp.send();
}

// --- No findings ------------------------------------------------------------

class NoContent : public Poco::Net::HTTPRequestHandler {
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override {
    ReturnStatus(resp, HTTPResponse::HTTP_NO_CONTENT);
  }
};

class Ok : public Poco::Net::HTTPRequestHandler {
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override {
    ReturnStatus(resp, HTTPResponse::HTTP_OK);
  }
};

void readBack(HTTPServerResponse &resp) {
  ReturnReadBack(resp, HTTPResponse::HTTP_NO_CONTENT);
}

void range(HTTPServerResponse &resp) {
  ReturnRange(resp, HTTPResponse::HTTP_NO_CONTENT);
}

void byCase(HTTPServerResponse &resp) {
  ReturnByCase(resp, HTTPResponse::HTTP_NO_CONTENT);
}

// The handler reads back the status it set.
void readBackOwn(HTTPServerResponse &resp) {
  resp.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  resp.setChunkedTransferEncoding(true);
  if (resp.getStatus() == HTTPResponse::HTTP_NO_CONTENT)
    resp.setChunkedTransferEncoding(false);
  resp.send();
}

// A status the handler does not know keeps both ways open, and neither
// carries a known 204.
void unknown(HTTPServerResponse &resp, HTTPResponse::HTTPStatus status) {
  ReturnNotModified(resp, status);
}

// Exclusive comparisons of the handler's own unchanged value are related.
void counted(HTTPServerResponse &resp, int count) {
  if (count == 0)
    resp.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  else
    resp.setStatus(HTTPResponse::HTTP_OK);
  if (count > 0)
    resp.setChunkedTransferEncoding(true);
  resp.send();
}
