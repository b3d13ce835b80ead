// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11
// libmicrohttpd 0.9.75 from Debian's libmicrohttpd-dev.
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#define NO_CONTENT 204

void decorate(struct MHD_Response *r);
int lookup(const char *url);

static ssize_t readChunk(void *cls, uint64_t pos, char *buf, size_t max) {
  (void)cls;
  (void)pos;
  if (max == 0)
    return 0;
  buf[0] = 'x';
  return 1;
}

// --- Findings ---------------------------------------------------------------

enum MHD_Result deleteItem(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(7, "deleted", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// Declared first, created later.
enum MHD_Result assignedLater(struct MHD_Connection *c) {
  struct MHD_Response *r;
  enum MHD_Result ret;
  r = MHD_create_response_from_buffer(4, "gone", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// Created inside the call that queues it.
enum MHD_Result createdInQueueArgument(struct MHD_Connection *c) {
  return MHD_queue_response(
      c, MHD_HTTP_NO_CONTENT,
      MHD_create_response_from_buffer(4, "gone", MHD_RESPMEM_PERSISTENT));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: status 204 set here
}

// The status is chosen at the call: the 204 arm sends the content.
enum MHD_Result conditionalStatus(struct MHD_Connection *c, int quiet) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(4, "done", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  enum MHD_Result ret =
      MHD_queue_response(c, quiet ? MHD_HTTP_NO_CONTENT : MHD_HTTP_OK, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result lengthOfLiteral(struct MHD_Connection *c) {
  const char *msg = "removed";
  struct MHD_Response *r = MHD_create_response_from_buffer(
      strlen(msg), (void *)msg, MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// A macro of the program's own is still the status 204.
enum MHD_Result ownMacro(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(2, "ok", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result notModifiedWithBody(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(6, "cached", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  MHD_add_response_header(r, "ETag", "\"v2\"");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NOT_MODIFIED, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 304 set here
  MHD_destroy_response(r);
  return ret;
}

// A callback of unknown size produces content.
enum MHD_Result resetContentFromCallback(struct MHD_Connection *c) {
  struct MHD_Response *r = MHD_create_response_from_callback(
      MHD_SIZE_UNKNOWN, 1024, readChunk, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_RESET_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 205 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result fileOnNoContent(struct MHD_Connection *c, int fd,
                                size_t size) {
  struct MHD_Response *r = MHD_create_response_from_fd(size, fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result pipeOnSwitchingProtocols(struct MHD_Connection *c, int fd) {
  struct MHD_Response *r = MHD_create_response_from_pipe(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 101 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result vectorOnNoContent(struct MHD_Connection *c) {
  static const struct MHD_IoVec parts[2] = {{"ab", 2}, {"cd", 2}};
  struct MHD_Response *r = MHD_create_response_from_iovec(parts, 2, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result heapBufferOnNoContent(struct MHD_Connection *c) {
  char *text = malloc(3);
  if (!text)
    return MHD_NO;
  memcpy(text, "abc", 3);
  struct MHD_Response *r =
      MHD_create_response_from_buffer_with_free_callback(3, text, free);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// A status kept in a local variable is the value it holds on the path.
enum MHD_Result statusInLocal(struct MHD_Connection *c, const char *url) {
  unsigned int status = MHD_HTTP_OK;
  if (!lookup(url))
    status = MHD_HTTP_NO_CONTENT;
  struct MHD_Response *r =
      MHD_create_response_from_buffer(4, "gone", MHD_RESPMEM_PERSISTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: content written to a response that is sent with status 204
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: status 204 set here
  MHD_destroy_response(r);
  return ret;
}

// --- No findings ------------------------------------------------------------

// The variable holds 200 on the path that queues content.
enum MHD_Result statusInLocalOtherPath(struct MHD_Connection *c,
                                       const char *url) {
  unsigned int status = MHD_HTTP_NO_CONTENT;
  struct MHD_Response *r;
  if (lookup(url)) {
    status = MHD_HTTP_OK;
    r = MHD_create_response_from_buffer(5, "found", MHD_RESPMEM_PERSISTENT);
  } else {
    r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  }
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return ret;
}

void adjustStatus(unsigned int *status);

// Changed through its address: unknown.
enum MHD_Result statusThroughAddress(struct MHD_Connection *c) {
  unsigned int status = MHD_HTTP_NO_CONTENT;
  adjustStatus(&status);
  struct MHD_Response *r =
      MHD_create_response_from_buffer(4, "done", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return ret;
}

// The 204 is queued on a path that returns; the content goes out with 200.
enum MHD_Result earlyReturn(struct MHD_Connection *c, const char *url) {
  struct MHD_Response *r;
  enum MHD_Result ret;
  if (!lookup(url)) {
    r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
    ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
    MHD_destroy_response(r);
    return ret;
  }
  r = MHD_create_response_from_buffer(7, "updated", MHD_RESPMEM_PERSISTENT);
  ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result twoResponses(struct MHD_Connection *c, int quiet) {
  struct MHD_Response *empty =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  struct MHD_Response *full =
      MHD_create_response_from_buffer(5, "hello", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret;
  if (quiet)
    ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, empty);
  else
    ret = MHD_queue_response(c, MHD_HTTP_OK, full);
  MHD_destroy_response(empty);
  MHD_destroy_response(full);
  return ret;
}

// The branch and the status test the same unchanged variable.
enum MHD_Result correlatedConditions(struct MHD_Connection *c,
                                     const char *url) {
  const int found = lookup(url);
  struct MHD_Response *r;
  if (found)
    r = MHD_create_response_from_buffer(5, "found", MHD_RESPMEM_PERSISTENT);
  else
    r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret =
      MHD_queue_response(c, found ? MHD_HTTP_OK : MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result okWithBody(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(4, "fine", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result emptyLiteral(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result nullBuffer(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  enum MHD_Result ret = MHD_queue_response(c, NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

enum MHD_Result emptyCallbackAndFile(struct MHD_Connection *c, int fd,
                                     int fromFile) {
  struct MHD_Response *r;
  if (fromFile)
    r = MHD_create_response_from_fd(0, fd);
  else
    r = MHD_create_response_from_callback(0, 1024, readChunk, NULL, NULL);
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

// Code the analysis cannot see may have replaced what it knew.
enum MHD_Result helperMayChangeIt(struct MHD_Connection *c) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(9, "decorated", MHD_RESPMEM_PERSISTENT);
  decorate(r);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  return ret;
}

// 204 here is a length, and the array size is not a status either.
enum MHD_Result sizeIsNotStatus(struct MHD_Connection *c) {
  char buf[204];
  memset(buf, 'a', sizeof buf);
  struct MHD_Response *r =
      MHD_create_response_from_buffer(204, buf, MHD_RESPMEM_MUST_COPY);
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
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

// An upgrade response has no content.
enum MHD_Result upgrade(struct MHD_Connection *c) {
  struct MHD_Response *r = MHD_create_response_for_upgrade(upgraded, NULL);
  MHD_add_response_header(r, MHD_HTTP_HEADER_UPGRADE, "websocket");
  enum MHD_Result ret =
      MHD_queue_response(c, MHD_HTTP_SWITCHING_PROTOCOLS, r);
  MHD_destroy_response(r);
  return ret;
}

// Created and thrown away, never queued.
void neverQueued(void) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(7, "scratch", MHD_RESPMEM_PERSISTENT);
  MHD_destroy_response(r);
}
