// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// mongoose 7.22, through a declaration-only header that mirrors its
// mongoose.h. mg_http_reply sends its formatted body and a Content-Length of
// its own whatever the status; mg_printf, mg_send and the chunk writers
// append their bytes to the connection as they are (from source, 7.22).
#include <mongoose.h>
#include <stdarg.h>
#include <stddef.h>

#define NO_CONTENT 204
#define OK_STATUS 200

void decorate(struct mg_connection *c);
int http_method(struct mg_connection *c);

// --- Findings ---------------------------------------------------------------

static void deleteItem(struct mg_connection *c, int ev, void *ev_data) {
  if (ev == MG_EV_HTTP_MSG) {
    struct mg_http_message *hm = (struct mg_http_message *) ev_data;
    if (mg_match(hm->uri, mg_str("/api/items/*"), NULL)) {
      mg_http_reply(c, 204, "", "deleted");
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
      // CHECK-MESSAGES: :[[@LINE-2]]:7: note: status 204 set here
    }
  }
}

void jsonBody(struct mg_connection *c) {
  mg_http_reply(c, 204, "Content-Type: application/json\r\n", "{%m:%d}",
                MG_ESC("id"), 7);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void notModified(struct mg_connection *c) {
  mg_http_reply(c, 304, "ETag: \"v2\"\r\n", "%s", "unchanged");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 304 set here
}

void resetContent(struct mg_connection *c) {
  mg_http_reply(c, 205, "", "form cleared");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 205 set here
}

void earlyHints(struct mg_connection *c) {
  mg_http_reply(c, 103, "Link: </style.css>; rel=preload\r\n", "hints");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 103 set here
}

void statusByBranch(struct mg_connection *c, int quiet) {
  mg_http_reply(c, quiet ? 204 : 200, "", "done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// A status from the user's own macro is a status all the same.
void userMacro(struct mg_connection *c) {
  mg_http_reply(c, NO_CONTENT, "", "%d items", 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// Two connections: only the one answered with 204 has a finding.
void twoConnections(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_http_reply(loud, 200, "", "hello");
  mg_http_reply(quiet, 204, "", "oops");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// A helper called before the reply: the reply's own status is known.
void decoratedThenReplied(struct mg_connection *c) {
  decorate(c);
  mg_http_reply(c, 204, "", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// --- Raw status lines: findings ----------------------------------------------
// A handler may write the whole response itself; what follows the blank line
// after the status line's headers is content (raw protocol text).

void rawBody(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\ndone");
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: status 204 set here
}

void rawSend(struct mg_connection *c) {
  mg_send(c, "HTTP/1.1 304 Not Modified\r\n\r\nstale", 34);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: status 304 set here
}

void rawThenPrintedChunk(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\n");
  mg_http_printf_chunk(c, "part %d", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: status 204 set here
  mg_http_printf_chunk(c, "");
}

void rawThenWrittenChunk(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 205 Reset Content\r\n");
  mg_printf(c, "Cache-Control: no-store\r\n\r\n");
  mg_http_write_chunk(c, "part", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: status 205 set here
  mg_http_write_chunk(c, "", 0);
}

static void replyf(struct mg_connection *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\n");
  mg_vprintf(c, fmt, &ap);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: status 204 set here
  va_end(ap);
}

// The bytes of one path are one stream: the blank line may be split across
// writes too.
void rawBlankLineAfterLoneCR(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nAllow: GET\r\n\r");
  mg_send(c, "\ndone", 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: status 204 set here
}

// The connection handed to a function declared only, before anything was
// written to it: a write that starts with a status line starts a message.
void rawAfterUnknownCall(struct mg_connection *c) {
  if (http_method(c) == 1)
    mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\ndeleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

static void emptyReply(struct mg_connection *c, int ev, void *ev_data) {
  if (ev == MG_EV_HTTP_MSG)
    mg_http_reply(c, 204, "", "");
  (void) ev_data;
}

void nullHeaders(struct mg_connection *c) {
  mg_http_reply(c, 204, NULL, "");
}

void metadataOnNoContent(struct mg_connection *c) {
  mg_http_reply(c, 204,
                "ETag: \"v2\"\r\nLocation: /items/2\r\n"
                "Cache-Control: no-store\r\n",
                "");
}

void notModifiedEmpty(struct mg_connection *c) {
  mg_http_reply(c, 304, "ETag: \"v2\"\r\n", "");
}

static void earlyReturn(struct mg_connection *c, int ev, void *ev_data) {
  if (ev != MG_EV_HTTP_MSG)
    return;
  struct mg_http_message *hm = (struct mg_http_message *) ev_data;
  if (mg_http_get_header(hm, "If-Match") == NULL) {
    mg_http_reply(c, 204, "", "");
    return;
  }
  mg_http_reply(c, 200, "", "updated");
}

void otherBranch(struct mg_connection *c, int quiet) {
  if (quiet)
    mg_http_reply(c, 204, "", "");
  else
    mg_http_reply(c, 200, "Content-Type: text/plain\r\n", "loud");
}

// Another connection gets the content.
void otherConnection(struct mg_connection *quiet, struct mg_connection *loud) {
  mg_http_reply(quiet, 204, "", "");
  mg_http_reply(loud, 200, "", "hello");
}

void okWithBody(struct mg_connection *c) {
  mg_http_reply(c, 200, "Content-Type: text/plain\r\n", "fine");
}

void okFromMacro(struct mg_connection *c) {
  mg_http_reply(c, OK_STATUS, "", "fine");
}

void unknownStatus(struct mg_connection *c, int code) {
  mg_http_reply(c, code, "", "maybe");
}

// mg_http_serve_dir and mg_http_serve_file choose their own status.
void servesFiles(struct mg_connection *c, struct mg_http_message *hm) {
  struct mg_http_serve_opts opts = {.root_dir = "/srv/www"};
  mg_http_serve_dir(c, hm, &opts);
}

// --- Raw status lines: no findings -------------------------------------------

void rawHeadersOnly(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nCache-Control: no-store\r\n\r\n");
}

void rawEmptyWrites(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\n");
  mg_send(c, "", 0);
  mg_send(c, NULL, 0);
  mg_send(c, "ignored", 0);
  mg_printf(c, "");
}

// The last chunk, written empty, is no content.
void rawLastChunks(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 304 Not Modified\r\n\r\n");
  mg_http_printf_chunk(c, "");
  mg_http_write_chunk(c, "", 0);
}

void rawBodyCutBySize(struct mg_connection *c) {
  // Only the status line and the blank line are sent.
  mg_send(c, "HTTP/1.1 204 No Content\r\n\r\nunused", 27);
}

void rawStatusFromArgument(struct mg_connection *c, int code) {
  mg_printf(c, "HTTP/1.1 %d Done\r\n\r\nbody", code);
}

void rawOkBody(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
}

// What a declared-only function does to the connection cannot be seen:
// forgotten.
void helperDecorates(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n\r\n");
  decorate(c);
  mg_printf(c, "maybe");
}

// The `\r\n` of the second write ends the header line the first one
// started: it is no blank line.
void rawLineEndInNextWrite(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\nAllow: GET");
  mg_printf(c, "\r\nContent-Length: 0\r\n\r\n");
}

// Bytes that cannot be read inside the header section may be header lines:
// what comes after them cannot be told to be content.
void rawUnreadBytesInHeaders(struct mg_connection *c, const char *extra,
                             size_t size) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n");
  mg_send(c, extra, size);
  mg_printf(c, "\r\n");
}

// An unknown call between the status line and the content: it may have
// ended the header section or not.
void unknownCallBeforeContent(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 204 No Content\r\n");
  decorate(c);
  mg_printf(c, "\r\ndeleted");
}
