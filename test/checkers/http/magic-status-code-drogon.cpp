// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13. setStatusCode takes the HttpStatusCode enumeration,
// so a number appears in setCustomStatusCode(int, ...), through a cast, or in
// a comparison with the status.
#include <drogon/drogon.h>

#include <functional>
#include <string>

#define MY_NO_CONTENT 204
#define NOT_FOUND 404

using Callback = std::function<void(const drogon::HttpResponsePtr &)>;

void setters(const drogon::HttpRequestPtr &req, Callback &&callback) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(204);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 204 written as a number; use drogon::k204NoContent [http-magic-status-code]
  // CHECK-FIXES: resp->setCustomStatusCode(drogon::k204NoContent);
  resp->setCustomStatusCode(404, "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: status code 404 written as a number; use drogon::k404NotFound
  // CHECK-FIXES: resp->setCustomStatusCode(drogon::k404NotFound, "Not Found");
  resp->setStatusCode(static_cast<drogon::HttpStatusCode>(304));
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: status code 304 written as a number; use drogon::k304NotModified
  // CHECK-FIXES: resp->setStatusCode(drogon::k304NotModified);
  resp->setStatusCode((drogon::HttpStatusCode)201);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: status code 201 written as a number; use drogon::k201Created
  // CHECK-FIXES: resp->setStatusCode(drogon::k201Created);
  resp->setStatusCode(drogon::HttpStatusCode(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: status code 500 written as a number; use drogon::k500InternalServerError
  // CHECK-FIXES: resp->setStatusCode(drogon::k500InternalServerError);
  callback(resp);
}

void factories(const drogon::HttpRequestPtr &req, Callback &&callback) {
  auto resp = drogon::HttpResponse::newHttpResponse(
      static_cast<drogon::HttpStatusCode>(204), drogon::CT_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: status code 204 written as a number; use drogon::k204NoContent
  // CHECK-FIXES: drogon::k204NoContent, drogon::CT_NONE);
  callback(resp);
  callback(drogon::HttpResponse::newRedirectionResponse(
      "/new", static_cast<drogon::HttpStatusCode>(301)));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 301 written as a number; use drogon::k301MovedPermanently
  // CHECK-FIXES: "/new", drogon::k301MovedPermanently));
}

void conditional(const drogon::HttpResponsePtr &resp, bool quiet) {
  resp->setCustomStatusCode(quiet ? 204 : 200);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: status code 204 written as a number; use drogon::k204NoContent
  // CHECK-MESSAGES: :[[@LINE-2]]:43: warning: status code 200 written as a number; use drogon::k200OK
  // CHECK-FIXES: resp->setCustomStatusCode(quiet ? drogon::k204NoContent : drogon::k200OK);
}

bool compared(const drogon::HttpResponsePtr &resp) {
  return resp->getStatusCode() == 404 || 410 == resp->statusCode();
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 404 written as a number; use drogon::k404NotFound
  // CHECK-MESSAGES: :[[@LINE-2]]:42: warning: status code 410 written as a number; use drogon::k410Gone
  // CHECK-FIXES: return resp->getStatusCode() == drogon::k404NotFound || drogon::k410Gone == resp->statusCode();
}

int dispatched(const drogon::HttpResponsePtr &resp) {
  switch (resp->getStatusCode()) {
  case 204:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 204 written as a number; use drogon::k204NoContent
    // CHECK-FIXES: case drogon::k204NoContent:
    return 1;
  default:
    return 0;
  }
}

// With the namespace's using-directive in the file, the fix is the name
// alone.
using namespace drogon;

void inALambda() {
  app().registerHandler(
      "/items/{id}",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback,
         const std::string &id) {
        auto resp = HttpResponse::newHttpResponse();
        resp->setCustomStatusCode(202);
        // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 202 written as a number; use k202Accepted
        // CHECK-FIXES: resp->setCustomStatusCode(k202Accepted);
        callback(resp);
      },
      {Post});
}

class ItemController : public HttpController<ItemController> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(ItemController::remove, "/items/{1}", Delete);
  METHOD_LIST_END

  void remove(const HttpRequestPtr &req, Callback &&callback, int id) {
    auto resp = HttpResponse::newHttpResponse(static_cast<HttpStatusCode>(204),
                                              CT_NONE);
    // CHECK-MESSAGES: :[[@LINE-2]]:75: warning: status code 204 written as a number; use k204NoContent
    // CHECK-FIXES: auto resp = HttpResponse::newHttpResponse(k204NoContent,
    callback(resp);
  }
};

// --- No findings ------------------------------------------------------------

void named(const HttpResponsePtr &resp) {
  resp->setStatusCode(k204NoContent);
  resp->setStatusCode(drogon::k404NotFound);
  resp->setStatusCode(HttpStatusCode::k200OK);
  resp->setCustomStatusCode(MY_NO_CONTENT);
  resp->setCustomStatusCode(k204NoContent);
  resp->setStatusCode(static_cast<HttpStatusCode>(NOT_FOUND));
}

bool comparedWithMacro(const HttpResponsePtr &resp) {
  return resp->getStatusCode() == NOT_FOUND;
}

bool ranges(const HttpResponsePtr &resp) {
  return resp->getStatusCode() >= 400 || resp->statusCode() / 100 == 2;
}

void notStatusPositions(const HttpResponsePtr &resp) {
  static const unsigned char buffer[204] = {};
  resp->addHeader("X-Count", std::to_string(404));
  resp->setExpiredTime(204);
  auto file = HttpResponse::newFileResponse(buffer, 204);
  auto part = HttpResponse::newFileResponse("/srv/data.bin", 200, 404);
  (void)file;
  (void)part;
}

// No constant names 299; 0 is not a status code.
void unnamed(const HttpResponsePtr &resp) {
  resp->setCustomStatusCode(299);
  resp->setStatusCode(static_cast<HttpStatusCode>(0));
}
