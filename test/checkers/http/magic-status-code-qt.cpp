// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// Qt HttpServer 6.4.2 from Debian's qt6-httpserver-dev.
#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

#define NO_CONTENT 204
#define NOT_FOUND QHttpServerResponder::StatusCode::NotFound

// The constructors and write() take the enumeration: a number needs a cast.
QHttpServerResponse constructed() {
  QHttpServerResponse res(static_cast<QHttpServerResponder::StatusCode>(204));
  // CHECK-MESSAGES: :[[@LINE-1]]:73: warning: status code 204 written as a number; use QHttpServerResponder::StatusCode::NoContent [http-magic-status-code]
  // CHECK-FIXES: QHttpServerResponse res(QHttpServerResponder::StatusCode::NoContent);
  return res;
}

QHttpServerResponse throughTheAlias() {
  return QHttpServerResponse(QJsonObject{{"missing", true}},
                             static_cast<QHttpServerResponse::StatusCode>(404));
  // CHECK-MESSAGES: :[[@LINE-1]]:75: warning: status code 404 written as a number; use QHttpServerResponder::StatusCode::NotFound
  // CHECK-FIXES: QHttpServerResponder::StatusCode::NotFound);
}

QHttpServerResponse withMimeType() {
  QHttpServerResponse res("text/plain", "made",
                          QHttpServerResponder::StatusCode(201));
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: status code 201 written as a number; use QHttpServerResponder::StatusCode::Created
  // CHECK-FIXES: QHttpServerResponder::StatusCode::Created);
  return res;
}

QHttpServerResponse conditional(bool quiet) {
  return QHttpServerResponse(quiet ? static_cast<QHttpServerResponder::StatusCode>(204)
                                   : QHttpServerResponder::StatusCode::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:84: warning: status code 204 written as a number; use QHttpServerResponder::StatusCode::NoContent
  // CHECK-FIXES: return QHttpServerResponse(quiet ? QHttpServerResponder::StatusCode::NoContent
}

void routes(QHttpServer &server) {
  server.route("/deduced", [] { return static_cast<QHttpServerResponder::StatusCode>(204); });
  // CHECK-MESSAGES: :[[@LINE-1]]:86: warning: status code 204 written as a number; use QHttpServerResponder::StatusCode::NoContent
  // CHECK-FIXES: server.route("/deduced", [] { return QHttpServerResponder::StatusCode::NoContent; });
  server.route("/responder", [](QHttpServerResponder &&responder) {
    responder.write(static_cast<QHttpServerResponder::StatusCode>(204));
    // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: status code 204 written as a number; use QHttpServerResponder::StatusCode::NoContent
    // CHECK-FIXES: responder.write(QHttpServerResponder::StatusCode::NoContent);
  });
  server.route("/raw", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine((QHttpServerResponder::StatusCode)304);
    // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: status code 304 written as a number; use QHttpServerResponder::StatusCode::NotModified
    // CHECK-FIXES: responder.writeStatusLine(QHttpServerResponder::StatusCode::NotModified);
    responder.writeBody(QByteArray());
  });
  server.route("/json", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("{}"), "application/json",
                    static_cast<QHttpServerResponder::StatusCode>(500));
    // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: status code 500 written as a number; use QHttpServerResponder::StatusCode::InternalServerError
    // CHECK-FIXES: QHttpServerResponder::StatusCode::InternalServerError);
  });
}

bool compared(const QHttpServerResponse &res) {
  return res.statusCode() == static_cast<QHttpServerResponder::StatusCode>(204);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: status code 204 written as a number; use QHttpServerResponder::StatusCode::NoContent
  // CHECK-FIXES: return res.statusCode() == QHttpServerResponder::StatusCode::NoContent;
}

// --- No findings ------------------------------------------------------------

QHttpServerResponse named() {
  return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
}

QHttpServerResponse fromMacros(bool missing) {
  if (missing)
    return QHttpServerResponse(NOT_FOUND);
  return QHttpServerResponse(static_cast<QHttpServerResponder::StatusCode>(NO_CONTENT));
}

void notStatusPositions(QHttpServer &server) {
  server.route("/n", [](QHttpServerResponder &&responder) {
    char buffer[204];
    responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    responder.writeHeader("X-Count", QByteArray::number(404));
    responder.writeBody("abc", 3);
    responder.writeBody(QByteArray(204, 'x'));
    (void)buffer;
  });
  server.listen(QHostAddress::LocalHost, 8204);
}

// No constant names 299 or 103; 0 is not a status code.
void unnamed(QHttpServer &server) {
  server.route("/u", [](QHttpServerResponder &&responder) {
    responder.write(static_cast<QHttpServerResponder::StatusCode>(299));
    responder.write(static_cast<QHttpServerResponder::StatusCode>(103));
    responder.write(static_cast<QHttpServerResponder::StatusCode>(0));
  });
}
