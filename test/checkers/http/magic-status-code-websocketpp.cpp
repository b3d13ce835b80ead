// RUN: %check_http_tidy %s http-magic-status-code %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev (Boost.Asio from
// libboost-dev).
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <string>

using server = websocketpp::server<websocketpp::config::asio>;

#define NO_CONTENT websocketpp::http::status_code::no_content
#define NOT_FOUND 404

// set_status takes the enumeration: a number needs a cast.
void setters(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<websocketpp::http::status_code::value>(204));
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: status code 204 written as a number; use websocketpp::http::status_code::no_content [http-magic-status-code]
  // CHECK-FIXES: con->set_status(websocketpp::http::status_code::no_content);
  con->set_status(static_cast<websocketpp::http::status_code::value>(404), "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: status code 404 written as a number; use websocketpp::http::status_code::not_found
  // CHECK-FIXES: con->set_status(websocketpp::http::status_code::not_found, "Not Found");
  con->set_status((websocketpp::http::status_code::value)304);
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: status code 304 written as a number; use websocketpp::http::status_code::not_modified
  // CHECK-FIXES: con->set_status(websocketpp::http::status_code::not_modified);
  con->set_status(websocketpp::http::status_code::value(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: status code 500 written as a number; use websocketpp::http::status_code::internal_server_error
  // CHECK-FIXES: con->set_status(websocketpp::http::status_code::internal_server_error);
}

void throughDereference(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  (*con).set_status(static_cast<websocketpp::http::status_code::value>(201));
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: status code 201 written as a number; use websocketpp::http::status_code::created
  // CHECK-FIXES: (*con).set_status(websocketpp::http::status_code::created);
}

void conditional(server *s, websocketpp::connection_hdl hdl, bool quiet) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(quiet ? static_cast<websocketpp::http::status_code::value>(204)
                        : websocketpp::http::status_code::ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:78: warning: status code 204 written as a number; use websocketpp::http::status_code::no_content
  // CHECK-FIXES: con->set_status(quiet ? websocketpp::http::status_code::no_content
}

bool compared(server::connection_ptr const &con) {
  return con->get_response_code() == 204;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: status code 204 written as a number; use websocketpp::http::status_code::no_content
  // CHECK-FIXES: return con->get_response_code() == websocketpp::http::status_code::no_content;
}

int dispatched(server::connection_ptr const &con) {
  switch (con->get_response_code()) {
  case 404:
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status code 404 written as a number; use websocketpp::http::status_code::not_found
    return 1;
  default:
    return 0;
  }
}

// A namespace alias in scope is used for the fix.
namespace status_code = websocketpp::http::status_code;

void throughAlias(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<status_code::value>(403));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 403 written as a number; use status_code::forbidden
  // CHECK-FIXES: con->set_status(status_code::forbidden);
}

// --- No findings ------------------------------------------------------------

void named(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_status(NO_CONTENT);
  con->set_status(static_cast<status_code::value>(NOT_FOUND));
}

bool ranges(server::connection_ptr const &con) {
  return con->get_response_code() >= 400 ||
         con->get_response_code() / 100 == 2;
}

void notStatusPositions(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  char buffer[204];
  con->set_body(std::string(204, 'x'));
  con->append_header("X-Count", std::to_string(404));
  s->listen(9002);
  (void)buffer;
}

// No constant names 299 or 103; 0 (`uninitialized`) is not a status code.
void unnamed(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<status_code::value>(299));
  con->set_status(static_cast<status_code::value>(103));
  con->set_status(static_cast<status_code::value>(0));
}
