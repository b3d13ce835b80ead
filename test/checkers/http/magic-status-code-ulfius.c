// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11
// ulfius 2.7.13 from Debian's libulfius-dev. ulfius has no status names of its
// own; ulfius.h includes microhttpd.h, whose MHD_HTTP_* macros are suggested.
#include <ulfius.h>

#include <string.h>

#define NO_CONTENT 204

static ssize_t readChunk(void *data, uint64_t offset, char *out, size_t max) {
  (void)data;
  (void)offset;
  (void)out;
  (void)max;
  return U_STREAM_END;
}

// --- Findings ---------------------------------------------------------------

int removed(const struct _u_request *request, struct _u_response *response,
            void *user_data) {
  ulfius_set_empty_body_response(response, 204);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

int page(const struct _u_request *request, struct _u_response *response,
         void *user_data) {
  ulfius_set_string_body_response(response, 200, "hello");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 200 written as a number; use MHD_HTTP_OK
  // CHECK-FIXES: ulfius_set_string_body_response(response, MHD_HTTP_OK, "hello");
  return U_CALLBACK_COMPLETE;
}

// The length is not a status; the status argument is.
int binary(const struct _u_request *request, struct _u_response *response,
           void *user_data) {
  char buf[204];
  memset(buf, 'a', sizeof buf);
  ulfius_set_binary_body_response(response, 206, buf, 204);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 206 written as a number; use MHD_HTTP_PARTIAL_CONTENT
  // CHECK-FIXES: ulfius_set_binary_body_response(response, MHD_HTTP_PARTIAL_CONTENT, buf, 204);
  return U_CALLBACK_COMPLETE;
}

int created(const struct _u_request *request, struct _u_response *response,
            void *user_data) {
  json_t *body = json_pack("{s:i}", "id", 7);
  ulfius_set_json_body_response(response, 201, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 201 written as a number; use MHD_HTTP_CREATED
  // CHECK-FIXES: ulfius_set_json_body_response(response, MHD_HTTP_CREATED, body);
  json_decref(body);
  return U_CALLBACK_COMPLETE;
}

int streamed(const struct _u_request *request, struct _u_response *response,
             void *user_data) {
  ulfius_set_stream_response(response, 200, readChunk, NULL,
                             U_STREAM_SIZE_UNKNOWN, 1024, NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: status code 200 written as a number; use MHD_HTTP_OK
  // CHECK-FIXES: ulfius_set_stream_response(response, MHD_HTTP_OK, readChunk, NULL,
  return U_CALLBACK_COMPLETE;
}

// The status field, assigned and compared.
int notFound(const struct _u_request *request, struct _u_response *response,
             void *user_data) {
  response->status = 404;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 404 written as a number; use MHD_HTTP_NOT_FOUND
  // CHECK-FIXES: response->status = MHD_HTTP_NOT_FOUND;
  return U_CALLBACK_COMPLETE;
}

int isNoContent(const struct _u_response *response) {
  return response->status == 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT
  // CHECK-FIXES: return response->status == MHD_HTTP_NO_CONTENT;
}

const char *describe(const struct _u_response *response) {
  switch (response->status) {
  case 304:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 304 written as a number; use MHD_HTTP_NOT_MODIFIED
    // CHECK-FIXES: case MHD_HTTP_NOT_MODIFIED:
    return "not modified";
  default:
    return "other";
  }
}

int chosen(const struct _u_request *request, struct _u_response *response,
           void *user_data) {
  const int quiet = u_map_has_key(request->map_header, "X-Quiet");
  ulfius_set_string_body_response(response, quiet ? 204 : 200, "");
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: status code 204 written as a number; use MHD_HTTP_NO_CONTENT
  // CHECK-MESSAGES: :[[@LINE-2]]:59: warning: status code 200 written as a number; use MHD_HTTP_OK
  // CHECK-FIXES: ulfius_set_string_body_response(response, quiet ? MHD_HTTP_NO_CONTENT : MHD_HTTP_OK, "");
  return U_CALLBACK_COMPLETE;
}

// 413 has deprecated aliases too: the current name is suggested.
int tooLarge(const struct _u_request *request, struct _u_response *response,
             void *user_data) {
  ulfius_set_string_body_response(response, 413, "too large");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 413 written as a number; use MHD_HTTP_CONTENT_TOO_LARGE
  // CHECK-FIXES: ulfius_set_string_body_response(response, MHD_HTTP_CONTENT_TOO_LARGE, "too large");
  return U_CALLBACK_COMPLETE;
}

// --- No findings ------------------------------------------------------------

int named(const struct _u_request *request, struct _u_response *response,
          void *user_data) {
  if (u_map_has_key(request->map_header, "X-Quiet")) {
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
    return U_CALLBACK_COMPLETE;
  }
  response->status = MHD_HTTP_OK;
  return U_CALLBACK_COMPLETE;
}

int userMacro(const struct _u_request *request, struct _u_response *response,
              void *user_data) {
  ulfius_set_empty_body_response(response, NO_CONTENT);
  return response->status == NO_CONTENT ? U_CALLBACK_COMPLETE
                                        : U_CALLBACK_ERROR;
}

// Lengths, sizes, header values and ports are not status positions.
int notStatusPositions(const struct _u_request *request,
                       struct _u_response *response, void *user_data) {
  char buf[204];
  memset(buf, 'a', sizeof buf);
  ulfius_add_header_to_response(response, "X-Code", "204");
  ulfius_set_binary_body_response(response, MHD_HTTP_OK, buf, 204);
  ulfius_set_stream_response(response, MHD_HTTP_OK, readChunk, NULL, 404, 200,
                             NULL);
  response->timeout = 204;
  return U_CALLBACK_COMPLETE;
}

// A number kept in a variable first is not written in the status position.
int throughVariable(const struct _u_request *request,
                    struct _u_response *response, void *user_data) {
  const unsigned int status = 204;
  ulfius_set_empty_body_response(response, status);
  return U_CALLBACK_COMPLETE;
}

// Range comparisons and arithmetic are not magic: no single constant fits.
int ranges(const struct _u_response *response) {
  return response->status >= 400 || response->status / 100 == 2;
}

// No MHD macro names 299.
int unnamed(const struct _u_request *request, struct _u_response *response,
            void *user_data) {
  ulfius_set_empty_body_response(response, 299);
  return U_CALLBACK_COMPLETE;
}

int start(struct _u_instance *instance) {
  if (ulfius_init_instance(instance, 8204, NULL, NULL) != U_OK)
    return 0;
  ulfius_add_endpoint_by_val(instance, "DELETE", "/items", NULL, 204, removed,
                             NULL);
  return ulfius_start_framework(instance) == U_OK;
}
