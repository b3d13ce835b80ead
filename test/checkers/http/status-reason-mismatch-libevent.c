// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c11
// libevent 2.1 from Debian's libevent-dev: evhttp_send_reply,
// evhttp_send_reply_start and evhttp_send_error send the reason phrase they
// are given in the status line (`HTTP/1.1 204 OK`).
#include <event2/buffer.h>
#include <event2/http.h>
#include <stddef.h>

#define OK_PHRASE "OK"

void deleted(struct evhttp_request *req) {
  evhttp_send_reply(req, 204, "OK", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: evhttp_send_reply(req, 204, "No Content", NULL);
}

void named(struct evhttp_request *req) {
  evhttp_send_reply(req, HTTP_NOTFOUND, "ok", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: reason phrase 'ok' is the phrase of status 200, not of 404 (Not Found)
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_NOTFOUND, "Not Found", NULL);
}

void started(struct evhttp_request *req) {
  evhttp_send_reply_start(req, HTTP_OK, "Created");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: reason phrase 'Created' is the phrase of status 201, not of 200 (OK)
  // CHECK-FIXES: evhttp_send_reply_start(req, HTTP_OK, "OK");
}

void error(struct evhttp_request *req) {
  evhttp_send_error(req, HTTP_NOTFOUND, "Bad Request");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: reason phrase 'Bad Request' is the phrase of status 400, not of 404 (Not Found)
  // CHECK-FIXES: evhttp_send_error(req, HTTP_NOTFOUND, "Not Found");
}

// A phrase from a macro: reported where it is used, with no fix-it.
void fromMacro(struct evhttp_request *req) {
  evhttp_send_reply(req, HTTP_NOCONTENT, OK_PHRASE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content)
  // CHECK-FIXES: evhttp_send_reply(req, HTTP_NOCONTENT, OK_PHRASE, NULL);
}

// --- No findings ------------------------------------------------------------

void own(struct evhttp_request *req, struct evbuffer *body) {
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", NULL);
  evhttp_send_reply(req, 302, "Moved Temporarily", NULL); // an earlier name
  evhttp_send_reply(req, 413, "Request Entity Too Large", NULL);
  evhttp_send_reply(req, 204, "Deleted", NULL); // not a standard phrase
  evhttp_send_reply(req, HTTP_OK, NULL, body);  // the default phrase
  evhttp_send_error(req, HTTP_NOTFOUND, NULL);
}

// A code that is not known, and a code that is invalid (the invalid-code
// check's finding alone).
void unknown(struct evhttp_request *req, int code) {
  evhttp_send_reply(req, code, "OK", NULL);
  evhttp_send_reply(req, 2004, "OK", NULL);
}

// The phrase in the body is content, not a reason phrase.
void body(struct evhttp_request *req, struct evbuffer *buf) {
  evbuffer_add_printf(buf, "OK");
  evhttp_send_reply(req, HTTP_NOCONTENT, "No Content", buf);
}
