// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13. newRedirectionResponse adds Location and the range
// overload of newFileResponse Content-Range; Drogon adds none of the headers
// these rules ask for to a handler's response.
#include <drogon/drogon.h>

#include <functional>
#include <string>

using namespace drogon;
using Callback = std::function<void(const HttpResponsePtr &)>;

#define UNAUTHORIZED k401Unauthorized
static const char *const kAllow = "Allow";

void decorate(const HttpResponsePtr &resp);

// --- Findings ---------------------------------------------------------------

void deny(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k401Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  resp->setContentTypeCode(CT_TEXT_PLAIN);
  resp->setCloseConnection(true);
  resp->setBody("login first");
  callback(resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void denyByMacro(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse(UNAUTHORIZED, CT_TEXT_PLAIN);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  callback(resp);
}

// An empty challenge list is no challenge.
void emptyChallenge(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader("WWW-Authenticate", "");
  resp->setStatusCode(k401Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  callback(resp);
}

// Allow is set on one branch only.
void otherBranch(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  if (req->method() == Put)
    resp->addHeader("Allow", "GET, PUT");
  resp->setStatusCode(k405MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  callback(resp);
}

void redirectByHand(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k303SeeOther);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 303 (See Other) has no Location header; RFC 9110 section 15.4.4 says it should have one
  resp->addCookie("session", "1");
  resp->setExpiredTime(0);
  callback(resp);
}

// A custom status is sent as it is.
void customRedirect(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(308);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 308 (Permanent Redirect) has no Location header
  callback(resp);
}

void partial(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k206PartialContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  resp->addHeader("Content-Type", "text/plain");
  resp->setBody("abc");
  callback(resp);
}

void rangeNotSatisfiable(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k416RequestedRangeNotSatisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  callback(resp);
}

void upgradeRequired(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k426UpgradeRequired);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  callback(resp);
}

void proxyAuth(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k407ProxyAuthenticationRequired);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  callback(resp);
}

// Removed after it was added.
void removed(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k405MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  resp->addHeader("Allow", "GET");
  resp->removeHeader("allow");
  callback(resp);
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(const HttpResponsePtr &resp) {
  resp->setStatusCode(k405MethodNotAllowed);
}

void statusThroughHelper(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  setNotAllowed(resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  callback(resp);
}

// --- No findings ------------------------------------------------------------

void challenge(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse(k401Unauthorized, CT_TEXT_PLAIN);
  resp->addHeader("WWW-Authenticate", "Bearer realm=\"items\"");
  callback(resp);
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k401Unauthorized);
  resp->setBody("login first");
  resp->addHeader("www-authenticate", "Basic realm=\"items\"");
  callback(resp);
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader("Allow", "");
  resp->setStatusCode(k405MethodNotAllowed);
  callback(resp);
}

void allowThroughConstant(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader(kAllow, "GET");
  resp->setStatusCode(k405MethodNotAllowed);
  callback(resp);
}

// newRedirectionResponse adds Location, with 302 by default.
void redirect(const HttpRequestPtr &req, Callback &&callback) {
  callback(HttpResponse::newRedirectionResponse("/items"));
}

void redirectPermanent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp =
      HttpResponse::newRedirectionResponse("/items", k301MovedPermanently);
  callback(resp);
}

static void addAllow(const HttpResponsePtr &resp) {
  resp->addHeader("Allow", "GET");
}

void headerThroughHelper(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k405MethodNotAllowed);
  addAllow(resp);
  callback(resp);
}

// A name the analysis cannot read may be the header.
void nameInVariable(const HttpRequestPtr &req, Callback &&callback,
                    const std::string &name) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader(name, "GET");
  resp->setStatusCode(k405MethodNotAllowed);
  callback(resp);
}

void escapes(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k401Unauthorized);
  decorate(resp);
  callback(resp);
}

void multipart(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k206PartialContent);
  resp->addHeader("Content-Type", "multipart/byteranges; boundary=x");
  resp->setBody("--x\r\n");
  callback(resp);
}

// A content type given as a text may be a whole header line: not read.
void contentTypeString(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k206PartialContent);
  resp->setContentTypeString("content-type: multipart/byteranges\r\n");
  callback(resp);
}

// The range overload of newFileResponse adds Content-Range.
void fileRange(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newFileResponse("/srv/items.bin", 0, 3);
  resp->setStatusCode(k206PartialContent);
  callback(resp);
}

void contentRange(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k416RequestedRangeNotSatisfiable);
  resp->addHeader("Content-Range", "bytes */10");
  callback(resp);
}

// Not required: 201, 304.
void created(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k201Created);
  callback(resp);
}
void notModified(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k304NotModified);
  callback(resp);
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(const HttpResponsePtr &resp) {
  resp->setStatusCode(k401Unauthorized);
}

void challengeAfterHelper(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  unauthorized(resp);
  resp->addHeader("WWW-Authenticate", "Bearer");
  callback(resp);
}
