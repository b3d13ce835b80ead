// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17 -isystem %inputs/drogon-1.9.13
// Drogon v1.9.13, through the declaration-only headers of
// Inputs/drogon-1.9.13: setCustomStatusCode(code, message) sends the message
// as the reason phrase.
#include <drogon/drogon.h>

void deleted(const drogon::HttpResponsePtr &resp) {
  resp->setCustomStatusCode(204, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: resp->setCustomStatusCode(204, "No Content");
}

// A code without a standard phrase of its own: the phrase of another is
// still wrong, but there is no phrase to offer.
void unregistered(const drogon::HttpResponsePtr &resp) {
  resp->setCustomStatusCode(299, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: reason phrase 'OK' is the phrase of status 200, not of 299 [http-status-reason-mismatch]
  // CHECK-FIXES: resp->setCustomStatusCode(299, "OK");
}

// --- No findings ------------------------------------------------------------

void own(const drogon::HttpResponsePtr &resp) {
  resp->setCustomStatusCode(204);
  resp->setCustomStatusCode(204, "No Content");
  resp->setCustomStatusCode(299, "Partially Done");
}
