// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0. A status is a Status(code, description)
// object, given to createResponse, ResponseFactory::createResponse,
// Response::createShared or HttpError; oatpp writes its code into the
// status line as it is.
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/web/protocol/http/incoming/Response.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>
#include <string>

using oatpp::web::protocol::http::Status;
using oatpp::web::protocol::http::outgoing::Response;
using oatpp::web::protocol::http::outgoing::ResponseFactory;

#define STATUS_TYPO 2040

// What an upstream service answered (an ApiClient's response).
using UpstreamResponse = oatpp::web::protocol::http::incoming::Response;
std::shared_ptr<UpstreamResponse> fetchUpstream();

static std::shared_ptr<Response> reply(v_int32 code, const char *text) {
  return ResponseFactory::createResponse(Status(code, "Custom"), text);
}

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  ENDPOINT("DELETE", "/items/{id}", deleteItem, PATH(Int32, id)) {
    return createResponse(Status(2004, "No Content"), "");
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  }

  ENDPOINT("GET", "/items/{id}", getItem, PATH(Int32, id)) {
    return createResponse(Status{4004, "Not Found"}, "no such item");
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: status code 4004 is outside 100 to 599
  }

  ENDPOINT("GET", "/fail", fail) {
    return ResponseFactory::createResponse(Status(5000, "Failed"), "failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 5000 is outside 100 to 599
  }

  ENDPOINT("GET", "/cached", cached) {
    return Response::createShared(Status(STATUS_TYPO, "Typo"), nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: status code 2040 is outside 100 to 599
  }

  ENDPOINT("PATCH", "/items/{id}", conditional, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    return createResponse(quiet ? Status(40, "Short") : Status::CODE_200, "");
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: status code 40 is outside 100 to 599
  }

  // A conditional code inside the status object is not read: only a lone
  // number given to Status(code, description) is.
  ENDPOINT("PATCH", "/items/{id}/code", conditionalCode, PATH(Int32, id),
           QUERY(Boolean, quiet)) {
    return createResponse(Status(quiet ? 40 : 200, "Custom"), "");
    // FIXME: should report: status code 40 is outside 100 to 599
  }

  ENDPOINT("DELETE", "/gone/{id}", declared, PATH(Int32, id)) {
    const Status gone(99, "Gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: status code 99 is outside 100 to 599
    return createResponse(gone, "gone");
  }

  ENDPOINT("PUT", "/items/{id}", asserted, PATH(Int32, id)) {
    OATPP_ASSERT_HTTP(*id > 0, Status(600, "Bad Id"), "no such item");
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 600 is outside 100 to 599
    return createResponse(Status::CODE_200, "");
  }

  // The code of a status object, set after it was made. Not followed: Status
  // is not a type the model tracks, and its `code` member is no status field.
  ENDPOINT("GET", "/member", member) {
    Status status = Status::CODE_200;
    status.code = 2004;
    // FIXME: should report: status code 2004 is outside 100 to 599
    return createResponse(status, "");
  }

  // Through a helper's status parameter: reported at the call.
  ENDPOINT("GET", "/helper", helper) {
    return reply(6000, "gone");
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: status code 6000 is outside 100 to 599
  }

  // --- No findings ----------------------------------------------------------

  ENDPOINT("GET", "/valid", valid, QUERY(Boolean, low)) {
    if (*low)
      return createResponse(Status(100, "Continue"), "");
    if (!*low)
      return reply(204, "");
    return ResponseFactory::createResponse(Status(599, "Custom"), "");
  }

  // A comparison tests the status; it sends nothing. A Status() has code 0.
  ENDPOINT("GET", "/forwarded", compared) {
    auto upstream = fetchUpstream();
    if (upstream->getStatusCode() == 0 || upstream->getStatusCode() != 2004)
      return createResponse(Status::CODE_502, "");
    auto response = reply(200, "");
    if (response->getStatus() == Status(0, nullptr) ||
        response->getStatus().code == 0 ||
        Status(2004, "Custom") != response->getStatus())
      return createResponse(Status::CODE_500, "");
    switch (upstream->getStatusCode()) {
    case 0:
    case 1000:
      return createResponse(Status::CODE_502, "");
    default:
      return response;
    }
  }

  // Numbers given to no status position, and text that is not a status.
  ENDPOINT("GET", "/numbers", notStatusPositions) {
    char buffer[2004];
    (void)buffer;
    auto response = createResponse(Status::CODE_200, std::string(2004, 'x'));
    response->putHeader("Retry-After", "3600");
    response->putHeader("Warning", "2004 items");
    const v_int32 retries = 2004;
    if (retries == 2004)
      return createResponse(Status(299, "2004 items"), "2004 items");
    return response;
  }
};

#include OATPP_CODEGEN_END(ApiController)

// Another object's member and method of the same name.
struct Job {
  v_int32 code;
  void createResponse(v_int32 status);
};

void otherObject(Job &job) {
  job.code = 2004;
  job.createResponse(2004);
}
