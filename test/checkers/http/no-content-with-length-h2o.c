// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// h2o 2.2.5 from Debian's libh2o-dev (headers in libh2o-dev-common), with the
// evloop binding: libuv's headers are not installed. h2o prints
// Content-Length whenever req->res.content_length is not SIZE_MAX, and every
// header of req->res.headers, whatever the status (run-tested, 2.2.5).
#include <h2o.h>

#define NO_CONTENT 204

void decorate(h2o_req_t *req);

// --- Findings ---------------------------------------------------------------

// The fact sheet's incorrect 204.
int explicitLength(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "No Content";
  req->res.content_length = 7;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// The header named by h2o's token.
int tokenHeader(h2o_handler_t *self, h2o_req_t *req) {
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_LENGTH, NULL,
                 H2O_STRLIT("0"));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  req->res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int headerByName(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_add_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("content-length"), 0, NULL,
                        H2O_STRLIT("0"));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int transferEncoding(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_set_header(&req->pool, &req->res.headers, H2O_TOKEN_TRANSFER_ENCODING,
                 H2O_STRLIT("chunked"), 1);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int transferEncodingByName(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_set_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("Transfer-Encoding"), 0,
                        H2O_STRLIT("chunked"), 1);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int informational(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 101;
  req->res.content_length = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int statusByBranch(h2o_req_t *req, int quiet) {
  req->res.content_length = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  req->res.status = quiet ? 204 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int userMacro(h2o_handler_t *self, h2o_req_t *req) {
  req->res.content_length = 16;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  req->res.status = NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// Only the request sent with 204 has a finding.
void twoRequests(h2o_req_t *quiet, h2o_req_t *loud) {
  loud->res.content_length = 5;
  quiet->res.content_length = 5;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  loud->res.status = 200;
  quiet->res.status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  h2o_send_inline(quiet, H2O_STRLIT(""));
  h2o_send_inline(loud, H2O_STRLIT("hello"));
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
int notModified(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 304;
  req->res.content_length = 1024;
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_LENGTH, NULL,
                 H2O_STRLIT("1024"));
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// A 205 may say that it has no content.
int resetContent(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 205;
  req->res.content_length = 0;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int statusOverwritten(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.content_length = 5;
  req->res.status = 200;
  h2o_send_inline(req, H2O_STRLIT("hello"));
  return 0;
}

// SIZE_MAX is "no length".
int lengthUnset(h2o_handler_t *self, h2o_req_t *req) {
  req->res.content_length = 5;
  req->res.content_length = SIZE_MAX;
  req->res.status = 204;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int metadataOnNoContent(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_ETAG, NULL,
                 H2O_STRLIT("\"v2\""));
  h2o_add_header_by_str(&req->pool, &req->res.headers, H2O_STRLIT("location"),
                        1, NULL, H2O_STRLIT("/items/2"));
  h2o_set_header(&req->pool, &req->res.headers, H2O_TOKEN_CACHE_CONTROL,
                 H2O_STRLIT("no-store"), 1);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int earlyReturn(h2o_handler_t *self, h2o_req_t *req) {
  if (h2o_memis(req->method.base, req->method.len, H2O_STRLIT("DELETE"))) {
    req->res.status = 204;
    h2o_send_inline(req, H2O_STRLIT(""));
    return 0;
  }
  req->res.status = 200;
  req->res.content_length = 5;
  h2o_send_inline(req, H2O_STRLIT("hello"));
  return 0;
}

int okWithLength(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 200;
  req->res.content_length = 5;
  h2o_send_inline(req, H2O_STRLIT("hello"));
  return 0;
}

void twoRequestsApart(h2o_req_t *quiet, h2o_req_t *loud) {
  loud->res.content_length = 5;
  quiet->res.status = 204;
  loud->res.status = 200;
  h2o_send_inline(quiet, H2O_STRLIT(""));
  h2o_send_inline(loud, H2O_STRLIT("hello"));
}

// h2o_send_error_generic drops the headers added before (no
// H2O_SEND_ERROR_KEEP_HEADERS) and sets the length itself.
int errorHelper(h2o_handler_t *self, h2o_req_t *req) {
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_LENGTH, NULL,
                 H2O_STRLIT("0"));
  h2o_send_error_generic(req, 204, "No Content", "", 0);
  return 0;
}

// The header deleted again.
int deletedHeader(h2o_handler_t *self, h2o_req_t *req) {
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CONTENT_LENGTH, NULL,
                 H2O_STRLIT("0"));
  h2o_delete_header(&req->res.headers,
                    h2o_find_header(&req->res.headers,
                                    H2O_TOKEN_CONTENT_LENGTH, -1));
  req->res.status = 204;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// What a declared-only function does to the request cannot be seen:
// forgotten.
int helperMayRemoveIt(h2o_handler_t *self, h2o_req_t *req) {
  req->res.content_length = 0;
  decorate(req);
  req->res.status = 204;
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// h2o adds nothing to an empty 204.
int emptyNoContent(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 204;
  req->res.reason = "No Content";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}
