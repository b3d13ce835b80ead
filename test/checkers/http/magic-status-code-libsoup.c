// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3.2.3 (server) from Debian's libsoup-3.0-dev: the status codes are
// the enumerators of `typedef enum {...} SoupStatus` in libsoup/soup-status.h,
// spelled bare in C.
#include <libsoup/soup.h>

#define NO_CONTENT 204

void replies(SoupServer *server, SoupServerMessage *msg, const char *path,
             GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 204, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 204 written as a number; use SOUP_STATUS_NO_CONTENT [http-magic-status-code]
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void withBody(SoupServer *server, SoupServerMessage *msg, const char *path,
              GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 200, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 200 written as a number; use SOUP_STATUS_OK
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_OK, "OK");
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "hello", 5);
}

void notModified(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 304, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 304 written as a number; use SOUP_STATUS_NOT_MODIFIED
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
}

void errors(SoupServer *server, SoupServerMessage *msg, const char *path,
            GHashTable *query, gpointer data) {
  if (query == NULL) {
    soup_server_message_set_status(msg, 503, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 503 written as a number; use SOUP_STATUS_SERVICE_UNAVAILABLE
    // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
    return;
  }
  soup_server_message_set_status(msg, 404, "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 404 written as a number; use SOUP_STATUS_NOT_FOUND
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, "Not Found");
}

void internalError(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 500, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 500 written as a number; use SOUP_STATUS_INTERNAL_SERVER_ERROR
  // CHECK-FIXES: soup_server_message_set_status(msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
}

void chosen(SoupServer *server, SoupServerMessage *msg, const char *path,
            GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, query ? 200 : 404, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: status code 200 written as a number; use SOUP_STATUS_OK
  // CHECK-MESSAGES: :[[@LINE-2]]:53: warning: status code 404 written as a number; use SOUP_STATUS_NOT_FOUND
  // CHECK-FIXES: soup_server_message_set_status(msg, query ? SOUP_STATUS_OK : SOUP_STATUS_NOT_FOUND, NULL);
}

void moved(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  soup_server_message_set_redirect(msg, 301, "/new");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 301 written as a number; use SOUP_STATUS_MOVED_PERMANENTLY
  // CHECK-FIXES: soup_server_message_set_redirect(msg, SOUP_STATUS_MOVED_PERMANENTLY, "/new");
}

// 302 has two names in SoupStatus; the first one declared is suggested.
void found(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  soup_server_message_set_redirect(msg, 302, "/elsewhere");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 302 written as a number; use SOUP_STATUS_FOUND
  // CHECK-FIXES: soup_server_message_set_redirect(msg, SOUP_STATUS_FOUND, "/elsewhere");
}

// A cast to SoupStatus is a status position; the constant replaces the cast.
void cast(SoupServer *server, SoupServerMessage *msg, const char *path,
          GHashTable *query, gpointer data) {
  SoupStatus status = (SoupStatus)201;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 201 written as a number; use SOUP_STATUS_CREATED
  // CHECK-FIXES: SoupStatus status = SOUP_STATUS_CREATED;
  soup_server_message_set_status(msg, status, NULL);
}

// soup_server_message_get_status is the message's status getter.
void compared(SoupServer *server, SoupServerMessage *msg, const char *path,
              GHashTable *query, gpointer data) {
  if (soup_server_message_get_status(msg) == 404)
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: status code 404 written as a number; use SOUP_STATUS_NOT_FOUND
    // CHECK-FIXES: if (soup_server_message_get_status(msg) == SOUP_STATUS_NOT_FOUND)
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "missing", 7);
}

void switched(SoupServerMessage *msg) {
  switch (soup_server_message_get_status(msg)) {
  case 204:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 204 written as a number; use SOUP_STATUS_NO_CONTENT
    // CHECK-FIXES: case SOUP_STATUS_NO_CONTENT:
    break;
  default:
    if (304 != soup_server_message_get_status(msg))
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: status code 304 written as a number; use SOUP_STATUS_NOT_MODIFIED
      // CHECK-FIXES: if (SOUP_STATUS_NOT_MODIFIED != soup_server_message_get_status(msg))
      soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  }
}

// The status of a client's SoupMessage, what an upstream service answered.
void proxied(SoupServerMessage *msg, SoupSession *session) {
  SoupMessage *upstream = soup_message_new("GET", "http://backend/items/1");
  GBytes *body = soup_session_send_and_read(session, upstream, NULL, NULL);
  if (soup_message_get_status(upstream) == 200)
    // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: status code 200 written as a number; use SOUP_STATUS_OK
    // CHECK-FIXES: if (soup_message_get_status(upstream) == SOUP_STATUS_OK)
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_COPY,
                                     g_bytes_get_data(body, NULL),
                                     g_bytes_get_size(body));
  else if (404 == soup_message_get_status(upstream))
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: status code 404 written as a number; use SOUP_STATUS_NOT_FOUND
    // CHECK-FIXES: else if (SOUP_STATUS_NOT_FOUND == soup_message_get_status(upstream))
    soup_server_message_set_status(msg, SOUP_STATUS_NOT_FOUND, NULL);
  switch (soup_message_get_status(upstream)) {
  case 503:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 503 written as a number; use SOUP_STATUS_SERVICE_UNAVAILABLE
    // CHECK-FIXES: case SOUP_STATUS_SERVICE_UNAVAILABLE:
    soup_server_message_set_status(msg, SOUP_STATUS_BAD_GATEWAY, NULL);
    break;
  default:
    break;
  }
  g_bytes_unref(body);
  g_object_unref(upstream);
}

// --- No findings ------------------------------------------------------------

void named(SoupServer *server, SoupServerMessage *msg, const char *path,
           GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, "No Content");
}

void userMacro(SoupServer *server, SoupServerMessage *msg, const char *path,
               GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, NO_CONTENT, NULL);
}

void notStatusPositions(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  char buffer[204] = {0};
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_content_length(h, 204);
  soup_message_headers_replace(h, "X-Code", "204");
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_COPY, buffer, 204);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_COPY,
                                   buffer, 200);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void localVariable(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  const guint code = 204;
  soup_server_message_set_status(msg, code, NULL);
}

// Range comparisons and arithmetic are not magic: no single constant fits.
int ranges(SoupServerMessage *msg) {
  const guint code = soup_server_message_get_status(msg);
  return code >= 400 || code / 100 == 2 || SOUP_STATUS_IS_REDIRECTION(code);
}

// A client's message: ranges, arithmetic, numbers compared with other
// things, and a getter of another type are not status positions.
struct job {
  guint status;
};
guint job_get_status(const struct job *j);

int upstreamRanges(SoupMessage *upstream, const struct job *j) {
  const guint limit = 404;
  return soup_message_get_status(upstream) >= 400 ||
         soup_message_get_status(upstream) / 100 == 2 ||
         SOUP_STATUS_IS_SERVER_ERROR(soup_message_get_status(upstream)) ||
         limit == 404 || job_get_status(j) == 204 || j->status == 204;
}

// libsoup 3.2.3 has no enumerator for these codes.
void unnamed(SoupServer *server, SoupServerMessage *msg, const char *path,
             GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 418, "I'm a teapot");
}

void tooMany(SoupServer *server, SoupServerMessage *msg, const char *path,
             GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, 429, NULL);
}
