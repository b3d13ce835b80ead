// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c11
// ulfius 2.7.13 from Debian's libulfius-dev: the status is the long field
// response->status and the status of the ulfius_set_*_response setters.
// ulfius hands it to libmicrohttpd's MHD_queue_response after the callback
// returns.
#include <ulfius.h>

#include <string.h>

#define STATUS_TYPO 2040

static ssize_t readChunk(void *data, uint64_t offset, char *out, size_t max) {
  (void)data;
  (void)offset;
  (void)out;
  (void)max;
  return U_STREAM_END;
}

static void reply(struct _u_response *response, unsigned int status,
                  const char *text) {
  ulfius_set_string_body_response(response, status, text);
}

// --- Findings ---------------------------------------------------------------

int typos(const struct _u_request *request, struct _u_response *response,
          void *user_data) {
  response->status = 2004;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  response->status = user_data ? 40 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 40 is outside 100 to 599
  response->status = STATUS_TYPO;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 2040 is outside 100 to 599
  return U_CALLBACK_COMPLETE;
}

int setters(const struct _u_request *request, struct _u_response *response,
            void *user_data) {
  char buf[16];
  json_t *body = json_pack("{s:i}", "id", 7);
  memset(buf, 'a', sizeof buf);
  ulfius_set_string_body_response(response, 2000, "hello");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 2000 is outside 100 to 599
  ulfius_set_binary_body_response(response, 2060, buf, sizeof buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 2060 is outside 100 to 599
  ulfius_set_json_body_response(response, 2010, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 2010 is outside 100 to 599
  ulfius_set_empty_body_response(response, 2040);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: status code 2040 is outside 100 to 599
  ulfius_set_stream_response(response, 20, readChunk, NULL,
                             U_STREAM_SIZE_UNKNOWN, 1024, NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: status code 20 is outside 100 to 599
  json_decref(body);
  return U_CALLBACK_COMPLETE;
}

// Through a helper's status parameter: reported at the call.
int helper(const struct _u_request *request, struct _u_response *response,
           void *user_data) {
  reply(response, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: status code 600 is outside 100 to 599
  return U_CALLBACK_COMPLETE;
}

// --- No findings ------------------------------------------------------------

int valid(const struct _u_request *request, struct _u_response *response,
          void *user_data) {
  if (user_data == NULL) {
    reply(response, 100, "");
    return U_CALLBACK_COMPLETE;
  }
  response->status = 599;
  return U_CALLBACK_COMPLETE;
}

// A comparison tests the field; it sends nothing.
int compared(const struct _u_request *request, struct _u_response *response,
             void *user_data) {
  if (response->status == 0 || response->status != 2004)
    response->status = 500;
  switch (response->status) {
  case 2004:
    return U_CALLBACK_IGNORE;
  default:
    return U_CALLBACK_COMPLETE;
  }
}

// The callback's return value says how the callback list goes on (0 to 4):
// it is no status.
int declined(const struct _u_request *request, struct _u_response *response,
             void *user_data) {
  if (user_data == NULL)
    return 0;
  return U_CALLBACK_CONTINUE;
}

// FIXME: the status given as the value of the U_OPT_STATUS option is a
// status too; 2004 there should be reported like the same number assigned to
// response->status.
int options(const struct _u_request *request, struct _u_response *response,
            void *user_data) {
  ulfius_set_response_properties(response, U_OPT_STATUS, (long)2004,
                                 U_OPT_NONE);
  return U_CALLBACK_COMPLETE;
}

// Another object's int field of the same name, numbers given to no status
// position (a length, a size), and an unrelated function's argument.
struct job {
  long status;
};
int otherObject(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  static char page[2004];
  struct job *job = user_data;
  job->status = 2004;
  ulfius_set_binary_body_response(response, 200, page, 2004);
  ulfius_add_header_to_response(response, "Retry-After", "3600");
  response->timeout = 2004;
  return U_CALLBACK_COMPLETE;
}
