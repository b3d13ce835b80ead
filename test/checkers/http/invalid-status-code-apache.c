// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11 -D_GNU_SOURCE -DLINUX -D_REENTRANT -I/usr/include/apache2 -I/usr/include/apr-1.0
// Apache httpd 2.4 modules from Debian's apache2-dev: the status is the int
// field r->status, and a handler's return value when it is an HTTP status.
#include <httpd.h>
#include <http_protocol.h>
#include <apr_tables.h>

#include <string.h>

#define STATUS_TYPO 2040

static void reply(request_rec *r, int status, const char *text) {
  r->status = status;
  ap_rputs(text, r);
}

// --- Findings ---------------------------------------------------------------

static int typos(request_rec *r) {
  r->status = 2004;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  r->status = r->header_only ? 40 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 40 is outside 100 to 599
  r->status = STATUS_TYPO;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 2040 is outside 100 to 599
  return OK;
}

// FIXME: 0 is what a module writes to r->status as "no status yet" before it
// runs code that may set one, and tests afterwards (httpd's own mod_isapi
// does); like -1 elsewhere, it should not be reported.
static int notSetYet(request_rec *r) {
  r->status = 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 0 is outside 100 to 599
  if (!r->status)
    r->status = HTTP_OK;
  return OK;
}

// Through a helper's status parameter: reported at the call.
static int helper(request_rec *r) {
  reply(r, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: status code 600 is outside 100 to 599
  return OK;
}

// --- No findings ------------------------------------------------------------

static int valid(request_rec *r) {
  r->status = 100;
  r->status = 599;
  reply(r, 204, "");
  return OK;
}

// A comparison tests the field; it sends nothing.
static int compared(request_rec *r) {
  if (r->status == 0 || r->status != 2004)
    r->status = HTTP_INTERNAL_SERVER_ERROR;
  switch (r->status) {
  case 2004:
    return DECLINED;
  default:
    return OK;
  }
}

// The handler's return value is not looked at: OK (0), DECLINED (-1) and
// DONE (-2) are no statuses, and a number out of range returned is not
// reported either.
static int returned(request_rec *r) {
  if (r->header_only)
    return 0;
  if (r->method_number == M_DELETE)
    return -1;
  // FIXME: Apache hands a returned number to ap_die as a status; 2004 is out
  // of range and should be reported like the same number assigned to
  // r->status.
  return 2004;
}

// Another object's int field of the same name, another int field of the
// request, and numbers given to no status position.
struct job {
  int status;
};
static int otherObject(request_rec *r, struct job *job) {
  char buf[2004];
  memset(buf, 'a', sizeof buf);
  job->status = 2004;
  r->proto_num = 1001;
  ap_set_content_length(r, 2004);
  ap_rwrite(buf, 2004, r);
  ap_rprintf(r, "%d", 2004);
  apr_table_setn(r->headers_out, "Retry-After", "3600");
  return OK;
}
