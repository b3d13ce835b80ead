// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev: the status is the
// unsigned int status_code of MHD_queue_response, given when the response is
// queued.
#include <microhttpd.h>
#include <stddef.h>
#include <string.h>

#define STATUS_TYPO 2040

static enum MHD_Result reply(struct MHD_Connection *c, unsigned int status,
                             const char *text) {
  struct MHD_Response *r = MHD_create_response_from_buffer(
      strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result replySafe(struct MHD_Connection *c, unsigned int status,
                                 struct MHD_Response *r) {
  if (status < 100 || status > 599)
    status = MHD_HTTP_INTERNAL_SERVER_ERROR;
  return MHD_queue_response(c, status, r);
}

// --- Findings ---------------------------------------------------------------

enum MHD_Result typos(struct MHD_Connection *c, struct MHD_Response *r,
                      int quiet) {
  if (quiet == 1)
    return MHD_queue_response(c, 2004, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  if (quiet == 2)
    return MHD_queue_response(c, STATUS_TYPO, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 2040 is outside 100 to 599
  return MHD_queue_response(c, quiet ? 40 : 200, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: status code 40 is outside 100 to 599
}

// Through a helper's status parameter: reported at the call.
enum MHD_Result helper(struct MHD_Connection *c) {
  return reply(c, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 600 is outside 100 to 599
}

// The helper queues 500 for a code outside 100 to 599: a helper that tests
// its status is taken to handle it.
enum MHD_Result helperChecks(struct MHD_Connection *c, struct MHD_Response *r) {
  return replySafe(c, 2004, r);
}

// --- No findings ------------------------------------------------------------

enum MHD_Result valid(struct MHD_Connection *c, struct MHD_Response *r,
                      int early) {
  if (early)
    return reply(c, 100, "");
  return MHD_queue_response(c, 599, r);
}

// The status queued, read back through the connection's information and
// compared: libmicrohttpd has no status getter of its own.
int compared(struct MHD_Connection *c) {
  const union MHD_ConnectionInfo *info =
      MHD_get_connection_info(c, MHD_CONNECTION_INFO_HTTP_STATUS);
  return info != NULL && (info->http_status == 0 || info->http_status != 2004);
}

// The access handler's return value is MHD_YES or MHD_NO, no status.
enum MHD_Result answered(void *cls, struct MHD_Connection *c, const char *url,
                         const char *method, const char *version,
                         const char *upload_data, size_t *upload_data_size,
                         void **con_cls) {
  if (url == NULL)
    return 0;
  return reply(c, MHD_HTTP_OK, "ok");
}

// Another object's int field, numbers given to no status position (the size
// of a response, the length of a buffer), and an unrelated function's
// argument.
struct job {
  unsigned int status;
};
enum MHD_Result otherObject(struct MHD_Connection *c, struct job *job) {
  static char page[2004];
  struct MHD_Response *r = MHD_create_response_from_buffer(
      2004, page, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret;
  job->status = 2004;
  MHD_add_response_header(r, "Retry-After", "3600");
  MHD_set_connection_option(c, MHD_CONNECTION_OPTION_TIMEOUT, 2004);
  ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}
