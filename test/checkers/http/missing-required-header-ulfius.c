// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11
// ulfius 2.7.13 from Debian's libulfius-dev. ulfius copies the header map into
// a libmicrohttpd response after the callback returns and adds none of the
// headers these rules ask for, except the Basic challenge of a callback that
// returns U_CALLBACK_UNAUTHORIZED when a realm is set: the value returned
// and the realm are not followed, so a 401 is never reported.
#include <ulfius.h>
#include <string.h>

static const char *const kAllow = "Allow";

void decorate(struct _u_response *r);

#define CALLBACK(name)                                                         \
  int name(const struct _u_request *request, struct _u_response *response,   \
           void *user_data)

// --- Findings ---------------------------------------------------------------

CALLBACK(notAllowed) {
  ulfius_set_string_body_response(response, 405, "not allowed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one [http-missing-required-header]
  return U_CALLBACK_COMPLETE;
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: sent when the function returns

// Allow is set on one branch only.
CALLBACK(otherBranch) {
  if (strcmp(request->http_verb, "PUT") != 0)
    ulfius_add_header_to_response(response, "Allow", "GET, PUT");
  response->status = MHD_HTTP_METHOD_NOT_ALLOWED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  return U_CALLBACK_CONTINUE;
}

CALLBACK(redirectByHand) {
  ulfius_set_empty_body_response(response, MHD_HTTP_SEE_OTHER);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 303 (See Other) has no Location header; RFC 9110 section 15.4.4 says it should have one
  return U_CALLBACK_COMPLETE;
}

// Location on the request's header map, not the response's.
CALLBACK(otherMap) {
  u_map_put(request->map_header, "Location", "/items");
  response->status = 307;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 307 (Temporary Redirect) has no Location header
  return U_CALLBACK_COMPLETE;
}

CALLBACK(partial) {
  u_map_put(response->map_header, "Content-Type", "text/plain");
  ulfius_set_string_body_response(response, MHD_HTTP_PARTIAL_CONTENT, "abc");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  return U_CALLBACK_COMPLETE;
}

CALLBACK(rangeNotSatisfiable) {
  ulfius_set_empty_body_response(response, MHD_HTTP_RANGE_NOT_SATISFIABLE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  return U_CALLBACK_COMPLETE;
}

CALLBACK(upgradeRequired) {
  ulfius_set_string_body_response(response, MHD_HTTP_UPGRADE_REQUIRED, "tls");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  return U_CALLBACK_COMPLETE;
}

CALLBACK(proxyAuth) {
  response->status = MHD_HTTP_PROXY_AUTHENTICATION_REQUIRED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  return U_CALLBACK_COMPLETE;
}

// An empty challenge list is no challenge.
CALLBACK(emptyProxyChallenge) {
  ulfius_add_header_to_response(response, "Proxy-Authenticate", "");
  response->status = 407;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has an empty Proxy-Authenticate header, with no challenge; RFC 9110 section 15.5.8 says it must have one
  return U_CALLBACK_COMPLETE;
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(struct _u_response *response) {
  ulfius_set_empty_body_response(response, 405);
}

CALLBACK(statusThroughHelper) {
  setNotAllowed(response);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  return U_CALLBACK_COMPLETE;
}

// --- No findings ------------------------------------------------------------

// ulfius's challenge for U_CALLBACK_UNAUTHORIZED, when a realm is set.
CALLBACK(unauthorized) {
  ulfius_set_string_body_response(response, 401, "login first");
  return U_CALLBACK_UNAUTHORIZED;
}

CALLBACK(challenge) {
  ulfius_add_header_to_response(response, "WWW-Authenticate", "Bearer");
  ulfius_set_empty_body_response(response, MHD_HTTP_UNAUTHORIZED);
  return U_CALLBACK_COMPLETE;
}

// Added after the status: what counts is what the response has when sent.
CALLBACK(proxyChallengeAfter) {
  response->status = 407;
  u_map_put(response->map_header, MHD_HTTP_HEADER_PROXY_AUTHENTICATE,
            "Basic realm=\"proxy\"");
  return U_CALLBACK_COMPLETE;
}

// An empty Allow says no method is allowed: it is allowed.
CALLBACK(nothingAllowed) {
  ulfius_add_header_to_response(response, "Allow", "");
  ulfius_set_empty_body_response(response, 405);
  return U_CALLBACK_COMPLETE;
}

CALLBACK(allowThroughConstant) {
  ulfius_add_header_to_response(response, kAllow, "GET");
  ulfius_set_empty_body_response(response, 405);
  return U_CALLBACK_COMPLETE;
}

CALLBACK(redirect) {
  ulfius_add_header_to_response(response, MHD_HTTP_HEADER_LOCATION, "/items");
  ulfius_set_empty_body_response(response, MHD_HTTP_FOUND);
  return U_CALLBACK_COMPLETE;
}

static void addAllow(struct _u_response *response) {
  ulfius_add_header_to_response(response, "Allow", "GET");
}

CALLBACK(headerThroughHelper) {
  ulfius_set_empty_body_response(response, 405);
  addAllow(response);
  return U_CALLBACK_COMPLETE;
}

// A name the analysis cannot read may be the header.
CALLBACK(nameInVariable) {
  ulfius_add_header_to_response(response, (const char *)user_data, "GET");
  ulfius_set_empty_body_response(response, 405);
  return U_CALLBACK_COMPLETE;
}

// Handed to unknown code, which may add the header.
CALLBACK(escapes) {
  ulfius_set_empty_body_response(response, 405);
  decorate(response);
  return U_CALLBACK_COMPLETE;
}

// Variadic properties may set any header.
CALLBACK(properties) {
  ulfius_set_empty_body_response(response, 405);
  ulfius_set_response_properties(response, U_OPT_HEADER_PARAMETER, "Allow",
                                 "GET", U_OPT_NONE);
  return U_CALLBACK_COMPLETE;
}

CALLBACK(multipart) {
  u_map_put(response->map_header, "Content-Type",
            "multipart/byteranges; boundary=x");
  ulfius_set_string_body_response(response, 206, "--x\r\n");
  return U_CALLBACK_COMPLETE;
}

CALLBACK(contentRange) {
  u_map_put(response->map_header, "Content-Range", "bytes */10");
  ulfius_set_empty_body_response(response, 416);
  return U_CALLBACK_COMPLETE;
}

// Not required: 201, 304.
CALLBACK(created) {
  ulfius_set_empty_body_response(response, 201);
  return U_CALLBACK_COMPLETE;
}
CALLBACK(notModified) {
  ulfius_set_empty_body_response(response, 304);
  return U_CALLBACK_COMPLETE;
}
