// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev.
#include <microhttpd.h>
#include <stddef.h>

#define NO_CONTENT 204

void decorate(struct MHD_Response *r);
int lookup(const char *url);

// --- Findings ---------------------------------------------------------------

enum MHD_Result explicitLength(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// Declared first, created later; the name comes from MHD's own macro.
enum MHD_Result transferEncoding(struct MHD_Connection *c) {
  struct MHD_Response *r;
  enum MHD_Result ret;
  r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_TRANSFER_ENCODING, "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result informational(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Link", "</style.css>; rel=preload");
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_LENGTH, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 103 (Early Hints), which must not carry it
  return MHD_queue_response(c, MHD_HTTP_EARLY_HINTS, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: status 103 set here
}

static void upgraded(void *cls, struct MHD_Connection *connection,
                     void *con_cls, const char *extra_in, size_t extra_in_size,
                     MHD_socket sock, struct MHD_UpgradeResponseHandle *urh) {
  (void)cls;
  (void)connection;
  (void)con_cls;
  (void)extra_in;
  (void)extra_in_size;
  (void)sock;
  MHD_upgrade_action(urh, MHD_UPGRADE_ACTION_CLOSE);
}

enum MHD_Result switchingProtocols(struct MHD_Connection *c) {
  struct MHD_Response *r = MHD_create_response_for_upgrade(upgraded, NULL);
  MHD_add_response_header(r, "Upgrade", "websocket");
  MHD_add_response_header(r, "transfer-encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 101 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result bothHeaders(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE+3]]:25: note: status 204 set here
  MHD_add_response_header(r, "Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// The status is chosen at the call: the 204 arm carries the header.
enum MHD_Result conditionalStatus(struct MHD_Connection *c, int quiet) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  enum MHD_Result ret =
      MHD_queue_response(c, quiet ? MHD_HTTP_NO_CONTENT : MHD_HTTP_OK, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// A macro of the program's own is still the status 204.
enum MHD_Result ownMacro(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
enum MHD_Result notModified(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "ETag", "\"v2\"");
  MHD_add_response_header(r, "Content-Length", "1024");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result removedAgain(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  MHD_add_response_header(r, "Transfer-Encoding", "chunked");
  MHD_del_response_header(r, "Content-Length", "0");
  MHD_del_response_header(r, MHD_HTTP_HEADER_TRANSFER_ENCODING, "chunked");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result metadataOnNoContent(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, "\"v2\"");
  MHD_add_response_header(r, "Location", "/items/2");
  MHD_add_response_header(r, "Cache-Control", "no-store");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

// The 204 is queued on a path that returns; the header goes out with 200.
enum MHD_Result earlyReturn(struct MHD_Connection *c, const char *url) {
  struct MHD_Response *r;
  enum MHD_Result ret;
  if (!lookup(url)) {
    r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
    MHD_destroy_response(r);
    return ret;
  }
  r = MHD_create_response_from_buffer(5, "hello", MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Transfer-Encoding", "chunked");
  ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result twoResponses(struct MHD_Connection *c, int quiet) {
  struct MHD_Response *empty =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  struct MHD_Response *streamed =
      MHD_create_response_from_buffer(5, "hello", MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(streamed, "Transfer-Encoding", "chunked");
  enum MHD_Result ret;
  if (quiet)
    ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, empty);
  else
    ret = MHD_queue_response(c, MHD_HTTP_OK, streamed);
  MHD_destroy_response(empty);
  MHD_destroy_response(streamed);
  return ret;
}

// Code the analysis cannot see may have removed the header again.
enum MHD_Result helperMayChangeIt(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Length", "0");
  decorate(r);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

// A header name held in a variable that may change is not followed.
enum MHD_Result nameInVariable(struct MHD_Connection *c, const char *name) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, name, "0");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

// MHD adds no framing header to an empty 204 by itself.
enum MHD_Result emptyNoContent(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}
