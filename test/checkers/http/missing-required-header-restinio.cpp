// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev). create_response(status) gives the
// builder its status, header().status_line() changes it, and done() (or the
// first flush()) sends the header with the fields appended by then. A field
// is named by a string or by an http_field enumerator. RESTinio has no
// redirect, authentication or range helper and adds none of these headers
// itself.
#include <restinio/request_handler.hpp>

#include <string>

using restinio::http_field;
using restinio::request_handle_t;
using restinio::request_handling_status_t;
using Builder =
    restinio::response_builder_t<restinio::restinio_controlled_output_t>;

#define UNAUTHORIZED restinio::status_unauthorized()
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

request_handling_status_t deny(const request_handle_t &req) {
  return req->create_response(restinio::status_unauthorized())
      // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
      .set_body("login first")
      .done();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: response sent here
}

request_handling_status_t denyByMacro(const request_handle_t &req) {
  return req->create_response(UNAUTHORIZED).done();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
request_handling_status_t emptyChallenge(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_unauthorized());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  resp.append_header(http_field::www_authenticate, "");
  return resp.done();
}

// Allow is appended on one branch only.
request_handling_status_t otherBranch(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_method_not_allowed());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  if (req->header().has_field("X-Verbose"))
    resp.append_header(http_field::allow, "GET, PUT");
  return resp.done();
}

// Removed from the header before it leaves.
request_handling_status_t removed(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_method_not_allowed());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  resp.append_header("Allow", "GET");
  resp.header().remove_field(http_field::allow);
  return resp.done();
}

request_handling_status_t redirectByHand(const request_handle_t &req) {
  return req->create_response(restinio::status_found()).done();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

// The status changed on the builder's header.
request_handling_status_t statusLineChanged(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_line(restinio::status_permanent_redirect());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 308 (Permanent Redirect) has no Location header
  return resp.done();
}

request_handling_status_t partial(const request_handle_t &req) {
  return req->create_response(restinio::status_partial_content())
      // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
      .append_header(http_field::content_type, "text/plain")
      .set_body("abc")
      .done();
}

request_handling_status_t rangeNotSatisfiable(const request_handle_t &req) {
  return req->create_response(restinio::status_requested_range_not_satisfiable())
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

// RESTinio names no 426: the status line is built from the number.
request_handling_status_t upgradeRequired(const request_handle_t &req) {
  return req
      ->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{426}, "Upgrade Required"})
      .done();
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

request_handling_status_t proxyAuth(const request_handle_t &req) {
  return req->create_response(restinio::status_proxy_authentication_required())
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status comes from a helper; the header is never appended.
static void setNotAllowed(Builder &resp) {
  resp.header().status_line(restinio::status_method_not_allowed());
}

request_handling_status_t statusThroughHelper(const request_handle_t &req) {
  auto resp = req->create_response();
  setNotAllowed(resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:17: note: status 405 set here, through the call of 'setNotAllowed'
  return resp.done();
}

// The Date and Connection fields are not these headers.
request_handling_status_t withDate(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_unauthorized());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  resp.append_header_date_field();
  resp.connection_close();
  return resp.done();
}

// The status is one of two on a conditional: the 301 arm lacks Location.
request_handling_status_t conditional(const request_handle_t &req, bool old) {
  return req->create_response(old ? restinio::status_moved_permanently()
                                  : restinio::status_ok())
      .done();
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

request_handling_status_t challenge(const request_handle_t &req) {
  return req->create_response(restinio::status_unauthorized())
      .append_header(http_field::www_authenticate, "Bearer realm=\"items\"")
      .set_body("login first")
      .done();
}

// Added after the status: what counts is what the response has when sent.
request_handling_status_t challengeAfter(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_line(restinio::status_unauthorized());
  resp.set_body("login first");
  resp.append_header("WWW-Authenticate", "Basic realm=\"items\"");
  return resp.done();
}

// A whole field object: the name is read, its value is not.
request_handling_status_t challengeField(const request_handle_t &req) {
  return req->create_response(restinio::status_unauthorized())
      .append_header(restinio::http_header_field_t{
          http_field::www_authenticate, std::string("Bearer")})
      .done();
}

// The header's own fields.
request_handling_status_t challengeOnHeader(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_unauthorized());
  resp.header().set_field(http_field::www_authenticate, "Bearer");
  return resp.done();
}

// An empty Allow says no method is allowed: it is allowed.
request_handling_status_t nothingAllowed(const request_handle_t &req) {
  return req->create_response(restinio::status_method_not_allowed())
      .append_header(http_field::allow, "")
      .done();
}

request_handling_status_t allowThroughConstant(const request_handle_t &req) {
  return req->create_response(restinio::status_method_not_allowed())
      .append_header(kAllow, "GET")
      .done();
}

request_handling_status_t redirect(const request_handle_t &req) {
  return req->create_response(restinio::status_see_other())
      .append_header(http_field::location, "/items")
      .done();
}

static void addAllow(Builder &resp) { resp.append_header("Allow", "GET"); }

request_handling_status_t headerThroughHelper(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_method_not_allowed());
  addAllow(resp);
  return resp.done();
}

// A name the analysis cannot read may be the header.
request_handling_status_t nameInVariable(const request_handle_t &req,
                                         const std::string &name) {
  auto resp = req->create_response(restinio::status_method_not_allowed());
  resp.append_header(name, "GET");
  return resp.done();
}

void decorate(Builder &resp);

request_handling_status_t escapes(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_unauthorized());
  decorate(resp);
  return resp.done();
}

request_handling_status_t multipart(const request_handle_t &req) {
  return req->create_response(restinio::status_partial_content())
      .append_header(http_field::content_type,
                     "multipart/byteranges; boundary=x")
      .set_body("--x\r\n...")
      .done();
}

request_handling_status_t contentRange(const request_handle_t &req) {
  return req->create_response(restinio::status_partial_content())
      .append_header(http_field::content_range, "bytes 0-2/10")
      .set_body("abc")
      .done();
}

// Not required: 201 (Location optional), 300, 304.
request_handling_status_t created(const request_handle_t &req) {
  return req->create_response(restinio::status_created()).done();
}
request_handling_status_t multipleChoices(const request_handle_t &req) {
  return req->create_response(restinio::status_multiple_choices()).done();
}
request_handling_status_t notModified(const request_handle_t &req) {
  return req->create_response(restinio::status_not_modified()).done();
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(Builder &resp) {
  resp.header().status_line(restinio::status_unauthorized());
}

request_handling_status_t challengeAfterHelper(const request_handle_t &req) {
  auto resp = req->create_response();
  unauthorized(resp);
  resp.append_header(http_field::www_authenticate, "Bearer");
  return resp.done();
}
