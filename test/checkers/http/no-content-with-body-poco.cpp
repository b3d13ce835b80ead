// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <ostream>
#include <string>

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

#define NO_CONTENT Poco::Net::HTTPResponse::HTTP_NO_CONTENT

HTTPResponse::HTTPStatus computeStatus();
void decorate(HTTPServerResponse &res);

// --- Findings ---------------------------------------------------------------

void deleteItem(HTTPServerResponse &res) {
  res.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
  std::ostream &out = res.send();
  out << "{\"deleted\":true}";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

void chained(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NOT_MODIFIED);
  res.send() << "cached";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
}

void streamWrite(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_RESET_CONTENT, "Reset Content");
  std::ostream &out = res.send();
  out.write("reset", 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
}

void chainedValues(HTTPServerResponse &res, int count) {
  res.setStatus(NO_CONTENT);
  res.send() << "count=" << count;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void streamPut(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  std::ostream &out = res.send();
  out.put('x');
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// sendBuffer() sends the body whatever the status.
void buffer(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  res.sendBuffer("hello", 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void file(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.sendFile("/var/www/index.html", "text/html");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void conditionalStatus(HTTPServerResponse &res, bool quiet) {
  res.setStatusAndReason(quiet ? HTTPResponse::HTTP_NO_CONTENT
                               : HTTPResponse::HTTP_OK);
  res.send() << "done";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

void castStatus(HTTPServerResponse &res) {
  res.setStatus(static_cast<HTTPResponse::HTTPStatus>(103));
  res.sendBuffer("hints", 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 103 set here
}

void informational(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_CONTINUE);
  res.send() << "continue";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
}

class DeleteHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request,
                     HTTPServerResponse &response) override {
    response.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    response.setContentType("application/json");
    std::ostream &out = response.send();
    out << "{\"deleted\":\"" << request.getURI() << "\"}";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
  }
};

// setStatus(const std::string&) parses the number in the string.
void statusAsString(HTTPServerResponse &res) {
  res.setStatus("204");
  res.sendBuffer("x", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

void earlyReturn(HTTPServerRequest &req, HTTPServerResponse &res) {
  if (!req.has("If-Match")) {
    res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    res.send();
    return;
  }
  res.setStatus(HTTPResponse::HTTP_OK);
  res.send() << "updated";
}

void otherBranch(HTTPServerRequest &req, HTTPServerResponse &res) {
  if (req.getURI() == "/quiet") {
    res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
    res.send();
  } else {
    res.setStatusAndReason(HTTPResponse::HTTP_OK);
    std::ostream &out = res.send();
    out << "loud";
  }
}

void statusOverwritten(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.send() << "ok";
}

void emptyBodies(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  std::ostream &out = res.send();
  out << "";
  out << std::flush;
  out.flush();
}

void nothingStreamed(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.send();
}

void emptyBuffer(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.sendBuffer(nullptr, 0);
}

void metadataOnNoContent(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.set("ETag", "\"v2\"");
  res.set("Location", "/items/2");
  res.add("Cache-Control", "no-store");
  res.send();
}

void twoResponses(HTTPServerResponse &quiet, HTTPServerResponse &loud) {
  quiet.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  loud.setStatusAndReason(HTTPResponse::HTTP_OK);
  quiet.send();
  loud.send() << "hello";
}

class ItemHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request,
                     HTTPServerResponse &response) override {
    if (request.getMethod() == "DELETE") {
      response.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
      response.send();
      return;
    }
    response.setContentType("text/plain");
    response.send() << "item";
  }
};

class OtherHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &,
                     HTTPServerResponse &response) override {
    response.setStatusAndReason(HTTPResponse::HTTP_OK);
    response.sendBuffer("other", 5);
  }
};

void unknownStatus(HTTPServerResponse &res) {
  res.setStatus(computeStatus());
  res.send() << "maybe";
}

// The helper may change the response: what was known is forgotten.
void helperMayChangeIt(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NO_CONTENT);
  decorate(res);
  res.send() << "decorated";
}

// A redirect sends no content of the handler's.
void redirected(HTTPServerResponse &res) {
  res.redirect("/items/2");
}

// Numbers that are not statuses.
void notStatuses(HTTPServerResponse &res) {
  char buffer[204] = {};
  res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.setContentLength(204);
  res.sendBuffer(buffer, sizeof buffer);
}

void okWithBody(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.send() << "fine";
}
