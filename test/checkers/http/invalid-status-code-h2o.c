// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// h2o 2.2.5 from Debian's libh2o-dev (headers in libh2o-dev-common), with the
// evloop binding: libuv's headers are not installed. The status is the int
// field req->res.status and the status of h2o_send_error_generic and
// h2o_send_redirect; the reason phrase is the handler's own
// (req->res.reason), never looked up from the code.
#include <h2o.h>
#include <string.h>

#define STATUS_TYPO 2040

static void reply(h2o_req_t *req, int status, const char *text) {
  req->res.status = status;
  req->res.reason = "Reply";
  h2o_send_inline(req, text, SIZE_MAX);
}

// --- Findings ---------------------------------------------------------------

int typos(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 2004;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  req->res.status = req->query_at == SIZE_MAX ? 40 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: status code 40 is outside 100 to 599
  req->res.status = STATUS_TYPO;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 2040 is outside 100 to 599
  req->res.reason = "Typo";
  h2o_send_inline(req, H2O_STRLIT("typo"));
  return 0;
}

int errors(h2o_handler_t *self, h2o_req_t *req) {
  if (req->query_at != SIZE_MAX) {
    h2o_send_error_generic(req, 4040, "Not Found", "missing", 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: status code 4040 is outside 100 to 599
    return 0;
  }
  h2o_send_redirect(req, 3010, "Moved", H2O_STRLIT("/elsewhere"));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 3010 is outside 100 to 599
  return 0;
}

// Through a helper's status parameter: reported at the call.
int helper(h2o_handler_t *self, h2o_req_t *req) {
  reply(req, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
  return 0;
}

// --- No findings ------------------------------------------------------------

int valid(h2o_handler_t *self, h2o_req_t *req) {
  if (req->query_at != SIZE_MAX) {
    reply(req, 100, "");
    return 0;
  }
  req->res.status = 599;
  req->res.reason = "Valid";
  h2o_send_inline(req, H2O_STRLIT("valid"));
  return 0;
}

// A comparison tests the field; it sends nothing.
int compared(h2o_handler_t *self, h2o_req_t *req) {
  if (req->res.status == 0 || req->res.status != 2004)
    req->res.status = 500;
  switch (req->res.status) {
  case 2004:
    return -1;
  default:
    req->res.reason = "Internal Server Error";
    h2o_send_inline(req, H2O_STRLIT("error"));
    return 0;
  }
}

// The handler's return value says whether it answered (0) or not (-1): it is
// no status.
int declined(h2o_handler_t *self, h2o_req_t *req) {
  if (req->query_at == SIZE_MAX)
    return -1;
  reply(req, 200, "ok");
  return 0;
}

// Another object's int field of the same name (the status kept from before
// the filters rewrote it, an error document's status, a project's own), and
// numbers given to no status position (a length, a size).
struct job {
  int status;
};
int otherObject(h2o_handler_t *self, h2o_req_t *req, struct job *job,
                h2o_errordoc_t *doc) {
  job->status = 2004;
  doc->status = 2004;
  req->res.original.status = 2004;
  req->res.content_length = 2004;
  char *buf = h2o_mem_alloc_pool(&req->pool, 2004);
  memset(buf, 'a', 2004);
  req->res.status = 200;
  req->res.reason = "OK";
  h2o_send_inline(req, buf, 2004);
  return 0;
}
