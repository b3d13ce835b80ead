// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// h2o 2.2.5 from Debian's libh2o-dev (headers in libh2o-dev-common), with the
// evloop binding: libuv's headers are not installed. h2o writes the body
// buffers of h2o_send_inline and h2o_send after the header whatever the
// status (run-tested, 2.2.5).
#include <h2o.h>

#define NO_CONTENT 204

void decorate(h2o_req_t *req);

static h2o_generator_t Generator = {NULL, NULL};

// --- Findings ---------------------------------------------------------------

int deleteItem(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "No Content";
  h2o_send_inline(req, H2O_STRLIT("deleted"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return 0;
}

// SIZE_MAX: the body is the string up to its end.
int wholeString(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_send_inline(req, "deleted", SIZE_MAX);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return 0;
}

int generated(h2o_handler_t *self, h2o_req_t *req) {
  h2o_iovec_t body = h2o_iovec_init(H2O_STRLIT("deleted"));
  req->res.status = 204;
  h2o_start_response(req, &Generator);
  h2o_send(req, &body, 1, H2O_SEND_STATE_FINAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return 0;
}

// h2o_send_error_generic sends its body whatever the status.
int errorHelper(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_error_generic(req, 204, "No Content", "gone", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  return 0;
}

int notModified(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 304;
  req->res.reason = "Not Modified";
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_ETAG, NULL,
                 H2O_STRLIT("\"v2\""));
  h2o_send_inline(req, H2O_STRLIT("cached"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 304 set here
  return 0;
}

int resetContent(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 205;
  req->res.reason = "Reset Content";
  h2o_send_inline(req, H2O_STRLIT("form"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
  return 0;
}

int informational(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 101;
  h2o_send_inline(req, H2O_STRLIT("upgrade"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  return 0;
}

int statusByBranch(h2o_req_t *req, int quiet) {
  req->res.status = quiet ? 204 : 200;
  h2o_send_inline(req, H2O_STRLIT("done"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return 0;
}

int userMacro(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = NO_CONTENT;
  h2o_send_inline(req, H2O_STRLIT("late"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return 0;
}

// Only the request sent with 204 has a finding.
void twoRequests(h2o_req_t *quiet, h2o_req_t *loud) {
  loud->res.status = 200;
  quiet->res.status = 204;
  h2o_send_inline(loud, H2O_STRLIT("hello"));
  h2o_send_inline(quiet, H2O_STRLIT("oops"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// The 204 is sent on a path that returns; the content goes out with 200.
int earlyReturn(h2o_handler_t *self, h2o_req_t *req) {
  if (h2o_memis(req->method.base, req->method.len, H2O_STRLIT("DELETE"))) {
    req->res.status = 204;
    req->res.reason = "No Content";
    h2o_send_inline(req, H2O_STRLIT(""));
    return 0;
  }
  req->res.status = 200;
  h2o_send_inline(req, H2O_STRLIT("updated"));
  return 0;
}

int otherBranch(h2o_handler_t *self, h2o_req_t *req) {
  if (req->entity.base == NULL) {
    req->res.status = 204;
    h2o_send_inline(req, NULL, 0);
  } else {
    req->res.status = 200;
    h2o_send_inline(req, H2O_STRLIT("loud"));
  }
  return 0;
}

// The branch and the status test the same unchanged variable.
int correlatedConditions(h2o_handler_t *self, h2o_req_t *req) {
  const int found = req->query_at != SIZE_MAX;
  req->res.status = found ? 200 : 204;
  h2o_start_response(req, &Generator);
  if (found) {
    h2o_iovec_t body = h2o_iovec_init(H2O_STRLIT("found"));
    h2o_send(req, &body, 1, H2O_SEND_STATE_FINAL);
  } else {
    h2o_send(req, NULL, 0, H2O_SEND_STATE_FINAL);
  }
  return 0;
}

int statusOverwritten(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.status = 200;
  req->res.reason = "OK";
  h2o_send_inline(req, H2O_STRLIT("ready"));
  return 0;
}

// Empty strings, a null body and zero buffers are no content.
int emptyBodies(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_send_inline(req, H2O_STRLIT(""));
  h2o_send_inline(req, NULL, 0);
  h2o_start_response(req, &Generator);
  h2o_send(req, NULL, 0, H2O_SEND_STATE_FINAL);
  h2o_send_error_generic(req, 204, "No Content", "", 0);
  return 0;
}

int metadataOnNoContent(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "No Content";
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_ETAG, NULL,
                 H2O_STRLIT("\"v2\""));
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_LOCATION, NULL,
                 H2O_STRLIT("/items/2"));
  h2o_set_header(&req->pool, &req->res.headers, H2O_TOKEN_CACHE_CONTROL,
                 H2O_STRLIT("no-store"), 1);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

void twoRequestsApart(h2o_req_t *quiet, h2o_req_t *loud) {
  quiet->res.status = 204;
  loud->res.status = 200;
  h2o_send_inline(quiet, H2O_STRLIT(""));
  h2o_send_inline(loud, H2O_STRLIT("hello"));
}

// What a declared-only function does to the request cannot be seen:
// forgotten.
int helperMayChangeIt(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  decorate(req);
  h2o_send_inline(req, H2O_STRLIT("draft"));
  return 0;
}

int okWithBody(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 200;
  req->res.reason = "OK";
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_TYPE, NULL,
                 H2O_STRLIT("text/plain"));
  h2o_send_inline(req, H2O_STRLIT("fine"));
  return 0;
}

// A length of 204 is not a status.
int lengthIsNotStatus(h2o_handler_t *self, h2o_req_t *req) {
  static const char Block[204] = {'a'};
  req->res.status = 200;
  h2o_send_inline(req, Block, 204);
  return 0;
}

int unknownStatus(h2o_req_t *req, int code) {
  req->res.status = code;
  h2o_send_inline(req, H2O_STRLIT("maybe"));
  return 0;
}
