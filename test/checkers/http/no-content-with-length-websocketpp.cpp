// RUN: %check_http_tidy %s http-no-content-with-length %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev (Boost.Asio from
// libboost-dev).
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

#define NO_CONTENT websocketpp::http::status_code::no_content
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

void deleteItem(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(websocketpp::http::status_code::no_content);
  con->append_header("Content-Length", "16");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204 (No Content), which must not carry it [http-no-content-with-length]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void transferEncoding(server *s, websocketpp::connection_hdl hdl) {
  auto con = s->get_con_from_hdl(hdl);
  con->replace_header("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204 (No Content), which must not carry it
  con->set_status(NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void informational(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::continue_code, "Continue");
  con->replace_header("content-length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 100 (Continue), which must not carry it
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
}

void conditionalStatus(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  const bool quiet = con->get_request_header("X-Quiet") == "1";
  con->set_status(quiet ? status_code::no_content : status_code::ok);
  con->append_header("Content-Length", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// A constant holding the name is followed.
void nameInConstant(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->replace_header(kContentLength, "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void deferred(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->defer_http_response();
  con->set_status(status_code::no_content);
  con->append_header("Transfer-Encoding", "chunked");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Transfer-Encoding set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  con->send_http_response();
}

void deferredWithErrorCode(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->defer_http_response();
  con->set_status(status_code::no_content);
  con->append_header("Content-Length", "7");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: Content-Length set on a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
  websocketpp::lib::error_code ec;
  con->send_http_response(ec);
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::not_modified);
  con->replace_header("Content-Length", "1024");
}

void metadataOnNoContent(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->append_header("ETag", "\"v2\"");
  con->replace_header("Location", "/items/2");
  con->append_header("Cache-Control", "no-store");
}

void earlyReturn(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  if (!con->get_request_header("X-Quiet").empty()) {
    con->set_status(status_code::no_content);
    return;
  }
  con->set_status(status_code::ok);
  con->replace_header("Content-Length", "5");
}

void statusOverwritten(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->append_header("Content-Length", "5");
  con->set_status(status_code::ok);
}

void headerRemoved(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->append_header("Content-Length", "5");
  con->remove_header("Content-Length");
}

// set_body() sets Content-Length itself: the content is the finding of
// http-no-content-with-body, the length is the framework's.
void lengthFromSetBody(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_body("hello");
}

// set_body("") removes Content-Length (http/impl/parser.hpp): nothing of it
// is sent.
void lengthRemovedByEmptyBody(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->replace_header("Content-Length", "0");
  con->set_body("");
}

// A header name held in a variable that may change is not followed.
void nameInVariable(server *s, websocketpp::connection_hdl hdl,
                    std::string const &name) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->append_header(name, "0");
}

void emptyNoContent(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
}
