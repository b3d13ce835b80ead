// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// Qt HttpServer 6.4.2 from Debian's qt6-httpserver-dev.
#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>

#include <map>
#include <utility>

using StatusCode = QHttpServerResponder::StatusCode;

static const char *const kContentLength = "Content-Length";
static const QByteArray kTransferEncoding("Transfer-Encoding");

// --- Findings ---------------------------------------------------------------

// QHttpServerResponse::write sends this header and then its own
// Content-Length: 0.
QHttpServerResponse deleted() {
  QHttpServerResponse res(QHttpServerResponder::StatusCode::NoContent);
  res.setHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  return res;
}

QHttpServerResponse transferEncoding() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.addHeader("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  return res;
}

QHttpServerResponse informational() {
  QHttpServerResponse res(StatusCode::Continue);
  res.setHeader("content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 100 set here
  return res;
}

QHttpServerResponse conditionalStatus(bool quiet) {
  QHttpServerResponse res("text/plain", "",
                          quiet ? StatusCode::NoContent : StatusCode::Ok);
  res.addHeader(QByteArray("Content-Length"), QByteArray::number(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: status 204 set here
  return res;
}

// Constants holding the name are followed.
QHttpServerResponse namesInConstants() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  res.addHeader(kTransferEncoding, "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:23: note: status 204 set here
  return res;
}

void inARoute(QHttpServer &server) {
  server.route("/items/<arg>", QHttpServerRequest::Method::Delete, [](int) {
    QHttpServerResponse res(StatusCode::NoContent);
    res.setHeader("Content-Length", "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:25: note: status 204 set here
    return res;
  });
}

void writtenToResponder(QHttpServer &server) {
  server.route("/w", [](QHttpServerResponder &&responder) {
    QHttpServerResponse res(StatusCode::NoContent);
    res.addHeader("Transfer-Encoding", "chunked");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Transfer-Encoding set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:25: note: status 204 set here
    res.write(std::move(responder));
  });
}

void rawResponder(QHttpServer &server) {
  server.route("/raw", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NoContent);
    responder.writeHeader("Content-Length", "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    responder.writeBody(QByteArray());
  });
}

// Headers given as a list of (name, value) pairs: the finding is at the
// name.
QHttpServerResponse headerList() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeaders({{"ETag", "\"v2\""}, {"Content-Length", "0"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  return res;
}

QHttpServerResponse addedHeaderList() {
  QHttpServerResponse res(StatusCode::Continue);
  res.addHeaders({{"Transfer-Encoding", "chunked"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: Transfer-Encoding set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 100 set here
  return res;
}

// addHeaders(container) takes any container of pairs; a constant one keeps
// the pairs it was initialised with.
QHttpServerResponse headerContainer() {
  const std::map<QByteArray, QByteArray> extra{{"Content-Length", "0"}};
  QHttpServerResponse res(StatusCode::NoContent);
  res.addHeaders(extra);
  // CHECK-MESSAGES: :[[@LINE-3]]:50: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  return res;
}

// QHttpServerResponder::write writes the list's headers, then a
// Content-Length of its own.
void responderHeaderList(QHttpServer &server) {
  server.route("/list", [](QHttpServerResponder &&responder) {
    responder.write({{"Content-Length", "0"}}, StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
  server.route("/data", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray(), {{"Transfer-Encoding", "chunked"}}, StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: Transfer-Encoding set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
  server.route("/json", [](QHttpServerResponder &&responder) {
    responder.write(QJsonDocument(), {{"content-length", "0"}}, StatusCode::SwitchingProtocols);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 101 set here
  });
  server.route("/raw", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NoContent);
    responder.writeHeaders({{"Content-Length", "0"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    responder.writeBody(QByteArray());
  });
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
QHttpServerResponse notModified() {
  QHttpServerResponse res(StatusCode::NotModified);
  res.setHeader("Content-Length", "1024");
  return res;
}

// A 205 may say that it has no content.
QHttpServerResponse resetContent() {
  QHttpServerResponse res(StatusCode::ResetContent);
  res.setHeader("Content-Length", "0");
  return res;
}

QHttpServerResponse metadataOnNoContent() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader("ETag", "\"v2\"");
  res.addHeader("Location", "/items/2");
  res.addHeader("Cache-Control", "no-store");
  return res;
}

void metadataOnResponder(QHttpServer &server) {
  server.route("/meta", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NoContent);
    responder.writeHeader("ETag", "\"v2\"");
    responder.writeHeader("Location", "/items/2");
    responder.writeBody(QByteArray());
  });
}

QHttpServerResponse earlyReturn(bool quiet) {
  if (quiet)
    return QHttpServerResponse(StatusCode::NoContent);
  QHttpServerResponse res("text/plain", "hello", StatusCode::Ok);
  res.setHeader("Content-Length", "5");
  return res;
}

QHttpServerResponse statusOverwritten() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader("Content-Length", "5");
  res = QHttpServerResponse("text/plain", "hello", StatusCode::Ok);
  return res;
}

QHttpServerResponse headerRemoved() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader("Content-Length", "5");
  res.clearHeader("Content-Length");
  return res;
}

QHttpServerResponse headersCleared() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.addHeader("Transfer-Encoding", "chunked");
  res.clearHeaders();
  return res;
}

QHttpServerResponse twoResponses(bool quiet) {
  QHttpServerResponse empty(StatusCode::NoContent);
  QHttpServerResponse full("text/plain", "hello", StatusCode::Ok);
  full.setHeader("Content-Length", "5");
  if (quiet)
    return empty;
  return full;
}

// A header name held in a variable that may change is not followed.
QHttpServerResponse nameInVariable(QByteArray name) {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader(name, "0");
  return res;
}

// The framework's own Content-Length: 0 on an empty 204 is not the
// handler's.
void emptyNoContent(QHttpServer &server) {
  server.route("/empty", [] { return QHttpServerResponse(StatusCode::NoContent); });
  server.route("/responder", [](QHttpServerResponder &&responder) {
    responder.write(StatusCode::NoContent);
  });
}

// Lists without framing headers, or on a status that may carry them.
void responderHeaderListClean(QHttpServer &server) {
  server.route("/meta", [](QHttpServerResponder &&responder) {
    responder.write({{"ETag", "\"v2\""}}, StatusCode::NoContent);
  });
  server.route("/mime", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray(), "text/plain", StatusCode::NoContent);
  });
  server.route("/ok", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("hello"), {{"Content-Length", "5"}}, StatusCode::Ok);
  });
  server.route("/cached", [](QHttpServerResponder &&responder) {
    responder.write({{"Content-Length", "1024"}}, StatusCode::NotModified);
  });
}

QHttpServerResponse headerListOnReset() {
  QHttpServerResponse res(StatusCode::ResetContent);
  res.setHeaders({{"Content-Length", "0"}});
  return res;
}

// A container the handler may still change is not read.
QHttpServerResponse mutableContainer(bool withLength) {
  std::map<QByteArray, QByteArray> extra{{"Content-Length", "0"}};
  if (!withLength)
    extra.clear();
  QHttpServerResponse res(StatusCode::NoContent);
  res.addHeaders(extra);
  return res;
}

// --- Known misses ---------------------------------------------------------
// What the schema cannot say yet (QByteArrayLiteral); the check stays silent.

// QByteArrayLiteral builds the QByteArray without calling a constructor on
// the string.
QHttpServerResponse byteArrayLiteral() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader(QByteArrayLiteral("Content-Length"), "0");
  // FIXME: should report: Content-Length set on a response that is sent with status 204
  return res;
}
