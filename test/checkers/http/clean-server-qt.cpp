// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork -I/usr/include/x86_64-linux-gnu/qt6/QtHttpServer
// A complete, correct Qt HttpServer 6.4.2 server (Debian's
// qt6-httpserver-dev): no finding may be reported.
#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

#include <utility>

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

QMap<int, QString> Items;

bool authorised(const QHttpServerRequest &request) {
  return request.value("Authorization") == "Bearer secret";
}

QHttpServerResponse listItems() {
  if (Items.isEmpty())
    return QHttpServerResponse(StatusCode::NoContent);
  QJsonArray list;
  for (auto it = Items.cbegin(); it != Items.cend(); ++it)
    list.append(QJsonObject{{"id", it.key()}, {"name", it.value()}});
  return QHttpServerResponse(list);
}

QHttpServerResponse getItem(int id, const QHttpServerRequest &request) {
  auto it = Items.constFind(id);
  if (it == Items.cend())
    return QHttpServerResponse("text/plain", "no such item",
                               StatusCode::NotFound);
  const QByteArray etag = '"' + QByteArray::number(it->size()) + '"';
  if (request.value("If-None-Match") == etag) {
    QHttpServerResponse notModified(StatusCode::NotModified);
    notModified.setHeader("ETag", etag);
    return notModified;
  }
  QHttpServerResponse res("text/plain", it->toUtf8(), StatusCode::Ok);
  res.setHeader("ETag", etag);
  return res;
}

QHttpServerResponse deleteItem(int id, const QHttpServerRequest &request) {
  if (!authorised(request)) {
    QHttpServerResponse res("text/plain", "login first",
                            StatusCode::Unauthorized);
    res.setHeader("WWW-Authenticate", "Bearer realm=\"items\"");
    return res;
  }
  const bool existed = Items.remove(id) > 0;
  QHttpServerResponse res(existed ? StatusCode::NoContent
                                  : StatusCode::NotFound);
  res.addHeader("Cache-Control", "no-store");
  return res;
}

// Writes the answer itself, through the responder.
void resetForm(const QHttpServerRequest &request,
               QHttpServerResponder &&responder) {
  if (!authorised(request)) {
    responder.write(QByteArray("login first"),
                    {{"Content-Type", "text/plain"},
                     {"WWW-Authenticate", "Bearer realm=\"items\""}},
                    StatusCode::Unauthorized);
    return;
  }
  Items.clear();
  responder.writeStatusLine(StatusCode::ResetContent);
  responder.writeHeader("Content-Length", "0");
  responder.writeBody(QByteArray());
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Items.insert(1, QStringLiteral("first"));

  QHttpServer server;
  server.route("/items", QHttpServerRequest::Method::Get, [] { return listItems(); });
  server.route("/items/<arg>", QHttpServerRequest::Method::Get,
               [](int id, const QHttpServerRequest &request) {
                 return getItem(id, request);
               });
  server.route("/items/<arg>", QHttpServerRequest::Method::Delete,
               [](int id, const QHttpServerRequest &request) {
                 return deleteItem(id, request);
               });
  server.route("/reset", QHttpServerRequest::Method::Post,
               [](const QHttpServerRequest &request,
                  QHttpServerResponder &&responder) {
                 resetForm(request, std::move(responder));
               });
  server.route("/ping", [](QHttpServerResponder &&responder) {
    responder.write(StatusCode::NoContent);
  });
  server.route("/health", []() -> QHttpServerResponse { return StatusCode::NoContent; });
  server.setMissingHandler([](const QHttpServerRequest &,
                              QHttpServerResponder &&responder) {
    QHttpServerResponse("text/plain", "not found", StatusCode::NotFound)
        .write(std::move(responder));
  });

  if (server.listen(QHostAddress::LocalHost, 8080) == 0)
    return 1;
  return app.exec();
}
