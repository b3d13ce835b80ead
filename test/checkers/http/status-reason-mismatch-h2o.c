// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// h2o 2.2.5 from Debian's libh2o-dev (headers in libh2o-dev-common), with the
// evloop binding. h2o_init_request sets req->res.reason to "OK" whatever the
// status, and HTTP/1 sends "HTTP/1.1 <status> <reason>": a status set without
// its phrase goes out as "404 OK". h2o_send_error_generic and
// h2o_send_redirect take the phrase with the code.
#include <h2o.h>

#define NOT_FOUND 404
#define GONE_PHRASE "Gone"

void decorate(h2o_req_t *req);

// --- The phrase written beside its code -------------------------------------

int errorPhrase(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_error_generic(req, 404, "OK", "missing", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: reason phrase 'OK' is the phrase of status 200, not of 404 (Not Found) [http-status-reason-mismatch]
  // CHECK-FIXES: h2o_send_error_generic(req, 404, "Not Found", "missing", 0);
  return 0;
}

int redirectPhrase(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_redirect(req, 302, "Moved Permanently", H2O_STRLIT("/new"));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: reason phrase 'Moved Permanently' is the phrase of status 301, not of 302 (Found)
  // CHECK-FIXES: h2o_send_redirect(req, 302, "Found", H2O_STRLIT("/new"));
  return 0;
}

// --- A status set without its phrase keeps "OK" -----------------------------

int keptOk(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the assignment changes the status to 404 and keeps the reason phrase 'OK' (of status 200): the response goes out as '404 OK'
  h2o_send_inline(req, H2O_STRLIT("no such item"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
  return 0;
}

int macroCode(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = NOT_FOUND;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the assignment changes the status to 404 and keeps the reason phrase 'OK'
  h2o_send_inline(req, H2O_STRLIT("no such item"));
  return 0;
}

// The phrase set for the first status stays with the second.
int keptEarlier(h2o_handler_t *self, h2o_req_t *req, int taken) {
  req->res.status = 201;
  req->res.reason = "Created";
  if (taken)
    req->res.status = 409;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the assignment changes the status to 409 and keeps the reason phrase 'Created' (of status 201): the response goes out as '409 Created'
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// The phrase given on one branch only: the other sends "404 OK".
int phraseOnOneBranch(h2o_handler_t *self, h2o_req_t *req, int verbose) {
  req->res.status = 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the assignment changes the status to 404 and keeps the reason phrase 'OK'
  if (verbose)
    req->res.reason = "Not Found";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int phraseAfter(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "OK";
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content)
  // CHECK-FIXES: req->res.reason = "No Content";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

static void answer(h2o_req_t *req, int status) {
  req->res.status = status;
  h2o_send_inline(req, H2O_STRLIT(""));
}

int throughHelper(h2o_handler_t *self, h2o_req_t *req) {
  answer(req, 403);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the assignment changes the status to 403 and keeps the reason phrase 'OK' (of status 200): the response goes out as '403 OK'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 403 set here, through the call of 'answer'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: response sent here
  return 0;
}

// --- No findings ------------------------------------------------------------

int ownPhrase(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 404;
  req->res.reason = "Not Found";
  h2o_send_inline(req, H2O_STRLIT("no such item"));
  return 0;
}

int okKept(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 200;
  h2o_send_inline(req, H2O_STRLIT("hello"));
  return 0;
}

// Each branch sets a status that fits the phrase it leaves.
int otherBranch(h2o_handler_t *self, h2o_req_t *req, int found) {
  if (found) {
    req->res.status = 200;
  } else {
    req->res.status = 404;
    req->res.reason = "Not Found";
  }
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int customPhrase(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "Deleted";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int phraseInVariable(h2o_handler_t *self, h2o_req_t *req, const char *phrase) {
  req->res.status = 404;
  req->res.reason = phrase;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int macroPhrase(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 410;
  req->res.reason = GONE_PHRASE;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// Unknown code may set the phrase.
int escapes(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 404;
  decorate(req);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// The error helper sets the phrase it is given, whatever was set before.
int errorAfterPhrase(h2o_handler_t *self, h2o_req_t *req) {
  req->res.reason = "OK";
  h2o_send_error_generic(req, 404, "Not Found", "missing", 0);
  return 0;
}

int unknownStatus(h2o_handler_t *self, h2o_req_t *req, int status) {
  req->res.status = status;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}
