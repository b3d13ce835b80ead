// Hand-written seed: Beast responses built, moved and sent in several ways.
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;
using Response = http::response<http::string_body>;

Response make(unsigned code);

void send(tcp::socket &socket, const http::request<http::string_body> &req) {
  Response res{http::int_to_status(204), req.version(), std::string("a")};
  res.chunked(req.keep_alive());
  if (req.method() == http::verb::head)
    res.content_length(boost::none);
  else
    res.content_length(res.body().size());
  res.erase(http::field::content_length);
  res.insert("Content-Length", "0");
  res.result(res.result_int() == 204 ? http::status::ok
                                     : static_cast<http::status>(304));
  switch (res.result()) {
  case http::status::no_content:
    res.body().clear();
    break;
  default:
    res.body().append("x", 1);
  }
  Response other = std::move(res);
  other.prepare_payload();
  http::write(socket, other);
  http::response<http::empty_body> empty{http::status::continue_, 11};
  empty.set(http::field::transfer_encoding, "chunked");
  http::write(socket, empty);
  Response made = make(205);
  made.body() += "y";
  http::async_write(socket, made, [](beast::error_code, std::size_t) {});
}

struct Session {
  Response res_;
  Response *last_ = nullptr;
  void reply(bool quiet) {
    res_.result(quiet ? 204 : 200);
    last_ = &res_;
    last_->body() = "z";
    beast::ostream(res_.body()) << 1;
  }
};
