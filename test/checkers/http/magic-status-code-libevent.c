// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev: the status codes are
// macros in event2/http.h.
#include <event2/buffer.h>
#include <event2/http.h>
#include <stddef.h>

#define NO_CONTENT 204

void replies(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, 204, "No Content", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 204 written as a number; use HTTP_NOCONTENT [http-magic-status-code]
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
}

void withBody(struct evhttp_request *req, struct evbuffer *buf) {
  evhttp_send_reply(req, 200, "OK", buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 200 written as a number; use HTTP_OK
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_OK, "OK", buf);
}

void notModified(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, 304, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 304 written as a number; use HTTP_NOTMODIFIED
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_NOTMODIFIED, NULL, NULL);
}

void errors(struct evhttp_request *req, int busy) {
  if (busy) {
    evhttp_send_error(req, 503, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: status code 503 written as a number; use HTTP_SERVUNAVAIL
    // CHECK-FIXES: evhttp_send_error(req, HTTP_SERVUNAVAIL, NULL);
    return;
  }
  evhttp_send_error(req, 404, "no such item");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 404 written as a number; use HTTP_NOTFOUND
  // CHECK-FIXES: evhttp_send_error(req, HTTP_NOTFOUND, "no such item");
}

void internalError(struct evhttp_request *req, void *arg) {
  evhttp_send_error(req, 500, "Internal Server Error");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 500 written as a number; use HTTP_INTERNAL
  // CHECK-FIXES: evhttp_send_error(req, HTTP_INTERNAL, "Internal Server Error");
}

void streamed(struct evhttp_request *req, struct evbuffer *chunk) {
  evhttp_send_reply_start(req, 200, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 200 written as a number; use HTTP_OK
  // CHECK-FIXES: evhttp_send_reply_start(req, HTTP_OK, "OK");
  evhttp_send_reply_chunk(req, chunk);
  evhttp_send_reply_end(req);
}

void chosen(struct evhttp_request *req, int ok) {
  evhttp_send_reply(req, ok ? 200 : 404, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 200 written as a number; use HTTP_OK
  // CHECK-MESSAGES: :[[@LINE-2]]:37: warning: status code 404 written as a number; use HTTP_NOTFOUND
  // CHECK-FIXES: evhttp_send_reply(req, ok ? HTTP_OK : HTTP_NOTFOUND, NULL, NULL);
}

void moved(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Location", "/new");
  evhttp_send_reply(req, 301, "Moved Permanently", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 301 written as a number; use HTTP_MOVEPERM
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_MOVEPERM, "Moved Permanently", NULL);
}

// The status a request was answered with is a status to compare.
int answeredEmpty(const struct evhttp_request *req) {
  return evhttp_request_get_response_code(req) == 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 204 written as a number; use HTTP_NOCONTENT
  // CHECK-FIXES: return evhttp_request_get_response_code(req) == HTTP_NOCONTENT;
}

int answerKind(const struct evhttp_request *req) {
  switch (evhttp_request_get_response_code(req)) {
  case 404:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 404 written as a number; use HTTP_NOTFOUND
    // CHECK-FIXES: case HTTP_NOTFOUND:
    return 1;
  default:
    return evhttp_request_get_response_code(req) >= 500;
  }
}

// --- No findings ------------------------------------------------------------

void named(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
}

void userMacro(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, NO_CONTENT, NULL, NULL);
}

void notStatusPositions(struct evhttp_request *req, void *arg) {
  char buffer[204] = {0};
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  evbuffer_add(out, buffer, 204);
  evbuffer_add_printf(out, "%d items, %d missing", 200, 404);
  evhttp_add_header(evhttp_request_get_output_headers(req), "X-Code", "204");
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

// Range comparisons and arithmetic are not magic: no single constant fits.
int ranges(const struct evhttp_request *req) {
  const int code = evhttp_request_get_response_code(req);
  return code >= 400 || code / 100 == 2;
}

// libevent 2.1.12 has no macro for these codes.
void unnamed(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, 201, "Created", NULL);
}

void teapot(struct evhttp_request *req, void *arg) {
  evhttp_send_error(req, 418, "I'm a teapot");
}
