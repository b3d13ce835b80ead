// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// RESTinio 0.6.16 from Debian's librestinio-dev (standalone Asio from
// libasio-dev, fmt from libfmt-dev).
#include <restinio/request_handler.hpp>

#include <stdexcept>
#include <string>

using restinio::request_handle_t;
using restinio::request_handling_status_t;
using Builder =
    restinio::response_builder_t<restinio::restinio_controlled_output_t>;

#define NO_CONTENT restinio::status_no_content()

restinio::http_status_line_t computeStatus();
void decorate(Builder &resp);
void logResponse(const Builder &resp);

// --- Findings ---------------------------------------------------------------

// A builder chain on the temporary is one response.
request_handling_status_t chained(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content())
      .set_body("{\"deleted\":true}")
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: status 204 set here
}

// The call that wrote, in a chain on one line.
request_handling_status_t chainedOnOneLine(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content()).set_body("deleted").done();
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

request_handling_status_t namedBuilder(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.set_body("deleted");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t appended(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_not_modified());
  resp.append_body("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: status 304 set here
  return resp.done();
}

request_handling_status_t throughMacro(const request_handle_t &req) {
  return req->create_response(NO_CONTENT).append_body("x").done();
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: status 204 set here
}

// A status line built from a number.
request_handling_status_t spelledStatusLine(const request_handle_t &req) {
  return req
      ->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{204}, "No Content"})
      .set_body("gone")
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-6]]:10: note: status 204 set here
}

// The status changed through header().
request_handling_status_t statusCodeSetLater(const request_handle_t &req) {
  auto resp = req->create_response();
  resp.header().status_code(restinio::status_code::no_content);
  resp.set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: status 204 set here
  return resp.done();
}

request_handling_status_t statusLineSetLater(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_ok());
  resp.set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  resp.header().status_line(restinio::status_reset_content());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: status 205 set here
  return resp.done();
}

request_handling_status_t conditionalStatus(const request_handle_t &req,
                                            bool quiet) {
  auto resp = req->create_response(quiet ? restinio::status_no_content()
                                         : restinio::status_ok());
  resp.set_body("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  return resp.done();
}

request_handling_status_t informational(const request_handle_t &req) {
  return req->create_response(restinio::status_continue())
      .set_body("continue")
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: status 100 set here
}

// user_controlled_output_t: the body parts are sent at flush() and done().
request_handling_status_t userControlled(const request_handle_t &req) {
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_reset_content());
  resp.set_content_length(5);
  resp.append_body("reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: status 205 set here
  return resp.done();
}

// chunked_output_t: a chunk is content.
request_handling_status_t chunked(const request_handle_t &req) {
  auto resp = req->create_response<restinio::chunked_output_t>(
      restinio::status_no_content());
  resp.append_chunk("part");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  resp.flush();
  return resp.done();
}

// A const builder cannot be changed by the helper.
request_handling_status_t constBuilderToHelper(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  logResponse(resp);
  resp.set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: status 204 set here
  return resp.done();
}

// A request handler lambda, as given to restinio::run.
auto handler = [](restinio::request_handle_t req) {
  return req->create_response(restinio::status_no_content())
      .append_body("x")
      .done();
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: status 204 set here
};

// --- No findings ------------------------------------------------------------

request_handling_status_t earlyReturn(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  if (req->header().has_field("If-Match"))
    return resp.done();
  resp.header().status_line(restinio::status_ok());
  resp.set_body("updated");
  return resp.done();
}

request_handling_status_t twoResponsesOnTwoPaths(const request_handle_t &req) {
  if (req->body().empty())
    return req->create_response(restinio::status_no_content()).done();
  auto resp = req->create_response();
  resp.set_body("loud");
  return resp.done();
}

request_handling_status_t statusOverwritten(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.set_body("ok");
  resp.header().status_code(restinio::status_code::ok);
  return resp.done();
}

request_handling_status_t bodyCleared(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.set_body("draft");
  resp.set_body("");
  return resp.done();
}

request_handling_status_t emptyBodies(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.set_body("");
  resp.append_body("");
  resp.set_body(std::string());
  return resp.done();
}

request_handling_status_t emptyChunk(const request_handle_t &req) {
  auto resp = req->create_response<restinio::chunked_output_t>(
      restinio::status_no_content());
  resp.append_chunk("");
  return resp.done();
}

request_handling_status_t metadataOnNoContent(const request_handle_t &req) {
  return req->create_response(restinio::status_no_content())
      .append_header("ETag", "\"v2\"")
      .append_header(restinio::http_field::location, "/items/2")
      .append_header(restinio::http_field::cache_control, "no-store")
      .append_header_date_field()
      .done();
}

// Two requests answered in one handler: two responses.
void twoRequests(const request_handle_t &quiet, const request_handle_t &loud) {
  auto first = quiet->create_response(restinio::status_no_content());
  auto second = loud->create_response(restinio::status_ok());
  second.set_body("hello");
  first.done();
  second.done();
}

request_handling_status_t unknownStatus(const request_handle_t &req) {
  return req->create_response(computeStatus()).set_body("maybe").done();
}

// The helper may change the builder: what was known is forgotten.
request_handling_status_t helperMayChangeIt(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  decorate(resp);
  resp.set_body("decorated");
  return resp.done();
}

// Never sent: done() is not reached.
request_handling_status_t thrownAway(const request_handle_t &req) {
  auto resp = req->create_response(restinio::status_no_content());
  resp.set_body("never sent");
  throw std::runtime_error("failed");
}

request_handling_status_t okWithBody(const request_handle_t &req) {
  return req->create_response().set_body("fine").done();
}

request_handling_status_t createdWithBody(const request_handle_t &req) {
  auto resp = req->create_response<restinio::user_controlled_output_t>(
      restinio::status_created());
  resp.set_content_length(4);
  resp.append_body("made");
  resp.flush();
  return resp.done();
}
