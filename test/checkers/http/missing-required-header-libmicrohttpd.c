// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev. A response object
// carries its headers (MHD_add_response_header); MHD_queue_response gives
// the status and sends. MHD_queue_basic_auth_fail_response and
// MHD_queue_auth_fail_response2 add the challenge and queue a 401. MHD adds
// none of the headers a status asks for (for a 101 only Connection).
#include <microhttpd.h>
#include <stddef.h>
#include <string.h>

#define UNAUTHORIZED 401
static const char *const kAllow = "Allow";

static struct MHD_Response *text(const char *s) {
  return MHD_create_response_from_buffer(strlen(s), (void *)s,
                                         MHD_RESPMEM_PERSISTENT);
}

// --- Findings ---------------------------------------------------------------

enum MHD_Result deny(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(11, "login first", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  MHD_destroy_response(r);
  return ret;
}

// An empty challenge list is no challenge.
enum MHD_Result emptyChallenge(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "");
  enum MHD_Result ret = MHD_queue_response(c, UNAUTHORIZED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  MHD_destroy_response(r);
  return ret;
}

// Allow is added on one branch only.
enum MHD_Result otherBranch(struct MHD_Connection *c, int verbose) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  if (verbose)
    MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  MHD_destroy_response(r);
  return ret;
}

// Allow added, then deleted again.
enum MHD_Result allowDeleted(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Allow", "GET");
  MHD_del_response_header(r, "Allow", "GET");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result redirectByHand(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_TEMPORARY_REDIRECT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 307 (Temporary Redirect) has no Location header; RFC 9110 section 15.4.8 says it should have one
  MHD_destroy_response(r);
  return ret;
}

// The upgrade response needs its Upgrade header from the application.
enum MHD_Result switching(struct MHD_Connection *c,
                          MHD_UpgradeHandler upgraded) {
  struct MHD_Response *r = MHD_create_response_for_upgrade(upgraded, NULL);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result partial(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(3, "abc", MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_PARTIAL_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result rangeNotSatisfiable(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_RANGE_NOT_SATISFIABLE, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result proxyAuth(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  enum MHD_Result ret =
      MHD_queue_response(c, MHD_HTTP_PROXY_AUTHENTICATION_REQUIRED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  MHD_destroy_response(r);
  return ret;
}

// The status comes from a helper; Allow is never added.
static enum MHD_Result queueNotAllowed(struct MHD_Connection *c,
                                       struct MHD_Response *r) {
  return MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
}

enum MHD_Result statusThroughHelper(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  enum MHD_Result ret = queueNotAllowed(c, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:10: note: status 405 set here, through the call of 'queueNotAllowed'
  MHD_destroy_response(r);
  return ret;
}

// --- No findings ------------------------------------------------------------

enum MHD_Result challenge(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                          "Bearer realm=\"items\"");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
  MHD_destroy_response(r);
  return ret;
}

// MHD's own challenges.
enum MHD_Result basicChallenge(struct MHD_Connection *c) {
  struct MHD_Response *r = text("login first");
  enum MHD_Result ret = MHD_queue_basic_auth_fail_response(c, "items", r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result digestChallenge(struct MHD_Connection *c) {
  struct MHD_Response *r = text("login first");
  enum MHD_Result ret = MHD_queue_auth_fail_response2(
      c, "items", "opaque", r, MHD_NO, MHD_DIGEST_ALG_SHA256);
  MHD_destroy_response(r);
  return ret;
}

// The challenge a failed basic-auth reply added stays on the response.
enum MHD_Result challengeKept(struct MHD_Connection *c, struct MHD_Response *r) {
  if (MHD_queue_basic_auth_fail_response(c, "items", r) == MHD_YES)
    return MHD_YES;
  return MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
}

// An empty Allow says no method is allowed: it is allowed.
enum MHD_Result nothingAllowed(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  MHD_add_response_header(r, kAllow, "");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result redirect(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, "/items");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_MOVED_PERMANENTLY, r);
  MHD_destroy_response(r);
  return ret;
}

static void addAllow(struct MHD_Response *r) {
  MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
}

enum MHD_Result headerThroughHelper(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  addAllow(r);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  MHD_destroy_response(r);
  return ret;
}

// A name the analysis cannot read may be the header.
enum MHD_Result nameInVariable(struct MHD_Connection *c, const char *name) {
  struct MHD_Response *r = text("");
  MHD_add_response_header(r, name, "GET");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
  MHD_destroy_response(r);
  return ret;
}

// The response handed to unknown code.
void decorate(struct MHD_Response *r);

enum MHD_Result escapes(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  decorate(r);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
  MHD_destroy_response(r);
  return ret;
}

// A helper that queues the response its caller made, with the header the
// caller added: the helper is checked through its callers.
static enum MHD_Result queueUnauthorized(struct MHD_Connection *c,
                                         struct MHD_Response *r) {
  return MHD_queue_response(c, MHD_HTTP_UNAUTHORIZED, r);
}

enum MHD_Result challengeBeforeHelper(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
  enum MHD_Result ret = queueUnauthorized(c, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result upgrade(struct MHD_Connection *c, MHD_UpgradeHandler upgraded) {
  struct MHD_Response *r = MHD_create_response_for_upgrade(upgraded, NULL);
  MHD_add_response_header(r, MHD_HTTP_HEADER_UPGRADE, "websocket");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result multipart(struct MHD_Connection *c) {
  struct MHD_Response *r = text("--x\r\n");
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                          "multipart/byteranges; boundary=x");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_PARTIAL_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result contentRange(struct MHD_Connection *c) {
  struct MHD_Response *r = text("abc");
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, "bytes 0-2/10");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_PARTIAL_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

// Not required: 201 (Location optional), 300, 304.
enum MHD_Result created(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_CREATED, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result multipleChoices(struct MHD_Connection *c) {
  struct MHD_Response *r = text("");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_MULTIPLE_CHOICES, r);
  MHD_destroy_response(r);
  return ret;
}
