// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++20 -isystem %inputs/uwebsockets-20.79
// uWebSockets v20.79.0, through the declaration-only headers of
// Inputs/uwebsockets-20.79. writeStatus writes the status line and
// writeHeader a header line at once; end(), tryEnd() and endWithoutBody()
// finish the response, write() sends its first chunk. Only the first
// status written counts, and writeHeader writes "200 OK" first when none
// was. uWebSockets adds none of these headers by itself, but upgrade()
// writes a 101 (when no status was written) with Upgrade.
#include <App.h>

#include <string>

#define STATUS_UNAUTHORIZED "401 Unauthorized"
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("401 Unauthorized");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res->end("login first");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void denyByMacro(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus(STATUS_UNAUTHORIZED)->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
void emptyChallenge(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("401 Unauthorized")->writeHeader("WWW-Authenticate", "")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Allow is written on one branch only.
void otherBranch(uWS::HttpResponse<false> *res, uWS::HttpRequest *req) {
  res->writeStatus("405 Method Not Allowed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  if (req->getQuery("verbose") == "1")
    res->writeHeader("Allow", "GET, PUT");
  res->endWithoutBody();
}

void redirectByHand(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("302 Found")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

void partial(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("206 Partial Content")
      // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
      ->writeHeader("Content-Type", "text/plain")
      ->end("abc");
}

void rangeNotSatisfiable(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("416 Range Not Satisfiable")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("426 Upgrade Required")->end("use HTTP/2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

// A switch written by hand, without upgrade().
void switchingByHand(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("101 Switching Protocols")
      ->writeHeader("Connection", "Upgrade")
      ->endWithoutBody();
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: response sent with status 101 (Switching Protocols) has no Upgrade header; RFC 9110 section 15.2.2 says it must have one
}

void proxyAuth(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("407 Proxy Authentication Required")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status comes from a helper; the header is never written.
template <bool SSL> static void setNotAllowed(uWS::HttpResponse<SSL> *res) {
  res->writeStatus("405 Method Not Allowed");
}

void statusThroughHelper(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  res->end();
}

// A callback registered on the response changes none of its headers.
void abortable(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->onAborted([]() {});
  res->writeStatus("401 Unauthorized")->end();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// upgrade() keeps a status written before, and adds no challenge.
void upgradeAfterDenial(uWS::HttpResponse<false> *res, uWS::HttpRequest *req,
                        us_socket_context_t *context) {
  res->writeStatus("401 Unauthorized");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one
  res->upgrade(0, req->getHeader("sec-websocket-key"), "", "", context);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

// The first status stays: the 200 written after is ignored.
void secondStatusIgnored(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("405 Method Not Allowed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  res->writeStatus("200 OK");
  res->end();
}

// --- No findings ------------------------------------------------------------

// upgrade() writes 101 Switching Protocols with Upgrade.
void upgraded(uWS::HttpResponse<false> *res, uWS::HttpRequest *req,
              us_socket_context_t *context) {
  res->upgrade(0, req->getHeader("sec-websocket-key"),
               req->getHeader("sec-websocket-protocol"),
               req->getHeader("sec-websocket-extensions"), context);
}

// writeHeader wrote "200 OK" first: the 405 after it is never sent.
void statusAfterHeader(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeHeader("Cache-Control", "no-store");
  res->writeStatus("405 Method Not Allowed");
  res->end();
}

void challenge(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("401 Unauthorized")
      ->writeHeader("WWW-Authenticate", "Bearer realm=\"items\"")
      ->end("login first");
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("405 Method Not Allowed")->writeHeader("Allow", "")->end();
}

void allowThroughConstant(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("405 Method Not Allowed")->writeHeader(kAllow, "GET")->end();
}

void redirect(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("303 See Other")->writeHeader("Location", "/items")->end();
}

static void addAllow(uWS::HttpResponse<false> *res) {
  res->writeHeader("Allow", "GET");
}

void headerThroughHelper(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("405 Method Not Allowed");
  addAllow(res);
  res->end();
}

// A name the analysis cannot read may be the header.
void nameInVariable(uWS::HttpResponse<false> *res, uWS::HttpRequest *,
                    const std::string &name) {
  res->writeStatus("405 Method Not Allowed")->writeHeader(name, "GET")->end();
}

void decorate(uWS::HttpResponse<false> *res);

void escapes(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("401 Unauthorized");
  decorate(res);
  res->end();
}

// cork() runs a callback that captures the response.
void corked(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("401 Unauthorized");
  res->cork([res]() { res->writeHeader("WWW-Authenticate", "Bearer"); });
  res->end();
}

void multipart(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("206 Partial Content")
      ->writeHeader("Content-Type", "multipart/byteranges; boundary=x")
      ->end("--x\r\n...");
}

void contentRange(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("206 Partial Content")
      ->writeHeader("Content-Range", "bytes 0-2/10")
      ->end("abc");
}

void switching(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("101 Switching Protocols")
      ->writeHeader("Upgrade", "websocket")
      ->writeHeader("Connection", "Upgrade")
      ->endWithoutBody();
}

// Not required: 201 (Location optional), 300, 304.
void created(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("201 Created")->end();
}
void multipleChoices(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("300 Multiple Choices")->end();
}
void notModified(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  res->writeStatus("304 Not Modified")->end();
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(uWS::HttpResponse<false> *res) {
  res->writeStatus("401 Unauthorized");
}

void challengeAfterHelper(uWS::HttpResponse<false> *res, uWS::HttpRequest *) {
  unauthorized(res);
  res->writeHeader("WWW-Authenticate", "Bearer")->end();
}
