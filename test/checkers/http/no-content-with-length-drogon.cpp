// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13.
#include <drogon/drogon.h>

#include <functional>
#include <string>

using namespace drogon;
using Callback = std::function<void(const HttpResponsePtr &)>;

#define NO_CONTENT k204NoContent
static const char *const kContentLength = "content-length";

// --- Findings ---------------------------------------------------------------

void deleteItem(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->addHeader("content-length", "16");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

// Drogon lower-cases the name; any spelling is the same header.
void transferEncoding(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  resp->setStatusCode(NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

void informational(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k100Continue);
  resp->addHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
  callback(resp);
}

void customStatus(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(k204NoContent, "No Content");
  resp->addHeader("Content-Length", std::to_string(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

void conditionalStatus(const HttpRequestPtr &req, Callback &&callback) {
  const bool quiet = req->getHeader("X-Quiet") == "1";
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(quiet ? k204NoContent : k200OK);
  resp->addHeader("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

// A constant holding the name is followed.
void nameInConstant(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse(k204NoContent, CT_NONE);
  resp->addHeader(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 204 set here
  callback(resp);
}

void inALambda() {
  app().registerHandler(
      "/items/{id}",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback,
         const std::string &id) {
        auto resp = HttpResponse::newHttpResponse();
        resp->setStatusCode(k204NoContent);
        resp->addHeader("Content-Length", std::to_string(id.size()));
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: Content-Length set on a response that is sent with status 204
        // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
        callback(resp);
      },
      {Delete});
}

class ItemController : public HttpController<ItemController> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(ItemController::remove, "/items/{1}", Delete);
  METHOD_LIST_END

  void remove(const HttpRequestPtr &req, Callback &&callback, int id) {
    auto resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(k204NoContent);
    resp->addHeader("transfer-encoding", "chunked");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Transfer-Encoding set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    callback(resp);
  }
};

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k304NotModified);
  resp->addHeader("Content-Length", "1024");
  callback(resp);
}

void metadataOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->addHeader("ETag", "\"v2\"");
  resp->addHeader("Location", "/items/2");
  resp->addHeader("Cache-Control", "no-store");
  callback(resp);
}

void earlyReturn(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  if (!req->getHeader("X-Quiet").empty()) {
    resp->setStatusCode(k204NoContent);
    callback(resp);
    return;
  }
  resp->setStatusCode(k200OK);
  resp->addHeader("Content-Length", "5");
  callback(resp);
}

void otherBranch(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  if (req->getParameter("quiet") == "1")
    resp->setStatusCode(k204NoContent);
  else
    resp->addHeader("Content-Length", "5");
  callback(resp);
}

void statusOverwritten(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->addHeader("Content-Length", "5");
  resp->setStatusCode(k200OK);
  callback(resp);
}

void headerRemoved(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->addHeader("Content-Length", "5");
  resp->removeHeader("content-length");
  callback(resp);
}

void responseCleared(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->addHeader("Transfer-Encoding", "chunked");
  resp->clear();
  resp->setStatusCode(k204NoContent);
  callback(resp);
}

// Drogon writes no Content-Length of its own on a 204: the body is the
// finding of http-no-content-with-body.
void lengthFromBody(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->setBody("hello");
  callback(resp);
}

// A header name held in a variable that may change is not followed.
void nameInVariable(const HttpRequestPtr &req, Callback &&callback,
                    const std::string &name) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  resp->addHeader(name, "0");
  callback(resp);
}

void twoResponses(const HttpRequestPtr &req, Callback &&callback) {
  auto quiet = HttpResponse::newHttpResponse();
  auto loud = HttpResponse::newHttpResponse();
  quiet->setStatusCode(k204NoContent);
  loud->addHeader("Content-Length", "5");
  callback(quiet);
}

// The 204 response with a length is never given to the callback.
void callbackOnOtherResponse(const HttpRequestPtr &req, Callback &&callback) {
  auto draft = HttpResponse::newHttpResponse(k204NoContent, CT_NONE);
  draft->addHeader("Content-Length", "0");
  callback(HttpResponse::newHttpResponse());
}

void emptyNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(k204NoContent);
  callback(resp);
}
