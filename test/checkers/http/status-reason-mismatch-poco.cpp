// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev: setStatusAndReason(status,
// reason) sends the reason given (`HTTP/1.1 204 OK`).
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

using Poco::Net::HTTPResponse;

void deleted(Poco::Net::HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT, "No Content");
  res.send();
}

void cast(Poco::Net::HTTPServerResponse &res) {
  res.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(404), "Gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:71: warning: reason phrase 'Gone' is the phrase of status 410, not of 404 (Not Found)
  // CHECK-FIXES: res.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(404), "Not Found");
  res.send();
}

// --- No findings ------------------------------------------------------------

void own(Poco::Net::HTTPServerResponse &res, const std::string &why) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT, "No Content");
  res.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND, "not found");
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT, "Deleted");
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT, why);
  res.setReason("OK"); // the phrase alone: its status is the path's to tell
  res.send();
}
