// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -isystem %inputs/httplib-0.53
// cpp-httplib 0.53.1, the current release, through the declaration-only
// header of Inputs/httplib-0.53. set_header appends to the insertion-ordered
// header map; the server adds Content-Length: 0 to an empty response itself
// (not reported).
#include <httplib.h>

#include <string>

// --- Findings ---------------------------------------------------------------

void deleteItem(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void earlyHints(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::EarlyHints_103;
  res.set_header("transfer-encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 103 (Early Hints), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 103 set here
}

void handlers(httplib::Server &svr) {
  svr.set_pre_request_handler(
      [](const httplib::Request &req, httplib::Response &res) {
        if (!req.has_header("X-Quiet"))
          return httplib::Server::HandlerResponse::Unhandled;
        res.set_header("Content-Length", "0");
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: Content-Length set on a response that is sent with status 204
        res.status = httplib::StatusCode::NoContent_204;
        // CHECK-MESSAGES: :[[@LINE-1]]:9: note: status 204 set here
        return httplib::Server::HandlerResponse::Handled;
      });
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NotModified_304;
  res.set_header("Content-Length", "1024");
}

// The server's own Content-Length: 0 on an empty 204 is not the handler's.
void frameworkLength(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
}

// Reading a header, with the default value the getters take since 0.17, is
// not setting it; trailers are not sent by the server.
void readsAndTrailers(const httplib::Request &req, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  if (res.get_header_value_u64("Content-Length", 0) > 0)
    res.set_header("X-Odd", "yes");
  std::string length = req.get_header_value("Content-Length", "0");
  res.set_header("X-Request-Length", length);
}

void earlyReturn(const httplib::Request &req, httplib::Response &res) {
  if (req.has_header("X-Quiet")) {
    res.status = httplib::StatusCode::NoContent_204;
    return;
  }
  res.set_header("Content-Length", "5");
  res.set_content("hello", "text/plain");
}

void statusOverwritten(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_header("Content-Length", "5");
  res.status = httplib::StatusCode::OK_200;
}

void metadataOnNoContent(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_header("ETag", "\"v2\"");
  res.set_header("Location", "/items/2");
  res.set_header("Cache-Control", "no-store");
}
