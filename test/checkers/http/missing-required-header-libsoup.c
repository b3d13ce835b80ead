// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11 -I/usr/include/libsoup-3.0 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
// libsoup 3.2.3 (server) from Debian's libsoup-3.0-dev. libsoup sends the
// message after the handler returns, with the headers the handler set;
// soup_server_message_set_redirect adds Location,
// soup_message_headers_set_content_range Content-Range. The server adds
// none of the headers these rules ask for to a status the handler set.
#include <libsoup/soup.h>

#define UNAUTHORIZED 401
static const char *const kAllow = "Allow";

void decorate(SoupServerMessage *msg);

#define HANDLER(name)                                                          \
  void name(SoupServer *server, SoupServerMessage *msg, const char *path,     \
            GHashTable *query, gpointer data)

// --- Findings ---------------------------------------------------------------

HANDLER(deny) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "login first", 11);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: sent when the function returns

HANDLER(denyByMacro) {
  soup_server_message_set_status(msg, UNAUTHORIZED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
HANDLER(emptyChallenge) {
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "WWW-Authenticate", "");
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Allow is set on one branch only.
HANDLER(otherBranch) {
  if (query != NULL)
    soup_message_headers_append(soup_server_message_get_response_headers(msg),
                                "Allow", "GET, PUT");
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

HANDLER(redirectByHand) {
  soup_server_message_set_status(msg, SOUP_STATUS_FOUND, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

HANDLER(partial) {
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_set_content_type(h, "text/plain", NULL);
  soup_server_message_set_status(msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
}

// set_response's content type replaces a multipart/byteranges one.
HANDLER(partialRetyped) {
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "Content-Type",
                               "multipart/byteranges; boundary=x");
  soup_server_message_set_status(msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "abc", 3);
}

HANDLER(rangeNotSatisfiable) {
  soup_server_message_set_status(msg, SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE,
                                 NULL);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

HANDLER(switching) {
  soup_server_message_set_status(msg, SOUP_STATUS_SWITCHING_PROTOCOLS, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
}

HANDLER(proxyAuth) {
  soup_server_message_set_status(msg, SOUP_STATUS_PROXY_UNAUTHORIZED, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(SoupServerMessage *msg) {
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
}

HANDLER(statusThroughHelper) {
  setNotAllowed(msg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'setNotAllowed'
}

// --- No findings ------------------------------------------------------------

HANDLER(challenge) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "WWW-Authenticate", "Bearer realm=\"items\"");
}

// Added after the status: what counts is what the message has when sent.
HANDLER(challengeAfter) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "login first", 11);
  SoupMessageHeaders *h = soup_server_message_get_response_headers(msg);
  soup_message_headers_append(h, "WWW-Authenticate", "Basic realm=\"items\"");
}

// An empty Allow says no method is allowed: it is allowed.
HANDLER(nothingAllowed) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Allow", "");
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
}

HANDLER(allowThroughConstant) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              kAllow, "GET");
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
}

// set_redirect sets the status and adds Location.
HANDLER(redirect) {
  soup_server_message_set_redirect(msg, SOUP_STATUS_MOVED_PERMANENTLY,
                                   "/items");
}

static void addAllow(SoupServerMessage *msg) {
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              "Allow", "GET");
}

HANDLER(headerThroughHelper) {
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
  addAllow(msg);
}

// A name the analysis cannot read may be the header.
HANDLER(nameInVariable) {
  const char *name = data;
  soup_message_headers_append(soup_server_message_get_response_headers(msg),
                              name, "GET");
  soup_server_message_set_status(msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
}

// Handed to unknown code, which may add the header.
HANDLER(escapes) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  decorate(msg);
}

// The framework's own challenge sets 401 (or 407) with its header; its
// status is not followed, and the headers are unknown after it.
HANDLER(domainChallenge) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
  soup_auth_domain_challenge((SoupAuthDomain *)data, msg);
}

HANDLER(contentRange) {
  soup_server_message_set_status(msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
  soup_message_headers_set_content_range(
      soup_server_message_get_response_headers(msg), 0, 2, 10);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "abc", 3);
}

HANDLER(contentRangeOn416) {
  soup_server_message_set_status(msg, SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE,
                                 NULL);
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "Content-Range", "bytes */10");
}

HANDLER(multipart) {
  soup_server_message_set_status(msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
  soup_server_message_set_response(msg, "multipart/byteranges; boundary=x",
                                   SOUP_MEMORY_STATIC, "--x\r\n", 5);
}

HANDLER(multipartType) {
  soup_server_message_set_status(msg, SOUP_STATUS_PARTIAL_CONTENT, NULL);
  soup_message_headers_set_content_type(
      soup_server_message_get_response_headers(msg), "multipart/byteranges",
      NULL);
}

HANDLER(upgrade) {
  soup_server_message_set_status(msg, SOUP_STATUS_SWITCHING_PROTOCOLS, NULL);
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "Upgrade", "websocket");
}

// The handshake sets 101 and adds Upgrade itself.
HANDLER(websocket) {
  soup_websocket_server_process_handshake(msg, NULL, NULL, NULL, NULL);
}

// The status the server turns into a 206 or 416 is the handler's 200.
HANDLER(whole) {
  soup_server_message_set_status(msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response(msg, "text/plain", SOUP_MEMORY_STATIC,
                                   "abcdef", 6);
}

// Not required: 201, 300, 304.
HANDLER(created) {
  soup_server_message_set_status(msg, SOUP_STATUS_CREATED, NULL);
}
HANDLER(notModified) {
  soup_server_message_set_status(msg, SOUP_STATUS_NOT_MODIFIED, NULL);
}

// A helper whose caller adds the header: the helper is not where the
// message is sent.
static void unauthorized(SoupServerMessage *msg) {
  soup_server_message_set_status(msg, SOUP_STATUS_UNAUTHORIZED, NULL);
}

HANDLER(challengeAfterHelper) {
  unauthorized(msg);
  soup_message_headers_replace(soup_server_message_get_response_headers(msg),
                               "WWW-Authenticate", "Bearer");
}
