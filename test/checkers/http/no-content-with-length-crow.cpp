// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -isystem %inputs/crow-1.3.3
// Crow v1.3.3, through the declaration-only headers of Inputs/crow-1.3.3.
// Crow sends the handler's headers as they are; it adds Content-Length of
// its own only when the handler set none (not reported).
#include <crow.h>

#include <string>

#define MY_NO_CONTENT 204
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

void deleteItem(const crow::request &, crow::response &res) {
  res.code = 204;
  res.set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.end();
}

void transferEncoding(crow::response &res) {
  res.add_header("transfer-encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  res.code = MY_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  res.end();
}

void informational(crow::response &res) {
  res.code = crow::status::SWITCHING_PROTOCOLS;
  res.add_header("content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  res.end();
}

void nameInConstant(crow::response &res) {
  res.code = crow::status::NO_CONTENT;
  res.set_header(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.end();
}

void branchesMerge(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  res.set_header("Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  res.end("hello");
}

void routes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/a")([] {
    crow::response res(crow::status::NO_CONTENT);
    res.set_header("Content-Length", "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: status 204 set here
    return res;
  });
  CROW_ROUTE(app, "/b/<int>")
      .methods("DELETE"_method)([](crow::response &res, int) {
        res.code = crow::status::NO_CONTENT;
        res.add_header("Transfer-Encoding", "chunked");
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: Transfer-Encoding set on a response that is sent with status 204
        // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
        res.end();
      });
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(crow::response &res) {
  res.code = crow::status::NOT_MODIFIED;
  res.set_header("Content-Length", "1024");
  res.end();
}

void metadataOnNoContent(crow::response &res) {
  res.code = 204;
  res.set_header("ETag", "\"v2\"");
  res.add_header("Location", "/items/2");
  res.set_header("Cache-Control", "no-store");
  res.end();
}

// Crow's own Content-Length: 0 on an empty 204 is not the handler's.
void frameworkLength(crow::response &res) {
  res.code = 204;
  res.end();
}

void earlyReturn(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1") {
    res.code = 204;
    res.end();
    return;
  }
  res.set_header("Content-Length", "5");
  res.end("hello");
}

void otherBranch(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  else
    res.set_header("Content-Length", "5");
  res.end();
}

void codeOverwritten(crow::response &res) {
  res.code = 204;
  res.set_header("Content-Length", "5");
  res.code = 200;
  res.end("hello");
}

void headersCleared(crow::response &res) {
  res.set_header("Content-Length", "5");
  res.clear();
  res.code = 204;
  res.end();
}

void twoResponses(crow::response &quiet, crow::response &loud) {
  quiet.code = 204;
  quiet.end();
  loud.set_header("Content-Length", "5");
  loud.end("hello");
}

void okWithLength(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/ok")([] {
    crow::response res(200, "hello");
    res.set_header("Content-Length", "5");
    return res;
  });
}
