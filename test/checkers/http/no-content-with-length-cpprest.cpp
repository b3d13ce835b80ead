// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// cpprestsdk 2.10.18 from Debian's libcpprest-dev.
#include <cpprest/http_listener.h>

#include <string>

using web::http::header_names;
using web::http::http_headers;
using web::http::http_request;
using web::http::http_response;
using web::http::status_codes;

bool quietRequested(const http_request &req);

// --- Findings ---------------------------------------------------------------

void deleteItem(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::content_length, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  req.reply(res);
}

void setContentLength(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().set_content_length(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  req.reply(res);
}

void nameAsString(http_request req) {
  http_response res;
  res.headers().add(U("Content-Length"), U("0"));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Content-Length set on a response that is sent with status 204
  res.set_status_code(status_codes::NoContent);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
  req.reply(res);
}

void transferEncoding(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::transfer_encoding, U("chunked"));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  req.reply(res);
}

void informational(http_request req) {
  http_response res(status_codes::Continue);
  res.headers().add(web::http::header_names::content_length, U("0"));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 100 set here
  req.reply(res);
}

void throughHeaderReference(http_request req) {
  http_response res(status_codes::OK);
  if (quietRequested(req))
    res.set_status_code(status_codes::NoContent);
  http_headers &headers = res.headers();
  headers.add(header_names::content_length, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: status 204 set here
  req.reply(res);
}

// The caller sends a response it hands over by reference.
void finish(http_response &res) {
  res.set_status_code(status_codes::NoContent);
  res.headers().set_content_length(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'set_content_length()' sets Content-Length on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(http_request req) {
  http_response res(status_codes::NotModified);
  res.headers().set_content_length(1024);
  req.reply(res);
}

// A 205 must not have content; Content-Length: 0 says so.
void resetContent(http_request req) {
  http_response res(status_codes::ResetContent);
  res.headers().add(header_names::content_length, 0);
  req.reply(res);
}

void metadataOnNoContent(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::etag, U("\"v2\""));
  res.headers().add(header_names::location, U("/items/2"));
  res.headers().add(header_names::cache_control, U("no-store"));
  req.reply(res);
}

void earlyReturn(http_request req) {
  http_response res;
  if (quietRequested(req)) {
    res.set_status_code(status_codes::NoContent);
    req.reply(res);
    return;
  }
  res.set_status_code(status_codes::OK);
  res.headers().set_content_length(5);
  req.reply(res);
}

void statusOverwritten(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::content_length, 5);
  res.set_status_code(status_codes::OK);
  req.reply(res);
}

void headerRemoved(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::content_length, 5);
  res.headers().remove(header_names::content_length);
  req.reply(res);
}

void headersCleared(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().add(header_names::transfer_encoding, U("chunked"));
  res.headers().clear();
  req.reply(res);
}

// set_body() sets Content-Length itself, replacing the handler's: the
// content is the finding of http-no-content-with-body, the length is the
// framework's.
void lengthFromSetBody(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers().set_content_length(5);
  res.set_body(U(""));
  req.reply(res);
}

// A header name held in a variable that may change is not followed.
void nameInVariable(http_request req, const std::string &name) {
  http_response res(status_codes::NoContent);
  res.headers().add(name, 0);
  req.reply(res);
}

// The request's headers are not the response's.
void requestHeaders(http_request req) {
  req.headers().add(header_names::content_length, 0);
  req.reply(status_codes::NoContent);
}

// The server adds Content-Length: 0 to an empty response by itself.
void emptyNoContent(http_request req) { req.reply(status_codes::NoContent); }

// --- Known misses ---------------------------------------------------------
// What cpprestsdk does here cannot be said in a model yet; the check stays
// silent.

// http_headers::operator[] returns the value to assign; a model names
// methods by identifier, so the operator is not modelled.
void subscriptAssigned(http_request req) {
  http_response res(status_codes::NoContent);
  res.headers()[header_names::content_length] = U("5");
  // FIXME: should report Content-Length on a 204 (No Content) here.
  req.reply(res);
}

// set_body(istream) without a length leaves Content-Length as it is; the
// model cannot tell the overloads apart and lets every set_body replace it.
void streamBodyKeepsLength(http_request req,
                           const concurrency::streams::istream &data) {
  http_response res(status_codes::NoContent);
  res.headers().set_content_length(5);
  // FIXME: should report Content-Length on a 204 (No Content) here.
  res.set_body(data);
  req.reply(res);
}
