// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// Apache httpd 2.4 modules from Debian's apache2-dev. The headers are the
// apr tables r->headers_out and r->err_headers_out; ap_note_*auth_failure
// adds the challenge, ap_set_content_type the content type. A status the
// handler returns is answered by Apache's error response, which adds Allow
// to a 405 and keeps Location on a redirect.
#include <httpd.h>
#include <http_core.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_tables.h>

#include <string.h>

#define UNAUTHORIZED 401
static const char *const kLocation = "Location";

// --- Findings ---------------------------------------------------------------

static int deny(request_rec *r) {
  if (r->user == NULL)
    return HTTP_UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

// The handler sends the 401 itself.
static int denyWithBody(request_rec *r) {
  r->status = UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  ap_rputs("login first", r);
  ap_rflush(r);
  return OK;
}

// An empty challenge list is no challenge.
static int emptyChallenge(request_rec *r) {
  apr_table_setn(r->err_headers_out, "WWW-Authenticate", "");
  return HTTP_UNAUTHORIZED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Location is set on one branch only.
static int otherBranch(request_rec *r) {
  if (r->args != NULL)
    apr_table_setn(r->headers_out, "Location", "/items");
  return HTTP_SEE_OTHER;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 303 (See Other) has no Location header; RFC 9110 section 15.4.4 says it should have one
}

static int redirectByHand(request_rec *r) {
  ap_set_content_type(r, "text/html");
  return HTTP_MOVED_TEMPORARILY;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

static int proxyAuth(request_rec *r) {
  if (!r->proxyreq)
    return DECLINED;
  return HTTP_PROXY_AUTHENTICATION_REQUIRED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

static int upgradeRequired(request_rec *r) {
  if (r->connection->keepalive == AP_CONN_CLOSE)
    return DECLINED;
  return HTTP_UPGRADE_REQUIRED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

static int rangeNotSatisfiable(request_rec *r) {
  if (apr_table_get(r->headers_in, "Range") == NULL)
    return DECLINED;
  return HTTP_RANGE_NOT_SATISFIABLE;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

static int partial(request_rec *r) {
  r->status = HTTP_PARTIAL_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  ap_set_content_type(r, "text/plain");
  ap_rputs("abc", r);
  return OK;
}

// The status comes from a helper; the challenge is never added.
static void setUnauthorized(request_rec *r) { r->status = HTTP_UNAUTHORIZED; }

static int statusThroughHelper(request_rec *r) {
  setUnauthorized(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  // CHECK-MESSAGES: :[[@LINE-5]]:47: note: status 401 set here, through the call of 'setUnauthorized'
  ap_rputs("login first", r);
  return OK;
}

// --- No findings ------------------------------------------------------------

static int challenge(request_rec *r) {
  apr_table_setn(r->err_headers_out, "WWW-Authenticate", "Bearer");
  return HTTP_UNAUTHORIZED;
}

// Apache's own challenge, from the AuthType and AuthName of the request.
static int basicChallenge(request_rec *r) {
  ap_note_basic_auth_failure(r);
  return HTTP_UNAUTHORIZED;
}

static int proxyChallenge(request_rec *r) {
  ap_note_auth_failure(r);
  return HTTP_PROXY_AUTHENTICATION_REQUIRED;
}

// Added after the status: what counts is what the response has when sent.
static int challengeAfter(request_rec *r) {
  r->status = HTTP_UNAUTHORIZED;
  ap_set_content_type(r, "text/plain");
  apr_table_set(r->headers_out, "WWW-Authenticate", "Basic realm=\"items\"");
  ap_rputs("login first", r);
  return OK;
}

// Apache adds Allow, from the methods the handler allowed, to the 405 it
// sends for a returned status.
static int notAllowed(request_rec *r) {
  ap_allow_methods(r, 1, "GET", "PUT", NULL);
  return HTTP_METHOD_NOT_ALLOWED;
}

// An empty Allow says no method is allowed: it is allowed.
static int nothingAllowed(request_rec *r) {
  apr_table_setn(r->headers_out, "Allow", "");
  r->status = HTTP_METHOD_NOT_ALLOWED;
  ap_rputs("no method", r);
  return OK;
}

static int redirect(request_rec *r) {
  apr_table_setn(r->headers_out, "Location",
                 ap_construct_url(r->pool, "/items", r));
  return HTTP_MOVED_PERMANENTLY;
}

static int redirectThroughConstant(request_rec *r) {
  apr_table_setn(r->err_headers_out, kLocation, "/items");
  return HTTP_TEMPORARY_REDIRECT;
}

// The table held in a local stands for the request.
static int redirectThroughTable(request_rec *r) {
  apr_table_t *headers = r->headers_out;
  apr_table_setn(headers, "Location", "/items");
  return HTTP_PERMANENT_REDIRECT;
}

static void addChallenge(request_rec *r) {
  apr_table_setn(r->err_headers_out, "WWW-Authenticate", "Bearer");
}

static int headerThroughHelper(request_rec *r) {
  addChallenge(r);
  return HTTP_UNAUTHORIZED;
}

// A name the analysis cannot read may be the header.
static int nameInVariable(request_rec *r, const char *name) {
  apr_table_setn(r->err_headers_out, name, "Bearer");
  return HTTP_UNAUTHORIZED;
}

// The request handed to unknown code.
void decorate(request_rec *r);

static int escapes(request_rec *r) {
  decorate(r);
  return HTTP_UNAUTHORIZED;
}

static int multipart(request_rec *r) {
  r->status = HTTP_PARTIAL_CONTENT;
  ap_set_content_type(r, "multipart/byteranges; boundary=x");
  ap_rputs("--x\r\n", r);
  return OK;
}

static int contentRange(request_rec *r) {
  r->status = HTTP_PARTIAL_CONTENT;
  apr_table_setn(r->headers_out, "Content-Range", "bytes 0-2/10");
  ap_rputs("abc", r);
  return OK;
}

static int upgrade(request_rec *r) {
  apr_table_setn(r->headers_out, "Upgrade", "h2c");
  return HTTP_UPGRADE_REQUIRED;
}

// Not required: 201 (Location optional), 300, 304.
static int created(request_rec *r) { return HTTP_CREATED; }
static int multipleChoices(request_rec *r) { return HTTP_MULTIPLE_CHOICES; }
static int notModified(request_rec *r) { return HTTP_NOT_MODIFIED; }

// OK and DECLINED are no statuses.
static int declined(request_rec *r) { return DECLINED; }

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(request_rec *r) { r->status = HTTP_UNAUTHORIZED; }

static int challengeAfterHelper(request_rec *r) {
  unauthorized(r);
  ap_note_auth_failure(r);
  ap_rputs("login first", r);
  return OK;
}
