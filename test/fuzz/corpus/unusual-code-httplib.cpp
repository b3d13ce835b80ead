// Unusual control flow and object handling: no crash, and findings only
// where a path really sends a 204 with content.
#include <httplib.h>

using httplib::Request;
using httplib::Response;

void variadic(int count, ...);
using Filler = void (*)(Response &);

void gotoLoop(const Request &req, Response &res) {
  int tries = 0;
again:
  if (++tries < 3 && req.has_header("X-Retry"))
    goto again;
  res.status = httplib::StatusCode::NoContent_204;
}

void infiniteLoopWithBreak(const Request &req, Response &res) {
  for (;;) {
    if (req.has_header("X-Stop"))
      break;
  }
  res.status = httplib::StatusCode::OK_200;
  res.set_content("ok", "text/plain");
}

void neverReturns(Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.body = "x";
  while (true) {
  }
}

void catchBlock(const Request &req, Response &res) {
  try {
    if (req.has_header("X-Fail"))
      throw std::runtime_error("fail");
    res.status = httplib::StatusCode::NoContent_204;
  } catch (const std::exception &e) {
    res.status = httplib::StatusCode::InternalServerError_500;
    res.set_content(e.what(), "text/plain");
  }
}

void copiesAndAssignments(const Request &, Response &res) {
  Response draft;
  draft.status = httplib::StatusCode::NoContent_204;
  draft.body = "draft";
  res = Response();
  Response copy = draft;
  (void)copy;
  res = std::move(draft);
  res.status = httplib::StatusCode::OK_200;
}

void assignedFromDraft(const Request &, Response &res) {
  Response draft;
  draft.status = httplib::StatusCode::NoContent_204;
  draft.body = "draft";
  res = draft;
}

void arraysAndFunctionPointers(Response &res, Filler fill) {
  Response several[2];
  several[0].status = httplib::StatusCode::NoContent_204;
  several[1].body = "x";
  res.status = httplib::StatusCode::NoContent_204;
  fill(res);
  variadic(1, &res);
}

void pointerToMember(Response &res,
                     void (Response::*setter)(const std::string &,
                                              const std::string &)) {
  res.status = httplib::StatusCode::NoContent_204;
  (res.*setter)("Content-Length", "0");
}

void capturedByLambdas(Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  auto byCopy = [res]() mutable { res.body = "copy"; };
  auto byReference = [&res]() { res.status = httplib::StatusCode::OK_200; };
  byCopy();
  byReference();
}

// The lambda may run before the body is written: what it does is unknown.
void restoredByLambda(Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  auto restore = [&res] { res.status = httplib::StatusCode::OK_200; };
  restore();
  res.set_content("ok", "text/plain");
}

void recursive(Response &res, int depth) {
  if (depth == 0) {
    res.status = httplib::StatusCode::NoContent_204;
    return;
  }
  recursive(res, depth - 1);
  res.set_content("deeper", "text/plain");
}

struct Base {
  virtual ~Base() = default;
  virtual void handle(const Request &, Response &res) = 0;
};

struct Derived : Base {
  void handle(const Request &, Response &res) override {
    res.status = httplib::StatusCode::ResetContent_205;
    res.set_content("reset", "text/plain");
  }
};

// Each arm of a conditional expression is a path of its own.
void conditionalOperator(const Request &req, Response &res) {
  res.status = req.has_header("X-Quiet") ? httplib::StatusCode::NoContent_204
                                         : httplib::StatusCode::OK_200;
  res.set_content("maybe", "text/plain");
}

void conditionalOperatorOk(const Request &req, Response &res) {
  res.status = req.has_header("X-Missing") ? httplib::StatusCode::NotFound_404
                                           : httplib::StatusCode::OK_200;
  res.set_content("fine", "text/plain");
}

void shortCircuit(const Request &req, Response &res) {
  if (req.has_header("A") && (req.has_header("B") || req.has_header("C"))) {
    res.status = httplib::StatusCode::NoContent_204;
    return;
  }
  res.set_content("fine", "text/plain");
}
