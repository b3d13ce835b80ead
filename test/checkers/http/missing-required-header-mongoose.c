// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c11 -isystem %inputs/mongoose-7.22
// mongoose 7.22, through a declaration-only header that mirrors its
// mongoose.h. mg_http_reply sends a whole response: the status, the
// caller's header lines as they are, mongoose's own Content-Length and the
// body. mongoose has no redirect or authentication reply and adds none of
// the headers a status asks for (from source, 7.22).
#include <mongoose.h>
#include <stddef.h>

#define UNAUTHORIZED 401
#define ALLOW_LINE "Allow: GET, HEAD\r\n"

// --- Findings ---------------------------------------------------------------

void deny(struct mg_connection *c) {
  mg_http_reply(c, 401, "Content-Type: text/plain\r\n", "login first\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

// An empty challenge list is no challenge.
void emptyChallenge(struct mg_connection *c) {
  mg_http_reply(c, UNAUTHORIZED, "WWW-Authenticate: \r\n", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// One branch's reply has Allow, the other's has not.
void otherBranch(struct mg_connection *c, int verbose) {
  if (verbose)
    mg_http_reply(c, 405, "Allow: GET\r\n", "");
  else
    mg_http_reply(c, 405, "", "use GET\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

void redirectByHand(struct mg_connection *c) {
  mg_http_reply(c, 301, "Content-Type: text/plain\r\n", "moved\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header; RFC 9110 section 15.4.2 says it should have one
}

void partial(struct mg_connection *c) {
  mg_http_reply(c, 206, "Content-Type: text/plain\r\n", "abc");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
}

void rangeNotSatisfiable(struct mg_connection *c) {
  mg_http_reply(c, 416, "", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(struct mg_connection *c) {
  mg_http_reply(c, 426, "Connection: close\r\n", "use TLS\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

// The status comes from the caller of a helper that replies.
static void reply(struct mg_connection *c, int status, const char *text) {
  mg_http_reply(c, status, "Content-Type: text/plain\r\n", "%s", text);
}

void statusThroughHelper(struct mg_connection *c) {
  reply(c, 401, "login first\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 401 set here, through the call of 'reply'
}

// --- No findings ------------------------------------------------------------

void challenge(struct mg_connection *c) {
  mg_http_reply(c, 401, "WWW-Authenticate: Basic realm=\"items\"\r\n",
                "login first\n");
}

// The header's place among the lines does not matter.
void challengeLast(struct mg_connection *c) {
  mg_http_reply(c, 401,
                "Content-Type: text/plain\r\n"
                "WWW-Authenticate: Bearer\r\n",
                "login first\n");
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(struct mg_connection *c) {
  mg_http_reply(c, 405, "Allow: \r\n", "");
}

void allowFromMacro(struct mg_connection *c) {
  mg_http_reply(c, 405, ALLOW_LINE, "");
}

void redirect(struct mg_connection *c) {
  mg_http_reply(c, 302, "Location: /items\r\n", "");
}

// Lines the analysis cannot read may hold the header.
void linesInVariable(struct mg_connection *c, const char *headers) {
  mg_http_reply(c, 401, headers, "login first\n");
}

// The connection handed to unknown code, which may reply itself.
void decorate(struct mg_connection *c);

void escapes(struct mg_connection *c) {
  decorate(c);
  mg_http_reply(c, 200, "", "ok\n");
}

void multipart(struct mg_connection *c) {
  mg_http_reply(c, 206, "Content-Type: multipart/byteranges; boundary=x\r\n",
                "--x\r\n");
}

void contentRange(struct mg_connection *c) {
  mg_http_reply(c, 206, "Content-Range: bytes 0-2/10\r\n", "abc");
}

void upgrade(struct mg_connection *c) {
  mg_http_reply(c, 426, "Upgrade: TLS/1.2, HTTP/1.1\r\nConnection: Upgrade\r\n",
                "");
}

// Not required: 201 (Location optional), 300, 304.
void created(struct mg_connection *c) { mg_http_reply(c, 201, "", ""); }
void multipleChoices(struct mg_connection *c) { mg_http_reply(c, 300, "", ""); }
void notModified(struct mg_connection *c) { mg_http_reply(c, 304, "", ""); }

// --- Known misses -----------------------------------------------------------
// A response the handler writes as protocol text is not checked: its
// header lines may follow in later writes.
void rawText(struct mg_connection *c) {
  mg_printf(c, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
  // FIXME: should report no WWW-Authenticate header on the 401 here.
}
