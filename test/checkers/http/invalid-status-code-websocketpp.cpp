// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev (Boost.Asio from
// libboost-dev). set_status takes the unscoped enumeration
// http::status_code::value: a number reaches it through a cast, and the
// response writes it into the status line as it is.
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

#define STATUS_TYPO 2040

static void reply(server::connection_ptr const &con, int status,
                  std::string const &text) {
  con->set_status(static_cast<status_code::value>(status));
  con->set_body(text);
}

void setters(server *s, websocketpp::connection_hdl hdl, bool quiet) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<status_code::value>(2004));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  con->set_status(static_cast<status_code::value>(4004), "Not Found");
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: status code 4004 is outside 100 to 599
  con->set_status((status_code::value)STATUS_TYPO);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: status code 2040 is outside 100 to 599
  con->set_status(status_code::value(99));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: status code 99 is outside 100 to 599
  con->set_status(quiet ? static_cast<status_code::value>(40)
                        : status_code::ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:59: warning: status code 40 is outside 100 to 599
}

void kept(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  const status_code::value code = static_cast<status_code::value>(600);
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: status code 600 is outside 100 to 599
  con->set_status(code);
}

// Through a helper's status parameter: reported at the call.
void helper(server *s, websocketpp::connection_hdl hdl) {
  reply(s->get_con_from_hdl(hdl), 6000, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: status code 6000 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<status_code::value>(100));
  con->set_status(static_cast<status_code::value>(599));
  reply(con, 204, "");
}

// A comparison tests the status; it sends nothing. status_code::
// uninitialized is 0.
bool compared(server::connection_ptr const &con) {
  if (con->get_response_code() == 0 || con->get_response_code() != 2004)
    return true;
  if (con->get_response_code() == static_cast<status_code::value>(0))
    return true;
  switch (con->get_response_code()) {
  case 0:
  case 1000:
    return true;
  default:
    return false;
  }
}

// Another object's method of the same name, numbers given to no status
// position, and text that is not a status.
struct Job {
  void set_status(int status);
};

void notStatusPositions(server *s, websocketpp::connection_hdl hdl, Job &job) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  char buffer[2004];
  job.set_status(2004);
  con->set_body(std::string(2004, 'x'));
  con->set_body("2004 items");
  con->append_header("Retry-After", "3600");
  con->append_header("Warning", "2004 items");
  con->set_status(status_code::ok, "2004 items");
  s->listen(2004);
  (void)buffer;
}
