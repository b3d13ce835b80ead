// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0. Status has no constructor from a number
// alone: a number is written in Status(code, description), which the
// constant replaces only with its description (no fix), or compared with the
// code of a status.
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

#define MY_NO_CONTENT 204
#define NOT_FOUND_STATUS Status(404, "Not Found")

using oatpp::web::protocol::http::outgoing::Response;

std::shared_ptr<Response> forward();

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
  // constant would replace. A known miss: the schema cannot say that the
  // `code` member of a status object is its number.
  ENDPOINT("GET", "/forwarded/code", comparedCode) {
    auto response = forward();
    if (response->getStatus().code == 204)
      // FIXME: should report: status code 204 written as a number; use oatpp::web::protocol::http::Status::CODE_204 (fix: Status::CODE_204.code)
      return createResponse(Status::CODE_200, "empty");
    return response;
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
