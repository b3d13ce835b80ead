// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev: the status is the int
// code of evhttp_send_reply, evhttp_send_reply_start and evhttp_send_error;
// evhttp_request_get_response_code reads it back. evhttp writes the code into
// the status line as it is.
#include <event2/buffer.h>
#include <event2/http.h>
#include <stddef.h>

#define STATUS_TYPO 2040

static void reply(struct evhttp_request *req, int status, const char *text) {
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "%s", text);
  evhttp_send_reply(req, status, NULL, NULL);
}

static void replyOrCount(struct evhttp_request *req, int code, int send) {
  if (send)
    evhttp_send_reply(req, code, NULL, NULL);
  else
    evbuffer_add_printf(evhttp_request_get_output_buffer(req), "%d", code);
}

// --- Findings ---------------------------------------------------------------

void typos(struct evhttp_request *req, void *arg) {
  if (arg == NULL) {
    evhttp_send_reply(req, 2004, "No Content", NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
    return;
  }
  evhttp_send_reply(req, STATUS_TYPO, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: status code 2040 is outside 100 to 599
}

void chosen(struct evhttp_request *req, int ok) {
  evhttp_send_reply(req, ok ? 40 : 200, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 40 is outside 100 to 599
}

void errors(struct evhttp_request *req, int busy) {
  if (busy) {
    evhttp_send_error(req, 5030, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: status code 5030 is outside 100 to 599
    return;
  }
  evhttp_send_reply_start(req, 2000, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 2000 is outside 100 to 599
  evhttp_send_reply_end(req);
}

// Through a helper's status parameter: reported at the call.
void helper(struct evhttp_request *req, void *arg) {
  reply(req, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
}

// With send 0 the helper prints its number instead of sending it as a
// status: 2004 reaches no status on that path. With send 1 it does.
void helperOtherPath(struct evhttp_request *req, void *arg) {
  replyOrCount(req, 2004, 0);
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}

void helperSendingPath(struct evhttp_request *req, void *arg) {
  replyOrCount(req, 2004, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: status code 2004 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(struct evhttp_request *req, void *arg) {
  if (arg == NULL) {
    reply(req, 100, "");
    return;
  }
  evhttp_send_error(req, 599, NULL);
}

// A comparison tests the status a request was answered with; it sends
// nothing.
int compared(struct evhttp_request *req) {
  if (evhttp_request_get_response_code(req) == 0 ||
      evhttp_request_get_response_code(req) != 2004)
    return 1;
  switch (evhttp_request_get_response_code(req)) {
  case 2004:
    return 2;
  default:
    return 0;
  }
}

// Another object's int field, numbers given to no status position (a size,
// a printed number), and an unrelated function's argument.
struct job {
  int status;
};
void otherObject(struct evhttp_request *req, struct job *job,
                 struct evhttp *http) {
  char buffer[2004] = {0};
  struct evbuffer *out = evhttp_request_get_output_buffer(req);
  job->status = 2004;
  evbuffer_add(out, buffer, 2004);
  evbuffer_add_printf(out, "%d items, %d missing", 2004, 40);
  evhttp_set_max_body_size(http, 2004);
  evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After",
                    "3600");
  evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}
