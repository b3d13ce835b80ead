// A task board on Qt HttpServer: routes returning QHttpServerResponse and
// one writing through a responder. One route holds a real finding, a status
// written as a number where Qt names it.
#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
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

struct Task {
  QString title;
  bool done = false;
};

QMap<int, Task> Tasks;
int NextId = 1;

QJsonObject toJson(int id, const Task &task) {
  return QJsonObject{{"id", id}, {"title", task.title}, {"done", task.done}};
}

QHttpServerResponse listTasks(const QHttpServerRequest &request) {
  const bool openOnly = request.query().hasQueryItem("open");
  QJsonArray list;
  for (auto it = Tasks.cbegin(); it != Tasks.cend(); ++it)
    if (!openOnly || !it->done)
      list.append(toJson(it.key(), it.value()));
  if (list.isEmpty())
    return QHttpServerResponse(StatusCode::NoContent);
  return QHttpServerResponse(list);
}

QHttpServerResponse createTask(const QHttpServerRequest &request) {
  const QJsonDocument doc = QJsonDocument::fromJson(request.body());
  const QString title = doc.object().value("title").toString();
  if (title.isEmpty())
    return QHttpServerResponse("text/plain", "title required",
                               StatusCode::BadRequest);
  const int id = NextId++;
  Tasks.insert(id, Task{title, false});
  QHttpServerResponse res(toJson(id, Tasks[id]), StatusCode::Created);
  res.setHeader("Location", "/tasks/" + QByteArray::number(id));
  return res;
}

QHttpServerResponse finishTask(int id) {
  auto it = Tasks.find(id);
  if (it == Tasks.end())
    return QHttpServerResponse("text/plain", "no such task",
                               StatusCode::NotFound);
  if (it->done)
    return QHttpServerResponse(
        "text/plain", "already done",
        QHttpServerResponder::StatusCode(409)); // Finding.
  it->done = true;
  return QHttpServerResponse(StatusCode::NoContent);
}

QHttpServerResponse deleteTask(int id) {
  QHttpServerResponse res(Tasks.remove(id) > 0 ? StatusCode::NoContent
                                               : StatusCode::NotFound);
  res.addHeader("Cache-Control", "no-store");
  return res;
}

void exportTasks(QHttpServerResponder &&responder) {
  QByteArray csv;
  for (auto it = Tasks.cbegin(); it != Tasks.cend(); ++it)
    csv += QByteArray::number(it.key()) + ',' + it->title.toUtf8() + ',' +
           (it->done ? "1" : "0") + '\n';
  if (csv.isEmpty()) {
    responder.write(StatusCode::NoContent);
    return;
  }
  responder.write(csv, "text/csv", StatusCode::Ok);
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QHttpServer server;
  server.route(
      "/tasks", QHttpServerRequest::Method::Get,
      [](const QHttpServerRequest &request) { return listTasks(request); });
  server.route(
      "/tasks", QHttpServerRequest::Method::Post,
      [](const QHttpServerRequest &request) { return createTask(request); });
  server.route("/tasks/<arg>/done", QHttpServerRequest::Method::Post,
               [](int id) { return finishTask(id); });
  server.route("/tasks/<arg>", QHttpServerRequest::Method::Delete,
               [](int id) { return deleteTask(id); });
  server.route("/tasks.csv", [](const QHttpServerRequest &,
                                QHttpServerResponder &&responder) {
    exportTasks(std::move(responder));
  });
  if (server.listen(QHostAddress::LocalHost, 8083) == 0)
    return 1;
  return app.exec();
}
