// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// Qt HttpServer 6.4.2 from Debian's qt6-httpserver-dev. The constructors of
// QHttpServerResponse and QHttpServerResponder's write() and
// writeStatusLine() take the scoped enumeration StatusCode: a number
// reaches them through a cast, and Qt writes its value into the status line
// as it is.
#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

using StatusCode = QHttpServerResponder::StatusCode;

#define STATUS_TYPO 2040

static void reply(QHttpServerResponder &responder, int status) {
  responder.write(static_cast<StatusCode>(status));
}

QHttpServerResponse constructed() {
  QHttpServerResponse res(static_cast<StatusCode>(2004));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  return res;
}

QHttpServerResponse withData() {
  return QHttpServerResponse(QJsonObject{{"missing", true}},
                             static_cast<QHttpServerResponse::StatusCode>(4004));
  // CHECK-MESSAGES: :[[@LINE-1]]:75: warning: status code 4004 is outside 100 to 599
}

QHttpServerResponse withMimeType() {
  return QHttpServerResponse("text/plain", "made", StatusCode(STATUS_TYPO));
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: status code 2040 is outside 100 to 599
}

QHttpServerResponse conditional(bool quiet) {
  return QHttpServerResponse(quiet ? static_cast<StatusCode>(40)
                                   : StatusCode::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:62: warning: status code 40 is outside 100 to 599
}

void routes(QHttpServer &server) {
  server.route("/deduced", [] { return static_cast<StatusCode>(600); });
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: status code 600 is outside 100 to 599
  server.route("/responder", [](QHttpServerResponder &&responder) {
    responder.write((StatusCode)99);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: status code 99 is outside 100 to 599
  });
  server.route("/raw", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(static_cast<StatusCode>(3040));
    // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: status code 3040 is outside 100 to 599
    responder.writeBody(QByteArray());
  });
  server.route("/json", [](QHttpServerResponder &&responder) {
    responder.write(QByteArray("{}"), "application/json",
                    static_cast<StatusCode>(5000));
    // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: status code 5000 is outside 100 to 599
  });
  // Through a helper's status parameter: reported at the call.
  server.route("/helper", [](QHttpServerResponder &&responder) {
    reply(responder, 6000);
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: status code 6000 is outside 100 to 599
  });
}

// --- No findings ------------------------------------------------------------

void valid(QHttpServer &server) {
  server.route("/valid", [](QHttpServerResponder &&responder) {
    responder.writeStatusLine(static_cast<StatusCode>(100));
    responder.write(static_cast<StatusCode>(599));
    reply(responder, 204);
  });
}

// A comparison tests the status; it sends nothing.
bool compared(const QHttpServerResponse &res) {
  if (res.statusCode() == static_cast<StatusCode>(0) ||
      static_cast<StatusCode>(2004) != res.statusCode())
    return true;
  return res.statusCode() == StatusCode(1000);
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void writeStatusLine(int status);
};

void notStatusPositions(QHttpServer &server, Job &job) {
  job.writeStatusLine(2004);
  server.route("/n", [](QHttpServerResponder &&responder) {
    char buffer[2004];
    responder.writeStatusLine(StatusCode::Ok);
    responder.writeHeader("Retry-After", "3600");
    responder.writeHeader("Warning", "2004 items");
    responder.writeBody("2004 items", 10);
    responder.writeBody(QByteArray(2004, 'x'));
    (void)buffer;
  });
  server.route("/t", [] { return QHttpServerResponse("2004 items"); });
  server.route("/m", [] {
    return QHttpServerResponse("text/plain", "2004 items", StatusCode::Ok);
  });
  server.listen(QHostAddress::LocalHost, 2004);
}
