// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev).
#include <restinio/request_handler.hpp>

#include <string>

using restinio::request_handle_t;
using restinio::request_handling_status_t;

static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

// restinio sends its own Content-Length and then this one.
request_handling_status_t chained(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content())
      .append_header("Content-Length", "16")
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: status 204 set here
}

request_handling_status_t transferEncoding(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t fieldEnumerator(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header(restinio::http_field::transfer_encoding, "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t headerField(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header(restinio::http_header_field_t{
      std::string("Content-Length"), std::string("0")});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t nameInConstant(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t conditionalStatus(const request_handle_t &req,
                                            bool quiet) {
  auto resp = req->create_response(quiet ? restinio::status_no_content()
                                         : restinio::status_ok());
  resp.append_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  return resp.done();
}

// user_controlled_output_t sends the length of set_content_length().
request_handling_status_t userControlled(const request_handle_t &req) {
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_no_content());
  resp.set_content_length(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'set_content_length()' sets Content-Length on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  return resp.done();
}

// chunked_output_t sends Transfer-Encoding: chunked.
request_handling_status_t chunked(const request_handle_t &req) {
  auto resp = req->create_response<restinio::chunked_output_t>(
      restinio::status_no_content());
  resp.append_chunk("part");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'append_chunk()' sets Transfer-Encoding on a response that is sent with status 204 (No Content), which must not carry it; do not call it for this response
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  resp.flush();
  return resp.done();
}

// The fields of header().
request_handling_status_t headerFields(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_switching_protocols());
  resp.header().add_field("Content-Length", "5");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Content-Length set on a response that is sent with status 101 (Switching Protocols), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 101 set here
  return resp.done();
}

request_handling_status_t headerSetField(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_continue());
  resp.header().set_field(restinio::http_field::transfer_encoding, "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: Transfer-Encoding set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 100 set here
  return resp.done();
}

// The status set through header() after the length.
request_handling_status_t statusSetLater(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.append_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  resp.header().status_code(restinio::status_code::no_content);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: status 204 set here
  return resp.done();
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
request_handling_status_t notModified(const request_handle_t &req) {
  return req->create_response(restinio::status_not_modified())
      .append_header("Content-Length", "1024")
      .done();
}

request_handling_status_t notModifiedUserControlled(const request_handle_t &req) {
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_not_modified());
  resp.set_content_length(1024);
  return resp.done();
}

// 205 is not 204: Content-Length: 0 is what it should carry.
request_handling_status_t resetContent(const request_handle_t &req) {
  return req->create_response(restinio::status_reset_content())
      .append_header("Content-Length", "0")
      .done();
}

request_handling_status_t metadataOnNoContent(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content())
      .append_header("ETag", "\"v2\"")
      .append_header(restinio::http_field::location, "/items/2")
      .append_header("Cache-Control", "no-store")
      .append_header_date_field()
      .done();
}

request_handling_status_t earlyReturn(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  if (req->header().has_field("X-Quiet"))
    return resp.done();
  resp.header().status_line(restinio::status_ok());
  resp.append_header("Content-Length", "5");
  return resp.done();
}

request_handling_status_t statusOverwritten(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header("Content-Length", "5");
  resp.header().status_line(restinio::status_ok());
  return resp.done();
}

request_handling_status_t headerRemoved(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.append_header("Content-Length", "5");
  resp.header().remove_field("Content-Length");
  resp.append_header(restinio::http_field::transfer_encoding, "chunked");
  resp.header().remove_all_of(restinio::http_field::transfer_encoding);
  return resp.done();
}

// done() writes Content-Length: 0 itself: the framework's, not the handler's.
request_handling_status_t lengthFromDone(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content()).done();
}

// set_body() makes done() send its length: the content is the finding of
// http-no-content-with-body, the length is the framework's.
request_handling_status_t lengthFromSetBody(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content())
      .set_body("hello")
      .done();
}

// A header name held in a variable that may change is not followed.
request_handling_status_t nameInVariable(const request_handle_t &req,
                                         std::string const &name) {
  return req->create_response(restinio::status_no_content())
      .append_header(name, "0")
      .done();
}

// Two requests answered in one handler: two responses.
void twoRequests(const request_handle_t &quiet, const request_handle_t &loud) {
  auto first = quiet->create_response(restinio::status_no_content());
  auto second = loud->create_response(restinio::status_ok());
  second.append_header("Content-Length", "5");
  first.done();
  second.done();
}

request_handling_status_t createdWithLength(const request_handle_t &req) {
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_created());
  resp.set_content_length(4);
  resp.append_body("made");
  return resp.done();
}
