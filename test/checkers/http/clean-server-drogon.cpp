// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// A complete, correct Drogon v1.9.13 server (the declaration-only headers of
// Inputs/drogon-1.9.13): no finding may be reported.
#include <drogon/drogon.h>

#include <functional>
#include <map>
#include <mutex>
#include <string>

using namespace drogon;

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(const HttpRequestPtr &req) {
  return req->getHeader("Authorization") == "Bearer secret";
}

HttpResponsePtr textResponse(HttpStatusCode code, const std::string &text) {
  auto resp = HttpResponse::newHttpResponse(code, CT_TEXT_PLAIN);
  resp->setBody(text);
  return resp;
}

} // namespace

class ItemController : public HttpController<ItemController> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(ItemController::list, "/items", Get);
  ADD_METHOD_TO(ItemController::get, "/items/{1}", Get);
  ADD_METHOD_TO(ItemController::remove, "/items/{1}", Delete);
  METHOD_LIST_END

  void list(const HttpRequestPtr &req,
            std::function<void(const HttpResponsePtr &)> &&callback) {
    std::lock_guard<std::mutex> lock(Mutex);
    if (Items.empty()) {
      callback(HttpResponse::newHttpResponse(k204NoContent, CT_NONE));
      return;
    }
    Json::Value json(Json::arrayValue);
    for (const auto &[key, value] : Items)
      json.append(key);
    callback(HttpResponse::newHttpJsonResponse(json));
  }

  void get(const HttpRequestPtr &req,
           std::function<void(const HttpResponsePtr &)> &&callback,
           const std::string &key) {
    std::lock_guard<std::mutex> lock(Mutex);
    auto it = Items.find(key);
    if (it == Items.end()) {
      callback(textResponse(k404NotFound, "no such item"));
      return;
    }
    const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
    auto resp = HttpResponse::newHttpResponse();
    resp->addHeader("ETag", etag);
    if (req->getHeader("If-None-Match") == etag) {
      resp->setStatusCode(k304NotModified);
      callback(resp);
      return;
    }
    resp->setStatusCode(k200OK);
    resp->setContentTypeCode(CT_TEXT_PLAIN);
    resp->setBody(it->second);
    callback(resp);
  }

  void remove(const HttpRequestPtr &req,
              std::function<void(const HttpResponsePtr &)> &&callback,
              const std::string &key) {
    if (!authorised(req)) {
      auto resp = textResponse(k401Unauthorized, "login first");
      resp->addHeader("WWW-Authenticate", "Bearer realm=\"items\"");
      callback(resp);
      return;
    }
    std::lock_guard<std::mutex> lock(Mutex);
    const bool existed = Items.erase(key) > 0;
    auto resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(existed ? k204NoContent : k404NotFound);
    if (!existed)
      resp->setBody("no such item");
    resp->addHeader("Cache-Control", "no-store");
    callback(resp);
  }
};

class HealthController : public HttpSimpleController<HealthController> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/health", Get, Head);
  PATH_LIST_END

  void asyncHandleHttpRequest(
      const HttpRequestPtr &req,
      std::function<void(const HttpResponsePtr &)> &&callback) override {
    auto resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(k204NoContent);
    resp->addHeader("Cache-Control", "no-cache");
    callback(resp);
  }
};

int main() {
  app().registerHandler(
      "/items/{key}",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback,
         const std::string &key) {
        const std::string value(req->body());
        bool created;
        {
          std::lock_guard<std::mutex> lock(Mutex);
          created = Items.find(key) == Items.end();
          Items[key] = value;
        }
        if (!created) {
          auto resp = HttpResponse::newHttpResponse();
          resp->setStatusCode(k204NoContent);
          callback(resp);
          return;
        }
        Json::Value json;
        json["key"] = key;
        auto resp = HttpResponse::newHttpJsonResponse(json);
        resp->setStatusCode(k201Created);
        resp->addHeader("Location", "/items/" + key);
        callback(resp);
      },
      {Put});
  app().registerHandler(
      "/old-items",
      [](const HttpRequestPtr &,
         std::function<void(const HttpResponsePtr &)> &&callback) {
        callback(
            HttpResponse::newRedirectionResponse("/items", k301MovedPermanently));
      },
      {Get});
  app().addListener("0.0.0.0", 8080).setThreadNum(2).run();
}
