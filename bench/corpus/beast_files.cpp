// An upload-and-fetch blob store in the style of Boost.Beast's examples: one
// request handler template dispatching on method and target, with responses
// built per branch. One branch holds a real finding, a Content-Length on a
// 204.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

#include <map>
#include <string>
#include <utility>

namespace beast = boost::beast;
namespace http = beast::http;

namespace {

std::map<std::string, std::string> Blobs;

template <class Body, class Allocator>
http::response<http::string_body>
textReply(http::request<Body, http::basic_fields<Allocator>> const &req,
          http::status status, std::string text) {
  http::response<http::string_body> res{status, req.version()};
  res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  res.body() = std::move(text);
  res.prepare_payload();
  return res;
}

template <class Body, class Allocator, class Send>
void handleBlobRequest(http::request<Body, http::basic_fields<Allocator>> &&req,
                       Send &&send) {
  const std::string target(req.target());
  if (target.rfind("/blobs/", 0) != 0)
    return send(textReply(req, http::status::not_found, "no such route"));
  const std::string key = target.substr(7);
  if (key.empty() || key.find('/') != std::string::npos)
    return send(textReply(req, http::status::bad_request, "bad key"));

  switch (req.method()) {
  case http::verb::put: {
    const bool replaced = Blobs.count(key) > 0;
    Blobs[key] = req.body();
    if (!replaced)
      return send(textReply(req, http::status::created, "stored"));
    http::response<http::empty_body> res{http::status::no_content,
                                         req.version()};
    res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
    res.content_length(0); // Finding: a 204 has no Content-Length.
    res.keep_alive(req.keep_alive());
    return send(std::move(res));
  }
  case http::verb::get:
  case http::verb::head: {
    auto it = Blobs.find(key);
    if (it == Blobs.end())
      return send(textReply(req, http::status::not_found, "no such blob"));
    const std::string etag = "\"" + std::to_string(it->second.size()) + "\"";
    if (req[http::field::if_none_match] == etag) {
      http::response<http::empty_body> res{http::status::not_modified,
                                           req.version()};
      res.set(http::field::etag, etag);
      res.keep_alive(req.keep_alive());
      return send(std::move(res));
    }
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.set(http::field::content_type, "application/octet-stream");
    res.set(http::field::etag, etag);
    res.keep_alive(req.keep_alive());
    if (req.method() == http::verb::head) {
      res.content_length(it->second.size());
      return send(std::move(res));
    }
    res.body() = it->second;
    res.prepare_payload();
    return send(std::move(res));
  }
  case http::verb::delete_: {
    if (Blobs.erase(key) == 0)
      return send(textReply(req, http::status::not_found, "no such blob"));
    http::response<http::empty_body> res{http::status::no_content,
                                         req.version()};
    res.keep_alive(req.keep_alive());
    return send(std::move(res));
  }
  default: {
    auto res = textReply(req, http::status::method_not_allowed, "no");
    res.set(http::field::allow, "GET, HEAD, PUT, DELETE");
    return send(std::move(res));
  }
  }
}

} // namespace

// Defined with the connection code, which writes the message to the socket.
struct Writer {
  template <bool IsRequest, class Body, class Fields>
  void operator()(http::message<IsRequest, Body, Fields> &&msg) const;
};

void serveOne(http::request<http::string_body> &&req) {
  handleBlobRequest(std::move(req), Writer{});
}
