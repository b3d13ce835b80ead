// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev: the status is the int status
// of mg_response_header_start, mg_send_http_error and mg_send_http_redirect.
// A handler's return value is not a status sent: 0 declines the request, 1
// to 999 only go to the access log.
#include <civetweb.h>
#include <stddef.h>

#define STATUS_TYPO 2040

static void reply(struct mg_connection *conn, int status, const char *text) {
  mg_response_header_start(conn, status);
  mg_response_header_send(conn);
  mg_printf(conn, "%s", text);
}

// --- Findings ---------------------------------------------------------------

int typos(struct mg_connection *conn, void *cbdata) {
  if (cbdata == NULL)
    mg_response_header_start(conn, 2004);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  else
    mg_response_header_start(conn, STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: status code 2040 is outside 100 to 599
  mg_response_header_send(conn);
  return 1;
}

int chosen(struct mg_connection *conn, int ok) {
  mg_response_header_start(conn, ok ? 40 : 200);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 40 is outside 100 to 599
  mg_response_header_send(conn);
  return 1;
}

int errors(struct mg_connection *conn, int busy) {
  if (busy) {
    mg_send_http_error(conn, 5030, "%s", "busy");
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: status code 5030 is outside 100 to 599
    return 1;
  }
  mg_send_http_redirect(conn, "/new", 3010);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 3010 is outside 100 to 599
  return 1;
}

// Through a helper's status parameter: reported at the call.
int helper(struct mg_connection *conn, void *cbdata) {
  reply(conn, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: status code 600 is outside 100 to 599
  return 1;
}

// FIXME: mg_send_http_redirect takes 0 as "the default redirect", which it
// sends as 307; 0 there should not be reported.
int defaultRedirect(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/new", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 0 is outside 100 to 599
  return 1;
}

// --- No findings ------------------------------------------------------------

int valid(struct mg_connection *conn, void *cbdata) {
  if (cbdata == NULL) {
    reply(conn, 100, "");
    return 1;
  }
  mg_send_http_error(conn, 599, "%s", "valid");
  return 599;
}

// The status of a response a client received, compared: civetweb has no
// getter of the status the handler sends.
int compared(struct mg_connection *conn) {
  const struct mg_response_info *info = mg_get_response_info(conn);
  return info != NULL && (info->status_code == 0 || info->status_code != 2004);
}

// The handler's return value is not looked at: 0 declines, 1 answers, and a
// larger number is only logged.
int declined(struct mg_connection *conn, void *cbdata) {
  if (cbdata == NULL)
    return 0;
  reply(conn, 200, "ok");
  return 1;
}

// Another object's int field, numbers given to no status position (a size,
// a length, a printed number), and an unrelated function's argument.
struct job {
  int status;
};
int otherObject(struct mg_connection *conn, struct job *job) {
  char buffer[2004] = {0};
  job->status = 2004;
  mg_send_http_ok(conn, "text/plain", 2004);
  mg_write(conn, buffer, 2004);
  mg_printf(conn, "%d items, %d missing", 2004, 40);
  mg_url_decode("%41", 3, buffer, 2004, 0);
  return 1;
}
