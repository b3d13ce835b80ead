// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// Simple-Web-Server v3.1.1, through the declaration-only stand-in of its
// headers.
#include <simple-web-server/server_http.hpp>

#include <memory>
#include <sstream>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using Response = std::shared_ptr<HttpServer::Response>;
using Request = std::shared_ptr<HttpServer::Request>;
using SimpleWeb::StatusCode;

#define NO_CONTENT SimpleWeb::StatusCode::success_no_content

StatusCode computeStatus();
void decorate(Response &response);

// --- Findings ---------------------------------------------------------------

void deleteItem(Response response, Request) {
  response->write(SimpleWeb::StatusCode::success_no_content,
                  "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void withHeaderFields(Response response, Request) {
  response->write(StatusCode::success_no_content, "gone",
                  {{"Content-Type", "text/plain"}});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void notModifiedWithBody(Response response, Request) {
  const std::string cached = "cached";
  response->write(StatusCode::redirection_not_modified, cached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 304 set here
}

void resetContentWithBody(Response response, Request) {
  response->write(StatusCode::success_reset_content, "reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 205 set here
}

void informational(Response response, Request) {
  response->write(StatusCode::information_processing, std::string("wait"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 102 (Processing), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 102 set here
}

// A stream is content.
void streamContent(Response response, Request) {
  std::stringstream file("bytes");
  response->write(StatusCode::success_no_content, file);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void conditionalStatus(Response response, Request request) {
  const bool quiet = request->query_string == "quiet";
  response->write(quiet ? StatusCode::success_no_content : StatusCode::success_ok,
                  "done");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void castStatus(Response response, Request) {
  response->write(static_cast<StatusCode>(204), "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void throughMacro(Response response, Request) {
  response->write(NO_CONTENT, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void throughDereference(Response response, Request) {
  (*response).write(StatusCode::success_no_content, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// send() sends what is written so far.
void sentNow(Response response, Request) {
  response->write(StatusCode::success_no_content, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  response->send();
}

// A copy of the shared pointer reaches the same response.
void throughCopy(Response response, Request) {
  auto same = response;
  same->write(StatusCode::success_no_content, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// The caller's response, by reference.
void replyOn(HttpServer::Response &response) {
  response.write(StatusCode::success_no_content, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// std::ostream::write.
void rawWrite(Response response, Request) {
  response->write("HTTP/1.1 204 No Content\r\n\r\nunused", 33);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 204 set here
}

void inAResource(HttpServer &server) {
  server.resource["^/items/([0-9]+)$"]["DELETE"] = [](Response response,
                                                       Request) {
    response->write(StatusCode::success_no_content, "deleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  };
  server.default_resource["PUT"] = [](std::shared_ptr<HttpServer::Response> response,
                                      std::shared_ptr<HttpServer::Request>) {
    response->write(SimpleWeb::StatusCode::success_no_content, "stored");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  };
}

// --- No findings ------------------------------------------------------------

void earlyReturn(Response response, Request request) {
  if (request->header.count("If-Match") == 0) {
    response->write(StatusCode::success_no_content);
    return;
  }
  response->write(StatusCode::success_ok, "updated");
}

void otherBranch(Response response, Request request) {
  if (request->path == "/quiet")
    response->write(StatusCode::success_no_content);
  else
    response->write(StatusCode::success_ok, "loud");
}

void twoResponses(Response quiet, Response loud) {
  quiet->write(StatusCode::success_no_content);
  loud->write(StatusCode::success_ok, "hello");
}

void emptyContent(Response response, Request) {
  response->write(StatusCode::success_no_content, "");
  response->write(StatusCode::success_no_content, std::string());
}

void metadataOnNoContent(Response response, Request) {
  response->write(StatusCode::success_no_content,
                  {{"ETag", "\"v2\""},
                   {"Location", "/items/2"},
                   {"Cache-Control", "no-store"}});
}

void unknownStatus(Response response, Request) {
  response->write(computeStatus(), "maybe");
}

// The helper may change the response: what was known is forgotten.
void helperMayChangeIt(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\n";
  decorate(response);
  *response << "\r\ndecorated";
}

void rawOk(Response response, Request) {
  *response << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
}

void rawNoContent(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\nCache-Control: no-store\r\n\r\n";
}

// The size cuts the text before its content.
void rawWriteCutBySize(Response response, Request) {
  response->write("HTTP/1.1 204 No Content\r\n\r\nunused", 27);
}

// Only the framework adds Content-Length, for the empty content.
void closeAfterResponse(Response response, Request) {
  response->close_connection_after_response = true;
  response->write(StatusCode::success_no_content);
}

void okWithBody(Response response, Request) {
  response->write("fine");
  response->write(StatusCode::success_created, "created");
}

// --- Known misses ---------------------------------------------------------
// Insertions into the response itself (it is a std::ostream) are not read.

// The handler writes the message itself: the status line is read, and the
// bytes after the blank line are content.
void rawMessage(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\n\r\ndone";
  // FIXME: should report: content written to a response that is sent with status 204 (No Content)
}

void rawMessageInParts(Response response, Request) {
  *response << "HTTP/1.1 304 Not Modified\r\n"
            << "ETag: \"v2\"\r\n\r\n";
  *response << "unchanged";
  // FIXME: should report: content written to a response that is sent with status 304 (Not Modified)
}
