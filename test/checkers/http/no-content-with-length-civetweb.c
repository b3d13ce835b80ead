// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev. mg_response_header_send sends
// the headers the handler added, a Content-Length on a 204 included; civetweb
// adds none of its own.
#include <civetweb.h>
#include <stddef.h>

#define NO_CONTENT 204

void decorate(struct mg_connection *c);
int http_method(struct mg_connection *conn);

// --- Findings ---------------------------------------------------------------

int explicitLength(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "Content-Length", "5", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return 204;
}

int transferEncoding(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "Transfer-Encoding", "chunked", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return 204;
}

int lowerCaseName(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "content-length", "0", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return 204;
}

int informational(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 101);
  mg_response_header_add(conn, "Connection", "Upgrade", -1);
  mg_response_header_add(conn, "Content-Length", "0", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 101 set here
  mg_response_header_send(conn);
  return 101;
}

int statusByBranch(struct mg_connection *conn, int quiet) {
  mg_response_header_start(conn, quiet ? 204 : 200);
  mg_response_header_add(conn, "Content-Length", "0", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return 1;
}

int userMacro(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, NO_CONTENT);
  mg_response_header_add(conn, "Content-Length", "16", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return NO_CONTENT;
}

// Two connections: only the one sent with 204 has a finding.
void twoConnections(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_response_header_start(quiet, 204);
  mg_response_header_start(loud, 200);
  mg_response_header_add(loud, "Content-Length", "5", -1);
  mg_response_header_add(quiet, "Content-Length", "5", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
  mg_response_header_send(quiet);
  mg_response_header_send(loud);
  mg_write(loud, "hello", 5);
}

// mg_send_http_error over a started response sets the status and sends the
// headers already added: 204 with Content-Length: 5 (run-tested, 1.15).
int errorOverStartedResponse(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 200);
  mg_response_header_add(conn, "Content-Length", "5", -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  mg_send_http_error(conn, 204, "%s", "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return 204;
}

// Whole header lines are sent as they are (run-tested, 1.15).
int headerLines(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add_lines(conn, "Content-Length: 5\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  mg_response_header_send(conn);
  return 204;
}

// --- Raw status lines: findings ----------------------------------------------
// A handler may write the whole response itself; the status line and the
// header lines in its literals are read (raw protocol text).

int rawLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 204 set here
  return 1;
}

int rawChunkedInPieces(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n");
  mg_printf(conn, "Cache-Control: no-store\r\n");
  mg_printf(conn, "Transfer-Encoding: chunked\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: status 204 set here
  return 1;
}

int rawAdjacentLiterals(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 101 Switching Protocols\r\n"
                  "Content-Length: %d\r\n\r\n",
            0);
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: status 101 set here
  return 1;
}

// An interim response is a message of its own: its framing is reported on
// it, and the final response's is the final response's.
int rawContinueWithLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\nContent-Length: 0\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 100 set here
  mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  return 1;
}

int rawContinueThenLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 204 set here
  return 1;
}

// The bytes of one path are one stream: a line ends where its line end is
// written, whichever write holds it.
int rawLineEndInNextWrite(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET");
  mg_printf(conn, "\r\nContent-Length: 0\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: status 204 set here
  return 1;
}

int rawStatusLineEndInNextWrite(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content");
  mg_printf(conn, "\r\nTransfer-Encoding: chunked\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: status 204 set here
  return 1;
}

// A write that ends in a lone `\r`: the `\n` that starts the next one ends
// the line.
int rawLineEndAfterLoneCR(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET\r");
  mg_printf(conn, "\nContent-Length: 0\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: status 204 set here
  return 1;
}

// The connection handed to a function declared only, before anything was
// written to it: a write that starts with a status line starts a message.
int optionsAfterUnknownCall(struct mg_connection *conn, void *cbdata) {
  if (http_method(conn) == 1) {
    mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
    // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
    // CHECK-MESSAGES: :[[@LINE-2]]:31: note: status 204 set here
    return 1;
  }
  return 0;
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
int notModified(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 304);
  mg_response_header_add(conn, "ETag", "\"v2\"", -1);
  mg_response_header_add(conn, "Content-Length", "1024", -1);
  mg_response_header_send(conn);
  return 304;
}

int metadataOnNoContent(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "ETag", "\"v2\"", -1);
  mg_response_header_add(conn, "Location", "/items/2", -1);
  mg_response_header_add(conn, "Cache-Control", "no-store", -1);
  mg_response_header_send(conn);
  return 204;
}

int earlyReturn(struct mg_connection *conn, int quiet) {
  if (quiet) {
    mg_response_header_start(conn, 204);
    mg_response_header_send(conn);
    return 204;
  }
  mg_response_header_start(conn, 200);
  mg_response_header_add(conn, "Content-Length", "5", -1);
  mg_response_header_send(conn);
  mg_write(conn, "hello", 5);
  return 200;
}

int otherBranch(struct mg_connection *conn, int quiet) {
  if (quiet) {
    mg_response_header_start(conn, 204);
  } else {
    mg_response_header_start(conn, 200);
    mg_response_header_add(conn, "Transfer-Encoding", "chunked", -1);
  }
  mg_response_header_send(conn);
  return 1;
}

int okWithLength(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 200);
  mg_response_header_add(conn, "Content-Length", "5", -1);
  mg_response_header_send(conn);
  mg_write(conn, "hello", 5);
  return 200;
}

// What a declared-only function does to the connection cannot be seen:
// forgotten.
int helperDecorates(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "Content-Length", "0", -1);
  decorate(conn);
  mg_response_header_send(conn);
  return 204;
}

// civetweb adds nothing to an empty 204 itself: nothing in the handler to fix.
int emptyNoContent(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  return 204;
}

// mg_send_http_error adds no length of its own to a 204.
int errorReplyNoContent(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 204, "%s", "deleted");
  return 204;
}

