// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// Qt HttpServer 6.4.2 from Debian's qt6-httpserver-dev. A QHttpServerResponse
// gets its status from its constructor and is sent, with the headers added
// since, when the route handler returns it; a QHttpServerResponder writes
// the status line, the headers and the body as they are called, or all at
// once with write(). The (mimeType, data, status) constructors and
// write(data, mimeType, status) set Content-Type. Qt has no redirect,
// authentication or range helper and adds none of these headers itself.
#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>

#include <utility>

using StatusCode = QHttpServerResponder::StatusCode;

#define UNAUTHORIZED QHttpServerResponder::StatusCode::Unauthorized
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

QHttpServerResponse deny() {
  QHttpServerResponse res("text/plain", "login first", StatusCode::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  return res;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

QHttpServerResponse denyByMacro() {
  return QHttpServerResponse(UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
QHttpServerResponse emptyChallenge() {
  QHttpServerResponse res(StatusCode::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  res.setHeader("WWW-Authenticate", "");
  return res;
}

// Allow is added on one branch only.
QHttpServerResponse otherBranch(const QHttpServerRequest &request) {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  if (request.value("X-Verbose") == "1")
    res.addHeader("Allow", "GET, PUT");
  return res;
}

// Cleared before the response leaves.
QHttpServerResponse cleared() {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  res.addHeader("Allow", "GET");
  res.clearHeader("Allow");
  return res;
}

QHttpServerResponse redirectByHand() {
  return QHttpServerResponse(StatusCode::Found);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

QHttpServerResponse partial() {
  QHttpServerResponse res("text/plain", "abc", StatusCode::PartialContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  return res;
}

QHttpServerResponse rangeNotSatisfiable() {
  return QHttpServerResponse(StatusCode::RequestRangeNotSatisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

QHttpServerResponse upgradeRequired() {
  return QHttpServerResponse(StatusCode::UpgradeRequired);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

QHttpServerResponse proxyAuth() {
  return QHttpServerResponse(StatusCode::ProxyAuthenticationRequired);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The responder: write() sends at once, with the headers it is given.
void responderDeny(QHttpServerResponder &&responder) {
  responder.write(QByteArray("login first"), "text/plain",
                  StatusCode::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

void responderList(QHttpServerResponder &&responder) {
  responder.write({{"Content-Type", "text/plain"}}, StatusCode::MethodNotAllowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

// The pieces: the status line, then the headers.
void responderPieces(QHttpServerResponder &&responder) {
  responder.writeStatusLine(StatusCode::MovedPermanently);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header
  responder.writeHeader("Content-Length", "0");
  responder.writeBody(QByteArray());
}

// The status comes from a helper; the header is never written.
static void notAllowed(QHttpServerResponder &responder) {
  responder.writeStatusLine(StatusCode::MethodNotAllowed);
}

void statusThroughHelper(QHttpServerResponder &&responder) {
  notAllowed(responder);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'notAllowed'
  responder.writeHeader("Content-Length", "0");
  responder.writeBody(QByteArray());
}

// A helper's response held in a variable and returned: the caller sends it.
static QHttpServerResponse methodNotAllowed() {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  return res;
}

QHttpServerResponse returnedByHelper() {
  QHttpServerResponse res = methodNotAllowed();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:23: note: status 405 set here, through the call of 'methodNotAllowed'
  return res;
}

// The status is one of two on a conditional: the 301 arm lacks Location.
QHttpServerResponse conditional(bool old) {
  return QHttpServerResponse(old ? StatusCode::MovedPermanently : StatusCode::Ok);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

QHttpServerResponse challenge() {
  QHttpServerResponse res("text/plain", "login first", StatusCode::Unauthorized);
  res.setHeader("WWW-Authenticate", "Bearer realm=\"items\"");
  return res;
}

// The status comes first, the header after it: what counts is what the
// response has when sent.
QHttpServerResponse challengeList() {
  QHttpServerResponse res(StatusCode::Unauthorized);
  res.addHeaders({{"WWW-Authenticate", "Basic realm=\"items\""}});
  return res;
}

// An empty Allow says no method is allowed: it is allowed.
QHttpServerResponse nothingAllowed() {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  res.addHeader("Allow", "");
  return res;
}

QHttpServerResponse allowThroughConstant() {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  res.addHeader(kAllow, "GET");
  return res;
}

QHttpServerResponse redirect() {
  QHttpServerResponse res(StatusCode::SeeOther);
  res.setHeader("Location", "/items");
  return res;
}

static void addAllow(QHttpServerResponse &res) { res.addHeader("Allow", "GET"); }

QHttpServerResponse headerThroughHelper() {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  addAllow(res);
  return res;
}

// A name the analysis cannot read may be the header.
QHttpServerResponse nameInVariable(const QByteArray &name) {
  QHttpServerResponse res(StatusCode::MethodNotAllowed);
  res.addHeader(name, "GET");
  return res;
}

void decorate(QHttpServerResponse &res);

QHttpServerResponse escapes() {
  QHttpServerResponse res(StatusCode::Unauthorized);
  decorate(res);
  return res;
}

QHttpServerResponse multipart() {
  return QHttpServerResponse("multipart/byteranges; boundary=x", "--x\r\n...",
                             StatusCode::PartialContent);
}

void responderMultipart(QHttpServerResponder &&responder) {
  responder.write(QByteArray("--x\r\n..."), "multipart/byteranges; boundary=x",
                  StatusCode::PartialContent);
}

QHttpServerResponse contentRange() {
  QHttpServerResponse res("text/plain", "abc", StatusCode::PartialContent);
  res.addHeader("Content-Range", "bytes 0-2/10");
  return res;
}

void responderChallenge(QHttpServerResponder &&responder) {
  responder.write({{"WWW-Authenticate", "Bearer"}}, StatusCode::Unauthorized);
}

void responderPiecesLocation(QHttpServerResponder &&responder) {
  responder.writeStatusLine(StatusCode::TemporaryRedirect);
  responder.writeHeader("Location", "/items");
  responder.writeHeader("Content-Length", "0");
  responder.writeBody(QByteArray());
}

// Not required: 201 (Location optional), 300, 304.
QHttpServerResponse created() { return QHttpServerResponse(StatusCode::Created); }
QHttpServerResponse multipleChoices() {
  return QHttpServerResponse(StatusCode::MultipleChoices);
}
QHttpServerResponse notModified() {
  return QHttpServerResponse(StatusCode::NotModified);
}

// A helper whose caller adds the header: the helper returns the response to
// its caller, which sends it. (A response returned as a temporary is not
// followed into the caller: nothing is reported there either.)
static QHttpServerResponse unauthorized() {
  return QHttpServerResponse(StatusCode::Unauthorized);
}

static QHttpServerResponse unauthorizedVariable() {
  QHttpServerResponse res(StatusCode::Unauthorized);
  return res;
}

QHttpServerResponse challengeAfterVariableHelper() {
  QHttpServerResponse res = unauthorizedVariable();
  res.setHeader("WWW-Authenticate", "Bearer");
  return res;
}

QHttpServerResponse challengeAfterHelper() {
  QHttpServerResponse res = unauthorized();
  res.addHeader("WWW-Authenticate", "Bearer");
  return res;
}
