// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// cpprestsdk 2.10.18 from Debian's libcpprest-dev. A response's reason
// phrase is empty until set_reason_phrase sets it, and the reply gives an
// empty one the code's own. set_status_code changes the code and keeps a
// phrase that was set: set_reason_phrase(U("OK")) then
// set_status_code(status_codes::NotFound) sends "404 OK".
#include <cpprest/http_listener.h>

#include <string>

using web::http::http_request;
using web::http::http_response;
using web::http::status_codes;

void decorate(http_response &res);

// --- Findings ---------------------------------------------------------------

void keptOk(http_request req, bool found) {
  http_response res(status_codes::OK);
  res.set_reason_phrase(U("OK"));
  if (!found)
    res.set_status_code(status_codes::NotFound);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'set_status_code' changes the status to 404 and keeps the reason phrase 'OK' (of status 200): the response goes out as '404 OK' [http-status-reason-mismatch]
  req.reply(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void phraseAfter(http_request req) {
  http_response res(status_codes::NoContent);
  res.set_reason_phrase(U("OK"));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content)
  // The literal is the argument of the U() macro: replaced where written.
  // CHECK-FIXES: res.set_reason_phrase(U("No Content"));
  req.reply(res);
}

#define OK_PHRASE U("OK")
// CHECK-FIXES: #define OK_PHRASE U("OK")

// A phrase from a macro's body: reported, with no fix-it.
void phraseMacro(http_request req) {
  http_response res(status_codes::NoContent);
  res.set_reason_phrase(OK_PHRASE);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content)
  // CHECK-FIXES: res.set_reason_phrase(OK_PHRASE);
  req.reply(res);
}

static void fail(http_response &res, web::http::status_code code) {
  res.set_status_code(code);
}

void throughHelper(http_request req) {
  http_response res;
  res.set_reason_phrase(U("Created"));
  fail(res, status_codes::Conflict);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'set_status_code' changes the status to 409 and keeps the reason phrase 'Created' (of status 201): the response goes out as '409 Created'
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: status 409 set here, through the call of 'fail'
  req.reply(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

// FIXME: a helper that replies itself (req.reply(res) inside it) is not
// followed, so the phrase kept there is not reported.
static void failAndReply(http_request &req, http_response &res) {
  res.set_status_code(status_codes::Conflict);
  req.reply(res);
}

void helperReplies(http_request req) {
  http_response res;
  res.set_reason_phrase(U("Created"));
  failAndReply(req, res);
}

// --- No findings ------------------------------------------------------------

// No phrase set: each code goes out with its own.
void followsCode(http_request req, bool found) {
  http_response res(status_codes::OK);
  if (!found)
    res.set_status_code(status_codes::NotFound);
  req.reply(res);
}

void ownPhrase(http_request req) {
  http_response res;
  res.set_status_code(status_codes::NotFound);
  res.set_reason_phrase(U("Not Found"));
  req.reply(res);
}

void otherBranch(http_request req, bool found) {
  http_response res;
  if (found)
    res.set_reason_phrase(U("OK"));
  else
    res.set_status_code(status_codes::NotFound);
  req.reply(res);
}

void customPhrase(http_request req) {
  http_response res;
  res.set_reason_phrase(U("Stored"));
  res.set_status_code(status_codes::Accepted);
  req.reply(res);
}

void unknownPhrase(http_request req, const std::string &why) {
  http_response res;
  res.set_reason_phrase(why);
  res.set_status_code(status_codes::NotFound);
  req.reply(res);
}

void handedOn(http_request req) {
  http_response res;
  res.set_reason_phrase(U("OK"));
  decorate(res); // may set any phrase
  res.set_status_code(status_codes::NotFound);
  req.reply(res);
}

// reply(code) sends a response of its own, with the code's phrase.
void replyCode(http_request req) { req.reply(status_codes::NoContent); }
