// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11 \
// RUN:   -D_POSIX_C_SOURCE=200809L -DH2O_USE_LIBUV=0
// h2o 2.2.5 from Debian's libh2o-dev (headers in libh2o-dev-common), with the
// evloop binding: libuv's headers are not installed. The headers are
// req->res.headers; h2o_send_redirect clears them and adds Location;
// h2o_send_error_generic drops them (unless told to keep them) and adds
// none of the headers a status asks for.
#include <h2o.h>

#define UNAUTHORIZED 401

// --- Findings ---------------------------------------------------------------

int deny(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 401;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  req->res.reason = "Unauthorized";
  h2o_send_inline(req, H2O_STRLIT("login first"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
  return 0;
}

// An empty challenge list is no challenge.
int emptyChallenge(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  req->res.reason = "Unauthorized";
  h2o_add_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("www-authenticate"), 0, NULL,
                        H2O_STRLIT(""));
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// h2o's error response has no Allow.
int notAllowed(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_error_generic(req, 405, "Method Not Allowed", "use GET", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  return 0;
}

// Allow is added on one branch only.
int otherBranch(h2o_handler_t *self, h2o_req_t *req, int verbose) {
  if (verbose)
    h2o_add_header_by_str(&req->pool, &req->res.headers, H2O_STRLIT("allow"),
                          0, NULL, H2O_STRLIT("GET"));
  req->res.status = 405;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  req->res.reason = "Method Not Allowed";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int redirectByHand(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 302;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  req->res.reason = "Found";
  h2o_start_response(req, NULL);
  h2o_send(req, NULL, 0, H2O_SEND_STATE_FINAL);
  return 0;
}

int partial(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 206;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  req->res.reason = "Partial Content";
  h2o_send_inline(req, H2O_STRLIT("abc"));
  return 0;
}

int rangeNotSatisfiable(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_error_generic(req, 416, "Range Not Satisfiable", "", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  return 0;
}

int upgradeRequired(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 426;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  req->res.reason = "Upgrade Required";
  h2o_send_inline(req, H2O_STRLIT("use TLS"));
  return 0;
}

// The status comes from a helper; the challenge is never added.
static void setUnauthorized(h2o_req_t *req) {
  req->res.status = 401;
  req->res.reason = "Unauthorized";
}

int statusThroughHelper(h2o_handler_t *self, h2o_req_t *req) {
  setUnauthorized(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 401 set here, through the call of 'setUnauthorized'
  h2o_send_inline(req, H2O_STRLIT("login first"));
  return 0;
}

// --- No findings ------------------------------------------------------------

int challenge(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 401;
  req->res.reason = "Unauthorized";
  h2o_add_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("WWW-Authenticate"), 0, NULL,
                        H2O_STRLIT("Bearer realm=\"items\""));
  h2o_send_inline(req, H2O_STRLIT("login first"));
  return 0;
}

// A header named by a token: the model lists every token's name.
int challengeByToken(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 401;
  req->res.reason = "Unauthorized";
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_WWW_AUTHENTICATE,
                 NULL, H2O_STRLIT("Bearer"));
  h2o_send_inline(req, H2O_STRLIT("login first"));
  return 0;
}

int otherToken(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 401;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  req->res.reason = "Unauthorized";
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_CACHE_CONTROL, NULL,
                 H2O_STRLIT("no-store"));
  h2o_send_inline(req, H2O_STRLIT("login first"));
  return 0;
}

// Added after the status: what counts is what the response has when sent.
int allowAfter(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 405;
  req->res.reason = "Method Not Allowed";
  h2o_set_header_by_str(&req->pool, &req->res.headers, H2O_STRLIT("allow"), 0,
                        H2O_STRLIT("GET"), 1);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// An empty Allow says no method is allowed: it is allowed.
int nothingAllowed(h2o_handler_t *self, h2o_req_t *req) {
  h2o_add_header_by_str(&req->pool, &req->res.headers, H2O_STRLIT("allow"), 0,
                        NULL, H2O_STRLIT(""));
  req->res.status = 405;
  req->res.reason = "Method Not Allowed";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int redirect(h2o_handler_t *self, h2o_req_t *req) {
  h2o_send_redirect(req, 301, "Moved Permanently", H2O_STRLIT("/items"));
  return 0;
}

static void addAllow(h2o_req_t *req) {
  h2o_add_header_by_str(&req->pool, &req->res.headers, H2O_STRLIT("allow"), 0,
                        NULL, H2O_STRLIT("GET, HEAD"));
}

int headerThroughHelper(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 405;
  req->res.reason = "Method Not Allowed";
  addAllow(req);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// A name the analysis cannot read may be the header.
int nameInVariable(h2o_handler_t *self, h2o_req_t *req, const char *name,
                   size_t len) {
  req->res.status = 405;
  req->res.reason = "Method Not Allowed";
  h2o_add_header_by_str(&req->pool, &req->res.headers, name, len, 0, NULL,
                        H2O_STRLIT("GET"));
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// The request handed to unknown code.
void decorate(h2o_req_t *req);

int escapes(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 401;
  req->res.reason = "Unauthorized";
  decorate(req);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// h2o's fixed-status error helpers are inline functions the model leaves
// out: what they send is not followed.
int fixedError(h2o_handler_t *self, h2o_req_t *req) {
  h2o_add_header(&req->pool, &req->res.headers, H2O_TOKEN_ALLOW, NULL,
                 H2O_STRLIT("GET, HEAD"));
  h2o_send_error_405(req, "Method Not Allowed", "method not allowed",
                     H2O_SEND_ERROR_KEEP_HEADERS);
  return 0;
}

int multipart(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 206;
  req->res.reason = "Partial Content";
  h2o_add_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("content-type"), 0, NULL,
                        H2O_STRLIT("multipart/byteranges; boundary=x"));
  h2o_send_inline(req, H2O_STRLIT("--x\r\n"));
  return 0;
}

int contentRange(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 206;
  req->res.reason = "Partial Content";
  h2o_add_header_by_str(&req->pool, &req->res.headers,
                        H2O_STRLIT("content-range"), 0, NULL,
                        H2O_STRLIT("bytes 0-2/10"));
  h2o_send_inline(req, H2O_STRLIT("abc"));
  return 0;
}

// Not required: 201 (Location optional), 300, 304.
int created(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 201;
  req->res.reason = "Created";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

int notModified(h2o_handler_t *self, h2o_req_t *req) {
  req->res.status = 304;
  req->res.reason = "Not Modified";
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void setNotAllowed(h2o_req_t *req) {
  req->res.status = 405;
  req->res.reason = "Method Not Allowed";
}

int allowAfterHelper(h2o_handler_t *self, h2o_req_t *req) {
  setNotAllowed(req);
  addAllow(req);
  h2o_send_inline(req, H2O_STRLIT(""));
  return 0;
}
