// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -fdelayed-template-parsing
// Without -fdelayed-template-parsing the only diagnostic is clang's error in
// the Debian header pistache/async.h.
// RUN: %check_http_tidy --expect-compiler-error=pistache/async.h:711:45: %s 'http-*' %t -- -- -std=c++17
// A complete, correct Pistache 0.0.5 REST server: no finding may be reported.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <map>
#include <mutex>
#include <string>

using namespace Pistache;

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(const Rest::Request &req) {
  auto auth = req.headers().tryGet<Http::Header::Authorization>();
  return auth && auth->value() == "Bearer secret";
}

void listItems(const Rest::Request &, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty()) {
    response.send(Http::Code::No_Content);
    return;
  }
  std::string text;
  for (const auto &[key, value] : Items)
    text += key + "=" + value + "\n";
  response.send(Http::Code::Ok, text, MIME(Text, Plain));
}

void getItem(const Rest::Request &req, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(req.param(":id").as<std::string>());
  if (it == Items.end()) {
    response.send(Http::Code::Not_Found, "no such item", MIME(Text, Plain));
    return;
  }
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  response.headers().addRaw(Http::Header::Raw("ETag", etag));
  auto match = req.headers().tryGetRaw("If-None-Match");
  if (match && match->value() == etag) {
    response.send(Http::Code::Not_Modified);
    return;
  }
  response.send(Http::Code::Ok, it->second, MIME(Text, Plain));
}

void putItem(const Rest::Request &req, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Mutex);
  const std::string id = req.param(":id").as<std::string>();
  const bool created = Items.count(id) == 0;
  Items[id] = req.body();
  if (created) {
    response.headers().add<Http::Header::Location>("/items/" + id);
    response.send(Http::Code::Created, "created", MIME(Text, Plain));
    return;
  }
  response.send(Http::Code::No_Content);
}

void deleteItem(const Rest::Request &req, Http::ResponseWriter response) {
  if (!authorised(req)) {
    response.headers().addRaw(
        Http::Header::Raw("WWW-Authenticate", "Bearer realm=\"items\""));
    response.send(Http::Code::Unauthorized, "login first", MIME(Text, Plain));
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(req.param(":id").as<std::string>()) > 0;
  response.headers().add<Http::Header::CacheControl>(
      Http::CacheDirective(Http::CacheDirective::NoStore));
  if (!existed) {
    response.send(Http::Code::Not_Found, "no such item", MIME(Text, Plain));
    return;
  }
  response.send(Http::Code::No_Content);
}

// ResponseStream's operator<< takes C strings, characters and integers (one
// chunk each), not std::string.
void streamItems(const Rest::Request &, Http::ResponseWriter response) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto stream = response.stream(Http::Code::Ok);
  for (const auto &[key, value] : Items)
    stream << key.c_str() << "=" << value.c_str() << "\n";
  stream << Http::ends;
}

} // namespace

int main() {
  Rest::Router router;
  Rest::Routes::Get(router, "/items", Rest::Routes::bind(&listItems));
  Rest::Routes::Get(router, "/items/:id", Rest::Routes::bind(&getItem));
  Rest::Routes::Put(router, "/items/:id", Rest::Routes::bind(&putItem));
  Rest::Routes::Delete(router, "/items/:id", Rest::Routes::bind(&deleteItem));
  Rest::Routes::Get(router, "/stream", Rest::Routes::bind(&streamItems));

  Http::Endpoint server(Address(Ipv4::any(), Port(9080)));
  server.init(Http::Endpoint::options().threads(2));
  server.setHandler(router.handler());
  server.serve();
}
