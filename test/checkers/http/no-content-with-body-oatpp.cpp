// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0 (its ENDPOINT macro is a simplified one
// that gives the endpoint the same member function head as upstream's).
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/protocol/http/outgoing/BufferBody.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

#define NO_CONTENT Status::CODE_204
#define OK_STATUS oatpp::web::protocol::http::Status::CODE_200

using oatpp::web::protocol::http::outgoing::BufferBody;
using oatpp::web::protocol::http::outgoing::Response;

const oatpp::web::protocol::http::Status &statusFromStore();
oatpp::Void loadItem();

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  // --- Findings -------------------------------------------------------------

  ENDPOINT("DELETE", "/items/{id}", deleteItem, PATH(Int32, id)) {
    return createResponse(Status::CODE_204, "deleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  }

  // The response held in a variable, then in a copy of the smart pointer.
  ENDPOINT("PUT", "/items/{id}", putItem, PATH(Int32, id),
           BODY_STRING(String, body)) {
    auto response = createResponse(Status::CODE_204, "stored");
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:21: note: status 204 set here
    auto copy = response;
    return copy;
  }

  // The request body echoed: a string that is not known to be empty.
  ENDPOINT("POST", "/echo", echo, BODY_STRING(String, body)) {
    return createResponse(Status::CODE_204, body);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
  }

  ENDPOINT("GET", "/cached", cached) {
    return ResponseFactory::createResponse(Status::CODE_304, "cached");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 304 set here
  }

  // The factory's DTO overload: the serialised DTO is the body.
  ENDPOINT("GET", "/cached/dto", cachedDto) {
    return ResponseFactory::createResponse(Status::CODE_304, loadItem(),
                                           getDefaultObjectMapper());
    // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  }

  ENDPOINT("POST", "/forms", resetForm) {
    return Response::createShared(Status::CODE_205,
                                  BufferBody::createShared("reset"));
    // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: status 205 set here
  }

  ENDPOINT("POST", "/upload", informational) {
    return createResponse(Status::CODE_100, "continue");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  }

  // A status object built from its number has that code.
  ENDPOINT("DELETE", "/spelled/{id}", spelledStatus, PATH(Int32, id)) {
    return createResponse(Status(204, "No Content"), "gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  }

  ENDPOINT("DELETE", "/macro/{id}", throughMacro, PATH(Int32, id)) {
    return createResponse(NO_CONTENT, "gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
  }

  ENDPOINT("PATCH", "/items/{id}", conditionalStatus, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    return createResponse(quiet ? Status::CODE_204 : Status::CODE_200,
                          "done");
    // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: status 204 set here
  }

  // A DTO is serialised into the body.
  ENDPOINT("GET", "/items/{id}/dto", dtoBody, PATH(Int32, id)) {
    return createDtoResponse(Status::CODE_204, loadItem());
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
  }

  // A plain member function with the head ENDPOINT gives (upstream's proxy
  // method calls it).
  std::shared_ptr<OutgoingResponse> removeAll() {
    std::shared_ptr<OutgoingResponse> response =
        createResponse(Status::CODE_204, "removed");
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:9: note: status 204 set here
    return response;
  }

  std::shared_ptr<OutgoingResponse> purge() {
    auto response = ResponseFactory::createResponse(
        oatpp::web::protocol::http::Status::CODE_204,
        std::string("purged"));
    // CHECK-MESSAGES: :[[@LINE-3]]:21: warning: content written to a response that is sent with status 204
    return response;
  }

  // Declared first, created later (the usual shape of a handler that
  // decides in branches).
  ENDPOINT("DELETE", "/later/{id}", createdLater, PATH(Int32, id)) {
    std::shared_ptr<OutgoingResponse> response;
    response = createResponse(Status::CODE_204, "deleted");
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:16: note: status 204 set here
    return response;
  }

  ENDPOINT("DELETE", "/branches/{id}", createdInBranches, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    std::shared_ptr<OutgoingResponse> response;
    if (quiet)
      response = ResponseFactory::createResponse(Status::CODE_204, "x");
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:18: note: status 204 set here
    else
      response = ResponseFactory::createResponse(Status::CODE_200, "x");
    return response;
  }

  // A status kept in a local variable is the value it holds on the path.
  ENDPOINT("DELETE", "/status/{id}", statusInLocal, PATH(Int32, id),
           QUERY(Boolean, gone)) {
    auto status = Status::CODE_200;
    if (gone)
      status = Status::CODE_204;
    return createResponse(status, "done");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: status 204 set here
  }

  // --- No findings ----------------------------------------------------------

  // Created again: the second response has no content.
  ENDPOINT("DELETE", "/again/{id}", createdAgain, PATH(Int32, id)) {
    std::shared_ptr<OutgoingResponse> response;
    response = createResponse(Status::CODE_200, "draft");
    response = createResponse(Status::CODE_204, "");
    return response;
  }

  // A status object changed through a member: unknown.
  ENDPOINT("DELETE", "/member/{id}", statusMember, PATH(Int32, id)) {
    auto status = Status::CODE_204;
    status.code = 200;
    return createResponse(status, "done");
  }

  ENDPOINT("DELETE", "/quiet/{id}", earlyReturn, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    if (quiet)
      return createResponse(Status::CODE_204, "");
    return createResponse(Status::CODE_200, "deleted");
  }

  // Two responses: the one with content is not the one returned.
  ENDPOINT("DELETE", "/other/{id}", otherResponse, PATH(Int32, id)) {
    auto draft = createResponse(Status::CODE_200, "deleted");
    auto response = createResponse(Status::CODE_204, "");
    (void)draft;
    return response;
  }

  // Never returned: nothing is sent.
  ENDPOINT("DELETE", "/thrown/{id}", thrownAway, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "never sent");
    (void)response;
    throw oatpp::web::protocol::http::HttpError(Status::CODE_500, "failed");
  }

  // Empty bodies: "" and a null oatpp::String (both an empty BufferBody),
  // and no body at all.
  ENDPOINT("DELETE", "/empty/{id}", emptyBodies, PATH(Int32, id),
           QUERY(Int32, variant)) {
    if (*variant == 1)
      return createResponse(Status::CODE_204, "");
    if (*variant == 2)
      return createResponse(Status::CODE_204, nullptr);
    if (*variant == 3)
      return createResponse(Status::CODE_204, oatpp::String());
    if (*variant == 4)
      return ResponseFactory::createResponse(Status::CODE_304, "");
    return Response::createShared(Status::CODE_204, nullptr);
  }

  // The status comes from a variable: unknown.
  ENDPOINT("GET", "/stored", unknownStatus) {
    const Status &status = statusFromStore();
    return createResponse(status, "maybe");
  }

  ENDPOINT("GET", "/items", okWithBody) {
    return createResponse(OK_STATUS, "[]");
  }

  ENDPOINT("POST", "/items", createdWithBody, BODY_STRING(String, body)) {
    auto response = createResponse(Status(201, "Created"), body);
    response->putHeader("Location", "/items/1");
    return response;
  }

  // Metadata headers on a 204 are fine.
  ENDPOINT("PUT", "/meta/{id}", metadataOnNoContent, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader("ETag", "\"v2\"");
    response->putHeader("Location", "/items/2");
    response->putHeaderIfNotExists("Cache-Control", "no-store");
    return response;
  }
};

#include OATPP_CODEGEN_END(ApiController)
