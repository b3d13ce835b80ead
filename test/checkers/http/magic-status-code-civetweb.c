// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev has no named status codes (the
// status is a plain int): there is no constant to suggest, so a number in a
// status position is never a finding. This file has no findings on purpose.
#include <civetweb.h>
#include <stddef.h>

#define NO_CONTENT 204

// --- No findings ------------------------------------------------------------

int started(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  return 204;
}

int chosen(struct mg_connection *conn, int ok) {
  mg_response_header_start(conn, ok ? 200 : 404);
  mg_response_header_send(conn);
  return ok ? 200 : 404;
}

int errors(struct mg_connection *conn, int busy) {
  if (busy) {
    mg_send_http_error(conn, 503, "%s", "busy");
    return 503;
  }
  mg_send_http_error(conn, 404, "no item %d", 7);
  return 404;
}

int moved(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/new", 301);
  return 301;
}

int userMacro(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, NO_CONTENT);
  mg_response_header_send(conn);
  return NO_CONTENT;
}

int notStatusPositions(struct mg_connection *conn, void *cbdata) {
  char buffer[204] = {0};
  mg_send_http_ok(conn, "text/plain", 204);
  mg_write(conn, buffer, 204);
  mg_printf(conn, "%d items, %d missing", 200, 404);
  return 200;
}

// The status of the request info, compared with numbers.
int ranges(const struct mg_connection *conn) {
  const struct mg_response_info *info = mg_get_response_info(conn);
  return info != NULL && (info->status_code >= 400 || info->status_code == 204);
}
