// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -I %inputs/helpers
// Boost.Beast 1.74 from Debian's libboost-dev. A handler that passes its
// response to a function of the project's own keeps its response: what the
// function does to it happens at the call, path by path.
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <string>

#include "beast_reply.h"

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Response = http::response<http::string_body>;

static void addCorsHeaders(Response &res) {
  res.set(http::field::access_control_allow_origin, "*");
  res.set(http::field::access_control_allow_methods, "GET, POST, OPTIONS");
  res.set(http::field::cache_control, "max-age=600");
}

static void setStatus(Response &res, http::status code) { res.result(code); }

static void writeJson(Response &res, const std::string &json) {
  res.set(http::field::content_type, "application/json");
  res.body() = json;
}

static void replyJson(Response &res, http::status code,
                      const std::string &json) {
  setStatus(res, code);
  writeJson(res, json);
}

static void reply(Response &res, http::status code, bool withBody) {
  res.result(code);
  if (withBody)
    res.body() = "details";
}

static void send(tcp::socket &socket, Response &res) {
  res.prepare_payload();
  http::write(socket, res);
}

// --- Findings ---------------------------------------------------------------

// The OPTIONS handler of a real server: the helper sets CORS headers only,
// so the caller still knows its 204 when it computes the length.
void options(Response &res) {
  res.result(http::status::no_content);
  res.body() = "";
  addCorsHeaders(res);
  res.prepare_payload();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'prepare_payload()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
}

// The status comes from the helper's parameter.
void statusByHelper(Response &res) {
  setStatus(res, http::status::no_content);
  res.body() = "gone";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-42]]:59: note: status 204 set here
}

// The helper writes content into the caller's 204: reported at the call.
void bodyByHelper(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  writeJson(res, "{}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-47]]:3: note: content written here, through the call of 'writeJson'
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  http::write(socket, res);
}

// A helper that sends: the caller's content is the defect.
void sentByHelper(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  res.body() = "removed";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  send(socket, res);
}

// The helper computes the length of the caller's empty 204 and sends it.
void lengthByHelper(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  send(socket, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'prepare_payload()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-52]]:3: note: Content-Length set here, through the call of 'send'
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// A helper that calls helpers: the status flows through two parameters.
void helperOfHelpers(Response &res) {
  replyJson(res, http::status::no_content, "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-76]]:3: note: content written here, through the call of 'replyJson'
  // CHECK-MESSAGES: :[[@LINE-81]]:59: note: status 204 set here
}

// The constant argument selects the helper's path that writes content.
void withBody(Response &res) {
  reply(res, http::status::no_content, /*withBody=*/true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-72]]:5: note: content written here, through the call of 'reply'
  // CHECK-MESSAGES: :[[@LINE-75]]:3: note: status 204 set here
}

// A helper in a header of the project.
void helperInHeader(Response &res) {
  replyText(res, http::status::no_content, "bye");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: beast_reply.h:14:3: note: content written here, through the call of 'replyText'
  // CHECK-MESSAGES: beast_reply.h:12:3: note: status 204 set here
}

// A member function of a session class fills the session's response.
class Session {
  tcp::socket socket_;
  Response res_;

  void describe() { res_.body() = "deleted"; }

public:
  explicit Session(tcp::socket socket) : socket_(std::move(socket)) {}

  void onDelete() {
    res_.result(http::status::no_content);
    describe();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-9]]:21: note: content written here, through the call of 'describe'
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: status 204 set here
    http::write(socket_, res_);
  }
};

// A template helper: reported once at the call, though the handler around
// it is instantiated twice.
template <class Body> void greet(http::response<Body> &res) {
  res.body() = "hello";
}

template <int Version> void greetingHandler(Response &res) {
  res.result(http::status::no_content);
  res.version(Version);
  greet(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: content written here, through the call of 'greet'
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
}

template void greetingHandler<10>(Response &);
template void greetingHandler<11>(Response &);

// A bare number that becomes the status through a parameter is a magic
// number at the call. Beast's constants are a scoped enum, which the
// helper's `unsigned` parameter does not take: no fix.
static void replyCode(Response &res, unsigned code) {
  res.result(code);
  res.body() = "see the status";
}

void magicThroughHelper(Response &res) {
  replyCode(res, 404);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 404 written as a number; use http::status::not_found [http-magic-status-code]
  // CHECK-FIXES: replyCode(res, 404);
}

// A helper that makes the response: its state is the caller's object's.
static Response makeNoContent(unsigned version) {
  Response res{http::status::no_content, version};
  res.set(http::field::server, "example");
  return res;
}

Response fromFactory(unsigned version) {
  Response res = makeNoContent(version);
  res.body() = "made";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-9]]:12: note: status 204 set here
  return res;
}

// --- No findings ------------------------------------------------------------

// The factory's response, given a status of its own.
Response fromFactoryThenOk(unsigned version) {
  Response res = makeNoContent(version);
  res.result(http::status::ok);
  res.body() = "made";
  return res;
}

// A helper that only sets CORS and cache headers.
void corsOnly(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  addCorsHeaders(res);
  http::write(socket, res);
}

// The helper sets 200 after the caller's 204.
void overwrittenByHelper(Response &res) {
  res.result(http::status::no_content);
  setStatus(res, http::status::ok);
  res.body() = "fine";
}

// The constant argument rules out the helper's content write.
void withoutBody(Response &res) {
  reply(res, http::status::no_content, /*withBody=*/false);
}

// The helper's own content after its own 200.
void replyOk(Response &res) { replyJson(res, http::status::ok, "{}"); }

// A recursive call is not followed: the inner call forgets the response.
static void fillChunks(Response &res, int depth) {
  if (depth > 0) {
    fillChunks(res, depth - 1);
    return;
  }
  res.result(http::status::ok);
  res.body() = "chunk";
}

void recursion(Response &res) {
  res.result(http::status::no_content);
  fillChunks(res, 3);
}

// A helper declared only: it may do anything to the response.
void externalFill(Response &res);

void declaredOnly(Response &res) {
  res.result(http::status::no_content);
  externalFill(res);
  res.body() = "maybe";
}

// A virtual call: which function runs is not known here.
struct Filler {
  virtual ~Filler() = default;
  virtual void fill(Response &res) { res.result(http::status::ok); }
};

void virtualHelper(Response &res, Filler &filler) {
  res.result(http::status::no_content);
  filler.fill(res);
  res.body() = "maybe";
}

// A call through a function pointer is not followed either.
void functionPointer(Response &res, void (*decorate)(Response &)) {
  res.result(http::status::no_content);
  decorate(res);
  res.body() = "maybe";
}
