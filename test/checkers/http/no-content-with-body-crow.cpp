// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/crow-1.3.3
// Crow v1.3.3, through the declaration-only headers of Inputs/crow-1.3.3.
// Crow sends a response when the handler calls res.end(), or the value a
// handler returns; it sends a body on a 204 as it is, with its length.
#include <crow.h>

#include <string>

#define MY_NO_CONTENT 204

int computeStatus();
void decorate(crow::response &res);
void adjustStatus(int *code);
void adjustStatusByReference(int &code);
void logStatus(const int &code);
bool retry();

// --- Findings ---------------------------------------------------------------

void deleteItem(const crow::request &, crow::response &res) {
  res.code = 204;
  res.write("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  res.end();
}

void endWithPart(crow::response &res) {
  res.code = crow::status::NO_CONTENT;
  res.end("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// The response leaves at end(): the order of status and body does not matter.
void bodyBeforeStatus(const crow::request &, crow::response &res) {
  res.body = "done";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  res.code = MY_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  res.end();
}

void branchesMerge(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  else
    res.code = 200;
  res.body += "appended";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: status 204 set here
  res.end();
}

void throughPointer(crow::response &res) {
  crow::response *out = &res;
  out->code = 204;
  out->body.append("more");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  out->end();
}

void notModified(crow::response &res) {
  res.code = crow::status::NOT_MODIFIED;
  res.write("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  res.end();
}

void resetContent(crow::response &res) {
  res.code = crow::status::RESET_CONTENT;
  res.end("reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
}

void informational(crow::response &res) {
  res.code = crow::status::CONTINUE;
  res.write("early");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
  res.end();
}

// A response built and moved into the handler's response.
void assignedTemporary(crow::response &res) {
  res = crow::response(crow::status::NO_CONTENT, "removed");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: status 204 set here
  res.end();
}

// A status kept in a local variable is the value the variable holds on the
// path, constant or not.
crow::response statusInLocal() {
  int code = 204;
  return crow::response(code, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

crow::response statusInConstLocal() {
  const int code = 204;
  return crow::response(code, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
}

// 204 on one path, 200 on the other: the 204 path has a body.
crow::response statusChosenOnPath(const crow::request &req) {
  int code = 200;
  if (req.get_header_value("X-Gone") == "1")
    code = crow::status::NO_CONTENT;
  return crow::response(code, req.body);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

// Declared without a value, given one in each branch; then copied, and
// read after the body is written.
void statusAssignedInBranches(const crow::request &req, crow::response &res) {
  int code;
  if (req.get_header_value("X-Quiet") == "1")
    code = 204;
  else
    code = 200;
  const int sent = code;
  res.write("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  res.code = sent;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  res.end();
}

// Each arm of a conditional is a path of its own, in a variable too.
crow::response statusFromConditional(bool quiet) {
  int code = quiet ? 204 : 200;
  return crow::response(code, "done");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
}

crow::response statusFromSwitch(int kind) {
  int code;
  switch (kind) {
  case 0:
    code = crow::status::NO_CONTENT;
    break;
  default:
    code = crow::status::OK;
    break;
  }
  return crow::response(code, "done");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
}

// The case the path's value selects.
crow::response statusSwitchedOn(bool found) {
  int code = found ? 200 : 204;
  switch (code) {
  case crow::status::OK:
    break;
  case crow::status::NO_CONTENT:
    return crow::response(code, "none");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
  }
  return crow::response(code, "found");
}

// A const reference only reads the variable.
crow::response statusLoggedFirst() {
  int code = 204;
  logStatus(code);
  return crow::response(code, "logged");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
}

// A helper that keeps the status it is given in a variable first.
static void replyWith(crow::response &res, int status) {
  int code = status;
  res.code = code;
  res.write("reply");
}

void statusThroughHelperVariable(crow::response &res) {
  replyWith(res, crow::status::NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: content written here, through the call of 'replyWith'
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: status 204 set here
  res.end();
}

struct Item : crow::returnable {
  Item() : crow::returnable("application/json") {}
  std::string dump() const override { return "{}"; }
};

void routes(crow::SimpleApp &app) {
  // Returned values are sent: each constructor that takes a status and a body.
  CROW_ROUTE(app, "/a")([] {
    return crow::response(crow::status::NO_CONTENT, "deleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/b")([]() -> crow::response {
    return {crow::status::NO_CONTENT, "deleted"};
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/c")([] {
    return crow::response(crow::status::NO_CONTENT, "json", "{\"ok\":true}");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/d")([] {
    crow::json::wvalue result({{"deleted", true}});
    return crow::response(crow::status::NO_CONTENT, result);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  CROW_ROUTE(app, "/e")([] {
    return crow::response(crow::status::NO_CONTENT, Item());
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  // A named response returned by value.
  CROW_ROUTE(app, "/f/<int>")([](int id) {
    crow::response res(crow::status::NO_CONTENT);
    res.write("item " + std::to_string(id));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: status 204 set here
    return res;
  });
  CROW_ROUTE(app, "/g/<string>")
      .methods(crow::HTTPMethod::Delete)(
          [](const crow::request &, crow::response &res, std::string name) {
            res.code = 204;
            res.end("removed " + name);
            // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: content written to a response that is sent with status 204
            // CHECK-MESSAGES: :[[@LINE-3]]:13: note: status 204 set here
          });
}

// --- No findings ------------------------------------------------------------

void earlyReturn(const crow::request &req, crow::response &res) {
  if (req.get_header_value("If-Match").empty()) {
    res.code = crow::status::NO_CONTENT;
    res.end();
    return;
  }
  res.end("updated");
}

void otherBranch(const crow::request &req, crow::response &res) {
  if (req.get_header_value("X-Quiet") == "1")
    res.code = 204;
  else
    res.write("loud");
  res.end();
}

void twoResponses(crow::response &quiet, crow::response &loud) {
  quiet.code = 204;
  quiet.end();
  loud.write("hello");
  loud.end();
}

void codeOverwritten(crow::response &res) {
  res.code = 204;
  res.write("ok");
  res.code = 200;
  res.end();
}

void bodyCleared(crow::response &res) {
  res.code = 204;
  res.body = "draft";
  res.body.clear();
  res.end();
}

// clear() sets 200: the content written after it is not on a 204.
void statusCleared(crow::response &res) {
  res.code = 204;
  res.clear();
  res.write("fresh");
  res.end();
}

void responseCleared(crow::response &res) {
  res.write("draft");
  res.clear();
  res.code = 204;
  res.end();
}

void emptyBodies(crow::response &res) {
  res.code = 204;
  res.write("");
  res.write(std::string());
  res.body = "";
  res.end("");
}

void emptyConstructed(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/empty")([] {
    return crow::response(crow::status::NO_CONTENT, "");
  });
  CROW_ROUTE(app, "/none")([]() -> crow::response {
    return {crow::status::NO_CONTENT, std::string()};
  });
  CROW_ROUTE(app, "/typed")([] {
    return crow::response(crow::status::NO_CONTENT, "text/plain", "");
  });
}

void metadataOnNoContent(crow::response &res) {
  res.code = 204;
  res.set_header("ETag", "\"v2\"");
  res.add_header("Location", "/items/2");
  res.end();
}

void unknownStatus(crow::response &res) {
  res.code = computeStatus();
  res.end("maybe");
}

void helperMayChangeIt(crow::response &res) {
  res.code = 204;
  decorate(res);
  res.end("decorated");
}

void okWithBody(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/ok")([] { return crow::response(200, "fine"); });
  CROW_ROUTE(app, "/json")([] {
    crow::json::wvalue result;
    result["ok"] = true;
    return crow::response(result);
  });
  CROW_ROUTE(app, "/text")([] { return "hello"; });
}

// The variable holds another status on every path that writes content.
crow::response statusReassigned(const crow::request &req) {
  int code = 204;
  if (req.body.empty())
    return crow::response(code);
  code = 200;
  return crow::response(code, req.body);
}

// A test of the variable goes the way the value it holds on the path says.
crow::response statusTestedBeforeContent(bool found, const std::string &text) {
  int code = found ? 200 : 204;
  if (code == crow::status::NO_CONTENT)
    return crow::response(code);
  return crow::response(code, text);
}

crow::response statusSwitchedBeforeContent(bool found,
                                           const std::string &text) {
  int code = found ? 200 : 204;
  switch (code) {
  case crow::status::NO_CONTENT:
  case crow::status::NOT_MODIFIED:
    return crow::response(code);
  default:
    return crow::response(code, text);
  }
}

// A variable changed through its address, through a reference, by a lambda
// that captured it by reference, or from an unknown value: what it holds is
// unknown.
crow::response statusThroughAddress() {
  int code = 204;
  adjustStatus(&code);
  return crow::response(code, "adjusted");
}

crow::response statusThroughReference() {
  int code = 204;
  adjustStatusByReference(code);
  return crow::response(code, "adjusted");
}

crow::response statusThroughAlias() {
  int code = 204;
  int &alias = code;
  alias = 200;
  return crow::response(code, "aliased");
}

crow::response statusChangedByLambda() {
  int code = 204;
  auto fail = [&] { code = 500; };
  fail();
  return crow::response(code, "failed");
}

crow::response statusFromUnknownValue() {
  int code = 204;
  code = computeStatus();
  return crow::response(code, "computed");
}

// A change the analysis does not follow (the loop ends with 408).
crow::response statusChangedInLoop() {
  int code = 102;
  do {
    code *= 2;
  } while (code < 400);
  return crow::response(code, "timeout");
}

// Only the copy the lambda captured is changed; the lambda body is its
// own function.
crow::response statusCapturedByCopy() {
  int code = 200;
  auto quiet = [code]() mutable {
    code = 204;
    return code;
  };
  (void)quiet;
  return crow::response(code, "fine");
}

// The helper gives its parameter another value on the path the call takes:
// the status is not the caller's number.
static void replyQueued(crow::response &res, int status, bool queued) {
  if (queued)
    status = crow::status::ACCEPTED;
  res.code = status;
  res.write("queued");
}

void statusReplacedInHelper(crow::response &res) {
  replyQueued(res, crow::status::NO_CONTENT, /*queued=*/true);
  res.end();
}

void localNeverSent(crow::response &res) {
  crow::response scratch(204);
  scratch.body = "scratch";
  res.end();
}
