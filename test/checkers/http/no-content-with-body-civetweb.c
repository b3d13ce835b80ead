// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev. mg_write and mg_printf send
// their bytes after the headers whatever the status.
#include <civetweb.h>
#include <stddef.h>

#define NO_CONTENT 204

void decorate(struct mg_connection *c);
int http_method(struct mg_connection *conn);

// --- Findings ---------------------------------------------------------------

int deleteItem(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  mg_write(conn, "deleted", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return 204;
}

int formatted(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  mg_printf(conn, "deleted %d items", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return 204;
}

int chunked(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  mg_send_chunk(conn, "part", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  mg_send_chunk(conn, "", 0);
  return 204;
}

int notModified(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 304);
  mg_response_header_add(conn, "ETag", "\"v2\"", -1);
  mg_response_header_send(conn);
  mg_printf(conn, "%s", "unchanged");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 304 set here
  return 304;
}

int fileOnNotModified(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 304);
  mg_response_header_send(conn);
  mg_send_file_body(conn, "/srv/www/index.html");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 304 set here
  return 304;
}

int statusByBranch(struct mg_connection *conn, int quiet) {
  mg_response_header_start(conn, quiet ? 204 : 200);
  mg_response_header_send(conn);
  mg_write(conn, "done", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return 1;
}

// Two connections: only the one sent with 204 has a finding.
void twoConnections(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_response_header_start(loud, 200);
  mg_response_header_start(quiet, 204);
  mg_response_header_send(loud);
  mg_response_header_send(quiet);
  mg_printf(loud, "hello");
  mg_printf(quiet, "oops");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 204 set here
}

int resetContent(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 205);
  mg_response_header_send(conn);
  mg_write(conn, "form", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
  return 205;
}

int informational(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 101);
  mg_response_header_add(conn, "Upgrade", "websocket", -1);
  mg_response_header_send(conn);
  mg_write(conn, "upgrade", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 101 set here
  return 101;
}

// A status from the user's own macro is a status all the same.
int userMacro(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, NO_CONTENT);
  mg_response_header_send(conn);
  mg_printf(conn, "%s", "late");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return NO_CONTENT;
}

// --- Raw status lines: findings ----------------------------------------------
// A handler may write the whole response itself; what follows the blank line
// after the status line's headers is content (raw protocol text).

int rawBody(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndone");
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 204 set here
  return 1;
}

int rawBodyInPieces(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 304 Not Modified\r\n");
  mg_printf(conn, "ETag: \"v2\"\r\n\r\n");
  mg_write(conn, "unchanged", 9);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: status 304 set here
  return 1;
}

// The bytes of one path are one stream: the blank line may be split across
// writes too.
int rawBlankLineAfterLoneCR(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET\r\n\r");
  mg_printf(conn, "\ndone");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: status 204 set here
  return 1;
}

// The connection handed to a function declared only, before anything was
// written to it: a write that starts with a status line starts a message.
int rawAfterUnknownCall(struct mg_connection *conn, void *cbdata) {
  if (http_method(conn) == 1) {
    mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:31: note: status 204 set here
    return 1;
  }
  return 0;
}

// civetweb refuses a second mg_response_header_start (it returns -3): the
// 204 is what is sent, and the content after it (run-tested, 1.15).
int secondStartRefused(struct mg_connection *conn, int verbose) {
  mg_response_header_start(conn, 204);
  if (verbose)
    mg_response_header_start(conn, 200);
  mg_response_header_send(conn);
  if (verbose)
    mg_printf(conn, "details");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 204 set here
  return 1;
}

// --- No findings ------------------------------------------------------------

// A function that is not followed may have started a response already, and
// civetweb refuses a second start: the status after it is not known.
int decoratedThenStarted(struct mg_connection *conn, void *cbdata) {
  decorate(conn);
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  mg_write(conn, "x", 1);
  return 204;
}

int emptyNoContent(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  return 204;
}

int emptyWrites(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  mg_write(conn, "", 0);
  mg_write(conn, NULL, 0);
  mg_write(conn, "ignored", 0);
  mg_printf(conn, "");
  return 204;
}

int earlyReturn(struct mg_connection *conn, void *cbdata) {
  if (mg_get_header(conn, "If-Match") == NULL) {
    mg_response_header_start(conn, 204);
    mg_response_header_send(conn);
    return 204;
  }
  mg_response_header_start(conn, 200);
  mg_response_header_send(conn);
  mg_printf(conn, "updated");
  return 200;
}

int otherBranch(struct mg_connection *conn, int quiet) {
  if (quiet) {
    mg_response_header_start(conn, 204);
    mg_response_header_send(conn);
  } else {
    mg_response_header_start(conn, 200);
    mg_response_header_send(conn);
    mg_write(conn, "loud", 4);
  }
  return 1;
}

// The two branches test the same unchanged variable: no path takes both.
int correlatedConditions(struct mg_connection *conn, void *cbdata) {
  const int quiet = mg_get_header(conn, "X-Quiet") != NULL;
  mg_response_header_start(conn, quiet ? 204 : 200);
  mg_response_header_send(conn);
  if (!quiet)
    mg_printf(conn, "loud");
  return 1;
}

int metadataOnNoContent(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_response_header_add(conn, "ETag", "\"v2\"", -1);
  mg_response_header_add(conn, "Location", "/items/2", -1);
  mg_response_header_add(conn, "Cache-Control", "no-store", -1);
  mg_response_header_send(conn);
  return 204;
}

int notModifiedEmpty(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 304);
  mg_response_header_add(conn, "ETag", "\"v2\"", -1);
  mg_response_header_send(conn);
  return 304;
}

