// A Boost.Beast request handler with the mistakes http-tidy finds.
// Lint it with: http-tidy examples/beast_handler.cpp -- -std=c++17
#include <boost/beast/http.hpp>

#include <string>

namespace beast = boost::beast;
namespace http = beast::http;

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

Response handleRequest(const Request &req) {
  if (req.method() == http::verb::delete_) {
    Response res{http::status::no_content, req.version()};
    res.keep_alive(req.keep_alive());
    // prepare_payload() writes Content-Length: 0 on this 204.
    res.prepare_payload();
    return res;
  }
  if (req.method() == http::verb::options) {
    Response res;
    res.version(req.version());
    res.result(204); // A number where http::status::no_content exists.
    res.set(http::field::allow, "GET, DELETE, OPTIONS");
    res.body() = "GET, DELETE, OPTIONS"; // And a body on a 204.
    return res;
  }
  Response res{http::status::ok, req.version()};
  res.set(http::field::content_type, "text/plain");
  res.body() = "hello";
  res.prepare_payload();
  return res;
}
