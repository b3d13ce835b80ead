// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0. Status has no constructor from a number
// alone: a number is written in Status(code, description), which the
// constant replaces only with its description (no fix), or compared with the
// code of a status, or with the status code of a response a client received,
// where the code of the constant replaces it (Status::CODE_204.code).
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/protocol/http/incoming/Response.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

#define MY_NO_CONTENT 204
#define NOT_FOUND_STATUS Status(404, "Not Found")

using oatpp::web::protocol::http::outgoing::Response;

std::shared_ptr<Response> forward();

// What an upstream service answered (an ApiClient's response).
using UpstreamResponse = oatpp::web::protocol::http::incoming::Response;
std::shared_ptr<UpstreamResponse> fetchUpstream();

// A class of the project's own with a getter of the same name.
struct Job {
  v_int32 getStatusCode() const;
};

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  // --- Findings -------------------------------------------------------------

  ENDPOINT("DELETE", "/items/{id}", deleteItem, PATH(Int32, id)) {
    return createResponse(Status(204, "No Content"), "");
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 204 written as a number; use oatpp::web::protocol::http::Status::CODE_204 [http-magic-status-code]
    // CHECK-FIXES: return createResponse(Status(204, "No Content"), "");
  }

  ENDPOINT("GET", "/items/{id}", getItem, PATH(Int32, id)) {
    return createResponse(Status{404, "Not Found"}, "no such item");
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 404 written as a number; use oatpp::web::protocol::http::Status::CODE_404
    // CHECK-FIXES: return createResponse(Status{404, "Not Found"}, "no such item");
  }

  ENDPOINT("GET", "/fail", fail) {
    return ResponseFactory::createResponse(
        Status(500, "Internal Server Error"), "failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 500 written as a number; use oatpp::web::protocol::http::Status::CODE_500
  }

  ENDPOINT("GET", "/cached", cached) {
    return Response::createShared(Status(304, "Not Modified"), nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: status code 304 written as a number; use oatpp::web::protocol::http::Status::CODE_304
  }

  ENDPOINT("PATCH", "/items/{id}", conditional, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    return createResponse(quiet ? Status(204, "No Content") : Status::CODE_200,
                          "");
    // CHECK-MESSAGES: :[[@LINE-2]]:42: warning: status code 204 written as a number; use oatpp::web::protocol::http::Status::CODE_204
  }

  // A status object declared with its number.
  ENDPOINT("DELETE", "/gone/{id}", declared, PATH(Int32, id)) {
    const Status gone(410, "Gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 410 written as a number; use oatpp::web::protocol::http::Status::CODE_410
    // CHECK-FIXES: const Status gone(410, "Gone");
    return createResponse(gone, "gone");
  }

  // The status of a response read back and compared.
  ENDPOINT("GET", "/forwarded", comparedStatus) {
    auto response = forward();
    if (response->getStatus() == Status(304, "Not Modified"))
      // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 304 written as a number; use oatpp::web::protocol::http::Status::CODE_304
      return createResponse(Status::CODE_200, "unchanged");
    return response;
  }

  // The code of the status read back: a lone number, which the code of the
  // constant replaces.
  ENDPOINT("GET", "/forwarded/code", comparedCode) {
    auto response = forward();
    if (response->getStatus().code == 204)
      // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 204 written as a number; use oatpp::web::protocol::http::Status::CODE_204.code
      // CHECK-FIXES: if (response->getStatus().code == oatpp::web::protocol::http::Status::CODE_204.code)
      return createResponse(Status::CODE_200, "empty");
    return response;
  }

  // The status code of a response a client received, a number.
  ENDPOINT("GET", "/proxied/{id}", proxied, PATH(Int32, id)) {
    auto upstream = fetchUpstream();
    if (upstream->getStatusCode() == 404)
      // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: status code 404 written as a number; use oatpp::web::protocol::http::Status::CODE_404.code
      // CHECK-FIXES: if (upstream->getStatusCode() == oatpp::web::protocol::http::Status::CODE_404.code)
      return createResponse(Status::CODE_404, "no such item");
    if (200 != upstream->getStatusCode())
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: status code 200 written as a number; use oatpp::web::protocol::http::Status::CODE_200.code
      // CHECK-FIXES: if (oatpp::web::protocol::http::Status::CODE_200.code != upstream->getStatusCode())
      return createResponse(Status::CODE_502, "upstream failed");
    return createResponse(Status::CODE_200, upstream->readBodyToString());
  }

  // A case label needs a constant expression, which the code of a constant
  // is not: reported without a fix.
  ENDPOINT("GET", "/proxied", proxiedSwitch) {
    const auto upstream = fetchUpstream();
    switch (upstream->getStatusCode()) {
    case 204:
      // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: status code 204 written as a number; use oatpp::web::protocol::http::Status::CODE_204.code
      // CHECK-FIXES: case 204:
      return createResponse(Status::CODE_204, "");
    default:
      return createResponse(Status::CODE_200, upstream->readBodyToString());
    }
  }
};

#include OATPP_CODEGEN_END(ApiController)

// A namespace alias in scope spells the constant.
namespace http = oatpp::web::protocol::http;

std::shared_ptr<Response> created() {
  return http::outgoing::ResponseFactory::createResponse(
      http::Status(201, "Created"), "made");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: status code 201 written as a number; use http::Status::CODE_201
}

// --- No findings ------------------------------------------------------------

#include OATPP_CODEGEN_BEGIN(ApiController)

class CleanController : public oatpp::web::server::api::ApiController {
public:
  explicit CleanController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  ENDPOINT("DELETE", "/items/{id}", named, PATH(Int32, id)) {
    if (*id == 204)
      return createResponse(Status::CODE_404, "no such item");
    return createResponse(Status::CODE_204, "");
  }

  // A number from a macro is already a name.
  ENDPOINT("DELETE", "/macro/{id}", fromMacro, PATH(Int32, id)) {
    if (*id == 0)
      return createResponse(NOT_FOUND_STATUS, "no such item");
    return createResponse(Status(MY_NO_CONTENT, "No Content"), "");
  }

  ENDPOINT("GET", "/numbers", notStatusPositions) {
    char buffer[204];
    (void)buffer;
    auto response = createResponse(Status::CODE_200, std::string(204, 'x'));
    response->putHeader("X-Count", std::to_string(404));
    response->putHeader("X-Status", "204");
    return response;
  }

  // Ranges, arithmetic, numbers compared with other things, and a getter of
  // another class are not status positions.
  ENDPOINT("GET", "/proxied/clean", proxiedClean) {
    auto upstream = fetchUpstream();
    if (upstream->getStatusCode() >= 400 && upstream->getStatusCode() < 500)
      return createResponse(Status::CODE_400, "client error");
    if (upstream->getStatusCode() / 100 == 5)
      return createResponse(Status::CODE_502, "server error");
    const v_int32 retries = 404;
    if (retries == 404 || upstream->getStatusDescription() == "404")
      return createResponse(Status::CODE_200, "");
    Job job;
    if (job.getStatusCode() == 204)
      return createResponse(Status::CODE_200, "");
    // The code of a status no getter returned.
    const Status local = Status::CODE_200;
    if (local.code == 200)
      return createResponse(local, "");
    return createResponse(Status::CODE_200, "");
  }

  // No constant names 299 or 103; 0 is not a status code.
  ENDPOINT("GET", "/unnamed", unnamed, QUERY(Int32, variant)) {
    if (*variant == 1)
      return createResponse(Status(299, "Custom"), "");
    if (*variant == 2)
      return createResponse(Status(103, "Early Hints"), "");
    return createResponse(Status(0, nullptr), "");
  }
};

#include OATPP_CODEGEN_END(ApiController)
