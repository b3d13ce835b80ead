// A chat room on websocketpp: messages over WebSocket, and an HTTP handler
// for the room's history and its moderation. One HTTP branch holds a real
// finding, a body set on a 204.
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

namespace {

std::mutex Guard;
std::deque<std::string> History;
std::set<websocketpp::connection_hdl,
         std::owner_less<websocketpp::connection_hdl>>
    Members;

void sendHistory(server::connection_ptr const &con) {
  std::lock_guard<std::mutex> lock(Guard);
  if (History.empty()) {
    con->set_status(status_code::no_content);
    return;
  }
  std::string text;
  for (const auto &line : History)
    text += line + "\n";
  con->set_status(status_code::ok);
  con->replace_header("Content-Type", "text/plain; charset=utf-8");
  con->set_body(text);
}

void clearHistory(server::connection_ptr const &con) {
  if (con->get_request_header("X-Moderator") != "yes") {
    con->set_status(status_code::forbidden);
    con->set_body("moderators only");
    return;
  }
  std::lock_guard<std::mutex> lock(Guard);
  const size_t dropped = History.size();
  History.clear();
  con->set_status(status_code::no_content);
  con->set_body(std::to_string(dropped)); // Finding: 204 with a body.
}

void onHttp(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  const std::string resource = con->get_resource();
  const std::string method = con->get_request().get_method();
  if (resource == "/history" && method == "GET")
    sendHistory(con);
  else if (resource == "/history" && method == "DELETE")
    clearHistory(con);
  else if (resource == "/health") {
    con->set_status(status_code::ok);
    con->set_body("ok");
  } else {
    con->set_status(status_code::not_found);
    con->set_body("not found");
  }
}

void onOpen(websocketpp::connection_hdl hdl) {
  std::lock_guard<std::mutex> lock(Guard);
  Members.insert(hdl);
}

void onClose(websocketpp::connection_hdl hdl) {
  std::lock_guard<std::mutex> lock(Guard);
  Members.erase(hdl);
}

void onMessage(server *s, websocketpp::connection_hdl,
               server::message_ptr msg) {
  std::lock_guard<std::mutex> lock(Guard);
  History.push_back(msg->get_payload());
  if (History.size() > 100)
    History.pop_front();
  for (const auto &member : Members)
    s->send(member, msg->get_payload(), msg->get_opcode());
}

} // namespace

int main() {
  server s;
  s.clear_access_channels(websocketpp::log::alevel::all);
  s.init_asio();
  s.set_http_handler(std::bind(&onHttp, &s, std::placeholders::_1));
  s.set_open_handler(&onOpen);
  s.set_close_handler(&onClose);
  s.set_message_handler(
      std::bind(&onMessage, &s, std::placeholders::_1, std::placeholders::_2));
  s.listen(9003);
  s.start_accept();
  s.run();
}
