// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// oatpp 1.3.0, through the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0: Status(code, description) is sent as
// the status line (`HTTP/1.1 204 OK`); Status::operator== compares codes.
#include "oatpp/web/protocol/http/outgoing/Response.hpp"

#include <memory>

using oatpp::web::protocol::http::Status;
using oatpp::web::protocol::http::outgoing::Response;

std::shared_ptr<Response> deleted() {
  return Response::createShared(Status(204, "OK"), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: return Response::createShared(Status(204, "No Content"), nullptr);
}

// --- No findings ------------------------------------------------------------

std::shared_ptr<Response> own(const std::shared_ptr<Response> &upstream) {
  if (upstream->getStatus() == Status(304, "Not Modified"))
    return Response::createShared(Status::CODE_304, nullptr);
  return Response::createShared(Status(299, "Partially Done"), nullptr);
}
