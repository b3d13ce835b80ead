// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11
// libevent 2.1.12 (evhttp) from Debian's libevent-dev. The headers are the
// request's output headers (evhttp_request_get_output_headers). evhttp has
// no redirect or authentication helper and adds none of the headers a
// status asks for; evhttp_send_error clears the output headers before it
// sends its own page.
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <stddef.h>

#define UNAUTHORIZED 401
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(struct evhttp_request *req, void *arg) {
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "login first");
  evhttp_send_reply(req, UNAUTHORIZED, "Unauthorized", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

// An empty challenge list is no challenge.
void emptyChallenge(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                    "");
  evhttp_send_reply(req, 401, "Unauthorized", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// evhttp_send_error drops the Allow added before it.
void allowCleared(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET");
  evhttp_send_error(req, HTTP_BADMETHOD, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

// Allow is added on one branch only.
void otherBranch(struct evhttp_request *req, void *arg, int verbose) {
  struct evkeyvalq *headers = evhttp_request_get_output_headers(req);
  if (verbose)
    evhttp_add_header(headers, "Allow", "GET, PUT");
  evhttp_send_reply(req, HTTP_BADMETHOD, "Method Not Allowed", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

void redirectByHand(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, HTTP_MOVETEMP, "Found", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

// evhttp_send_error drops the Location too.
void redirectError(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Location", "/");
  evhttp_send_error(req, HTTP_MOVEPERM, "Moved");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header; RFC 9110 section 15.4.2 says it should have one
}

// A chunked reply: the status is set when it starts, sent when it ends.
void partial(struct evhttp_request *req, void *arg) {
  evhttp_send_reply_start(req, 206, "Partial Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  struct evbuffer *chunk = evbuffer_new();
  evbuffer_add(chunk, "abc", 3);
  evhttp_send_reply_chunk(req, chunk);
  evbuffer_free(chunk);
  evhttp_send_reply_end(req);
}

void rangeNotSatisfiable(struct evhttp_request *req, void *arg) {
  evhttp_send_error(req, 416, "Range Not Satisfiable");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, 426, "Upgrade Required", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

// The status comes from a helper; the challenge is never added.
static void startUnauthorized(struct evhttp_request *req) {
  evhttp_send_reply_start(req, 401, "Unauthorized");
}

void statusThroughHelper(struct evhttp_request *req, void *arg) {
  startUnauthorized(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 401 set here, through the call of 'startUnauthorized'
  evhttp_send_reply_end(req);
}

// --- No findings ------------------------------------------------------------

void challenge(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                    "Bearer realm=\"items\"");
  evhttp_send_reply(req, 401, "Unauthorized", NULL);
}

// Added after the chunked reply starts, before its headers go out.
void allowAfterStart(struct evhttp_request *req, void *arg) {
  evhttp_send_reply_start(req, HTTP_BADMETHOD, "Method Not Allowed");
  evhttp_add_header(evhttp_request_get_output_headers(req), kAllow, "GET");
  evhttp_send_reply_end(req);
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "");
  evhttp_send_reply(req, HTTP_BADMETHOD, "Method Not Allowed", NULL);
}

void redirect(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Location",
                    "/items");
  evhttp_send_reply(req, HTTP_MOVEPERM, "Moved Permanently", NULL);
}

static void addChallenge(struct evhttp_request *req) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                    "Bearer");
}

void headerThroughHelper(struct evhttp_request *req, void *arg) {
  addChallenge(req);
  evhttp_send_reply(req, 401, "Unauthorized", NULL);
}

// A name the analysis cannot read may be the header.
void nameInVariable(struct evhttp_request *req, void *arg, const char *name) {
  evhttp_add_header(evhttp_request_get_output_headers(req), name, "GET");
  evhttp_send_reply(req, HTTP_BADMETHOD, "Method Not Allowed", NULL);
}

// The headers handed to unknown code.
void decorate(struct evkeyvalq *headers);

void escapes(struct evhttp_request *req, void *arg) {
  decorate(evhttp_request_get_output_headers(req));
  evhttp_send_reply(req, 401, "Unauthorized", NULL);
}

// Allow removed again, then added back.
void removedThenAdded(struct evhttp_request *req, void *arg) {
  struct evkeyvalq *headers = evhttp_request_get_output_headers(req);
  evhttp_add_header(headers, "Allow", "GET");
  evhttp_remove_header(headers, "Allow");
  evhttp_add_header(headers, "Allow", "GET, HEAD");
  evhttp_send_reply(req, HTTP_BADMETHOD, "Method Not Allowed", NULL);
}

void multipart(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Type",
                    "multipart/byteranges; boundary=x");
  evbuffer_add_printf(evhttp_request_get_output_buffer(req), "--x\r\n");
  evhttp_send_reply(req, 206, "Partial Content", NULL);
}

void contentRange(struct evhttp_request *req, void *arg) {
  evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Range",
                    "bytes 0-2/10");
  evbuffer_add(evhttp_request_get_output_buffer(req), "abc", 3);
  evhttp_send_reply(req, 206, "Partial Content", NULL);
}

// Not required: 201 (Location optional), 300, 304.
void created(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, 201, "Created", NULL);
}

void notModified(struct evhttp_request *req, void *arg) {
  evhttp_send_reply(req, HTTP_NOTMODIFIED, "Not Modified", NULL);
}
