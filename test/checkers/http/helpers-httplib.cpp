// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/httplib-0.15
// cpp-httplib 0.15 (the declaration-only headers of
// test/checkers/Inputs/httplib-0.15). A handler that passes its response to
// a function of the project's own keeps its response: what the function does
// to it happens at the call, path by path.
#include <functional>
#include <httplib.h>
#include <string>

using httplib::Request;
using httplib::Response;
using httplib::StatusCode;

static void addCorsHeaders(Response &res) {
  res.set_header("Access-Control-Allow-Origin", "*");
  res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  res.set_header("Cache-Control", "max-age=600");
}

static void setStatus(Response &res, int code) { res.status = code; }

static void writeJson(Response &res, const std::string &json) {
  res.set_content(json, "application/json");
}

static void reply(Response &res, int code, bool withBody) {
  res.status = code;
  if (withBody)
    res.set_content("details", "text/plain");
}

// --- Findings ---------------------------------------------------------------

// The OPTIONS handler of a real server: the helper sets CORS headers only.
void options(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  addCorsHeaders(res);
  res.set_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The status comes from the helper's parameter.
void statusByHelper(const Request &, Response &res) {
  setStatus(res, StatusCode::NoContent_204);
  res.set_content("gone", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-28]]:50: note: status 204 set here
}

// The helper writes content into the caller's 204: reported at the call.
void bodyByHelper(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  writeJson(res, "{}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-33]]:3: note: content written here, through the call of 'writeJson'
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The constant argument selects the helper's path that writes content.
void withBody(const Request &, Response &res) {
  reply(res, StatusCode::NoContent_204, /*withBody=*/true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-35]]:5: note: content written here, through the call of 'reply'
  // CHECK-MESSAGES: :[[@LINE-38]]:3: note: status 204 set here
}

// A lambda that captures the response by reference is a helper too.
void lambdaHelper(const Request &, Response &res) {
  auto send = [&res](int code, const std::string &text) {
    res.status = code;
    res.set_content(text, "text/plain");
  };
  send(StatusCode::NoContent_204, "bye");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: content written here, through the call of a lambda
  // CHECK-MESSAGES: :[[@LINE-6]]:5: note: status 204 set here
}

// A bare number that becomes the status through a parameter is a magic
// number at the call; the unscoped enumerator converts to the `int`
// parameter, so it is also the fix.
void magicThroughHelper(const Request &, Response &res) {
  reply(res, 404, /*withBody=*/true);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 404 written as a number; use StatusCode::NotFound_404 [http-magic-status-code]
  // CHECK-FIXES: reply(res, StatusCode::NotFound_404, /*withBody=*/true);
}

// A member function of a handler class fills the response it holds.
class Handler {
  Response &res_;

  void describe() { res_.set_content("deleted", "text/plain"); }

public:
  explicit Handler(Response &res) : res_(res) {}

  void onDelete() {
    res_.status = StatusCode::NoContent_204;
    describe();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-9]]:21: note: content written here, through the call of 'describe'
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: status 204 set here
  }
};

// The caller's condition, passed on negated: the 204 arm writes content.
void oppositeCondition(const Request &req, Response &res) {
  const bool verbose = req.has_param("verbose");
  reply(res, verbose ? StatusCode::OK_200 : StatusCode::NoContent_204,
        !verbose);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-84]]:5: note: content written here, through the call of 'reply'
  // CHECK-MESSAGES: :[[@LINE-87]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// A helper that only sets CORS and cache headers.
void corsOnly(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  addCorsHeaders(res);
}

// The helper sets 200 after the caller's 204.
void overwrittenByHelper(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  setStatus(res, StatusCode::OK_200);
  res.set_content("fine", "text/plain");
}

// The constant argument rules out the helper's content write.
void withoutBody(const Request &, Response &res) {
  reply(res, StatusCode::NoContent_204, /*withBody=*/false);
}

// The caller's own condition, passed on, decides both ways the same: the
// 204 arm is the path on which the helper writes no content.
void sameCondition(const Request &req, Response &res) {
  const bool verbose = req.has_param("verbose");
  reply(res, verbose ? StatusCode::OK_200 : StatusCode::NoContent_204, verbose);
}

// A recursive call is not followed: the inner call forgets the response.
static void fillChunks(Response &res, int depth) {
  if (depth > 0) {
    fillChunks(res, depth - 1);
    return;
  }
  res.status = StatusCode::OK_200;
  res.set_content("chunk", "text/plain");
}

void recursion(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  fillChunks(res, 3);
}

// A helper declared only: it may do anything to the response.
void externalFill(Response &res);

void declaredOnly(const Request &, Response &res) {
  res.status = StatusCode::NoContent_204;
  externalFill(res);
  res.set_content("maybe", "text/plain");
}

// A virtual call: which function runs is not known here.
struct Filler {
  virtual ~Filler() = default;
  virtual void fill(Response &res) { res.status = StatusCode::OK_200; }
};

void virtualHelper(Response &res, Filler &filler) {
  res.status = StatusCode::NoContent_204;
  filler.fill(res);
  res.set_content("maybe", "text/plain");
}

// Calls through a function pointer or a std::function are not followed.
void functionPointer(Response &res, void (*decorate)(Response &)) {
  res.status = StatusCode::NoContent_204;
  decorate(res);
  res.set_content("maybe", "text/plain");
}

void stdFunction(Response &res, const std::function<void(Response &)> &fill) {
  res.status = StatusCode::NoContent_204;
  fill(res);
  res.set_content("maybe", "text/plain");
}
