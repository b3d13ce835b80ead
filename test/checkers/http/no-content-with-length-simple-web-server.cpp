// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -isystem %inputs/simple-web-server-3.1.1
// Simple-Web-Server v3.1.1, through the declaration-only stand-in of its
// headers.
#include <simple-web-server/server_http.hpp>

#include <memory>
#include <string>

using HttpServer = SimpleWeb::Server<SimpleWeb::HTTP>;
using Response = std::shared_ptr<HttpServer::Response>;
using Request = std::shared_ptr<HttpServer::Request>;
using SimpleWeb::CaseInsensitiveMultimap;
using SimpleWeb::StatusCode;

#define NO_CONTENT SimpleWeb::StatusCode::success_no_content
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

void deleteItem(Response response, Request) {
  response->write(SimpleWeb::StatusCode::success_no_content,
                  {{"Content-Length", "0"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void transferEncoding(Response response, Request) {
  response->write(NO_CONTENT, "",
                  {{"Cache-Control", "no-store"}, {"Transfer-Encoding", "chunked"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void informational(Response response, Request) {
  response->write(StatusCode::information_continue, {{"content-length", "0"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 100 set here
}

void conditionalStatus(Response response, Request request) {
  const bool quiet = request->query_string == "quiet";
  response->write(quiet ? StatusCode::success_no_content : StatusCode::success_ok,
                  {{"Content-Length", "0"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// A constant holding the name is followed.
void nameInConstant(Response response, Request) {
  response->write(StatusCode::success_no_content, {{kContentLength, "0"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void headerVariableWithContent(Response response, Request) {
  const SimpleWeb::CaseInsensitiveMultimap header = {
      {"ETag", "\"v2\""}, {"Transfer-Encoding", "chunked"}};
  response->write(StatusCode::success_no_content, "", header);
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: Transfer-Encoding set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// std::ostream::write.
void rawWrite(Response response, Request) {
  response->write("HTTP/1.1 101 Switching Protocols\r\nContent-Length: 0\r\n\r\n", 55);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 101 set here
}

void inAResource(HttpServer &server) {
  server.resource["^/items/([0-9]+)$"]["DELETE"] = [](Response response,
                                                       Request) {
    response->write(StatusCode::success_no_content, {{"Content-Length", "0"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  };
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(Response response, Request) {
  response->write(StatusCode::redirection_not_modified,
                  {{"ETag", "\"v2\""}, {"Content-Length", "1024"}});
}

void rawNotModified(Response response, Request) {
  *response << "HTTP/1.1 304 Not Modified\r\nETag: \"v2\"\r\n"
               "Content-Length: 120\r\n\r\n";
}

void metadataOnNoContent(Response response, Request) {
  response->write(StatusCode::success_no_content,
                  {{"ETag", "\"v2\""},
                   {"Location", "/items/2"},
                   {"Cache-Control", "no-store"}});
}

void metadataInVariable(Response response, Request) {
  CaseInsensitiveMultimap header{{"ETag", "\"v2\""}};
  response->write(StatusCode::success_no_content, header);
}

// The framework adds `Content-Length: 0` to an empty response itself.
void emptyNoContent(Response response, Request) {
  response->write(StatusCode::success_no_content);
}

void emptyContentNoHeaders(Response response, Request) {
  response->write(StatusCode::success_no_content, "");
}

// write() adds a Content-Length of the content's size itself: the content
// is the finding of http-no-content-with-body, the length is the
// framework's.
void lengthFromWrite(Response response, Request) {
  response->write(StatusCode::success_no_content, "hello");
}

void closeAfterResponse(Response response, Request) {
  response->close_connection_after_response = true;
  response->write(StatusCode::success_no_content);
}

void earlyReturn(Response response, Request request) {
  if (request->header.count("X-Quiet") != 0) {
    response->write(StatusCode::success_no_content);
    return;
  }
  response->write(StatusCode::success_ok, "hello", {{"Content-Length", "5"}});
}

void otherBranch(Response response, Request request) {
  if (request->path == "/quiet")
    response->write(StatusCode::success_no_content, {{"ETag", "\"v1\""}});
  else
    response->write(StatusCode::success_ok, {{"Content-Length", "0"}});
}

void twoResponses(Response quiet, Response loud) {
  quiet->write(StatusCode::success_no_content);
  loud->write(StatusCode::success_ok, "hi", {{"Content-Length", "2"}});
}

// A header map that is not a braced list here tells nothing.
void headerParameter(Response response, const CaseInsensitiveMultimap &header) {
  response->write(StatusCode::success_no_content, header);
}

// A map changed after its initialisation is not what the list says.
void headerErased(Response response, Request) {
  CaseInsensitiveMultimap header{{"Content-Length", "0"}};
  header.erase("Content-Length");
  response->write(StatusCode::success_no_content, header);
}

// A header name held in a variable that may change is not followed.
void nameInVariable(Response response, const std::string &name) {
  response->write(StatusCode::success_no_content, {{name, "0"}});
}

void rawOkLength(Response response, Request) {
  *response << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
}

// --- Known misses ---------------------------------------------------------
// Insertions into the response itself (it is a std::ostream) are not read;
// a header map variable that is not const is not read, since the handler may
// change it.

// The handler writes the message itself: its header lines are read.
void rawMessage(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n";
  // FIXME: should report: Content-Length set on a response that is sent with status 204 (No Content)
}

void rawMessageInParts(Response response, Request) {
  *response << "HTTP/1.1 204 No Content\r\n";
  *response << "Cache-Control: no-store\r\n";
  *response << "Transfer-Encoding: chunked\r\n\r\n";
  // FIXME: should report: Transfer-Encoding set on a response that is sent with status 204 (No Content)
}

// A local map initialised with a braced list.
void headerVariable(Response response, Request) {
  CaseInsensitiveMultimap header{{"Content-Length", "0"}};
  response->write(StatusCode::success_no_content, header);
  // FIXME: should report: Content-Length set on a response that is sent with status 204
}
