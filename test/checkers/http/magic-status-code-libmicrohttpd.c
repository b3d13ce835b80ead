// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev: the status codes are
// the MHD_HTTP_* macros.
#include <microhttpd.h>
#include <stddef.h>
#include <string.h>

#define NO_CONTENT 204

// --- Findings ---------------------------------------------------------------

enum MHD_Result removed(struct MHD_Connection *c, struct MHD_Response *gone) {
  return MHD_queue_response(c, 204, gone);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: return MHD_queue_response(c, MHD_HTTP_NO_CONTENT, gone);
}

enum MHD_Result page(struct MHD_Connection *c, struct MHD_Response *body) {
  enum MHD_Result ret = MHD_queue_response(c, 200, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: status code 200 written as a number; use MHD_HTTP_OK
  // CHECK-FIXES: enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, body);
  return ret;
}

enum MHD_Result missing(struct MHD_Connection *connection) {
  struct MHD_Response *notFound =
      MHD_create_response_from_buffer(9, "not found", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret;
  ret = MHD_queue_response(connection, 404, notFound);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 404 written as a number; use MHD_HTTP_NOT_FOUND
  // CHECK-FIXES: ret = MHD_queue_response(connection, MHD_HTTP_NOT_FOUND, notFound);
  MHD_destroy_response(notFound);
  return ret;
}

enum MHD_Result cached(struct MHD_Connection *c, struct MHD_Response *etagOnly,
                       int fresh) {
  if (fresh)
    return MHD_queue_response(c, 304, etagOnly);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 304 written as a number; use MHD_HTTP_NOT_MODIFIED
  // CHECK-FIXES: return MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, etagOnly);
  return MHD_NO;
}

// 413 has deprecated aliases too: the current name is suggested.
enum MHD_Result tooLarge(struct MHD_Connection *c, struct MHD_Response *big) {
  return MHD_queue_response(c, 413, big);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: status code 413 written as a number; use MHD_HTTP_CONTENT_TOO_LARGE
  // CHECK-FIXES: return MHD_queue_response(c, MHD_HTTP_CONTENT_TOO_LARGE, big);
}

enum MHD_Result chosen(struct MHD_Connection *c, struct MHD_Response *r,
                       int quiet) {
  return MHD_queue_response(c, quiet ? 204 : 200, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT
  // CHECK-MESSAGES: :[[@LINE-2]]:46: warning: status code 200 written as a number; use MHD_HTTP_OK
  // CHECK-FIXES: return MHD_queue_response(c, quiet ? MHD_HTTP_NO_CONTENT : MHD_HTTP_OK, r);
}

// The response's size is not a status; the queue call's argument is.
enum MHD_Result createdInline(struct MHD_Connection *c) {
  return MHD_queue_response(
      c, 201,
      MHD_create_response_from_buffer(7, "created", MHD_RESPMEM_PERSISTENT));
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: status code 201 written as a number; use MHD_HTTP_CREATED
  // CHECK-FIXES: c, MHD_HTTP_CREATED,
}

// --- No findings ------------------------------------------------------------

enum MHD_Result named(struct MHD_Connection *c, struct MHD_Response *r,
                      int quiet) {
  if (quiet)
    return MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  if (quiet > 1)
    return MHD_queue_response(c, NO_CONTENT, r);
  return MHD_queue_response(c, quiet ? NO_CONTENT : MHD_HTTP_OK, r);
}

// Only the status argument of MHD_queue_response is a status position.
enum MHD_Result notStatusPositions(struct MHD_Connection *c) {
  char buf[204];
  unsigned int timeoutSeconds = 204;
  memset(buf, 'a', sizeof buf);
  struct MHD_Response *r =
      MHD_create_response_from_buffer(204, buf, MHD_RESPMEM_MUST_COPY);
  MHD_add_response_header(r, "X-Reason", MHD_get_reason_phrase_for(404));
  (void)timeoutSeconds;
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

// A number kept in a variable first is not written in the status position.
enum MHD_Result throughVariable(struct MHD_Connection *c,
                                struct MHD_Response *r) {
  unsigned int status = 204;
  return MHD_queue_response(c, status, r);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *c,
                               const char *url, const char *method,
                               const char *version, const char *upload_data,
                               size_t *upload_data_size, void **con_cls) {
  return notStatusPositions(c);
}

struct MHD_Daemon *start(void) {
  return MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD, 8204, NULL, NULL,
                          handler, NULL, MHD_OPTION_CONNECTION_TIMEOUT,
                          (unsigned int)204, MHD_OPTION_END);
}

// No MHD macro names 299.
enum MHD_Result unnamed(struct MHD_Connection *c, struct MHD_Response *r) {
  return MHD_queue_response(c, 299, r);
}
