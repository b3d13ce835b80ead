// A complete, correct Boost.Beast request handler in the shape of Beast's
// own server examples: no finding may be reported.
#include <boost/beast/http.hpp>


namespace beast = boost::beast;
namespace http = beast::http;

std::string pathCat(beast::string_view base, beast::string_view path);
beast::string_view mimeType(beast::string_view path);

template <class Body, class Allocator, class Send>
void handleRequest(beast::string_view docRoot,
                   http::request<Body, http::basic_fields<Allocator>> &&req,
                   Send &&send) {
  auto const badRequest = [&req](beast::string_view why) {
    http::response<http::string_body> res{http::status::bad_request,
                                          req.version()};
    res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
    res.set(http::field::content_type, "text/html");
    res.keep_alive(req.keep_alive());
    res.body() = std::string(why);
    res.prepare_payload();
    return res;
  };

  if (req.method() != http::verb::get && req.method() != http::verb::head &&
      req.method() != http::verb::delete_)
    return send(badRequest("Unknown HTTP-method"));

  if (req.method() == http::verb::delete_) {
    http::response<http::empty_body> res{http::status::no_content,
                                         req.version()};
    res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
    res.keep_alive(req.keep_alive());
    return send(std::move(res));
  }

  std::string path = pathCat(docRoot, req.target());
  beast::error_code ec;
  http::file_body::value_type body;
  body.open(path.c_str(), beast::file_mode::scan, ec);
  if (ec)
    return send(badRequest("Cannot open file"));
  auto const size = body.size();

  if (req.method() == http::verb::head) {
    http::response<http::empty_body> res{http::status::ok, req.version()};
    res.set(http::field::content_type, mimeType(path));
    res.content_length(size);
    res.keep_alive(req.keep_alive());
    return send(std::move(res));
  }

  // A conditional GET: 304 with no body; Content-Length is allowed on it.
  if (req[http::field::if_none_match] == "\"v1\"") {
    http::response<http::empty_body> res{http::status::not_modified,
                                         req.version()};
    res.set(http::field::etag, "\"v1\"");
    res.content_length(size);
    return send(std::move(res));
  }

  http::response<http::file_body> res{
      std::piecewise_construct, std::make_tuple(std::move(body)),
      std::make_tuple(http::status::ok, req.version())};
  res.set(http::field::content_type, mimeType(path));
  res.content_length(size);
  res.keep_alive(req.keep_alive());
  return send(std::move(res));
}

struct Sender {
  template <bool IsRequest, class Body, class Fields>
  void operator()(http::message<IsRequest, Body, Fields> &&msg) const;
};

void instantiate(http::request<http::string_body> &&req) {
  handleRequest("/srv", std::move(req), Sender{});
}
