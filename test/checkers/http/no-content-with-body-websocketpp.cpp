// RUN: %check_http_tidy %s http-no-content-with-body %t -- -- -std=c++17
// websocketpp 0.8.2 from Debian's libwebsocketpp-dev (Boost.Asio from
// libboost-dev).
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <functional>
#include <stdexcept>
#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

#define NO_CONTENT websocketpp::http::status_code::no_content

status_code::value computeStatus();
void decorate(server::connection_ptr &c);
void decorateCopy(server::connection_ptr c);
void later(std::function<void()> task);
void inspectConst(server::connection_ptr const &c);
void logResponse(server::connection_type const &c);

// --- Findings ---------------------------------------------------------------

void deleteItem(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(websocketpp::http::status_code::no_content);
  con->set_body("{\"deleted\":true}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204 (No Content), which cannot have content [http-no-content-with-body]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// The server sends after the handler returns: order does not matter.
void bodyBeforeStatus(server *s, websocketpp::connection_hdl hdl) {
  auto con = s->get_con_from_hdl(hdl);
  con->set_body("gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  con->set_status(NO_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: status 204 set here
}

void notModifiedWithMessage(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::not_modified, "Not Modified");
  con->set_body("cached");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 304 (Not Modified), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 304 set here
}

void conditionalStatus(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  const bool quiet = con->get_request_header("X-Quiet") == "1";
  con->set_status(quiet ? status_code::no_content : status_code::ok);
  con->set_body("done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

void castStatus(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(static_cast<status_code::value>(103));
  con->set_body("hints");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 103 (Early Hints), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 103 set here
}

void throughDereference(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  (*con).set_status(status_code::continue_code);
  (*con).set_body("continue");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 100 (Continue), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 100 set here
}

// send_http_response() sends a deferred response.
void deferred(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->defer_http_response();
  con->set_status(status_code::reset_content);
  con->set_body("reset");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 205 (Reset Content), which cannot have content
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 205 set here
  con->send_http_response();
}

void inALambda(server &s) {
  s.set_http_handler([&s](websocketpp::connection_hdl hdl) {
    auto con = s.get_con_from_hdl(hdl);
    con->set_status(status_code::no_content);
    con->set_body("x");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: content written to a response that is sent with status 204
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: status 204 set here
  });
}

// A copy of the shared pointer reaches the same connection.
void throughCopy(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  server::connection_ptr same = con;
  con->set_status(status_code::no_content);
  same->set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// A const connection cannot be changed by the helper.
void constConnectionToHelper(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  logResponse(*con);
  con->set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: status 204 set here
}

// The caller's connection, through a reference to its shared pointer.
void replyTo(server::connection_ptr const &con) {
  con->set_status(status_code::no_content);
  con->set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// The caller's connection, by reference.
void replyOn(server::connection_type &con) {
  con.set_status(status_code::no_content);
  con.set_body("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: content written to a response that is sent with status 204
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: status 204 set here
}

// --- No findings ------------------------------------------------------------

void earlyReturn(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  if (con->get_request_header("If-Match").empty()) {
    con->set_status(status_code::no_content);
    return;
  }
  con->set_status(status_code::ok);
  con->set_body("updated");
}

void otherBranch(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  if (con->get_resource() == "/quiet") {
    con->set_status(status_code::no_content);
  } else {
    con->set_status(status_code::ok);
    con->set_body("loud");
  }
}

void statusOverwritten(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_body("ok");
  con->set_status(status_code::ok);
}

void bodyCleared(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_body("draft");
  con->set_body("");
}

void emptyBodies(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_body("");
  con->set_body(std::string());
}

void metadataOnNoContent(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->append_header("ETag", "\"v2\"");
  con->replace_header("Location", "/items/2");
  con->append_header("Cache-Control", "no-store");
}

void twoConnections(server *s, websocketpp::connection_hdl quietHdl,
                    websocketpp::connection_hdl loudHdl) {
  server::connection_ptr quiet = s->get_con_from_hdl(quietHdl);
  server::connection_ptr loud = s->get_con_from_hdl(loudHdl);
  quiet->set_status(status_code::no_content);
  loud->set_status(status_code::ok);
  loud->set_body("hello");
}

void unknownStatus(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(computeStatus());
  con->set_body("maybe");
}

// The helper may change the connection: what was known is forgotten.
void helperMayChangeIt(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  decorate(con);
  con->set_body("decorated");
}

// A copy of the shared pointer shares the connection: forgotten too.
void helperGetsCopy(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  decorateCopy(con);
  con->set_body("decorated");
}

// A const shared pointer still reaches a connection the helper can change.
void helperGetsConstPointer(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  inspectConst(con);
  con->set_body("decorated");
}

// A task that holds the connection may change it before it is sent.
void handedToTask(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->defer_http_response();
  con->set_status(status_code::no_content);
  later([con] {
    con->set_status(status_code::ok);
    con->send_http_response();
  });
  con->set_body("later");
}

void thrownAway(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::no_content);
  con->set_body("never sent");
  throw std::runtime_error("failed");
}

void okWithBody(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  con->set_status(status_code::ok);
  con->set_body("fine");
}
