// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0 (its ENDPOINT macro is a simplified one
// that gives the endpoint the same member function head as upstream's).
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

#define NO_CONTENT Status::CODE_204

using oatpp::web::protocol::http::outgoing::Response;

static const char *const kContentLength = "Content-Length";

const oatpp::web::protocol::http::Status &statusFromStore();

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  // --- Findings -------------------------------------------------------------

  ENDPOINT("DELETE", "/items/{id}", deleteItem, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader(Header::CONTENT_LENGTH, "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: status 204 set here
    return response;
  }

  ENDPOINT("PUT", "/items/{id}", putItem, PATH(Int32, id)) {
    auto response = createResponse(NO_CONTENT, nullptr);
    response->putHeader("Content-Length", "7");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    return response;
  }

  ENDPOINT("GET", "/stream", transferEncoding) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeaderIfNotExists(Header::TRANSFER_ENCODING, "chunked");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
    return response;
  }

  ENDPOINT("POST", "/upload", informational) {
    auto response = ResponseFactory::createResponse(Status::CODE_100, "");
    response->putOrReplaceHeader("content-length", "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: status 100 set here
    return response;
  }

  // The header map of getHeaders() is the response's.
  ENDPOINT("DELETE", "/map/{id}", throughHeaderMap, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "");
    response->getHeaders().put(Header::CONTENT_LENGTH, "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: Content-Length set on a response that is sent with status 204
    return response;
  }

  ENDPOINT("DELETE", "/unsafe/{id}", unsafeSetter, PATH(Int32, id)) {
    auto response = Response::createShared(Status::CODE_204, nullptr);
    response->putHeader_Unsafe(Header::TRANSFER_ENCODING,
                               Header::Value::TRANSFER_ENCODING_CHUNKED);
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: Transfer-Encoding set on a response that is sent with status 204
    return response;
  }

  ENDPOINT("DELETE", "/spelled/{id}", spelledStatus, PATH(Int32, id)) {
    auto response = createResponse(Status(204, "No Content"), "");
    response->putOrReplaceHeader(Header::CONTENT_LENGTH, "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: status 204 set here
    return response;
  }

  ENDPOINT("PATCH", "/items/{id}", conditionalStatus, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    auto response =
        createResponse(quiet ? Status::CODE_204 : Status::CODE_200, "");
    response->putHeader(Header::CONTENT_LENGTH, "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: status 204 set here
    return response;
  }

  // A constant holding the name is followed.
  ENDPOINT("DELETE", "/const/{id}", nameInConstant, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader(kContentLength, "0");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    return response;
  }

  // A plain member function with the head ENDPOINT gives.
  std::shared_ptr<OutgoingResponse> removeAll() {
    std::shared_ptr<OutgoingResponse> response =
        createResponse(Status::CODE_204, "");
    response->putHeader(Header::CONTENT_LENGTH, std::to_string(0));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: Content-Length set on a response that is sent with status 204
    return response;
  }

  // --- No findings ----------------------------------------------------------

  // RFC 9110 allows Content-Length on a 304.
  ENDPOINT("GET", "/cached", notModified) {
    auto response = createResponse(Status::CODE_304, "");
    response->putHeader(Header::CONTENT_LENGTH, "1024");
    response->putHeader("ETag", "\"v2\"");
    return response;
  }

  ENDPOINT("PUT", "/meta/{id}", metadataOnNoContent, PATH(Int32, id)) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader("ETag", "\"v2\"");
    response->putHeader("Location", "/items/2");
    response->putOrReplaceHeader("Cache-Control", "no-store");
    response->putHeader(Header::CONTENT_TYPE, "text/plain");
    return response;
  }

  ENDPOINT("DELETE", "/quiet/{id}", earlyReturn, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    if (quiet)
      return createResponse(Status::CODE_204, "");
    auto response = createResponse(Status::CODE_200, "deleted");
    response->putHeader(Header::CONTENT_LENGTH, "7");
    return response;
  }

  // Two responses: the length is set on the one not returned.
  ENDPOINT("DELETE", "/other/{id}", otherResponse, PATH(Int32, id)) {
    auto draft = createResponse(Status::CODE_200, "deleted");
    draft->putHeader(Header::CONTENT_LENGTH, "7");
    auto response = createResponse(Status::CODE_204, "");
    return response;
  }

  ENDPOINT("GET", "/stored", unknownStatus) {
    const Status &status = statusFromStore();
    auto response = createResponse(status, "");
    response->putHeader(Header::CONTENT_LENGTH, "0");
    return response;
  }

  // A header name held in a variable that may change is not followed.
  ENDPOINT("GET", "/named", nameInVariable, QUERY(String, name)) {
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader(name, "0");
    return response;
  }

  // Reading the request's headers sets nothing.
  ENDPOINT("PUT", "/length", requestHeader,
           REQUEST(std::shared_ptr<IncomingRequest>, request)) {
    auto response = createResponse(Status::CODE_204, "");
    auto length = request->getHeader(Header::CONTENT_LENGTH);
    (void)length;
    return response;
  }

  // oatpp adds "Content-Length: 0" to an empty 204 itself: not the handler's.
  ENDPOINT("DELETE", "/plain/{id}", emptyNoContent, PATH(Int32, id)) {
    return createResponse(Status::CODE_204, "");
  }
};

#include OATPP_CODEGEN_END(ApiController)
