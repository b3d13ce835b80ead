// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11
// ulfius 2.7.13 from Debian's libulfius-dev. ulfius copies the header map into
// a libmicrohttpd response after the callback returns; libmicrohttpd 0.9.75
// refuses a Content-Length and drops a Transfer-Encoding on 1xx and 204, but
// the callback still set a header that such a response must not carry.
#include <ulfius.h>

#define NO_CONTENT 204

void decorate(struct _u_response *r);

// --- Findings ---------------------------------------------------------------

int explicitLength(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The name comes from libmicrohttpd's macro.
int transferEncoding(const struct _u_request *request,
                     struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_TRANSFER_ENCODING,
                                "chunked");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

int lowerCaseName(const struct _u_request *request,
                  struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  response->status = MHD_HTTP_NO_CONTENT;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The status set first, the header after it.
int statusFirst(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  response->status = MHD_HTTP_NO_CONTENT;
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_CONTENT_LENGTH, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

int informational(const struct _u_request *request,
                  struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Connection", "Upgrade");
  ulfius_add_header_to_response(response, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  ulfius_set_empty_body_response(response, MHD_HTTP_SWITCHING_PROTOCOLS);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
  return U_CALLBACK_COMPLETE;
}

int statusByBranch(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  ulfius_set_empty_body_response(
      response, u_map_has_key(request->map_header, "X-Quiet")
                    ? MHD_HTTP_NO_CONTENT
                    : MHD_HTTP_OK);
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

int userMacro(const struct _u_request *request, struct _u_response *response,
              void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "16");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  ulfius_set_empty_body_response(response, NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// The header map written directly: the same header as
// ulfius_add_header_to_response sets.
int headerMapDirectly(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  u_map_put(response->map_header, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  return U_CALLBACK_COMPLETE;
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
int notModified(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_ETAG, "\"v2\"");
  ulfius_add_header_to_response(response, "Content-Length", "1024");
  ulfius_set_empty_body_response(response, MHD_HTTP_NOT_MODIFIED);
  return U_CALLBACK_COMPLETE;
}

int statusOverwritten(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  ulfius_add_header_to_response(response, "Content-Length", "5");
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "hello");
  return U_CALLBACK_COMPLETE;
}

int statusFieldOverwritten(const struct _u_request *request,
                           struct _u_response *response, void *user_data) {
  response->status = MHD_HTTP_NO_CONTENT;
  ulfius_add_header_to_response(response, "Transfer-Encoding", "chunked");
  response->status = MHD_HTTP_OK;
  return U_CALLBACK_COMPLETE;
}

int metadataOnNoContent(const struct _u_request *request,
                        struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_ETAG, "\"v2\"");
  ulfius_add_header_to_response(response, "Location", "/items/2");
  ulfius_add_header_to_response(response, "Cache-Control", "no-store");
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

int earlyReturn(const struct _u_request *request, struct _u_response *response,
                void *user_data) {
  if (u_map_has_key(request->map_header, "X-Quiet")) {
    ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
    return U_CALLBACK_COMPLETE;
  }
  ulfius_add_header_to_response(response, "Content-Length", "5");
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "hello");
  return U_CALLBACK_COMPLETE;
}

int okWithLength(const struct _u_request *request,
                 struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "5");
  ulfius_set_string_body_response(response, MHD_HTTP_OK, "hello");
  return U_CALLBACK_COMPLETE;
}

void twoResponses(struct _u_response *quiet, struct _u_response *loud) {
  ulfius_add_header_to_response(loud, "Content-Length", "5");
  ulfius_set_empty_body_response(quiet, MHD_HTTP_NO_CONTENT);
  ulfius_set_string_body_response(loud, MHD_HTTP_OK, "hello");
}

// What a declared-only function does to the response cannot be seen:
// forgotten.
int helperMayRemoveIt(const struct _u_request *request,
                      struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "0");
  decorate(response);
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

// The header removed from the map again.
int removedFromMap(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  ulfius_add_header_to_response(response, "Content-Length", "0");
  u_map_remove_from_key(response->map_header, "Content-Length");
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

// ulfius adds nothing to an empty 204: nothing in the callback to fix.
int emptyNoContent(const struct _u_request *request,
                   struct _u_response *response, void *user_data) {
  ulfius_set_empty_body_response(response, MHD_HTTP_NO_CONTENT);
  return U_CALLBACK_COMPLETE;
}

