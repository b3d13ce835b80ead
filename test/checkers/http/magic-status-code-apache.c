// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// Apache httpd 2.4 modules from Debian's apache2-dev. The codes are the HTTP_*
// macros of httpd.h; a handler's return value is a status when it is one.
#include <httpd.h>
#include <http_protocol.h>
#include <apr_tables.h>

#include <string.h>

#define NO_CONTENT 204

// --- Findings ---------------------------------------------------------------

static int removed(request_rec *r) {
  r->status = 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 204 written as a number; use HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: r->status = HTTP_NO_CONTENT;
  return OK;
}

static int returned(request_rec *r) {
  return 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: status code 204 written as a number; use HTTP_NO_CONTENT
  // CHECK-FIXES: return HTTP_NO_CONTENT;
}

static int notFound(request_rec *r) {
  if (strcmp(r->uri, "/items") != 0)
    return 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: status code 404 written as a number; use HTTP_NOT_FOUND
  // CHECK-FIXES: return HTTP_NOT_FOUND;
  ap_rputs("items", r);
  return OK;
}

static int isNotModified(const request_rec *r) {
  return r->status == 304;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 304 written as a number; use HTTP_NOT_MODIFIED
  // CHECK-FIXES: return r->status == HTTP_NOT_MODIFIED;
}

static const char *describe(const request_rec *r) {
  switch (r->status) {
  case 410:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 410 written as a number; use HTTP_GONE
    // CHECK-FIXES: case HTTP_GONE:
    return "gone";
  default:
    return "other";
  }
}

static int chosen(request_rec *r) {
  const int quiet = apr_table_get(r->headers_in, "X-Quiet") != NULL;
  r->status = quiet ? 204 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 204 written as a number; use HTTP_NO_CONTENT
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: status code 200 written as a number; use HTTP_OK
  // CHECK-FIXES: r->status = quiet ? HTTP_NO_CONTENT : HTTP_OK;
  return OK;
}

// Apache's names for 413 and 408 are older than the RFC's.
static int tooLarge(request_rec *r) {
  r->status = 413;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 413 written as a number; use HTTP_REQUEST_ENTITY_TOO_LARGE
  // CHECK-FIXES: r->status = HTTP_REQUEST_ENTITY_TOO_LARGE;
  return OK;
}

// --- No findings ------------------------------------------------------------

static int named(request_rec *r) {
  if (strcmp(r->handler, "items") != 0)
    return DECLINED;
  if (r->header_only)
    return DONE;
  if (apr_table_get(r->headers_in, "X-Quiet") != NULL)
    return HTTP_NO_CONTENT;
  r->status = HTTP_OK;
  return OK;
}

// OK and DECLINED written as numbers are not statuses.
static int hookResults(request_rec *r) {
  if (r->method_number != M_DELETE)
    return -1;
  r->status = HTTP_NO_CONTENT;
  return 0;
}

static int userMacro(request_rec *r) {
  r->status = NO_CONTENT;
  return r->status == NO_CONTENT ? OK : HTTP_INTERNAL_SERVER_ERROR;
}

// Lengths, sizes, header values and printed numbers are not status positions.
static int notStatusPositions(request_rec *r) {
  char buf[204];
  memset(buf, 'a', sizeof buf);
  apr_table_setn(r->headers_out, "X-Code", "204");
  ap_set_content_length(r, 204);
  ap_rwrite(buf, 204, r);
  ap_rprintf(r, "%d", 404);
  r->clength = 204;
  return OK;
}

// A function without a request: its return value is not a status.
static int countItems(void) { return 200; }

static int postConfig(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                      server_rec *s) {
  return 404;
}

// A number kept in a variable first is not written in the status position.
static int throughVariable(request_rec *r) {
  const int status = 204;
  r->status = status;
  return OK;
}

// Range comparisons and arithmetic are not magic: no single constant fits.
static int ranges(const request_rec *r) {
  return r->status >= 400 || r->status / 100 == 2;
}

// No macro of httpd.h names 299.
static int unnamed(request_rec *r) {
  r->status = 299;
  return OK;
}
