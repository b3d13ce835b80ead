// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev. Helpers of the file
// that take the request and a status, and fill and send a buffer of their
// own: the handler's argument is the status, so the call is where the
// defects are.
#include <event2/buffer.h>
#include <event2/http.h>
#include <stddef.h>

static void sendJson(struct evhttp_request *req, int status, const char *json) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add_printf(buf, "%s", json);
  evhttp_send_reply(req, status, NULL, buf);
  evbuffer_free(buf);
}

// --- Findings ---------------------------------------------------------------

void deleted(struct evhttp_request *req, void *arg) {
  sendJson(req, 204, "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: content written here, through the call of 'sendJson'
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: status 204 set here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: warning: status code 204 written as a number; use HTTP_NOCONTENT [http-magic-status-code]
  // CHECK-FIXES: sendJson(req, HTTP_NOCONTENT, "{\"deleted\":true}");
}

void deletedNamed(struct evhttp_request *req, void *arg) {
  sendJson(req, HTTP_NOCONTENT, "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content)
}

// The helper leaves the body out of a 204, but not out of a 304.
static void reply(struct evhttp_request *req, int status, const char *text) {
  struct evbuffer *buf = evbuffer_new();
  if (status != HTTP_NOCONTENT)
    evbuffer_add_printf(buf, "%s", text);
  evhttp_send_reply(req, status, NULL, buf);
  evbuffer_free(buf);
}

void notModified(struct evhttp_request *req, void *arg) {
  reply(req, HTTP_NOTMODIFIED, "cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified)
}

// --- No findings ------------------------------------------------------------

void created(struct evhttp_request *req, void *arg) {
  sendJson(req, 200, "{\"created\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: status code 200 written as a number; use HTTP_OK [http-magic-status-code]
  // CHECK-FIXES: sendJson(req, HTTP_OK, "{\"created\":true}");
}

void replyDeleted(struct evhttp_request *req, void *arg) {
  reply(req, HTTP_NOCONTENT, "deleted");
}

// A helper that tests its status with a switch.
static void replyByCase(struct evhttp_request *req, int status,
                        const char *text) {
  struct evbuffer *buf = evbuffer_new();
  switch (status) {
  case HTTP_NOCONTENT:
  case HTTP_NOTMODIFIED:
    break;
  default:
    evbuffer_add_printf(buf, "%s", text);
    break;
  }
  evhttp_send_reply(req, status, NULL, buf);
  evbuffer_free(buf);
}

void replyByCaseDeleted(struct evhttp_request *req, void *arg) {
  replyByCase(req, HTTP_NOCONTENT, "deleted");
  replyByCase(req, HTTP_NOTMODIFIED, "cached");
}

// A helper that sends content only for statuses from 200 up.
static void replyInformational(struct evhttp_request *req, int status) {
  struct evbuffer *buf = evbuffer_new();
  if (status >= 200 && status != HTTP_NOCONTENT)
    evbuffer_add_printf(buf, "%d", status);
  evhttp_send_reply(req, status, NULL, buf);
  evbuffer_free(buf);
}

// (libevent names no constant for 100.)
void informational(struct evhttp_request *req, void *arg) {
  replyInformational(req, 100);
  replyInformational(req, HTTP_NOCONTENT);
}

// The helper's buffer goes nowhere.
static void logOnly(struct evhttp_request *req, int status, const char *text) {
  struct evbuffer *buf = evbuffer_new();
  evbuffer_add_printf(buf, "%d %s", status, text);
  evbuffer_free(buf);
}

void logged(struct evhttp_request *req, void *arg) {
  logOnly(req, 204, "deleted");
  evhttp_send_reply(req, HTTP_NOCONTENT, NULL, NULL);
}