// mg_send_http_ok sends 200 with the Content-Length it is given.
int sendOk(struct mg_connection *conn, void *cbdata) {
  mg_send_http_ok(conn, "text/plain", 5);
  mg_write(conn, "hello", 5);
  return 200;
}

// civetweb adds Content-Length: 0 to its redirects and its 401 itself.
int redirect(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/items", 308);
  return 308;
}

int askForLogin(struct mg_connection *conn, void *cbdata) {
  mg_send_digest_access_authentication_request(conn, NULL);
  return 401;
}

int unknownStatus(struct mg_connection *conn, int code) {
  mg_response_header_start(conn, code);
  mg_response_header_add(conn, "Content-Length", "0", -1);
  mg_response_header_send(conn);
  return code;
}

// --- Raw status lines: no findings -------------------------------------------

int rawResetContentLengthZero(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 205 Reset Content\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

int rawNotModifiedLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 304 Not Modified\r\nETag: \"v2\"\r\n"
                  "Content-Length: 120\r\n\r\n");
  return 1;
}

int rawStatusFromArgument(struct mg_connection *conn, int code) {
  // The status line's code is an argument: not known here.
  mg_printf(conn, "HTTP/1.1 %d Done\r\nContent-Length: 0\r\n\r\n", code);
  return 1;
}

int rawOkLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  return 1;
}

int rawLineAfterStatusSet(struct mg_connection *conn, void *cbdata) {
  // After the framework's own status line, the text is content of a 200.
  mg_response_header_start(conn, 200);
  mg_response_header_send(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
  return 1;
}

// The line's end is in the next write: the header line it holds is no blank
// line, and what follows it is no content.
int rawLineEndInNextWriteNoLength(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET");
  mg_printf(conn, "\r\nCache-Control: no-store\r\n\r\n");
  return 1;
}

// The second write continues the line the first one started: its text is
// the header's value, not a header line of its own.
int rawValueInNextWrite(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nX-Note: ");
  mg_printf(conn, "Content-Length: 0\r\n\r\n");
  return 1;
}

// A line that starts with whitespace continues the previous header's value
// (obsolete line folding): it is no header of its own.
int rawFoldedLine(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nX-Note: a\r\n"
                  " Content-Length: 0\r\n\r\n");
  return 1;
}

// Bytes that cannot be read inside the header section: whether they end a
// line, or the header section, cannot be told, so nothing after them is read.
int rawUnreadBytesInHeaders(struct mg_connection *conn, const char *extra,
                            size_t size) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n");
  mg_write(conn, extra, size);
  mg_printf(conn, "Content-Length: 0\r\n\r\n");
  return 1;
}

// After a function declared only was handed the connection, text that does
// not start with a status line cannot be placed: neither it nor what
// follows it is read.
int unknownCallThenHeaderText(struct mg_connection *conn, void *cbdata) {
  decorate(conn);
  mg_printf(conn, "X-Trace: 1\r\n");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

// The unknown call came inside a message: a status line after it may be
// that message's content, or a header line.
int unknownCallInsideMessage(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 200 OK\r\n");
  decorate(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

int unknownCallAfterMessage(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n");
  decorate(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

// The unknown call between the status line and the header line.
int unknownCallBeforeHeader(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n");
  http_method(conn);
  mg_printf(conn, "Content-Length: 0\r\n\r\n");
  return 1;
}

// The framework started a 200 before the unknown call: the text is its
// content.
int unknownCallAfterStatusSet(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 200);
  decorate(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

// --- Known misses ---------------------------------------------------------
// A header name split across writes is not read; the check stays silent.

// A header name split across writes is not read: whether the line holds a
// framing header is decided within the write that starts it.
int rawNameInTwoWrites(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nContent-");
  mg_printf(conn, "Length: 0\r\n\r\n");
  // FIXME: should report Content-Length on a 204 (No Content) here.
  return 1;
}
