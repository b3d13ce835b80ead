// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev.
#include <Poco/Net/HTTPMessage.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

using Poco::Net::HTTPMessage;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

#define NO_CONTENT Poco::Net::HTTPResponse::HTTP_NO_CONTENT
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

// send() writes the handler's Content-Length even on a 204.
void deleteItem(HTTPServerResponse &res) {
  res.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
  res.setContentLength(16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setContentLength()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send();
}

void length64(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  res.setContentLength64(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setContentLength64()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send();
}

void chunked(HTTPServerResponse &res) {
  res.setStatusAndReason(NO_CONTENT);
  res.setChunkedTransferEncoding(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setChunkedTransferEncoding()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send();
}

void namedByString(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send();
}

void informational(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
  res.add("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  res.send();
}

// The header names of HTTPMessage are constants defined in the library.
void namedByConstant(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set(HTTPMessage::CONTENT_LENGTH, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.set(Poco::Net::HTTPMessage::TRANSFER_ENCODING,
          HTTPMessage::CHUNKED_TRANSFER_ENCODING);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 204 set here
  res.send();
}

// A constant holding the name is followed.
void nameInConstant(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.add(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send();
}

void conditionalStatus(HTTPServerResponse &res, bool quiet) {
  res.setStatus(quiet ? HTTPResponse::HTTP_NO_CONTENT : HTTPResponse::HTTP_OK);
  res.setContentLength(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setContentLength()' sets Content-Length on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.send() << "ok";
}

class DeleteHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &,
                     HTTPServerResponse &response) override {
    response.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    response.setContentLength(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'setContentLength()' sets Content-Length on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    response.send();
  }
};

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
  res.setContentLength(1024);
  res.send();
}

// 205 tells the client to reset the view: Content-Length: 0 is right.
void resetContent(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_RESET_CONTENT);
  res.setContentLength(0);
  res.send();
}

void metadataOnNoContent(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set("ETag", "\"v2\"");
  res.set("Location", "/items/2");
  res.add("Cache-Control", "no-store");
  res.send();
}

void earlyReturn(HTTPServerRequest &req, HTTPServerResponse &res) {
  if (req.has("X-Quiet")) {
    res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    res.send();
    return;
  }
  res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.setContentLength(5);
  res.send() << "hello";
}

void statusOverwritten(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.setContentLength(5);
  res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.send() << "hello";
}

void headersRemoved(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set("Content-Length", "5");
  res.erase("Content-Length");
  res.setChunkedTransferEncoding(true);
  res.setChunkedTransferEncoding(false);
  res.setContentLength(5);
  res.erase(HTTPMessage::CONTENT_LENGTH);
  res.add("Transfer-Encoding", "chunked");
  res.clear();
  res.send();
}

// sendBuffer() sets Content-Length to the size it sends: that header is the
// framework's (the content is the finding of http-no-content-with-body).
void lengthFromSendBuffer(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.setContentLength(5);
  res.sendBuffer("hello", 5);
}

void emptySendBuffer(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.setChunkedTransferEncoding(true);
  res.sendBuffer("", 0);
}

void twoResponses(HTTPServerResponse &quiet, HTTPServerResponse &loud) {
  quiet.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  loud.setStatusAndReason(HTTPResponse::HTTP_OK);
  loud.setContentLength(5);
  quiet.send();
  loud.send() << "hello";
}

// A header name held in a variable that may change is not followed.
void nameInVariable(HTTPServerResponse &res, const std::string &name) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set(name, "0");
  res.send();
}

void emptyNoContent(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.send();
}
