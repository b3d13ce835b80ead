// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev. evhttp adds no
// Content-Length to a 204 by itself, but sends one the handler added.
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <stddef.h>

#define NO_CONTENT 204

void decorate(struct evkeyvalq *headers);

// --- Findings ---------------------------------------------------------------

void explicitLength(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void transferEncoding(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Transfer-Encoding",
                    "chunked");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void lowerCaseName(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "content-length",
                    "0");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void chunkedStart(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  evhttp_send_reply_start(req, HTTP_NOCONTENT, "No Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  evhttp_send_reply_end(req);
}

void informational(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Connection", "Upgrade");
  evhttp_add_header(h, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  evhttp_send_reply(req, 101, "Switching Protocols", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
}

void statusByBranch(struct evhttp_request *req, int quiet) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  evhttp_send_reply(req, quiet ? HTTP_NOCONTENT : HTTP_OK, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void userMacro(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Length",
                    "16");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  evhttp_send_reply(req, NO_CONTENT, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "ETag", "\"v2\"");
  evhttp_add_header(h, "Content-Length", "1024");
  evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
}

void removedAgain(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "5");
  evhttp_add_header(h, "Transfer-Encoding", "chunked");
  evhttp_remove_header(h, "Content-Length");
  evhttp_remove_header(h, "Transfer-Encoding");
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

void metadataOnNoContent(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "ETag", "\"v2\"");
  evhttp_add_header(h, "Location", "/items/2");
  evhttp_add_header(h, "Cache-Control", "no-store");
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

void earlyReturn(struct evhttp_request *req, int quiet) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  if (quiet) {
    evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
    return;
  }
  evhttp_add_header(h, "Content-Length", "5");
  evbuffer_add(evhttp_request_get_output_buffer(req), "hello", 5);
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

void okWithLength(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Length",
                    "5");
  evbuffer_add(evhttp_request_get_output_buffer(req), "hello", 5);
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

void twoRequests(struct evhttp_request *quiet, struct evhttp_request *loud) {
  evhttp_add_header(evhttp_request_get_output_headers(loud), "Content-Length",
                    "5");
  evhttp_send_reply(quiet, HTTP_NOCONTENT, NULL, NULL);
  evbuffer_add(evhttp_request_get_output_buffer(loud), "hello", 5);
  evhttp_send_reply(loud, HTTP_OK, "OK", NULL);
}

// The request's input headers are not the response's.
void inputHeaders(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *in = evhttp_request_get_input_headers(req);
  evhttp_add_header(in, "Content-Length", "0");
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

// What a declared-only function does to the headers cannot be seen: forgotten.
void helperMayRemoveIt(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "0");
  decorate(h);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

// evhttp adds nothing to an empty 204 itself: nothing in the handler to fix.
void emptyNoContent(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

// evhttp_clear_headers removes every header, framing ones included.
void allHeadersCleared(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *h = evhttp_request_get_output_headers(req);
  evhttp_add_header(h, "Content-Length", "5");
  evhttp_clear_headers(h);
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}

// evhttp_send_error clears the output headers before it sends.
void clearedBySendError(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Length",
                    "0");
  evhttp_send_error(req, HTTP_NOCONTENT, NULL);
}
