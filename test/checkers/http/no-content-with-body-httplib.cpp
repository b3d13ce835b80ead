// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// cpp-httplib 0.11 from Debian's libcpp-httplib-dev.
#include <httplib.h>
#include <stdexcept>
#include <string>

using httplib::Request;
using httplib::Response;

#define NO_CONTENT 204

int computeStatus();
void decorate(Response &res);

// --- Findings ---------------------------------------------------------------

void deleteItem(const Request &, Response &res) {
  res.status = 204;
  res.set_content("{\"deleted\":true}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// The server sends after the handler returns: order does not matter.
void bodyBeforeStatus(const Request &, Response &res) {
  res.set_content("gone", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void branchesMergeIntoBody(const Request &req, Response &res) {
  if (req.has_header("X-Quiet"))
    res.status = 204;
  else
    res.status = 200;
  res.body = "done";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
}

void throughReference(const Request &, Response &res) {
  Response &out = res;
  out.status = 204;
  out.body += "appended";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void throughPointer(const Request &, Response &res) {
  Response *out = &res;
  out->status = NO_CONTENT;
  out->body.append("more");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void switchFallthrough(const Request &, Response &res, int kind) {
  switch (kind) {
  case 0:
    res.status = 204;
    [[fallthrough]];
  case 1:
    res.set_content("partial", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
    break;
  default:
    break;
  }
}

void notModifiedWithBody(const Request &, Response &res) {
  res.status = 304;
  res.set_content("cached", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
}

void resetContentWithBody(const Request &, Response &res) {
  res.status = 205;
  res.set_chunked_content_provider(
      "text/plain", [](size_t, httplib::DataSink &sink) { return true; });
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
}

void inALambda(httplib::Server &svr) {
  svr.Delete("/items", [](const Request &, Response &res) {
    res.status = 204;
    res.set_content("x", 1, "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  });
}

struct Handler {
  Response res;
  void finish() {
    res.status = 204;
    res.body = "late";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  }
};

// A variable that changes between the two tests does not correlate them.
void conditionChanges(const Request &req, Response &res) {
  bool quiet = req.has_header("X-Quiet");
  if (quiet)
    res.status = 204;
  quiet = req.has_header("X-Other");
  if (quiet)
    res.set_content("loud", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
}

// A variable declared in a loop is new in each iteration: the 204 of the
// first iteration stays when the second writes the body.
void freshInEachIteration(const Request &, Response &res) {
  for (int i = 0; i < 2; ++i) {
    const bool last = i == 1;
    if (!last)
      res.status = 204;
    if (last)
      res.set_content("x", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-4]]:7: note: status 204 set here
  }
}

// A status kept in a local variable is the value it holds on the path.
void statusInLocal(const Request &, Response &res) {
  int code = 204;
  res.status = code;
  res.set_content("x", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// Given another value before it is used.
void statusInLocalReassigned(const Request &, Response &res) {
  int code = 204;
  code = 200;
  res.status = code;
  res.set_content("x", "text/plain");
}

// The two branches test the same unchanged variable: no path takes both.
void correlatedConditions(const Request &req, Response &res) {
  const bool quiet = req.has_header("X-Quiet");
  if (quiet)
    res.status = 204;
  res.set_header("X-Handled", "yes");
  if (!quiet)
    res.set_content("loud", "text/plain");
}

void earlyReturn(const Request &req, Response &res) {
  if (!req.has_header("If-Match")) {
    res.status = 204;
    return;
  }
  res.set_content("updated", "text/plain");
}

void otherBranch(const Request &req, Response &res) {
  if (req.has_header("X-Quiet"))
    res.status = 204;
  else
    res.set_content("loud", "text/plain");
}

void statusOverwritten(const Request &, Response &res) {
  res.status = 204;
  res.set_content("ok", "text/plain");
  res.status = 200;
}

void bodyCleared(const Request &, Response &res) {
  res.status = 204;
  res.body = "draft";
  res.body.clear();
}

void bodyAssignedEmpty(const Request &, Response &res) {
  res.set_content("draft", "text/plain");
  res.status = 204;
  res.body = "";
}

void emptyBodies(const Request &, Response &res) {
  res.status = 204;
  res.set_content("", "text/plain");
  res.set_content(nullptr, 0, "text/plain");
  res.set_content(std::string(), "text/plain");
  res.body = std::string();
}

void metadataOnNoContent(const Request &, Response &res) {
  res.status = 204;
  res.set_header("ETag", "\"v2\"");
  res.set_header("Location", "/items/2");
}

void twoResponses(Response &quiet, Response &loud) {
  quiet.status = 204;
  loud.set_content("hello", "text/plain");
}

void unknownStatus(const Request &, Response &res) {
  res.status = computeStatus();
  res.set_content("maybe", "text/plain");
}

void helperMayChangeIt(const Request &, Response &res) {
  res.status = 204;
  decorate(res);
  res.set_content("decorated", "text/plain");
}

void thrownAway(const Request &, Response &res) {
  res.status = 204;
  res.set_content("never sent", "text/plain");
  throw std::runtime_error("failed");
}

void okWithBody(const Request &, Response &res) {
  res.status = 200;
  res.set_content("fine", "text/plain");
}

void localNeverSent(const Request &, Response &res) {
  Response scratch;
  scratch.status = 204;
  scratch.body = "scratch";
  res.status = 200;
}
