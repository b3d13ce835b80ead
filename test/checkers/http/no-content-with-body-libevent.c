// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev.
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <stdarg.h>
#include <stddef.h>

#define NO_CONTENT 204

void fill(struct evbuffer *b);

// --- Findings ---------------------------------------------------------------

// Bytes in the request's output buffer go out after the 204's headers.
void deleteItem(struct evhttp_request *req, void *arg) {
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "deleted %d", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void throughLocalHandle(struct evhttp_request *req, void *arg) {
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  evbuffer_add(out, "gone", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// evhttp_send_reply appends its databuf to the output buffer and sends it.
void localBuffer(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add(buf, "{\"deleted\":true}", 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  evbuffer_free(buf);
}

// A buffer added to the output buffer brings its content along.
void bufferIntoOutput(struct evhttp_request *req, void *arg) {
  struct evbuffer *part = evbuffer_new();
  evbuffer_add_printf(part, "%s", "moved");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evbuffer_add_buffer(evhttp_request_get_output_buffer(req), part);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  evbuffer_free(part);
}

void referenceOnNotModified(struct evhttp_request *req, void *arg) {
  static const char page[] = "static page";
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  evbuffer_add_reference(out, page, sizeof page - 1, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 304 set here
}

void fileOnNotModified(struct evhttp_request *req, int fd) {
  evbuffer_add_file(evhttp_request_get_output_buffer(req), fd, 0, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 304 set here
}

void formattedByCaller(struct evhttp_request *req, const char *fmt,
                       va_list ap) {
  evbuffer_add_vprintf(evhttp_request_get_output_buffer(req), fmt, ap);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// The chunked API drops the data of a 204, but the handler still wrote
// content for a response that cannot have it.
void chunkedNoContent(struct evhttp_request *req, void *arg) {
  struct evbuffer *chunk = evbuffer_new();
  evhttp_send_reply_start(req, HTTP_NOCONTENT, "No Content");
  evbuffer_add(chunk, "part", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  evhttp_send_reply_chunk(req, chunk);
  evhttp_send_reply_end(req);
  evbuffer_free(chunk);
}

void statusByBranch(struct evhttp_request *req, int quiet) {
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  evbuffer_add(out, "done", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(req, quiet ? HTTP_NOCONTENT : HTTP_OK, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// Two requests: only the one sent with 204 has a finding.
void twoRequests(struct evhttp_request *quiet, struct evhttp_request *loud) {
  evbuffer_add_printf(evhttp_request_get_output_buffer(loud), "hello");
  evbuffer_add_printf(evhttp_request_get_output_buffer(quiet), "oops");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(loud, HTTP_OK, "OK", NULL);
  evhttp_send_reply(quiet, HTTP_NOCONTENT, "No Content", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void resetContent(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add(buf, "form", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  evhttp_send_reply(req, 205, "Reset Content", buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 205 set here
  evbuffer_free(buf);
}

void informational(struct evhttp_request *req, void *arg) {
  evbuffer_add(evhttp_request_get_output_buffer(req), "upgrade", 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  evhttp_send_reply(req, 101, "Switching Protocols", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
}

// A status from the user's own macro is a status all the same.
void userMacro(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add_printf(buf, "%s", "late");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  evhttp_send_reply(req, NO_CONTENT, NULL, buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  evbuffer_free(buf);
}

// evhttp_send_error always writes an HTML page into the response.
void errorPageOnNotModified(struct evhttp_request *req, void *arg) {
  evhttp_send_error(req, HTTP_NOTMODIFIED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 304 set here
}

// --- No findings ------------------------------------------------------------

void emptyReply(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
}

void emptyBuffer(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, buf);
  evbuffer_free(buf);
}

void emptyWrites(struct evhttp_request *req, int fd) {
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  struct evbuffer *nothing = evbuffer_new();
  evbuffer_add(out, "", 0);
  evbuffer_add(out, NULL, 0);
  evbuffer_add_printf(out, "");
  evbuffer_add_reference(out, NULL, 0, NULL, NULL);
  evbuffer_add_buffer(out, nothing);
  evbuffer_add_file(out, fd, 0, 0);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, nothing);
  evbuffer_free(nothing);
}

void emptyChunked(struct evhttp_request *req, void *arg) {
  struct evbuffer *chunk = evbuffer_new();
  evhttp_send_reply_start(req, HTTP_NOCONTENT, NULL);
  evhttp_send_reply_chunk(req, chunk);
  evhttp_send_reply_end(req);
  evbuffer_free(chunk);
}

void earlyReturn(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *in = evhttp_request_get_input_headers(req);
  if (evhttp_find_header(in, "If-Match") == NULL) {
    evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
    return;
  }
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "updated");
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

void otherBranch(struct evhttp_request *req, int quiet) {
  struct evbuffer *buf = evbuffer_new();
  if (quiet) {
    evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  } else {
    evbuffer_add(buf, "loud", 4);
    evhttp_send_reply(req, HTTP_OK, NULL, buf);
  }
  evbuffer_free(buf);
}

// The two branches test the same unchanged variable: no path takes both.
void correlatedConditions(struct evhttp_request *req, void *arg) {
  const int quiet =
      evhttp_find_header(evhttp_request_get_input_headers(req), "X-Quiet") !=
      NULL;
  if (!quiet)
    evbuffer_add_printf(evhttp_request_get_output_buffer(req), "loud");
  if (quiet)
    evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  else
    evhttp_send_reply(req, HTTP_OK, NULL, NULL);
}

void metadataOnNoContent(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "ETag", "\"v2\"");
  evhttp_add_header(h, "Location", "/items/2");
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

void twoBuffers(struct evhttp_request *quiet, struct evhttp_request *loud) {
  struct evbuffer *a = evbuffer_new();
  struct evbuffer *b = evbuffer_new();
  evbuffer_add(a, "loud", 4);
  evhttp_send_reply(quiet, HTTP_NOCONTENT, NULL, b);
  evhttp_send_reply(loud, HTTP_OK, NULL, a);
  evbuffer_free(a);
  evbuffer_free(b);
}

// A buffer that is never sent.
void scratchNeverSent(struct evhttp_request *req, void *arg) {
  struct evbuffer *scratch = evbuffer_new();
  evbuffer_add(scratch, "scratch", 7);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  evbuffer_free(scratch);
}

// What a declared-only function does to a buffer cannot be seen: forgotten.
void helperFills(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  fill(buf);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, buf);
  evbuffer_free(buf);
}

void helperMayDrain(struct evhttp_request *req, void *arg) {
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  evbuffer_add(out, "draft", 5);
  fill(out);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

void okWithBody(struct evhttp_request *req, void *arg) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add_printf(buf, "fine");
  evhttp_send_reply(req, HTTP_OK, "OK", buf);
  evbuffer_free(buf);
}

// The request's input buffer is not the response.
void inputBuffer(struct evhttp_request *req, void *arg) {
  struct evbuffer *in = evhttp_request_get_input_buffer(req);
  char first[16];
  evbuffer_copyout(in, first, sizeof first);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

void unknownStatus(struct evhttp_request *req, int code) {
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "maybe");
  evhttp_send_reply(req, code, NULL, NULL);
}
