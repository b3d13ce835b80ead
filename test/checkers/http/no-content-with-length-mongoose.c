// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// mongoose 7.22, through a declaration-only header that mirrors its
// mongoose.h. mg_http_reply sends the caller's header lines as they are and
// then a Content-Length of its own, whatever the status: a Content-Length
// line in the headers string goes out next to mongoose's (from source,
// 7.22). mongoose's own Content-Length is not the handler's doing.
#include <mongoose.h>
#include <stddef.h>

#define NO_CONTENT 204
#define JSON_LENGTH_HEADERS "Content-Type: application/json\r\nContent-Length: 2\r\n"

void decorate(struct mg_connection *c);
int http_method(struct mg_connection *c);

// --- Findings ---------------------------------------------------------------

static void touchItem(struct mg_connection *c, int ev, void *ev_data) {
  if (ev == MG_EV_HTTP_MSG) {
    struct mg_http_message *hm = (struct mg_http_message *) ev_data;
    if (mg_match(hm->uri, mg_str("/api/touch"), NULL)) {
      mg_http_reply(c, 204, "Content-Length: 0\r\n", "");
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
      // CHECK-MESSAGES: :[[@LINE-2]]:7: note: status 204 set here
    }
  }
}

void transferEncoding(struct mg_connection *c) {
  mg_http_reply(c, 204, "Cache-Control: no-store\r\nTransfer-Encoding: chunked\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void lowerCaseName(struct mg_connection *c) {
  mg_http_reply(c, 204, "content-length: 5\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void informational(struct mg_connection *c) {
  mg_http_reply(c, 101, "Upgrade: websocket\r\nContent-Length: 0\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 101 set here
}

void statusByBranch(struct mg_connection *c, int quiet) {
  mg_http_reply(c, quiet ? 204 : 200, "Content-Length: 0\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void userMacro(struct mg_connection *c) {
  mg_http_reply(c, NO_CONTENT, "Content-Length: 16\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// Adjacent literals are one string; the finding is at its line.
void adjacentLiterals(struct mg_connection *c) {
  mg_http_reply(c, 204,
                "ETag: \"v2\"\r\n"
                "Content-Length: 0\r\n",
                "");
  // CHECK-MESSAGES: :[[@LINE-2]]:18: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
}

// The header lines come from the user's macro: a literal all the same. The
// finding is at the macro's use, with its line in the definition.
void headersFromMacro(struct mg_connection *c) {
  mg_http_reply(c, 204, JSON_LENGTH_HEADERS, "");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :11:64: note: expanded from macro 'JSON_LENGTH_HEADERS'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// Two connections: only the one answered with 204 has a finding.
void twoConnections(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_http_reply(loud, 200, "Content-Length: 5\r\n", "hello");
  mg_http_reply(quiet, 204, "Content-Length: 5\r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// --- Raw status lines: findings ----------------------------------------------
// A handler may write the whole response itself; the status line and the
// header lines in its literals are read (raw protocol text).

void rawLength(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: status 204 set here
}

void rawChunked(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n");
  mg_send(c, "Transfer-Encoding: chunked\r\n\r\n", 30);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: status 204 set here
  mg_http_printf_chunk(c, "");
}

// The bytes of one path are one stream: the `\r\n` of the next write ends
// the header line, and the line after it is read.
void rawLineEndInNextWrite(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nAllow: GET");
  mg_send(c, "\r\nContent-Length: 0\r\n\r\n", 23);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: status 204 set here
}

// The connection handed to a function declared only, before anything was
// written to it: a write that starts with a status line starts a message.
void optionsAfterUnknownCall(struct mg_connection *c) {
  if (http_method(c) == 1) {
    mg_printf(c, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
    // CHECK-MESSAGES: :[[@LINE-2]]:28: note: status 204 set here
  }
}

// --- No findings ------------------------------------------------------------

// mongoose adds Content-Length: 0 to an empty 204 itself: nothing in the
// handler to fix.
static void emptyNoContent(struct mg_connection *c, int ev, void *ev_data) {
  if (ev == MG_EV_HTTP_MSG)
    mg_http_reply(c, 204, "", "");
  (void) ev_data;
}

void nullHeaders(struct mg_connection *c) {
  mg_http_reply(c, 204, NULL, "");
}

// RFC 9110 allows Content-Length on a 304.
void notModified(struct mg_connection *c) {
  mg_http_reply(c, 304, "ETag: \"v2\"\r\nContent-Length: 1024\r\n", "");
}

void metadataOnNoContent(struct mg_connection *c) {
  mg_http_reply(c, 204,
                "ETag: \"v2\"\r\nLocation: /items/2\r\nCache-Control: no-store\r\n",
                "");
}

// Only a line whose name is Content-Length or Transfer-Encoding counts.
void lookalikeNames(struct mg_connection *c) {
  mg_http_reply(c, 204,
                "X-Content-Length: 5\r\n"
                "Access-Control-Expose-Headers: Content-Length\r\n"
                "X-Note: Transfer-Encoding: chunked\r\n",
                "");
}

// Header lines that are not a literal tell nothing.
void headersFromCaller(struct mg_connection *c, const char *headers) {
  mg_http_reply(c, 204, headers, "");
}

void earlyReturn(struct mg_connection *c, int quiet) {
  if (quiet) {
    mg_http_reply(c, 204, "", "");
    return;
  }
  mg_http_reply(c, 200, "Content-Length: 5\r\n", "hello");
}

void otherBranch(struct mg_connection *c, int quiet) {
  if (quiet)
    mg_http_reply(c, 204, "Cache-Control: no-store\r\n", "");
  else
    mg_http_reply(c, 200, "Transfer-Encoding: identity\r\n", "loud");
}

void otherConnection(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_http_reply(quiet, 204, "", "");
  mg_http_reply(loud, 200, "Content-Length: 5\r\n", "hello");
}

void unknownStatus(struct mg_connection *c, int code) {
  mg_http_reply(c, code, "Content-Length: 0\r\n", "");
}

// The header lines of one reply are not those of the next one.
void secondReply(struct mg_connection *c) {
  mg_http_reply(c, 200, "Content-Length: 2\r\n", "ok");
  mg_http_reply(c, 204, "", "");
}

// --- Raw status lines: no findings -------------------------------------------

void rawResetContentLengthZero(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 205 Reset Content\r\nContent-Length: 0\r\n\r\n");
}

void rawNotModifiedLength(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 304 Not Modified\r\nETag: \"v2\"\r\n"
               "Content-Length: 120\r\n\r\n");
}

void rawStatusFromArgument(struct mg_connection *c, int code) {
  mg_printf(c, "HTTP/1.1 %d Done\r\nContent-Length: 0\r\n\r\n", code);
}

void rawOkLength(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
}

// What a declared-only function does to the connection cannot be seen:
// forgotten.
void helperDecorates(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n");
  decorate(c);
  mg_printf(c, "Content-Length: 0\r\n\r\n");
}

// After a function declared only was handed the connection, text that does
// not start with a status line cannot be placed: neither it nor what
// follows it is read.
void unknownCallThenHeaderText(struct mg_connection *c) {
  decorate(c);
  mg_printf(c, "X-Trace: 1\r\n");
  mg_printf(c, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
}

// The line the first write started goes on in the second: its text is the
// header's value, not a header line of its own.
void rawValueInNextWrite(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nX-Note: ");
  mg_printf(c, "Content-Length: 0\r\n\r\n");
}
