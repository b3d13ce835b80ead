// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17
// A complete, correct websocketpp 0.8.2 server (Debian's libwebsocketpp-dev):
// no finding may be reported.
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <string>

using server = websocketpp::server<websocketpp::config::asio>;
namespace status_code = websocketpp::http::status_code;

namespace {

std::mutex Mutex;
std::map<std::string, std::string> Items;

bool authorised(server::connection_ptr const &con) {
  return con->get_request_header("Authorization") == "Bearer secret";
}

void listItems(server::connection_ptr const &con) {
  std::lock_guard<std::mutex> lock(Mutex);
  if (Items.empty()) {
    con->set_status(status_code::no_content);
    return;
  }
  std::string text;
  for (const auto &[key, value] : Items)
    text += key + "=" + value + "\n";
  con->set_status(status_code::ok);
  con->append_header("Content-Type", "text/plain");
  con->set_body(text);
}

void getItem(server::connection_ptr const &con, std::string const &key) {
  std::lock_guard<std::mutex> lock(Mutex);
  auto it = Items.find(key);
  if (it == Items.end()) {
    con->set_status(status_code::not_found);
    con->set_body("no such item");
    return;
  }
  const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
  con->replace_header("ETag", etag);
  if (con->get_request_header("If-None-Match") == etag) {
    con->set_status(status_code::not_modified);
    return;
  }
  con->set_status(status_code::ok);
  con->set_body(it->second);
}

void deleteItem(server::connection_ptr const &con, std::string const &key) {
  if (!authorised(con)) {
    con->set_status(status_code::unauthorized);
    con->replace_header("WWW-Authenticate", "Bearer realm=\"items\"");
    con->set_body("login first");
    return;
  }
  std::lock_guard<std::mutex> lock(Mutex);
  const bool existed = Items.erase(key) > 0;
  con->set_status(existed ? status_code::no_content : status_code::not_found);
  if (!existed)
    con->set_body("no such item");
  con->append_header("Cache-Control", "no-store");
}

void onHttp(server *s, websocketpp::connection_hdl hdl) {
  server::connection_ptr con = s->get_con_from_hdl(hdl);
  const std::string resource = con->get_resource();
  const std::string method = con->get_request().get_method();
  if (resource == "/items" && method == "GET")
    listItems(con);
  else if (resource.rfind("/items/", 0) == 0 && method == "GET")
    getItem(con, resource.substr(7));
  else if (resource.rfind("/items/", 0) == 0 && method == "DELETE")
    deleteItem(con, resource.substr(7));
  else {
    con->set_status(status_code::not_found);
    con->set_body("not found");
  }
}

void onMessage(server *s, websocketpp::connection_hdl hdl,
               server::message_ptr msg) {
  s->send(hdl, msg->get_payload(), msg->get_opcode());
}

} // namespace

int main() {
  server s;
  s.clear_access_channels(websocketpp::log::alevel::all);
  s.init_asio();
  s.set_http_handler(
      std::bind(&onHttp, &s, std::placeholders::_1));
  s.set_message_handler(std::bind(&onMessage, &s, std::placeholders::_1,
                                  std::placeholders::_2));
  s.listen(9002);
  s.start_accept();
  s.run();
}