void twoConnectionsClean(struct mg_connection *quiet,
                         struct mg_connection *loud) {
  mg_response_header_start(quiet, 204);
  mg_response_header_start(loud, 200);
  mg_response_header_send(quiet);
  mg_response_header_send(loud);
  mg_write(loud, "loud", 4);
}

// What a declared-only function does to the connection cannot be seen:
// forgotten.
int helperDecorates(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  decorate(conn);
  mg_response_header_send(conn);
  mg_write(conn, "maybe", 5);
  return 1;
}

// civetweb sends no body for 1xx, 204 and 304 error replies: the message is
// dropped (run-tested, 1.15).
int errorReplyNoContent(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 204, "%s", "deleted");
  return 204;
}

int errorReplyNotModified(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 304, "not modified since %s", "yesterday");
  return 304;
}

int errorReplyNotFound(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 404, "no item %d", 7);
  return 404;
}

int okWithBody(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 200);
  mg_response_header_add(conn, "Content-Type", "text/plain", -1);
  mg_response_header_send(conn);
  mg_write(conn, "fine", 4);
  return 200;
}

// mg_send_http_ok sends a 200.
int sendOk(struct mg_connection *conn, void *cbdata) {
  mg_send_http_ok(conn, "text/plain", 5);
  mg_write(conn, "hello", 5);
  return 200;
}

// The 200 that mg_send_http_ok started stays: the 204 after it is refused.
int startAfterOk(struct mg_connection *conn, void *cbdata) {
  mg_send_http_ok(conn, "text/plain", 5);
  mg_response_header_start(conn, 204);
  mg_write(conn, "hello", 5);
  return 200;
}

int redirect(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/items", 303);
  return 303;
}

int unknownStatus(struct mg_connection *conn, int code) {
  mg_response_header_start(conn, code);
  mg_response_header_send(conn);
  mg_printf(conn, "maybe");
  return code;
}

// Reading the request is not writing the response.
int readsRequest(struct mg_connection *conn, void *cbdata) {
  char buf[64];
  mg_read(conn, buf, sizeof buf);
  mg_response_header_start(conn, 204);
  mg_response_header_send(conn);
  return 204;
}

// mg_send_file chooses its own status over a started response: this sends
// 200 and the file (run-tested, 1.15).
int fileChoosesStatus(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 204);
  mg_send_file(conn, "/srv/www/index.html");
  return 200;
}

// --- Raw status lines: no findings -------------------------------------------

int rawHeadersOnly(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nCache-Control: no-store\r\n\r\n");
  return 1;
}

int rawBodyCutBySize(struct mg_connection *conn, void *cbdata) {
  // Only the first 27 bytes are written: the status line and the blank line.
  mg_write(conn, "HTTP/1.1 204 No Content\r\n\r\nunused", 27);
  return 1;
}

int rawResetContentBody(struct mg_connection *conn, int verbose) {
  if (!verbose) {
    mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\n");
    return 1;
  }
  mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nmore");
  return 1;
}

int rawLineAsContent(struct mg_connection *conn, void *cbdata) {
  // A 200 the framework started: the text is its content.
  mg_response_header_start(conn, 200);
  mg_response_header_send(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\nquoted");
  return 1;
}

// A header line whose line end is written by the next write: the `\r\n`
// there ends that line, and is no blank line.
int rawLineEndInNextWrite(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET");
  mg_printf(conn, "\r\nContent-Length: 0\r\n\r\n");
  return 1;
}

// An interim response ends at its blank line: the text after it is the
// final response, not content of the 100.
int rawContinueThenContent(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 204 set here
  return 1;
}

int rawEarlyHintsThenContent(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                  "HTTP/1.1 304 Not Modified\r\n\r\nstale");
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:29: note: status 304 set here
  return 1;
}

int rawLineEndAfterLoneCR(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\nAllow: GET\r");
  mg_printf(conn, "\n\r\n");
  return 1;
}

// Bytes that cannot be read inside the header section may be header lines:
// what comes after them cannot be told to be content.
int rawUnreadBytesInHeaders(struct mg_connection *conn, const char *extra,
                            size_t size) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n");
  mg_write(conn, extra, size);
  mg_printf(conn, "\r\n");
  return 1;
}

// After an interim response: the final response, in one write or two; and
// text that starts no response, which cannot be placed.
int rawContinueThenOk(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                  "Content-Length: 2\r\n\r\nok");
  return 1;
}

int rawContinueThenNoContent(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\n\r\n");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\n");
  return 1;
}

int rawContinueThenText(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 100 Continue\r\n\r\n");
  mg_printf(conn, "continued");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  return 1;
}

// After a function declared only was handed the connection, text that does
// not start with a status line cannot be placed.
int unknownCallThenText(struct mg_connection *conn, void *cbdata) {
  decorate(conn);
  mg_printf(conn, "\r\n");
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  return 1;
}

// An unknown call between the status line and the content: it may have
// ended the header section or not.
int unknownCallBeforeContent(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n");
  decorate(conn);
  mg_printf(conn, "\r\ndeleted");
  return 1;
}

int unknownCallInsideMessage(struct mg_connection *conn, void *cbdata) {
  mg_printf(conn, "HTTP/1.1 200 OK\r\n");
  decorate(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  return 1;
}

// The framework started a 200 before the unknown call: the text is its
// content.
int unknownCallAfterStatusSet(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 200);
  mg_response_header_send(conn);
  decorate(conn);
  mg_printf(conn, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  return 1;
}

// --- Known misses ---------------------------------------------------------
// What civetweb does here cannot be said in a model yet (a body only for
// some statuses); the check stays silent.

// mg_send_http_error writes "Error 205: Reset Content" and the message as
// the body of a 205 (run-tested, 1.15).
int errorPageOnResetContent(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 205, "%s", "form cleared");
  // FIXME: should report content on a 205 (Reset Content) here.
  return 205;
}
