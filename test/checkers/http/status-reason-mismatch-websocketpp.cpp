// RUN: %check_http_tidy %s http-status-reason-mismatch %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev: set_status(code, msg)
// sends msg as the reason phrase (set_status(code) takes the code's own).
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <string>

typedef websocketpp::server<websocketpp::config::asio> server;
namespace status = websocketpp::http::status_code;

void deleted(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status::no_content, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: reason phrase 'OK' is the phrase of status 200, not of 204 (No Content) [http-status-reason-mismatch]
  // CHECK-FIXES: con->set_status(status::no_content, "No Content");
}

// --- No findings ------------------------------------------------------------

void own(server *s, websocketpp::connection_hdl hdl, const std::string &why) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status::no_content);
  con->set_status(status::not_found, "Not Found");
  con->set_status(status::not_found, "No such room");
  con->set_status(status::not_found, why);
}
