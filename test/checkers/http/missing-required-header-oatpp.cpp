// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0. oatpp sends the headers the endpoint put
// and adds none of those these rules ask for; it has no redirect or
// challenge helper for an endpoint's response. The Header constants are
// defined in the library; the model lists the names they hold.
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

#define UNAUTHORIZED Status::CODE_401

using oatpp::web::protocol::http::outgoing::Response;

static const char *const kAllow = "Allow";

void decorate(const std::shared_ptr<Response> &response);

// A function of the file that returns a response it made leaves it to its
// caller, which may still add the header; a temporary returned is not
// followed into the caller (a limit: the 405 below is not reported).
static std::shared_ptr<Response> notAllowed() {
  return oatpp::web::protocol::http::outgoing::ResponseFactory::createResponse(
      oatpp::web::protocol::http::Status::CODE_405, "not allowed");
}

static void addAllow(const std::shared_ptr<Response> &response) {
  response->putHeader("Allow", "GET");
}

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  // --- Findings -------------------------------------------------------------

  ENDPOINT("DELETE", "/items/{id}", deny, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_401, "login first");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
    response->putHeader("Content-Type", "text/plain");
    return response;
  }

  ENDPOINT("GET", "/macro", denyByMacro) {
    return createResponse(UNAUTHORIZED, "login first");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  }

  // An empty challenge list is no challenge.
  ENDPOINT("GET", "/empty", emptyChallenge) {
    auto response = createResponse(Status::CODE_401, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
    response->putOrReplaceHeader("WWW-Authenticate", "");
    return response;
  }

  // Allow is put on one branch only.
  ENDPOINT("PUT", "/branch", otherBranch, QUERY(Int32, verbose)) {
    auto response = createResponse(Status::CODE_405, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
    if (verbose)
      response->putHeader("Allow", "GET, PUT");
    return response;
  }

  ENDPOINT("GET", "/old", redirectByHand) {
    auto response = createResponse(Status::CODE_302, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
    return response;
  }

  ENDPOINT("GET", "/partial", partial) {
    auto response = createResponse(Status::CODE_206, "abc");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
    response->putHeader("Content-Type", "text/plain");
    return response;
  }

  ENDPOINT("GET", "/range", rangeNotSatisfiable) {
    auto response = createResponse(Status::CODE_416, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
    return response;
  }

  ENDPOINT("GET", "/tls", upgradeRequired) {
    auto response = createResponse(Status::CODE_426, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
    return response;
  }

  ENDPOINT("GET", "/proxy", proxyAuth) {
    auto response = createResponse(Status::CODE_407, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
    return response;
  }

  // --- No findings ----------------------------------------------------------

  ENDPOINT("POST", "/helper", statusThroughHelper) { return notAllowed(); }

  ENDPOINT("GET", "/challenge", challenge) {
    auto response = createResponse(Status::CODE_401, "");
    response->putHeader("WWW-Authenticate", "Bearer realm=\"items\"");
    return response;
  }

  // Put after the status: what counts is what the response has when sent.
  ENDPOINT("GET", "/map", challengeThroughMap) {
    auto response = createResponse(Status::CODE_401, "login first");
    response->getHeaders().put("WWW-Authenticate", "Basic realm=\"items\"");
    return response;
  }

  // An empty Allow says no method is allowed: it is allowed.
  ENDPOINT("GET", "/none", nothingAllowed) {
    auto response = createResponse(Status::CODE_405, "");
    response->putHeader("Allow", "");
    return response;
  }

  ENDPOINT("GET", "/constant", allowThroughConstant) {
    auto response = createResponse(Status::CODE_405, "");
    response->putHeaderIfNotExists(kAllow, "GET");
    return response;
  }

  ENDPOINT("GET", "/moved", redirect) {
    auto response = createResponse(Status::CODE_301, "");
    response->putHeader("Location", "/items");
    return response;
  }

  ENDPOINT("GET", "/add", headerThroughHelper) {
    auto response = createResponse(Status::CODE_405, "");
    addAllow(response);
    return response;
  }

  // A name the analysis cannot read may be the header: a string variable,
  // or a Header constant, which the library defines.
  ENDPOINT("GET", "/name", nameInVariable, QUERY(String, name)) {
    auto response = createResponse(Status::CODE_405, "");
    response->putHeader(name, "GET");
    return response;
  }

  ENDPOINT("GET", "/header", headerConstant) {
    auto response = createResponse(Status::CODE_401, "");
    response->putHeader(Header::WWW_AUTHENTICATE, "Bearer");
    return response;
  }

  ENDPOINT("GET", "/other-header", otherHeaderConstant) {
    auto response = createResponse(Status::CODE_401, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
    response->putHeader(Header::CONTENT_TYPE, "text/plain");
    return response;
  }

  ENDPOINT("GET", "/escape", escapes) {
    auto response = createResponse(Status::CODE_401, "");
    decorate(response);
    return response;
  }

  ENDPOINT("GET", "/multipart", multipart) {
    auto response = createResponse(Status::CODE_206, "--x\r\n");
    response->putHeader("Content-Type", "multipart/byteranges; boundary=x");
    return response;
  }

  ENDPOINT("GET", "/range2", contentRange) {
    auto response = createResponse(Status::CODE_416, "");
    response->putOrReplaceHeader("Content-Range", "bytes */10");
    return response;
  }

  ENDPOINT("GET", "/upgrade", upgrade) {
    auto response = createResponse(Status::CODE_101, "");
    response->putHeader("Upgrade", "websocket");
    response->putHeader("Connection", "Upgrade");
    return response;
  }

  // Not required: 201, 304.
  ENDPOINT("POST", "/created", created) {
    return createResponse(Status::CODE_201, "");
  }
  ENDPOINT("GET", "/same", notModified) {
    return createResponse(Status::CODE_304, "");
  }
};

#include OATPP_CODEGEN_END(ApiController)
