// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3.2.3 (server) from Debian's libsoup-3.0-dev. libsoup removes a
// Content-Length from a 204 or 1xx before it sends it, but sends a
// Transfer-Encoding header as set; what the handler asks for is reported.
#include <libsoup/soup.h>

#define NO_CONTENT 204

void decorate(SoupMessageHeaders *headers);
void finish(SoupServerMessage *msg);

// --- Findings ---------------------------------------------------------------

void explicitLength(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void transferEncoding(SoupServer *server, SoupServerMessage *msg,
                      const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

void lowerCaseName(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void setContentLength(SoupServer *server, SoupServerMessage *msg,
                      const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_headers_set_content_length(
      soup_server_message_get_response_headers(msg), 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'soup_message_headers_set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// soup_message_headers_set_content_length removes Transfer-Encoding: only
// the Content-Length is left.
void lengthReplacesChunked(SoupServer *server, SoupServerMessage *msg,
                           const char *path, GHashTable *query,
                           gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_replace(h, "Transfer-Encoding", "chunked");
  soup_message_headers_set_content_length(h, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'soup_message_headers_set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void informational(SoupServer *server, SoupServerMessage *msg,
                   const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Connection", "Upgrade");
  soup_message_headers_append(h, "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  soup_server_message_set_status(msg, SOUP_STATUS_SWITCHING_PROTOCOLS, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
}

void statusByBranch(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  soup_server_message_set_status(
      msg, query == NULL ? SOUP_STATUS_NO_CONTENT : SOUP_STATUS_OK, NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: status 204 set here
}

void userMacro(SoupServer *server, SoupServerMessage *msg, const char *path,
               GHashTable *query, gpointer data) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Content-Length", "16");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  soup_server_message_set_status(msg, NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// Two messages: only the one sent with 204 has a finding.
void twoMessages(SoupServerMessage *quiet, SoupServerMessage *loud) {
  soup_message_headers_set_content_length(
      soup_server_message_get_response_headers(loud), 5);
  soup_message_headers_append(soup_server_message_get_response_headers(quiet),
                              "Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  soup_server_message_set_status(loud, SOUP_STATUS_OK, NULL);
  soup_server_message_set_status(quiet, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// soup_message_headers_set_encoding(h, SOUP_ENCODING_CHUNKED) sets
// Transfer-Encoding: chunked, which libsoup sends on a 204 (from source,
// 3.2.3), and removes Content-Length.
void chunkedEncoding(SoupServer *server, SoupServerMessage *msg,
                     const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_headers_set_encoding(
      soup_server_message_get_response_headers(msg), SOUP_ENCODING_CHUNKED);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'soup_message_headers_set_encoding()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

void chunkedReplacesLength(SoupServer *server, SoupServerMessage *msg,
                           const char *path, GHashTable *query,
                           gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Content-Length", "5");
  soup_message_headers_set_encoding(h, SOUP_ENCODING_CHUNKED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'soup_message_headers_set_encoding()' sets Transfer-Encoding on a response that is sent with status 101 (Switching Protocols), which must not carry it; do not call it for this response
  soup_server_message_set_status(msg, SOUP_STATUS_SWITCHING_PROTOCOLS, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 101 set here
}

// SOUP_ENCODING_BYTERANGES is not an encoding set_encoding sets: the
// headers are left as they were.
void byteRanges(SoupServer *server, SoupServerMessage *msg, const char *path,
                GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it
  soup_message_headers_set_encoding(h, SOUP_ENCODING_BYTERANGES);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_replace(h, "ETag", "\"v2\"");
  soup_message_headers_set_content_length(h, 1024);
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
}

void notModifiedHeader(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Content-Length", "1024");
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
}

void removedAgain(SoupServer *server, SoupServerMessage *msg,
                  const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Content-Length", "5");
  soup_message_headers_append(h, "Transfer-Encoding", "chunked");
  soup_message_headers_remove(h, "Content-Length");
  soup_message_headers_remove(h, "Transfer-Encoding");
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// soup_message_headers_clear removes every header, framing ones included.
void allHeadersCleared(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_content_length(h, 5);
  soup_message_headers_clear(h);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// SOUP_ENCODING_NONE removes Content-Length and Transfer-Encoding.
void encodingNone(SoupServer *server, SoupServerMessage *msg,
                  const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_content_length(h, 5);
  soup_message_headers_set_encoding(h, SOUP_ENCODING_NONE);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// SOUP_ENCODING_EOF removes both too; SOUP_ENCODING_CONTENT_LENGTH removes
// Transfer-Encoding and sets no header: on a 204 libsoup adds none.
void encodingEof(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_encoding(h, SOUP_ENCODING_CHUNKED);
  soup_message_headers_append(h, "Content-Length", "5");
  soup_message_headers_set_encoding(h, SOUP_ENCODING_EOF);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void encodingContentLength(SoupServer *server, SoupServerMessage *msg,
                           const char *path, GHashTable *query,
                           gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_encoding(h, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_encoding(h, SOUP_ENCODING_CONTENT_LENGTH);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// RFC 9110 allows chunked framing on a 200, and on a 304 nothing is sent.
void chunkedOk(SoupServer *server, SoupServerMessage *msg, const char *path,
               GHashTable *query, gpointer data) {
  soup_message_headers_set_encoding(
      soup_server_message_get_response_headers(msg), SOUP_ENCODING_CHUNKED);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

// An encoding the handler computes may be any of them: what the message
// had is forgotten.
void encodingInVariable(SoupServer *server, SoupServerMessage *msg,
                        const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  const SoupEncoding encoding =
      query == NULL ? SOUP_ENCODING_NONE : SOUP_ENCODING_CONTENT_LENGTH;
  soup_message_headers_append(h, "Content-Length", "5");
  soup_message_headers_set_encoding(h, encoding);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// The request headers are not the response's.
void requestEncoding(SoupServer *server, SoupServerMessage *msg,
                     const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_set_encoding(
      soup_server_message_get_request_headers(msg), SOUP_ENCODING_CHUNKED);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void metadataOnNoContent(SoupServer *server, SoupServerMessage *msg,
                         const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_replace(h, "ETag", "\"v2\"");
  soup_message_headers_append(h, "Location", "/items/2");
  soup_message_headers_append(h, "Cache-Control", "no-store");
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void earlyReturn(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  if (query == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
    return;
  }
  soup_message_headers_set_content_length(h, 5);
  soup_message_body_append(soup_server_message_get_response_body(msg),
                           SOUP_MEMORY_STATIC, "hello", 5);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void otherBranch(SoupServer *server, SoupServerMessage *msg, const char *path,
                 GHashTable *query, gpointer data) {
  if (query == NULL) {
    soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  } else {
    soup_message_headers_append(soup_server_message_get_response_headers(msg),
                                "Content-Length", "5");
    soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  }
}

void statusOverwritten(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_headers_set_content_length(
      soup_server_message_get_response_headers(msg), 5);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void okWithLength(SoupServer *server, SoupServerMessage *msg,
                  const char *path, GHashTable *query, gpointer data) {
  soup_message_headers_set_content_length(
      soup_server_message_get_response_headers(msg), 5);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "hello", 5);
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
}

void twoMessagesApart(SoupServerMessage *quiet, SoupServerMessage *loud) {
  soup_message_headers_append(soup_server_message_get_response_headers(loud),
                              "Content-Length", "5");
  soup_server_message_set_status(quiet, SOUP_STATUS_NO_CONTENT, NULL);
  soup_server_message_set_status(loud, SOUP_STATUS_OK, NULL);
}

// The request headers are not the response's.
void requestHeaders(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *in = soup_server_message_get_request_headers(msg);
  soup_message_headers_set_content_length(in, 0);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

// What a declared-only function does to the headers or the message cannot
// be seen: forgotten.
void helperMayRemoveIt(SoupServer *server, SoupServerMessage *msg,
                       const char *path, GHashTable *query, gpointer data) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "Content-Length", "0");
  decorate(h);
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}

void helperFinishes(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Content-Length", "0");
  finish(msg);
}

// An empty 204: nothing in the handler to fix.
void emptyNoContent(SoupServer *server, SoupServerMessage *msg,
                    const char *path, GHashTable *query, gpointer data) {
  soup_server_message_set_status(msg, SOUP_STATUS_NO_CONTENT, NULL);
}
