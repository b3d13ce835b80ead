// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev (Boost.Asio from
// libboost-dev). The connection's response is sent after the http (or
// validate) handler returns, or by send_http_response() after
// defer_http_response(), with the headers set by then. websocketpp has no
// redirect, authentication or range helper and adds none of these headers
// to a handler's response.
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

#define UNAUTHORIZED websocketpp::http::status_code::unauthorized
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  con->set_body("login first");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: sent when the function returns

void denyByMacro(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(UNAUTHORIZED, "Unauthorized");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// An empty challenge list is no challenge.
void emptyChallenge(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->replace_header("WWW-Authenticate", "");
  con->set_status(status_code::unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
}

// Allow is set on one branch only.
void otherBranch(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  if (con->get_request_header("X-Verbose") == "1")
    con->append_header("Allow", "GET, PUT");
  con->set_status(status_code::method_not_allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

// Removed before the response leaves.
void removed(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->append_header("Allow", "GET");
  con->set_status(status_code::method_not_allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  con->remove_header("Allow");
}

void redirectByHand(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::found);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

void partial(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::partial_content);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  con->replace_header("Content-Type", "text/plain");
  con->set_body("abc");
}

void rangeNotSatisfiable(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::request_range_not_satisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::upgrade_required);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

void proxyAuth(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::proxy_authentication_required);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// A validate handler that rejects the handshake: the library sends the
// status the handler set, with its headers.
bool validate(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  if (con->get_request_header("Authorization").empty()) {
    con->set_status(status_code::unauthorized);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
    return false;
  }
  con->select_subprotocol("chat");
  return true;
}

// send_http_response() sends a deferred response.
void deferred(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->defer_http_response();
  con->set_status(status_code::method_not_allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  con->send_http_response();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(server::connection_ptr const &con) {
  con->set_status(status_code::method_not_allowed);
}

void statusThroughHelper(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  setNotAllowed(con);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: status 405 set here, through the call of 'setNotAllowed'
}

// The status is one of two on a conditional: the 301 arm lacks Location.
void conditional(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(con->get_resource() == "/old" ? status_code::moved_permanently
                                                : status_code::ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

void challenge(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::unauthorized);
  con->replace_header("WWW-Authenticate", "Bearer realm=\"items\"");
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::unauthorized);
  con->set_body("login first");
  con->append_header("WWW-Authenticate", "Basic realm=\"items\"");
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->replace_header("Allow", "");
  con->set_status(status_code::method_not_allowed);
}

void allowThroughConstant(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->replace_header(kAllow, "GET");
  con->set_status(status_code::method_not_allowed);
}

void redirect(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::see_other);
  con->replace_header("Location", "/items");
}

static void addAllow(server::connection_ptr const &con) {
  con->replace_header("Allow", "GET");
}

void headerThroughHelper(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::method_not_allowed);
  addAllow(con);
}

// A name the analysis cannot read may be the header.
void nameInVariable(server *s, websocketpp::connection_hdl hdl,
                    const std::string &name) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->replace_header(name, "GET");
  con->set_status(status_code::method_not_allowed);
}

void decorate(server::connection_ptr &con);

void escapes(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::unauthorized);
  decorate(con);
}

void multipart(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::partial_content);
  con->replace_header("Content-Type", "multipart/byteranges; boundary=x");
  con->set_body("--x\r\n...");
}

void contentRange(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::partial_content);
  con->replace_header("Content-Range", "bytes 0-2/10");
  con->set_body("abc");
}

// Not required: 201 (Location optional), 300, 304.
void created(server *s, websocketpp::connection_hdl hdl) {
  s->get_con_from_hdl(hdl)->set_status(status_code::created);
}
void multipleChoices(server *s, websocketpp::connection_hdl hdl) {
  s->get_con_from_hdl(hdl)->set_status(status_code::multiple_choices);
}
void notModified(server *s, websocketpp::connection_hdl hdl) {
  s->get_con_from_hdl(hdl)->set_status(status_code::not_modified);
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(server::connection_ptr const &con) {
  con->set_status(status_code::unauthorized);
}

void challengeAfterHelper(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  unauthorized(con);
  con->replace_header("WWW-Authenticate", "Bearer");
}
