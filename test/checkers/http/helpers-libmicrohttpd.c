// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev. A response created in the
// handler and queued by a helper of the file: the helper's status parameter
// takes the handler's argument. And helpers that make and queue a response
// of their own with the status the handler passes.
#include <microhttpd.h>
#include <stddef.h>
#include <string.h>

static enum MHD_Result queueAndRelease(struct MHD_Connection *connection,
                                       struct MHD_Response *response,
                                       unsigned int code) {
  enum MHD_Result ret = MHD_queue_response(connection, code, response);
  MHD_destroy_response(response);
  return ret;
}

// --- Findings ---------------------------------------------------------------

enum MHD_Result deleted(void *cls, struct MHD_Connection *connection,
                        const char *url, const char *method,
                        const char *version, const char *upload,
                        size_t *upload_size, void **state) {
  struct MHD_Response *response = MHD_create_response_from_buffer(
      7, "deleted", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-2]]:35: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-14]]:25: note: status 204 set here
  return queueAndRelease(connection, response, MHD_HTTP_NO_CONTENT);
}

// A bare number for the helper's status parameter; the macro is the fix.
enum MHD_Result magic(void *cls, struct MHD_Connection *connection,
                      const char *url, const char *method, const char *version,
                      const char *upload, size_t *upload_size, void **state) {
  struct MHD_Response *response =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  return queueAndRelease(connection, response, 404);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: status code 404 written as a number; use MHD_HTTP_NOT_FOUND [http-magic-status-code]
  // CHECK-FIXES: return queueAndRelease(connection, response, MHD_HTTP_NOT_FOUND);
}

// --- No findings ------------------------------------------------------------

// An empty 204 queued by the helper.
enum MHD_Result empty(void *cls, struct MHD_Connection *connection,
                      const char *url, const char *method, const char *version,
                      const char *upload, size_t *upload_size, void **state) {
  struct MHD_Response *response =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  return queueAndRelease(connection, response, MHD_HTTP_NO_CONTENT);
}

// Content with a 200, through the same helper.
enum MHD_Result found(void *cls, struct MHD_Connection *connection,
                      const char *url, const char *method, const char *version,
                      const char *upload, size_t *upload_size, void **state) {
  struct MHD_Response *response =
      MHD_create_response_from_buffer(5, "found", MHD_RESPMEM_PERSISTENT);
  return queueAndRelease(connection, response, MHD_HTTP_OK);
}

// --- Helpers that make and queue the response themselves --------------------
// The handler passes its connection and a status; the helper's response is
// sent with that status, so the call is where its defects are.

static enum MHD_Result sendJson(struct MHD_Connection *connection,
                                unsigned int status, const char *json) {
  struct MHD_Response *response = MHD_create_response_from_buffer(
      strlen(json), (void *)json, MHD_RESPMEM_MUST_COPY);
  enum MHD_Result ret = MHD_queue_response(connection, status, response);
  MHD_destroy_response(response);
  return ret;
}

enum MHD_Result deletedJson(struct MHD_Connection *connection) {
  return sendJson(connection, 204, "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-10]]:35: note: content written here, through the call of 'sendJson'
  // CHECK-MESSAGES: :[[@LINE-9]]:25: note: status 204 set here
  // CHECK-MESSAGES: :[[@LINE-4]]:31: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: return sendJson(connection, MHD_HTTP_NO_CONTENT, "{\"deleted\":true}");
}

// The named constant: only the content is wrong.
enum MHD_Result deletedNamed(struct MHD_Connection *connection) {
  return sendJson(connection, MHD_HTTP_NO_CONTENT, "{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content)
}

// A helper of a helper: the status is still the handler's argument.
static enum MHD_Result sendError(struct MHD_Connection *connection,
                                 unsigned int status) {
  return sendJson(connection, status, "{\"error\":true}");
}

enum MHD_Result notModified(struct MHD_Connection *connection) {
  return sendError(connection, MHD_HTTP_NOT_MODIFIED);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-31]]:35: note: content written here, through the call of 'sendError'
}

