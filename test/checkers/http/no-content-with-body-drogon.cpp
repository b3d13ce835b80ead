// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13.
#include <drogon/drogon.h>

#include <functional>
#include <stdexcept>
#include <string>

using drogon::HttpRequestPtr;
using drogon::HttpResponse;
using drogon::HttpResponsePtr;
using Callback = std::function<void(const HttpResponsePtr &)>;

#define NO_CONTENT drogon::k204NoContent

drogon::HttpStatusCode computeStatus();
void decorate(HttpResponsePtr &resp);
void logResponse(const HttpResponse &resp);

// --- Findings ---------------------------------------------------------------

void deleteItem(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

// A JSON response carries its serialised value.
void jsonWithCustomStatus(const HttpRequestPtr &req,
                          std::function<void(const HttpResponsePtr &)> &&callback) {
  Json::Value json;
  json["deleted"] = true;
  auto resp = HttpResponse::newHttpJsonResponse(json);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  resp->setCustomStatusCode(204, "No Content");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

// The response is sent when the callback is called: order does not matter
// before that.
void bodyBeforeStatus(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setBody(std::string("gone"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  resp->setStatusCode(NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

void notModified(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k304NotModified);
  resp->setBody("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
  callback(resp);
}

void conditionalStatus(const HttpRequestPtr &req, Callback &&callback) {
  const bool quiet = req->getHeader("X-Quiet") == "1";
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(quiet ? drogon::k204NoContent : drogon::k200OK);
  resp->setBody("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

// newHttpResponse(code, type) gives the status.
void statusFromFactory(const HttpRequestPtr &req, Callback &&callback) {
  auto resp =
      HttpResponse::newHttpResponse(drogon::k204NoContent, drogon::CT_TEXT_PLAIN);
  resp->setBody("removed");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: status 204 set here
  callback(resp);
}

void castStatus(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse(
      static_cast<drogon::HttpStatusCode>(103), drogon::CT_NONE);
  resp->setBody("hints");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 103 set here
  callback(resp);
}

void fileOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newFileResponse("/var/www/report.pdf");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: content written to a response that is sent with status 204
  resp->setStatusCode(drogon::k204NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

// A range from offset 0: the offset is not a size.
void fileRangeOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newFileResponse("/var/www/video.mp4", 0, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: content written to a response that is sent with status 204
  resp->setStatusCode(drogon::k204NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

void bufferOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  static const unsigned char icon[] = {0x89, 0x50, 0x4e, 0x47};
  auto resp = HttpResponse::newFileResponse(icon, sizeof icon, "",
                                            drogon::CT_IMAGE_PNG);
  // CHECK-MESSAGES: :[[@LINE-2]]:15: warning: content written to a response that is sent with status 204
  resp->setStatusCode(drogon::k204NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

void viewOnResetContent(const HttpRequestPtr &req, Callback &&callback) {
  drogon::HttpViewData data;
  data.insert("title", std::string("Reset"));
  auto resp = HttpResponse::newHttpViewResponse("FormView", data);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  resp->setStatusCode(drogon::k205ResetContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 205 set here
  callback(resp);
}

void streamOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newStreamResponse(
      [](char *buffer, std::size_t size) -> std::size_t { return 0; });
  // CHECK-MESSAGES: :[[@LINE-2]]:15: warning: content written to a response that is sent with status 204
  resp->setStatusCode(drogon::k204NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

void throughDereference(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  (*resp).setStatusCode(drogon::k100Continue);
  (*resp).setBody("continue");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
  callback(resp);
}

// A copy of the shared pointer reaches the same response.
void throughCopy(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr resp = HttpResponse::newHttpResponse();
  HttpResponsePtr same = resp;
  resp->setStatusCode(drogon::k204NoContent);
  same->setBody("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(same);
}

// A const response cannot be changed by the helper.
void constResponseToHelper(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  logResponse(*resp);
  resp->setBody("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
  callback(resp);
}

// The callback moved into a variable still sends.
void movedCallback(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  Callback reply = std::move(callback);
  reply(resp);
}

// Declared first, created later: the pointer holds what the factory made.
void declaredThenCreated(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr resp;
  resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

// Each branch creates its own response.
void createdInEachBranch(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr resp = nullptr;
  if (req->getParameter("quiet") == "1") {
    resp = HttpResponse::newHttpResponse(drogon::k204NoContent,
                                         drogon::CT_TEXT_PLAIN);
  } else {
    resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(drogon::k200OK);
  }
  resp->setBody("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-8]]:12: note: status 204 set here
  callback(resp);
}

HttpResponsePtr makeReply() {
  HttpResponsePtr reply;
  reply = HttpResponse::newHttpResponse();
  reply->setBody("made");
  return reply;
}

// The response a helper returns, assigned to a pointer declared before.
void assignedFromHelper(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr resp;
  resp = makeReply();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: content written here, through the call of 'makeReply'
  resp->setStatusCode(drogon::k204NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  callback(resp);
}

// A status kept in a local variable is the value it holds on the path.
void statusInLocal(const HttpRequestPtr &req, Callback &&callback) {
  drogon::HttpStatusCode code = drogon::k200OK;
  if (req->getParameter("gone") == "1")
    code = drogon::k204NoContent;
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(code);
  resp->setBody("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  callback(resp);
}

void numberInLocal(const HttpRequestPtr &req, Callback &&callback) {
  int code = 304;
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(static_cast<drogon::HttpStatusCode>(code));
  resp->setBody("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304
  callback(resp);
}

// The caller's response, through a reference to its shared pointer.
void fillReply(const HttpResponsePtr &resp) {
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void inALambda() {
  drogon::app().registerHandler(
      "/items/{id}",
      [](const HttpRequestPtr &req,
         std::function<void(const HttpResponsePtr &)> &&callback,
         const std::string &id) {
        auto resp = HttpResponse::newHttpResponse();
        resp->setStatusCode(drogon::k204NoContent);
        resp->setBody("removed " + id);
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204
        // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
        callback(resp);
      },
      {drogon::Delete});
}

class ItemController : public drogon::HttpController<ItemController> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(ItemController::remove, "/items/{1}", drogon::Delete);
  METHOD_ADD(ItemController::touch, "/{1}/touch", drogon::Post);
  METHOD_LIST_END

  void remove(const HttpRequestPtr &req, Callback &&callback, int id) {
    auto resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(drogon::k204NoContent);
    resp->setBody(std::to_string(id));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    callback(resp);
  }

  // The response given to the callback straight from the factory.
  void touch(const HttpRequestPtr &req, Callback &&callback, int id);
};

void ItemController::touch(const HttpRequestPtr &req, Callback &&callback,
                           int id) {
  Json::Value json;
  json["id"] = id;
  callback(HttpResponse::newHttpJsonResponse(json));
}

class PingController : public drogon::HttpSimpleController<PingController> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/ping", drogon::Get);
  PATH_LIST_END

  void asyncHandleHttpRequest(const HttpRequestPtr &req,
                              Callback &&callback) override {
    auto resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(drogon::k204NoContent);
    resp->setBody("pong");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
    callback(resp);
  }
};

// --- No findings ------------------------------------------------------------

void earlyReturn(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  if (req->getHeader("If-Match").empty()) {
    resp->setStatusCode(drogon::k204NoContent);
    callback(resp);
    return;
  }
  resp->setStatusCode(drogon::k200OK);
  resp->setBody("updated");
  callback(resp);
}

void otherBranch(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  if (req->path() == "/quiet") {
    resp->setStatusCode(drogon::k204NoContent);
  } else {
    resp->setStatusCode(drogon::k200OK);
    resp->setBody("loud");
  }
  callback(resp);
}

void statusOverwritten(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("ok");
  resp->setStatusCode(drogon::k200OK);
  callback(resp);
}

// A custom status replaces the one of setStatusCode.
void customStatusReplaces(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse(drogon::k204NoContent,
                                            drogon::CT_TEXT_PLAIN);
  resp->setBody("accepted");
  resp->setCustomStatusCode(202, "Accepted");
  callback(resp);
}

void bodyCleared(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("draft");
  resp->setBody("");
  callback(resp);
}

// clear() drops the body and the headers.
void responseCleared(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setBody("draft");
  resp->clear();
  resp->setStatusCode(drogon::k204NoContent);
  callback(resp);
}

void emptyBodies(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("");
  resp->setBody(std::string());
  callback(resp);
}

void emptyBuffer(const HttpRequestPtr &req, Callback &&callback) {
  static const unsigned char nothing[1] = {0};
  auto resp = HttpResponse::newFileResponse(nothing, 0);
  resp->setStatusCode(drogon::k204NoContent);
  callback(resp);
}

void metadataOnNoContent(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->addHeader("ETag", "\"v2\"");
  resp->addHeader("Location", "/items/2");
  resp->addHeader("Cache-Control", "no-store");
  callback(resp);
}

// A redirection carries a Location header and no body.
void redirected(const HttpRequestPtr &req, Callback &&callback) {
  callback(HttpResponse::newRedirectionResponse("/login"));
}

void twoResponses(const HttpRequestPtr &req, Callback &&callback) {
  auto quiet = HttpResponse::newHttpResponse();
  auto loud = HttpResponse::newHttpResponse();
  quiet->setStatusCode(drogon::k204NoContent);
  loud->setStatusCode(drogon::k200OK);
  loud->setBody("hello");
  callback(loud);
}

void unknownStatus(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(computeStatus());
  resp->setBody("maybe");
  callback(resp);
}

// The helper may change the response: what was known is forgotten.
void helperMayChangeIt(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  decorate(resp);
  resp->setBody("decorated");
  callback(resp);
}

// The 204 response with a body is never given to the callback: another
// response is sent.
void callbackOnOtherResponse(const HttpRequestPtr &req, Callback &&callback) {
  auto draft = HttpResponse::newHttpResponse();
  draft->setStatusCode(drogon::k204NoContent);
  draft->setBody("draft");
  Json::Value json;
  json["saved"] = false;
  callback(HttpResponse::newHttpJsonResponse(json));
}

// The response gets its body on the path where another response is sent.
void sentOnAnotherPath(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  if (req->getParameter("verbose") == "1") {
    resp->setBody("details");
    auto details = HttpResponse::newHttpResponse();
    details->setBody("details");
    callback(details);
    return;
  }
  callback(resp);
}

// Assigned again: the second response is a new one, without the body.
void createdAgain(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setBody("draft");
  resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  callback(resp);
}

// The copy still holds the first response when the pointer is given a new
// one: the body goes to the first.
void copyKeepsFirst(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  auto first = resp;
  resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  first->setBody("first");
  callback(resp);
}

// Created on one path only; given a 204 and sent on it without content.
void createdOnOnePath(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr resp;
  if (req->getParameter("quiet") == "1") {
    resp = HttpResponse::newHttpResponse();
    resp->setStatusCode(drogon::k204NoContent);
    callback(resp);
    return;
  }
  resp = HttpResponse::newHttpResponse();
  resp->setBody("loud");
  callback(resp);
}

// A draft that is never sent.
void draftNeverSent(const HttpRequestPtr &req, Callback &&callback) {
  HttpResponsePtr draft;
  draft = HttpResponse::newHttpResponse();
  draft->setStatusCode(drogon::k204NoContent);
  draft->setBody("draft");
  callback(HttpResponse::newHttpResponse());
}

void thrownAway(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k204NoContent);
  resp->setBody("never sent");
  throw std::runtime_error("failed");
}

void okWithBody(const HttpRequestPtr &req, Callback &&callback) {
  Json::Value json;
  json["ok"] = true;
  auto resp = HttpResponse::newHttpJsonResponse(json);
  resp->setStatusCode(drogon::k201Created);
  callback(resp);
}

// --- Known misses ---------------------------------------------------------
// A custom status outlasts a later setStatusCode in Drogon; the schema has
// no key for a status that a later setter does not replace.

// setCustomStatusCode wins over setStatusCode whatever the order
// (HttpResponseImpl sends customStatusCode_ when it is set): this response
// goes out as "HTTP/1.1 204 OK" with its body.
void customStatusStays(const HttpRequestPtr &req, Callback &&callback) {
  auto resp = HttpResponse::newHttpResponse();
  resp->setCustomStatusCode(204);
  resp->setBody("x");
  // FIXME: should report: content written to a response that is sent with status 204
  resp->setStatusCode(drogon::k200OK);
  callback(resp);
}
