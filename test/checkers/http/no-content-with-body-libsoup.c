// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3.2.3 (server) from Debian's libsoup-3.0-dev. libsoup sends the
// message after the handler returns.
#include <libsoup/soup.h>

#define NO_CONTENT 204

void fill(SoupServerMessage *msg);
void fillBody(SoupMessageBody *body);

// --- Findings ---------------------------------------------------------------

void deleteItem(SoupServer *server, SoupServerMessage *msg, const char *path,
                GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_response(msg, "application/json", SOUP_MEMORY_STATIC,
                                   "{\"deleted\":true}", 16);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The message is sent after the handler returns: order does not matter.
void bodyBeforeStatus(SoupServer *server, SoupServerMessage *msg,
                      const char *path, GHashTable *query, gpointer data) {
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_COPY, "gone", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, "No Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void throughLocalHandle(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "done", 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void takenBuffer(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  guchar *copy = (guchar *)g_strdup("removed");
  soup_message_body_append_take(soup_server_message_get_response_body(msg),
                                copy, 7);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void bytesOnNotModified(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  GBytes *page = g_bytes_new_static("cached page", 11);
  soup_message_body_append_bytes(soup_server_message_get_response_body(msg),
                                 page);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  g_bytes_unref(page);
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 304 set here
}

void responseOnNotModified(SoupServer *server, SoupServerMessage *msg,
                           const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "same", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 304 set here
}

// libsoup sends the body of a 205.
void resetContent(SoupServer *server, SoupServerMessage *msg, const char *path,
                  GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_RESET_CONTENT, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "form", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 205 set here
}

void informational(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_SWITCHING_PROTOCOLS, NULL);
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "upgrade", 7);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 101 (Switching Protocols), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 101 set here
}

void statusByBranch(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  const int quiet = query != NULL && g_hash_table_contains(query, "quiet");
  soup_server_message_set_status(
      msg, quiet ? SOUP_STATUS_NO_CONTENT : SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "done", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: status 204 set here
}

void branchesMergeIntoBody(SoupServer *server, SoupServerMessage *msg,
                           const char *path, GHashTable *query, gpointer data) {
  if (query == NULL)
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  else
    soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "done", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:5: note: status 204 set here
}

// Two messages: only the one sent with 204 has a finding.
void twoMessages(SoupServerMessage *quiet, SoupServerMessage *loud) {
  soup_server_message_set_status(quiet, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_status(loud, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(loud, "text/plain", SOUP_MEMORY_STATIC,
                                   "hello", 5);
  soup_server_message_set_response(quiet, "text/plain", SOUP_MEMORY_STATIC,
                                   "oops", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 204 set here
}

// A status from the user's own macro is a status all the same.
void userMacro(SoupServer *server, SoupServerMessage *msg, const char *path,
               GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, NO_CONTENT, NULL);
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "late", 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// Content written after the status was overwritten to 204.
void overwrittenTo204(SoupServer *server, SoupServerMessage *msg,
                      const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "x", 1);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// Content added again after the body was cleared.
void clearedThenWritten(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "draft", 5);
  soup_server_message_set_response(msg, NULL, SOUP_MEMORY_STATIC, NULL, 0);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "final", 5);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

void emptyNoContent(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void emptyWrites(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "", 0);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, NULL, 0);
  soup_message_body_append_take(body, NULL, 0);
  soup_message_body_append_bytes(body, NULL);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// A NULL content type with no content truncates the body.
void emptyResponse(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_response(msg, NULL, SOUP_MEMORY_STATIC, NULL, 0);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void contentCleared(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "draft", 5);
  soup_server_message_set_response(msg, NULL, SOUP_MEMORY_STATIC, NULL, 0);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void bodyTruncated(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "draft", 5);
  soup_message_body_truncate(body);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void statusOverwritten(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "hello", 5);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void earlyReturn(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageHeaders *in = soup_server_message_get_request_headers(msg);
  if (soup_message_headers_get_one(in, "If-Match") == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
    return;
  }
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "updated", 7);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void otherBranch(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  if (query == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  } else {
    soup_message_body_append(soup_server_message_get_response_body(msg),
                             SOUP_MEMORY_STATIC, "loud", 4);
    soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  }
}

// The two branches test the same unchanged variable: no path takes both.
void correlatedConditions(SoupServer *server, SoupServerMessage *msg,
                          const char *path, GHashTable *query, gpointer data) {
  const int quiet = soup_message_headers_get_one(
                        soup_server_message_get_request_headers(msg),
                        "X-Quiet") != NULL;
  if (!quiet)
    soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                     "loud", 4);
  if (quiet)
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  else
    soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void metadataOnNoContent(SoupServer *server, SoupServerMessage *msg,
                         const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_replace(h, "ETag", "\"v2\"");
  soup_message_headers_append(h, "Location", "/items/2");
  soup_message_headers_append(h, "Cache-Control", "no-store");
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void twoMessagesApart(SoupServerMessage *quiet, SoupServerMessage *loud) {
  soup_server_message_set_status(quiet, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_response(loud, "text/plain", SOUP_MEMORY_STATIC,
                                   "loud", 4);
  soup_server_message_set_status(loud, SOUP_STATUS_OK, NULL);
}

// What a declared-only function does to the message cannot be seen:
// forgotten.
void helperDecides(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "draft", 5);
  fill(msg);
}

void helperGetsBody(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "draft", 5);
  fillBody(body);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// The request body is not the response.
void requestBody(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageBody *in = soup_server_message_get_request_body(msg);
  soup_message_body_append(in, SOUP_MEMORY_STATIC, "x", 1);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void okWithBody(SoupServer *server, SoupServerMessage *msg, const char *path,
                GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "fine", 4);
}

void unknownStatus(SoupServerMessage *msg, guint code) {
  soup_server_message_set_status(msg, code, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "maybe", 5);
}

// --- Known misses ---------------------------------------------------------
// What libsoup does here cannot be said in a model yet (a call that empties
// the body with no content or size argument, a call that replaces or appends
// depending on another argument); the check stays silent.

// soup_message_body_truncate empties the body, and what is appended after it
// is content again. The model leaves truncate out, so the analysis forgets
// the message there, status included.
void truncatedThenWritten(SoupServer *server, SoupServerMessage *msg,
                          const char *path, GHashTable *query, gpointer data) {
  SoupMessageBody *body = soup_server_message_get_response_body(msg);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "draft", 5);
  soup_message_body_truncate(body);
  soup_message_body_append(body, SOUP_MEMORY_STATIC, "final", 5);
  // FIXME: should report content on a 204 (No Content) here.
}

// With a content type, set_response appends: empty content leaves what the
// body already holds (it truncates only without a content type). The model
// treats set_response as replacing the content.
void emptyAppendKeepsContent(SoupServer *server, SoupServerMessage *msg,
                             const char *path, GHashTable *query,
                             gpointer data) {
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "draft", 5);
  // FIXME: should report content on a 204 (No Content) here.
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC, "",
                                   0);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}
