// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev. A response created in the
// handler and queued by a helper of the file: the helper's status parameter
// takes the handler's argument.
#include <microhttpd.h>
#include <stddef.h>

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
