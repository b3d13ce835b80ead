// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// Apache httpd 2.4 modules from Debian's apache2-dev. A handler answers on the
// request_rec it is given; the response goes out when the handler returns (or
// at ap_rflush). A status returned by the handler replaces r->status.
#include <httpd.h>
#include <http_protocol.h>
#include <apr_tables.h>

#include <stdarg.h>
#include <string.h>

#define NO_CONTENT 204

void decorate(request_rec *r);

// --- Findings ---------------------------------------------------------------

static int deleteItem(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_rputs("deleted", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return OK;
}

// The status set after the content is the one the headers go out with.
static int statusAfterContent(request_rec *r) {
  ap_rprintf(r, "deleted %d", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  r->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

// The handler's return value is the status.
static int returnedStatus(request_rec *r) {
  ap_rwrite("gone", 4, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  return HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// A returned status replaces the one in r->status.
static int returnedOverField(request_rec *r) {
  r->status = HTTP_OK;
  ap_rputs("removed", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  return HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

static int characterOnNotModified(request_rec *r) {
  r->status = HTTP_NOT_MODIFIED;
  ap_rputc('\n', r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  return OK;
}

static int stringsOnNoContent(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_rvputs(r, "<p>", "deleted", "</p>", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return OK;
}

static int fileOnNotModified(request_rec *r, apr_file_t *fd, apr_size_t len) {
  apr_size_t sent;
  r->status = HTTP_NOT_MODIFIED;
  ap_send_fd(fd, r, 0, len, &sent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  return OK;
}

static void formattedByCaller(request_rec *r, const char *fmt, va_list ap) {
  r->status = HTTP_NO_CONTENT;
  ap_vrprintf(r, fmt, ap);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// ap_rflush sends the headers with the status set so far.
static int flushed(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_rputs("partial", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  ap_rflush(r);
  return OK;
}

// Apache sends a 205 body; the response still cannot have one.
static int resetContent(request_rec *r) {
  r->status = HTTP_RESET_CONTENT;
  ap_rputs("form", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
  return OK;
}

static int informational(request_rec *r) {
  r->status = HTTP_SWITCHING_PROTOCOLS;
  ap_rputs("upgrade", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  return OK;
}

static int statusByBranch(request_rec *r) {
  const int quiet = apr_table_get(r->headers_in, "X-Quiet") != NULL;
  r->status = quiet ? HTTP_NO_CONTENT : HTTP_OK;
  ap_rputs("done", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return OK;
}

// A status from the user's own macro is a status all the same.
static int userMacro(request_rec *r) {
  ap_rputs("late", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  r->status = NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return OK;
}

// Two requests: only the one sent with 204 has a finding.
static void twoRequests(request_rec *quiet, request_rec *loud) {
  ap_rputs("hello", loud);
  ap_rputs("oops", quiet);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  loud->status = HTTP_OK;
  quiet->status = HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// The status returned from a local variable is the one it holds on the
// path.
static int returnedFromLocal(request_rec *r) {
  int rv = OK;
  if (apr_table_get(r->headers_in, "If-Match") == NULL)
    rv = HTTP_NO_CONTENT;
  ap_rputs("updated", r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  return rv;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// The variable holds OK on the path that writes content.
static int returnedFromLocalOtherPath(request_rec *r) {
  int rv = HTTP_NO_CONTENT;
  if (apr_table_get(r->headers_in, "If-Match") != NULL) {
    rv = OK;
    ap_rputs("updated", r);
  }
  return rv;
}

static int emptyNoContent(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  return OK;
}

static int emptyReturned(request_rec *r) { return HTTP_NO_CONTENT; }

static int emptyWrites(request_rec *r, apr_file_t *fd) {
  char buf[16] = "unused";
  apr_size_t sent;
  r->status = HTTP_NO_CONTENT;
  ap_rputs("", r);
  ap_rwrite(buf, 0, r);
  ap_rwrite(NULL, 0, r);
  ap_rprintf(r, "");
  ap_rvputs(r, "", NULL);
  ap_send_fd(fd, r, 0, 0, &sent);
  return OK;
}

// 204 on the early-return path, content on the other.
static int earlyReturn(request_rec *r) {
  if (apr_table_get(r->headers_in, "If-Match") == NULL) {
    r->status = HTTP_NO_CONTENT;
    return OK;
  }
  ap_rputs("updated", r);
  return OK;
}

static int earlyReturnedStatus(request_rec *r) {
  if (apr_table_get(r->headers_in, "If-Match") == NULL)
    return HTTP_NO_CONTENT;
  ap_rputs("updated", r);
  return OK;
}

static int statusOverwritten(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  r->status = HTTP_OK;
  ap_rputs("changed my mind", r);
  return OK;
}

// An error status returned replaces the 204; Apache drops the unflushed
// content and sends its error page.
static int returnedError(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_rputs("draft", r);
  return HTTP_NOT_FOUND;
}

static int metadataOnNoContent(request_rec *r) {
  apr_table_setn(r->headers_out, "ETag", "\"v2\"");
  apr_table_setn(r->headers_out, "Location", "/items/2");
  apr_table_set(r->err_headers_out, "Cache-Control", "no-store");
  ap_set_content_type(r, "text/plain");
  r->status = HTTP_NO_CONTENT;
  return OK;
}

// OK, DECLINED and DONE are not statuses: the 204 stays, with no content.
static int declinedOrDone(request_rec *r) {
  if (strcmp(r->handler, "items") != 0)
    return DECLINED;
  r->status = HTTP_NO_CONTENT;
  if (r->header_only)
    return DONE;
  return OK;
}

static void twoRequestsClean(request_rec *quiet, request_rec *loud) {
  ap_rputs("hello", loud);
  loud->status = HTTP_OK;
  quiet->status = HTTP_NO_CONTENT;
}

static int okWithBody(request_rec *r) {
  ap_set_content_type(r, "text/plain");
  ap_rputs("fine", r);
  return OK;
}

// What a declared-only function does to the request cannot be seen.
static int helperMayReset(request_rec *r) {
  r->status = HTTP_NO_CONTENT;
  ap_rputs("draft", r);
  decorate(r);
  return OK;
}

static int unknownStatus(request_rec *r, int code) {
  r->status = code;
  ap_rputs("maybe", r);
  return OK;
}