// A status of the helper's own: reported in the helper, at its call of
// sendJson, and not again where it is called.
static enum MHD_Result sendGone(struct MHD_Connection *connection) {
  return sendJson(connection, MHD_HTTP_NO_CONTENT, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content)
}

enum MHD_Result gone(struct MHD_Connection *connection) {
  return sendGone(connection);
}

// A helper that decides its content by the status it is given.
static enum MHD_Result reply(struct MHD_Connection *connection,
                             unsigned int status, const char *text) {
  struct MHD_Response *response;
  if (status == MHD_HTTP_NO_CONTENT)
    response = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  else
    response = MHD_create_response_from_buffer(strlen(text), (void *)text,
                                               MHD_RESPMEM_MUST_COPY);
  enum MHD_Result ret = MHD_queue_response(connection, status, response);
  MHD_destroy_response(response);
  return ret;
}

// Only 204 is spared: a 304 gets the text.
enum MHD_Result replyNotModified(struct MHD_Connection *connection) {
  return reply(connection, MHD_HTTP_NOT_MODIFIED, "cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 304 (Not Modified)
}

// Text passed on by a helper of a helper is content all the same.
static enum MHD_Result sendStatus(struct MHD_Connection *connection,
                                  unsigned int status, const char *text) {
  return sendJson(connection, status, text);
}

enum MHD_Result deletedThroughTwo(struct MHD_Connection *connection) {
  return sendStatus(connection, MHD_HTTP_NO_CONTENT, "{}");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204 (No Content)
}

// A helper whose response never has content.
static enum MHD_Result sendEmpty(struct MHD_Connection *connection,
                                 unsigned int status) {
  struct MHD_Response *response =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(connection, status, response);
  MHD_destroy_response(response);
  return ret;
}

// A helper that makes a response and queues none: its status parameter is
// only logged.
static enum MHD_Result prepare(struct MHD_Connection *connection,
                               unsigned int status, const char *text) {
  struct MHD_Response *response = MHD_create_response_from_buffer(
      strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
  MHD_destroy_response(response);
  return status == MHD_HTTP_OK ? MHD_YES : MHD_NO;
}

// --- No findings: helpers that make and queue the response ------------------

// A number with content is fine where the status allows content; only the
// number is reported.
enum MHD_Result createdJson(struct MHD_Connection *connection) {
  return sendJson(connection, 200, "{\"created\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: status code 200 written as a number; use MHD_HTTP_OK [http-magic-status-code]
  // CHECK-FIXES: return sendJson(connection, MHD_HTTP_OK, "{\"created\":true}");
}

// The helper tests its status and sends no text with a 204.
enum MHD_Result replyDeleted(struct MHD_Connection *connection) {
  return reply(connection, MHD_HTTP_NO_CONTENT, "deleted");
}

enum MHD_Result emptyDeleted(struct MHD_Connection *connection) {
  return sendEmpty(connection, MHD_HTTP_NO_CONTENT);
}

// Nothing is queued; the status parameter is no status position either.
enum MHD_Result prepared(struct MHD_Connection *connection) {
  return prepare(connection, 204, "ready");
}

// The content is the helper's parameter: an empty text is none, also when
// a helper of a helper passes it on.
enum MHD_Result deletedEmpty(struct MHD_Connection *connection) {
  return sendJson(connection, MHD_HTTP_NO_CONTENT, "");
}

enum MHD_Result deletedEmptyThroughTwo(struct MHD_Connection *connection) {
  return sendStatus(connection, MHD_HTTP_NO_CONTENT, "");
}

enum MHD_Result notModifiedEmpty(struct MHD_Connection *connection) {
  return reply(connection, MHD_HTTP_NOT_MODIFIED, "");
}

// A status the handler does not know: nothing to report.
enum MHD_Result forwarded(struct MHD_Connection *connection,
                          unsigned int status) {
  return sendJson(connection, status, "{}");
}
