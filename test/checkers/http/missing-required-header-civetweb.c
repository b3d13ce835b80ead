// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11
// civetweb 1.15 from Debian's libcivetweb-dev. A handler starts the response
// with mg_response_header_start, adds headers with mg_response_header_add
// (or whole lines with mg_response_header_add_lines) and sends them with
// mg_response_header_send. mg_send_http_redirect writes its own Location,
// mg_send_digest_access_authentication_request its own 401 and challenge;
// mg_send_http_error adds none of the headers a status asks for.
#include <civetweb.h>
#include <stddef.h>
#include <string.h>

#define UNAUTHORIZED 401
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

int deny(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  mg_response_header_add(conn, "Content-Type", "text/plain", -1);
  mg_response_header_send(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
  mg_printf(conn, "login first");
  return 401;
}

// civetweb's error page has no challenge.
int denyWithError(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, UNAUTHORIZED, "%s", "login first");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  return 401;
}

// An empty challenge list is no challenge.
int emptyChallenge(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  mg_response_header_add(conn, "WWW-Authenticate", "", -1);
  mg_response_header_send(conn);
  return 401;
}

// Nor is an empty one given as a line.
int emptyChallengeLine(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge
  mg_response_header_add_lines(conn, "WWW-Authenticate: \r\n");
  mg_response_header_send(conn);
  return 401;
}

int notAllowed(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 405, "%s", "use GET");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  return 405;
}

// Allow is added on one branch only.
int otherBranch(struct mg_connection *conn, void *cbdata, int verbose) {
  mg_response_header_start(conn, 405);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  if (verbose)
    mg_response_header_add(conn, "Allow", "GET", -1);
  mg_response_header_send(conn);
  return 405;
}

int redirectByHand(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 302);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  mg_response_header_add(conn, "Content-Length", "0", -1);
  mg_response_header_send(conn);
  return 302;
}

int partial(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 206);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  mg_response_header_add(conn, "Content-Type", "text/plain", -1);
  mg_response_header_send(conn);
  mg_write(conn, "abc", 3);
  return 206;
}

int rangeNotSatisfiable(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 416, "%s", "bad range");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  return 416;
}

int switching(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 101);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
  mg_response_header_add(conn, "Connection", "Upgrade", -1);
  mg_response_header_send(conn);
  return 101;
}

int upgradeRequired(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 426, "%s", "use TLS");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  return 426;
}

// The status comes from a helper; Allow is never added.
static void startNotAllowed(struct mg_connection *conn) {
  mg_response_header_start(conn, 405);
}

int statusThroughHelper(struct mg_connection *conn, void *cbdata) {
  startNotAllowed(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'startNotAllowed'
  mg_response_header_send(conn);
  return 405;
}

// mg_send_http_ok cannot start its 200 over a started response: it sends
// the 405 with its own headers, and no Allow.
int okAfterStart(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 405);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  mg_send_http_ok(conn, "text/plain", 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
  mg_write(conn, "no", 2);
  return 405;
}

// --- No findings ------------------------------------------------------------

int challenge(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  mg_response_header_add(conn, "WWW-Authenticate", "Bearer realm=\"items\"", -1);
  mg_response_header_send(conn);
  return 401;
}

int challengeLine(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  mg_response_header_add_lines(conn, "Content-Type: text/plain\r\n"
                                     "WWW-Authenticate: Basic realm=\"items\"\r\n");
  mg_response_header_send(conn);
  mg_printf(conn, "login first");
  return 401;
}

// civetweb's own 401 with a Digest challenge.
int digestChallenge(struct mg_connection *conn, void *cbdata) {
  mg_send_digest_access_authentication_request(conn, "items");
  return 401;
}

// The challenge added to a started response that mg_send_http_error sends.
int challengeThenError(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  mg_response_header_add(conn, "WWW-Authenticate", "Bearer", -1);
  mg_send_http_error(conn, 401, "%s", "login first");
  return 401;
}

// Added after the status: what counts is what the response has when sent.
int allowAfter(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 405);
  mg_response_header_add(conn, "Content-Length", "0", -1);
  mg_response_header_add(conn, kAllow, "GET", -1);
  mg_response_header_send(conn);
  return 405;
}

// An empty Allow says no method is allowed: it is allowed.
int nothingAllowed(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 405);
  mg_response_header_add(conn, "Allow", "", -1);
  mg_response_header_send(conn);
  return 405;
}

int redirect(struct mg_connection *conn, void *cbdata) {
  mg_send_http_redirect(conn, "/items", 308);
  return 308;
}

int redirectWithHeader(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 303);
  mg_response_header_add(conn, "Location", "/items", -1);
  mg_response_header_send(conn);
  return 303;
}

static void addAllow(struct mg_connection *conn) {
  mg_response_header_add(conn, "Allow", "GET", -1);
}

int headerThroughHelper(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 405);
  addAllow(conn);
  mg_response_header_send(conn);
  return 405;
}

// A name or lines the analysis cannot read may hold the header.
int nameInVariable(struct mg_connection *conn, void *cbdata, const char *name) {
  mg_response_header_start(conn, 405);
  mg_response_header_add(conn, name, "GET", -1);
  mg_response_header_send(conn);
  return 405;
}

int linesInVariable(struct mg_connection *conn, void *cbdata,
                    const char *lines) {
  mg_response_header_start(conn, 405);
  mg_response_header_add_lines(conn, lines);
  mg_response_header_send(conn);
  return 405;
}

// The connection handed to unknown code.
void decorate(struct mg_connection *conn);

int escapes(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 401);
  decorate(conn);
  mg_response_header_send(conn);
  return 401;
}

int multipart(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 206);
  mg_response_header_add(conn, "Content-Type",
                         "multipart/byteranges; boundary=x", -1);
  mg_response_header_send(conn);
  mg_printf(conn, "--x\r\n");
  return 206;
}

int contentRange(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 206);
  mg_response_header_add(conn, "Content-Range", "bytes 0-2/10", -1);
  mg_response_header_send(conn);
  mg_write(conn, "abc", 3);
  return 206;
}

int switchingWithUpgrade(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 101);
  mg_response_header_add_lines(conn, "Upgrade: websocket\r\n"
                                     "Connection: Upgrade\r\n");
  mg_response_header_send(conn);
  return 101;
}

// Not required: 201 (Location optional), 300, 304; a handler's return value
// is no status sent.
int created(struct mg_connection *conn, void *cbdata) {
  mg_response_header_start(conn, 201);
  mg_response_header_send(conn);
  return 401;
}

int notModified(struct mg_connection *conn, void *cbdata) {
  mg_send_http_error(conn, 304, "%s", "");
  return 304;
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void startUnauthorized(struct mg_connection *conn) {
  mg_response_header_start(conn, 401);
}

int challengeAfterHelper(struct mg_connection *conn, void *cbdata) {
  startUnauthorized(conn);
  mg_response_header_add(conn, "WWW-Authenticate", "Bearer", -1);
  mg_response_header_send(conn);
  return 401;
}
