// A login-session service on Pistache's REST router. One handler holds a
// real finding, a body sent with 204.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <chrono>
#include <map>
#include <mutex>
#include <string>

using namespace Pistache;

namespace {

struct Session {
  std::string user;
  std::chrono::steady_clock::time_point expires;
};

std::mutex Guard;
std::map<std::string, Session> Sessions;

bool expired(const Session &s) {
  return std::chrono::steady_clock::now() > s.expires;
}

void login(const Rest::Request &req, Http::ResponseWriter response) {
  const std::string user = req.body();
  if (user.empty()) {
    response.send(Http::Code::Bad_Request, "user required", MIME(Text, Plain));
    return;
  }
  std::lock_guard<std::mutex> lock(Guard);
  const std::string token = "t" + std::to_string(Sessions.size() + 1);
  Sessions[token] = {user, std::chrono::steady_clock::now() +
                               std::chrono::minutes(30)};
  response.headers().add<Http::Header::Location>("/sessions/" + token);
  response.send(Http::Code::Created, token, MIME(Text, Plain));
}

void whoAmI(const Rest::Request &req, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Guard);
  auto it = Sessions.find(req.param(":token").as<std::string>());
  if (it == Sessions.end()) {
    response.send(Http::Code::Not_Found, "unknown session", MIME(Text, Plain));
    return;
  }
  if (expired(it->second)) {
    Sessions.erase(it);
    response.send(Http::Code::Gone, "session expired", MIME(Text, Plain));
    return;
  }
  response.headers().add<Http::Header::CacheControl>(
      Http::CacheDirective(Http::CacheDirective::NoCache));
  response.send(Http::Code::Ok, it->second.user, MIME(Text, Plain));
}

void refresh(const Rest::Request &req, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Guard);
  auto it = Sessions.find(req.param(":token").as<std::string>());
  if (it == Sessions.end() || expired(it->second)) {
    response.send(Http::Code::Unauthorized, "log in again", MIME(Text, Plain));
    return;
  }
  it->second.expires =
      std::chrono::steady_clock::now() + std::chrono::minutes(30);
  response.send(Http::Code::No_Content, "refreshed"); // Finding: 204 body.
}

void logout(const Rest::Request &req, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Guard);
  if (Sessions.erase(req.param(":token").as<std::string>()) == 0) {
    response.send(Http::Code::Not_Found, "unknown session", MIME(Text, Plain));
    return;
  }
  response.send(Http::Code::No_Content);
}

void purge(const Rest::Request &, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Guard);
  size_t removed = 0;
  for (auto it = Sessions.begin(); it != Sessions.end();) {
    if (expired(it->second)) {
      it = Sessions.erase(it);
      ++removed;
    } else {
      ++it;
    }
  }
  if (removed == 0) {
    response.send(Http::Code::No_Content);
    return;
  }
  response.send(Http::Code::Ok, std::to_string(removed), MIME(Text, Plain));
}

} // namespace

int main() {
  Rest::Router router;
  Rest::Routes::Post(router, "/sessions", Rest::Routes::bind(&login));
  Rest::Routes::Get(router, "/sessions/:token", Rest::Routes::bind(&whoAmI));
  Rest::Routes::Put(router, "/sessions/:token", Rest::Routes::bind(&refresh));
  Rest::Routes::Delete(router, "/sessions/:token", Rest::Routes::bind(&logout));
  Rest::Routes::Post(router, "/sessions/purge", Rest::Routes::bind(&purge));

  Http::Endpoint server(Address(Ipv4::any(), Port(9081)));
  server.init(Http::Endpoint::options().threads(2));
  server.setHandler(router.handler());
  server.serve();
}
