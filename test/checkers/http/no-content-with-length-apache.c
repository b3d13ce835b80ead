// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// Apache httpd 2.4 modules from Debian's apache2-dev. For 204 and 304 the
// header filter unsets Content-Length and Transfer-Encoding itself, but the
// handler still set a header that such a response must not carry (a 304 may
// carry Content-Length).
#include <httpd.h>
#include <http_protocol.h>
#include <apr_tables.h>

#define NO_CONTENT 204

void decorate(request_rec *r);

// --- Findings ---------------------------------------------------------------

static int explicitLength(request_rec *r) {
  ap_set_content_length(r, 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ap_set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response [http-no-content-with-length]
  r->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

static int headerTable(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  apr_table_set(r->headers_out, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return OK;
}

// err_headers_out is sent too (merged into headers_out).
static int errorHeaders(request_rec *r) {
  apr_table_setn(r->err_headers_out, "Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  r->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

static int lowerCaseAdded(request_rec *r) {
  apr_table_add(r->headers_out, "content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  r->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

// Through a variable holding the table; the status is the return value.
static int localTable(request_rec *r) {
  apr_table_t *out = r->headers_out;
  apr_table_mergen(out, "Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  return HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

static int returnedStatus(request_rec *r) {
  ap_set_content_length(r, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ap_set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it
  return HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// r->chunked makes Apache add Transfer-Encoding: chunked.
static int chunkedFlag(request_rec *r) {
  r->chunked = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  r->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

static int informational(request_rec *r) {
  apr_table_setn(r->headers_out, "Upgrade", "websocket");
  apr_table_setn(r->headers_out, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  r->status = HTTP_SWITCHING_PROTOCOLS;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
  return OK;
}

static int statusByBranch(request_rec *r) {
  const int quiet = apr_table_get(r->headers_in, "X-Quiet") != NULL;
  ap_set_content_length(r, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ap_set_content_length()' sets Content-Length on a response that is sent with status 204
  r->status = quiet ? HTTP_NO_CONTENT : HTTP_OK;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

static int userMacro(request_rec *r) {
  r->status = NO_CONTENT;
  ap_set_content_length(r, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ap_set_content_length()' sets Content-Length on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return OK;
}

// Two requests: only the one sent with 204 has a finding.
static void twoRequests(request_rec *quiet, request_rec *loud) {
  ap_set_content_length(loud, 5);
  ap_set_content_length(quiet, 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ap_set_content_length()' sets Content-Length on a response that is sent with status 204
  loud->status = HTTP_OK;
  quiet->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// A 304 may carry the Content-Length of the representation.
static int notModifiedWithLength(request_rec *r) {
  ap_set_content_length(r, 1024);
  apr_table_setn(r->headers_out, "Content-Length", "1024");
  r->status = HTTP_NOT_MODIFIED;
  return OK;
}

static int resetContentZeroLength(request_rec *r) {
  r->status = HTTP_RESET_CONTENT;
  apr_table_setn(r->headers_out, "Content-Length", "0");
  return OK;
}

static int metadataOnNoContent(request_rec *r) {
  apr_table_setn(r->headers_out, "ETag", "\"v2\"");
  apr_table_setn(r->headers_out, "Location", "/items/2");
  apr_table_set(r->err_headers_out, "Cache-Control", "no-store");
  ap_set_content_type(r, "text/plain");
  r->status = HTTP_NO_CONTENT;
  return OK;
}

static int earlyReturn(request_rec *r) {
  if (apr_table_get(r->headers_in, "If-Match") == NULL)
    return HTTP_NO_CONTENT;
  ap_set_content_length(r, 7);
  ap_rputs("updated", r);
  return OK;
}

static int earlyReturnField(request_rec *r) {
  if (apr_table_get(r->headers_in, "If-Match") == NULL) {
    r->status = HTTP_NO_CONTENT;
    return OK;
  }
  apr_table_setn(r->headers_out, "Content-Length", "7");
  ap_rputs("updated", r);
  return OK;
}

static int statusOverwritten(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_set_content_length(r, 5);
  r->status = HTTP_OK;
  ap_rputs("hello", r);
  return OK;
}

static int headerRemoved(request_rec *r) {
  apr_table_setn(r->headers_out, "Content-Length", "5");
  apr_table_unset(r->headers_out, "Content-Length");
  r->status = HTTP_NO_CONTENT;
  return OK;
}

static int headersCleared(request_rec *r) {
  ap_set_content_length(r, 5);
  apr_table_clear(r->headers_out);
  return HTTP_NO_CONTENT;
}

static int chunkedOff(request_rec *r) {
  r->chunked = 0;
  r->status = HTTP_NO_CONTENT;
  return OK;
}

// The request's notes and input headers are not the response.
static int otherTables(request_rec *r) {
  apr_table_setn(r->notes, "Content-Length", "5");
  apr_table_set(r->subprocess_env, "Transfer-Encoding", "chunked");
  if (apr_table_get(r->headers_in, "Content-Length") != NULL)
    return HTTP_NO_CONTENT;
  return HTTP_NO_CONTENT;
}

// An error status returned replaces the 204.
static int returnedError(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_set_content_length(r, 9);
  return HTTP_NOT_FOUND;
}

static void twoRequestsClean(request_rec *quiet, request_rec *loud) {
  ap_set_content_length(loud, 5);
  loud->status = HTTP_OK;
  quiet->status = HTTP_NO_CONTENT;
}

static int helperMayRemove(request_rec *r) {
  ap_set_content_length(r, 5);
  decorate(r);
  r->status = HTTP_NO_CONTENT;
  return OK;
}

static int unknownStatus(request_rec *r, int code) {
  ap_set_content_length(r, 5);
  r->status = code;
  return OK;
}
