// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <boost/none.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Response = http::response<http::string_body>;

// --- Findings ---------------------------------------------------------------

void explicitLength(tcp::socket &socket) {
  Response res{http::status::no_content, 11};
  res.set(http::field::content_length, "4");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: status 204 set here
  http::write(socket, res);
}

void namedByString(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  res.insert("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  http::write(socket, res);
}

// On an empty 204, prepare_payload() writes Content-Length: 0.
http::response<http::empty_body> prepared(unsigned version) {
  http::response<http::empty_body> res{http::status::no_content, version};
  res.prepare_payload();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'prepare_payload()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: status 204 set here
  return res;
}

void lengthAndChunked(Response &res) {
  res.result(http::status::switching_protocols);
  res.content_length(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'content_length()' sets Content-Length on a response that is sent with status 101 (Switching Protocols)
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  res.chunked(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'chunked()' sets Transfer-Encoding on a response that is sent with status 101 (Switching Protocols)
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 101 set here
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(Response &res) {
  res.result(http::status::not_modified);
  res.content_length(1024);
  res.prepare_payload();
}

void removedAgain(Response &res) {
  res.result(http::status::no_content);
  res.content_length(5);
  res.content_length(boost::none);
  res.chunked(true);
  res.chunked(false);
  res.set(http::field::content_length, "0");
  res.erase(http::field::content_length);
}

void metadataOnNoContent(Response &res) {
  res.result(http::status::no_content);
  res.set(http::field::etag, "\"v2\"");
  res.set(http::field::cache_control, "no-store");
}

void preparedOk(Response &res) {
  res.result(http::status::ok);
  res.body() = "hello";
  res.prepare_payload();
}

// The body on this 204 makes prepare_payload() throw: that is the body
// check's finding, not a Content-Length one.
Response throwsInstead() {
  Response res{http::status::no_content, 11};
  res.body() = "oops";
  res.prepare_payload();
  return res;
}

void earlyReturn(Response &res, bool quiet) {
  if (quiet) {
    res.result(http::status::no_content);
    return;
  }
  res.set(http::field::content_length, "5");
}
