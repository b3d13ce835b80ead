// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// Boost.Beast 1.74 from Debian's libboost-dev.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <utility>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

#define NO_CONTENT 204

// --- Findings ---------------------------------------------------------------

Response deleted(const Request &req) {
  Response res{http::status::no_content, req.version()};
  res.body() = "gone";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: status 204 set here
  return res;
}

// prepare_payload() throws std::invalid_argument on this response.
Response preparedWithBody(const Request &req) {
  Response res;
  res.version(req.version());
  res.result(204);
  res.body().append("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.prepare_payload();
  return res;
}

void writtenToSocket(tcp::socket &socket, bool quiet) {
  Response res;
  if (quiet)
    res.result(http::int_to_status(NO_CONTENT));
  res.body() += "payload";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  http::write(socket, res);
}

template <class Send> void handOver(Send &&send) {
  http::response<http::dynamic_body> res;
  res.result(http::status::not_modified);
  beast::ostream(res.body()) << "cached";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  send(std::move(res));
}

void useHandOver() {
  handOver([](http::response<http::dynamic_body> &&) {});
}

Response bodyInConstructor() {
  Response res{http::status::no_content, 11, "payload"};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  return res;
}

class Session {
  Response res_;

public:
  void reply(unsigned version) {
    res_.version(version);
    res_.result(static_cast<http::status>(100));
    res_.body() = "continue";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 100 set here
  }
};

void asyncWrite(tcp::socket &socket, Response &res) {
  res.result(http::status::reset_content);
  res.body() = "reset";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
  http::async_write(socket, res, [](beast::error_code, std::size_t) {});
}

void doWrite(const Response &res);

// A local response handed to the application's own writer is sent there.
void writtenByHelper() {
  Response res{http::status::no_content, 11};
  res.body() = "x";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: status 204 set here
  doWrite(res);
}

// --- No findings ------------------------------------------------------------

Response earlyReturn(const Request &req) {
  Response res{http::status::ok, req.version()};
  if (req.target() == "/quiet") {
    res.result(http::status::no_content);
    return res;
  }
  res.body() = "loud";
  res.prepare_payload();
  return res;
}

void statusOverwritten(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  res.body() = "draft";
  res.result(http::status::ok);
  http::write(socket, res);
}

void bodyCleared(tcp::socket &socket) {
  Response res{http::status::no_content, 11};
  res.body() = "draft";
  res.body().clear();
  http::write(socket, res);
}

void emptyBodies(tcp::socket &socket) {
  Response res{http::status::no_content, 11, ""};
  res.body() = "";
  res.body() = std::string();
  http::write(socket, res);
}

// Sent before the body is written; the second send is a 200.
void sentBeforeBody(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  http::write(socket, res);
  res.result(http::status::ok);
  res.body() = "second";
  http::write(socket, res);
}

void twoResponses(tcp::socket &socket) {
  Response quiet{http::status::no_content, 11};
  Response loud{http::status::ok, 11};
  loud.body() = "hello";
  http::write(socket, quiet);
  http::write(socket, loud);
}

void metadataOnNoContent(tcp::socket &socket) {
  http::response<http::empty_body> res{http::status::no_content, 11};
  res.set(http::field::etag, "\"v2\"");
  res.set(http::field::location, "/items/2");
  http::write(socket, res);
}

void notAResponse(tcp::socket &socket) {
  char buffer[204];
  Request req{http::verb::post, "/upload", 11};
  req.body() = "payload";
  http::write(socket, req);
  (void)buffer;
}
