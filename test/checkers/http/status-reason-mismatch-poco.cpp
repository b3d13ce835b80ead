// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev: setStatusAndReason(status,
// reason) sends the reason given (`HTTP/1.1 204 OK`); setStatus(status)
// changes the code and keeps the phrase set before, "OK" from the start.
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
  res.send();
}

// --- setStatus keeps the phrase set before ----------------------------------

#define NOT_FOUND HTTPResponse::HTTP_NOT_FOUND

void notFound(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setStatus' changes the status to 404 and keeps the reason phrase 'OK' (of status 200): the response goes out as '404 OK' [http-status-reason-mismatch]
  // CHECK-FIXES: res.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
  res.send();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void backToOk(Poco::Net::HTTPServerResponse &res, bool stored) {
  res.setStatusAndReason(HTTPResponse::HTTP_NO_CONTENT);
  if (stored)
    res.setStatus(HTTPResponse::HTTP_OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'setStatus' changes the status to 200 and keeps the reason phrase 'No Content' (of status 204): the response goes out as '200 No Content'
  // CHECK-FIXES: res.setStatusAndReason(HTTPResponse::HTTP_OK);
  res.sendBuffer("{}", 2);
}

void macroCode(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(NOT_FOUND);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setStatus' changes the status to 404 and keeps the reason phrase 'OK'
  // CHECK-FIXES: res.setStatusAndReason(NOT_FOUND);
  res.send();
}

void text(Poco::Net::HTTPServerResponse &res) {
  // The overload taking text has no counterpart that sets the phrase.
  res.setStatus("404");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setStatus' changes the status to 404 and keeps the reason phrase 'OK'
  // CHECK-FIXES: res.setStatus("404");
  res.send();
}

void afterChallenge(Poco::Net::HTTPServerResponse &res) {
  res.requireAuthentication("files");
  res.setStatus(HTTPResponse::HTTP_FORBIDDEN);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setStatus' changes the status to 403 and keeps the reason phrase 'Unauthorized' (of status 401): the response goes out as '403 Unauthorized'
  // CHECK-FIXES: res.setStatusAndReason(HTTPResponse::HTTP_FORBIDDEN);
  res.send();
}

void phraseAfter(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  res.setReason("OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: reason phrase 'OK' is the phrase of status 200, not of 404 (Not Found)
  // CHECK-FIXES: res.setReason("Not Found");
  res.send();
}

static void reply(Poco::Net::HTTPServerResponse &res,
                  HTTPResponse::HTTPStatus status) {
  res.setStatus(status);
  res.send();
}

void throughHelper(Poco::Net::HTTPServerResponse &res) {
  reply(res, HTTPResponse::HTTP_FORBIDDEN);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'setStatus' changes the status to 403 and keeps the reason phrase 'OK' (of status 200): the response goes out as '403 OK'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 403 set here, through the call of 'reply'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: response sent here
  // CHECK-FIXES: reply(res, HTTPResponse::HTTP_FORBIDDEN);
}

// --- No findings: the phrase fits, or is not known ---------------------------

void ownPhrase(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  res.setReason("Not Found");
  res.send();
}

void keptCustom(Poco::Net::HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_CREATED, "Stored");
  res.setStatus(HTTPResponse::HTTP_ACCEPTED); // "Stored" names no status
  res.send();
}

void otherBranch(Poco::Net::HTTPServerResponse &res, bool missing) {
  if (missing)
    res.setStatusAndReason(HTTPResponse::HTTP_NOT_FOUND);
  else
    res.setStatus(HTTPResponse::HTTP_OK); // "200 OK"
  res.send();
}

void unknownPhrase(Poco::Net::HTTPServerResponse &res, const std::string &why) {
  res.setReason(why);
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  res.send();
}

void tweak(Poco::Net::HTTPServerResponse &res);

void handedOn(Poco::Net::HTTPServerResponse &res) {
  tweak(res); // may set any phrase
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  res.send();
}

// requireAuthentication() sets 401 and its own phrase.
void challenge(Poco::Net::HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_NOT_FOUND);
  res.requireAuthentication("files");
  res.send();
}

void notSent(Poco::Net::HTTPResponse &other) {
  other.setStatus(HTTPResponse::HTTP_NOT_FOUND); // not a server response
}
