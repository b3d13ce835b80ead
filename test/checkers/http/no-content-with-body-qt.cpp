// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// Qt HttpServer 6.4.2 from Debian's qt6-httpserver-dev.
#include <QtCore/QBuffer>
#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>

#include <utility>

using StatusCode = QHttpServerResponder::StatusCode;

StatusCode computeStatus();

// --- Findings ---------------------------------------------------------------

QHttpServerResponse deleted() {
  QHttpServerResponse res("text/plain", "gone", QHttpServerResponder::StatusCode::NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: status 204 set here
  return res;
}

QHttpServerResponse notModified() {
  QHttpServerResponse res(QString("cached"), StatusCode::NotModified);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: status 304 set here
  return res;
}

QHttpServerResponse informational() {
  QHttpServerResponse res(QByteArray("continue"), StatusCode::Continue);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: status 100 set here
  return res;
}

QHttpServerResponse jsonArray() {
  QHttpServerResponse res(QJsonArray{1, 2}, StatusCode::ResetContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: status 205 set here
  return res;
}

QHttpServerResponse conditionalStatus(bool quiet) {
  QHttpServerResponse res("text/plain", "done",
                          quiet ? StatusCode::NoContent : StatusCode::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: status 204 set here
  return res;
}

// A temporary returned from a route handler is sent by QHttpServer.
void temporaries(QHttpServer &server) {
  server.route("/items/<arg>", QHttpServerRequest::Method::Delete, [](int) {
    return QHttpServerResponse(QJsonObject{{"deleted", true}}, StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  });
  server.route("/reset", [] {
    return QHttpServerResponse("reset", StatusCode::ResetContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 205
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 205 set here
  });
}

void inARoute(QHttpServer &server) {
  server.route("/gone", [](const QHttpServerRequest &) {
    QHttpServerResponse res("application/json", "{}", StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:25: note: status 204 set here
    return res;
  });
}

// QHttpServerResponse::write(responder) sends it at once.
void writtenToResponder(QHttpServer &server) {
  server.route("/w", [](QHttpServerResponder &&responder) {
    QHttpServerResponse res("text/plain", "gone", StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:25: note: status 204 set here
    res.write(std::move(responder));
  });
}

// The responder's raw pieces.
void rawResponder(QHttpServer &server) {
  server.route("/raw", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NoContent);
    responder.writeHeader("Content-Type", "text/plain");
    responder.writeBody("gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: status 204 set here
  });
  server.route("/sized", [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NotModified);
    responder.writeBody("abc", 3);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 304
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 304 set here
  });
}

// QHttpServerResponder::write(data, mime type or headers, status) writes
// the data after the headers, whatever the status.
void responderWrite(QHttpServer &server) {
  server.route("/rw", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("gone"), "text/plain", StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
  server.route("/headers", [](QHttpServerResponder &&responder) {
    responder.write("cached", {{"ETag", "\"v2\""}}, StatusCode::NotModified);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 304 set here
  });
  server.route("/json", [](QHttpServerResponder &&responder) {
    responder.write(QJsonDocument(QJsonObject{{"deleted", true}}), StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
  server.route("/json-headers", [](QHttpServerResponder &&responder) {
    const QJsonDocument document(QJsonArray{1, 2});
    responder.write(document, {{"X-Count", "2"}}, StatusCode::ResetContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 205 set here
  });
  server.route("/conditional", [](const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
    const bool quiet = request.query().isEmpty();
    responder.write(QByteArray("done"), "text/plain",
                    quiet ? StatusCode::NoContent : StatusCode::Ok);
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  });
}

// A device's content is sent after the headers, whatever its size.
void responderDevice(QHttpServer &server) {
  server.route("/file", [](QHttpServerResponder &&responder) {
    responder.write(new QFile("index.html"), "text/html", StatusCode::NoContent);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 204 set here
  });
  server.route("/buffer", [](QHttpServerResponder &&responder) {
    auto *buffer = new QBuffer;
    buffer->setData("gone");
    responder.write(buffer, {{"Content-Type", "text/plain"}}, StatusCode::Continue);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: status 100 set here
  });
}

// --- No findings ------------------------------------------------------------

QHttpServerResponse earlyReturn(bool quiet) {
  if (quiet)
    return QHttpServerResponse(StatusCode::NoContent);
  return QHttpServerResponse("text/plain", "updated", StatusCode::Ok);
}

void earlyReturnOnResponder(QHttpServer &server) {
  server.route("/early", [](const QHttpServerRequest &request,
                            QHttpServerResponder &&responder) {
    if (request.query().isEmpty()) {
      responder.writeStatusLine(StatusCode::NoContent);
      responder.writeBody(QByteArray());
      return;
    }
    responder.writeStatusLine(StatusCode::Ok);
    responder.writeBody("updated");
  });
}

QHttpServerResponse otherBranch(bool quiet) {
  QHttpServerResponse res(StatusCode::NoContent);
  if (!quiet)
    res = QHttpServerResponse("text/plain", "loud", StatusCode::Ok);
  return res;
}

// The response is replaced before it is returned.
QHttpServerResponse statusOverwritten() {
  QHttpServerResponse res("text/plain", "hello", StatusCode::NoContent);
  res = QHttpServerResponse("text/plain", "hello", StatusCode::Ok);
  return res;
}

QHttpServerResponse emptyMimeData() {
  QHttpServerResponse res("text/plain", "", StatusCode::NoContent);
  return res;
}

QHttpServerResponse emptyByteArrays() {
  QHttpServerResponse res(QByteArray(), QByteArray(), StatusCode::NoContent);
  return res;
}

QHttpServerResponse emptyData() {
  QHttpServerResponse res("", StatusCode::NoContent);
  return res;
}

QHttpServerResponse emptyQString() {
  QHttpServerResponse res(QString(), StatusCode::NoContent);
  return res;
}

void emptyWrites(QHttpServer &server) {
  server.route("/empty", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(StatusCode::NoContent);
    responder.writeBody("");
    responder.writeBody("x", 0);
    responder.writeBody(QByteArray());
  });
}

QHttpServerResponse metadataOnNoContent() {
  QHttpServerResponse res(StatusCode::NoContent);
  res.setHeader("ETag", "\"v2\"");
  res.addHeader("Location", "/items/2");
  res.addHeader("Cache-Control", "no-store");
  return res;
}

QHttpServerResponse twoResponses(bool quiet) {
  QHttpServerResponse empty(StatusCode::NoContent);
  QHttpServerResponse full("text/plain", "hello", StatusCode::Ok);
  if (quiet)
    return empty;
  return full;
}

QHttpServerResponse unknownStatus() {
  QHttpServerResponse res("text/plain", "maybe", computeStatus());
  return res;
}

// The status is the default, StatusCode::Ok.
QHttpServerResponse defaultStatus() {
  return QHttpServerResponse("hello");
}

void statusOnly(QHttpServer &server) {
  server.route("/status", [] { return QHttpServerResponse(StatusCode::NoContent); });
  server.route("/enum", []() -> QHttpServerResponse { return StatusCode::NoContent; });
  server.route("/deduced", [] { return StatusCode::NoContent; });
  server.route("/responder", [](QHttpServerResponder &&responder) {
    responder.write(StatusCode::NoContent);
  });
  server.route("/headers", [](QHttpServerResponder &&responder) {
    responder.write({{"ETag", "\"v2\""}}, StatusCode::NoContent);
  });
}

QHttpServerResponse fromFile() {
  return QHttpServerResponse::fromFile(QStringLiteral("index.html"));
}

QHttpServerResponse okWithBody() {
  return QHttpServerResponse("text/plain", "fine", StatusCode::Ok);
}

// write() with empty data, with no data, or with a status that allows it.
void responderWriteClean(QHttpServer &server) {
  server.route("/empty", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray(), "text/plain", StatusCode::NoContent);
  });
  server.route("/empty-headers", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray(""), {{"ETag", "\"v2\""}}, StatusCode::NotModified);
  });
  server.route("/null-json", [](QHttpServerResponder &&responder) {
    responder.write(QJsonDocument(), StatusCode::NoContent);
  });
  server.route("/ok", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("fine"), "text/plain", StatusCode::Ok);
    // The default status is 200.
  });
  server.route("/default", [](QHttpServerResponder &&responder) {
    responder.write(QJsonDocument(QJsonObject{{"ok", true}}));
  });
  server.route("/device", [](QHttpServerResponder &&responder) {
    responder.write(new QFile("index.html"), "text/html");
  });
  server.route("/unknown", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("maybe"), "text/plain", computeStatus());
  });
}

// The 204 goes out on the path that writes no data.
void earlyWrite(QHttpServer &server) {
  server.route("/early", [](const QHttpServerRequest &request,
                            QHttpServerResponder &&responder) {
    if (request.query().isEmpty()) {
      responder.write(StatusCode::NoContent);
      return;
    }
    responder.write(QByteArray("updated"), "text/plain", StatusCode::Ok);
  });
}

// --- Known misses ---------------------------------------------------------
// What the schema cannot say yet (QByteArrayLiteral); the check stays silent.

// QByteArrayLiteral builds the QByteArray without calling a constructor on
// the string.
QHttpServerResponse byteArrayLiteral() {
  QHttpServerResponse res("text/plain", QByteArrayLiteral("gone"), StatusCode::NoContent);
  // FIXME: should report: content written to a response that is sent with status 204
  return res;
}
