// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev: a handler that writes the
// status line itself with mg_printf or mg_write sends the phrase it wrote.
#include <civetweb.h>
#include <stddef.h>

int notFound(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 404 OK\r\nContent-Length: 0\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: reason phrase 'OK' is the phrase of status 200, not of 404 (Not Found) [http-status-reason-mismatch]
  // CHECK-FIXES: mg_printf(conn, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

int split(struct mg_connection *conn, void *cbdata) {
  mg_write(conn, "HTTP/1.0 204 Accepted\r\n", 23);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: reason phrase 'Accepted' is the phrase of status 202, not of 204 (No Content)
  // CHECK-FIXES: mg_write(conn, "HTTP/1.0 204 No Content\r\n", 23);
  mg_printf(conn, "\r\n");
  return 1;
}

// --- No findings ------------------------------------------------------------

int own(struct mg_connection *conn, void *cbdata, int code) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 204 no content\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 204 Deleted\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 %d OK\r\n\r\n", code); // the code is not known
  mg_printf(conn, "HTTP/1.1 2004 OK\r\n\r\n");     // invalid: another check
  mg_printf(conn, "HTTP/1.1 204\r\n\r\n");         // no phrase
  return 1;
}

// Text that is not a status line: the body of a 200.
int body(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 28\r\n\r\n");
  mg_printf(conn, "404 Not Found");
  mg_printf(conn, "HTTP/1.1 404 OK");
  // FIXME: this text is content of the 200, not a status line; the check
  // reads a literal that starts with HTTP/1.x as one wherever it is written.
  // CHECK-MESSAGES: :[[@LINE-3]]:33: warning: reason phrase 'OK' is the phrase of status 200, not of 404 (Not Found)
  return 1;
}
