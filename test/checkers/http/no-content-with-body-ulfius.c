// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11
// ulfius 2.7.13 from Debian's libulfius-dev. The callback fills the response
// it is given; ulfius sends it after the callback returns.
#include <ulfius.h>

#include <string.h>

#define NO_CONTENT 204

void decorate(struct _u_response *r);

static ssize_t readChunk(void *data, uint64_t offset, char *out, size_t max) {
  (void)data;
  if (offset > 0 || max == 0)
    return U_STREAM_END;
  out[0] = 'x';
  return 1;
}

// --- Findings ---------------------------------------------------------------

// One call sets the status and the content.
int deleteItem(const struct _u_request *request, struct _u_response *response,
               void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, "deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The status field overwrites the status the body setter gave.
int statusFieldAfterBody(const struct _u_request *request,
                         struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "removed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  response->status = MHD_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// A later setter's status applies to the content it writes.
int statusOverwrittenBySetter(const struct _u_request *request,
                              struct _u_response *response, void *user_data) {
  response->status = MHD_HTTP_OK;
  ulfius_set_binary_body_response(response, MHD_HTTP_NO_CONTENT, "gone", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

int jsonOnNoContent(const struct _u_request *request,
                    struct _u_response *response, void *user_data) {
  json_t *body = json_pack("{s:b}", "deleted", 1);
  ulfius_set_json_body_response(response, MHD_HTTP_NO_CONTENT, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  json_decref(body);
  return U_CALLBACK_COMPLETE;
}

// A stream of unknown size is content.
int streamOnNoContent(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  ulfius_set_stream_response(response, MHD_HTTP_NO_CONTENT, readChunk, NULL,
                             U_STREAM_SIZE_UNKNOWN, 1024, NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The status is chosen at the call: the 204 arm sends the content.
int conditionalStatus(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  const int quiet = u_map_has_key(request->map_header, "X-Quiet");
  ulfius_set_string_body_response(
      response, quiet ? MHD_HTTP_NO_CONTENT : MHD_HTTP_OK, "done");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

int notModifiedWithBody(const struct _u_request *request,
                        struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_ETAG, "\"v2\"");
  ulfius_set_string_body_response(response, MHD_HTTP_NOT_MODIFIED, "cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 304 set here
  return U_CALLBACK_COMPLETE;
}

// libmicrohttpd sends the body of a 205.
int resetContent(const struct _u_request *request,
                 struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_RESET_CONTENT, "form");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 205 set here
  return U_CALLBACK_COMPLETE;
}

int informational(const struct _u_request *request,
                  struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_SWITCHING_PROTOCOLS,
                                  "upgrade");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 101 set here
  return U_CALLBACK_COMPLETE;
}

// A status from the user's own macro is a status all the same.
int userMacro(const struct _u_request *request, struct _u_response *response,
              void *user_data) {
  ulfius_set_string_body_response(response, NO_CONTENT, "late");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The body field written directly.
int rawBodyField(const struct _u_request *request,
                 struct _u_response *response, void *user_data) {
  response->binary_body = o_strdup("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  response->binary_body_length = 4;
  response->status = MHD_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// Only the response sent with 204 has a finding.
void twoResponses(struct _u_response *quiet, struct _u_response *loud) {
  ulfius_set_string_body_response(loud, MHD_HTTP_OK, "hello");
  ulfius_set_string_body_response(quiet, MHD_HTTP_NO_CONTENT, "oops");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// The 204 is set on a path that returns; the content goes out with 200.
int earlyReturn(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  if (u_map_get(request->map_header, "If-Match") == NULL) {
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
    return U_CALLBACK_COMPLETE;
  }
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "updated");
  return U_CALLBACK_COMPLETE;
}

int otherBranch(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  if (u_map_has_key(request->map_header, "X-Quiet"))
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  else
    ulfius_set_string_body_response(response, MHD_HTTP_OK, "loud");
  return U_CALLBACK_COMPLETE;
}

// The branch and the status test the same unchanged variable.
int correlatedConditions(const struct _u_request *request,
                         struct _u_response *response, void *user_data) {
  const int found = u_map_has_key(request->map_url, "id");
  if (found)
    ulfius_set_string_body_response(response, MHD_HTTP_OK, "found");
  response->status = found ? MHD_HTTP_OK : MHD_HTTP_NO_CONTENT;
  return U_CALLBACK_COMPLETE;
}

// The field overwrites the setter's 204.
int statusOverwrittenByField(const struct _u_request *request,
                             struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, "ready");
  response->status = MHD_HTTP_OK;
  return U_CALLBACK_COMPLETE;
}

// A later setter replaces the content with an empty string.
int contentReplacedByEmptyString(const struct _u_request *request,
                                 struct _u_response *response,
                                 void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "draft");
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, "");
  return U_CALLBACK_COMPLETE;
}

// ulfius_set_empty_body_response frees the body (src/u_response.c, 2.7.13).
int contentClearedByEmptySetter(const struct _u_request *request,
                                struct _u_response *response,
                                void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "draft");
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

// The body field cleared directly.
int rawBodyFieldCleared(const struct _u_request *request,
                        struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "draft");
  o_free(response->binary_body);
  response->binary_body = NULL;
  response->binary_body_length = 0;
  response->status = MHD_HTTP_NO_CONTENT;
  return U_CALLBACK_COMPLETE;
}

// An empty string and a stream of size 0 are no content. A NULL string body
// and a binary body of length 0 make ulfius refuse the call.
int emptyBodies(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, "");
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, NULL);
  ulfius_set_binary_body_response(response, MHD_HTTP_NO_CONTENT, "x", 0);
  ulfius_set_stream_response(response, NO_CONTENT, readChunk, NULL, 0, 1024,
                             NULL);
  return U_CALLBACK_COMPLETE;
}

int metadataOnNoContent(const struct _u_request *request,
                        struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_ETAG, "\"v2\"");
  ulfius_add_header_to_response(response, "Location", "/items/2");
  ulfius_add_header_to_response(response, "Cache-Control", "no-store");
  ulfius_add_cookie_to_response(response, "seen", "1", NULL, 0, NULL, "/", 0,
                                1);
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

void twoResponsesApart(struct _u_response *quiet, struct _u_response *loud) {
  ulfius_set_empty_body_response(quiet, MHD_HTTP_NO_CONTENT);
  ulfius_set_string_body_response(loud, MHD_HTTP_OK, "hello");
}

// What a declared-only function does to the response cannot be seen:
// forgotten.
int helperMayChangeIt(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  ulfius_set_string_body_response(response, MHD_HTTP_NO_CONTENT, "draft");
  decorate(response);
  return U_CALLBACK_COMPLETE;
}

int okWithBody(const struct _u_request *request, struct _u_response *response,
               void *user_data) {
  json_t *body = json_pack("{s:s}", "status", "fine");
  ulfius_set_json_body_response(response, MHD_HTTP_OK, body);
  json_decref(body);
  return U_CALLBACK_COMPLETE;
}

// A length of 204 is not a status.
int lengthIsNotStatus(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  char buf[204];
  memset(buf, 'a', sizeof buf);
  ulfius_set_binary_body_response(response, MHD_HTTP_OK, buf, 204);
  return U_CALLBACK_COMPLETE;
}

int unknownStatus(struct _u_response *response, unsigned int code) {
  ulfius_set_string_body_response(response, code, "maybe");
  return U_CALLBACK_COMPLETE;
}
