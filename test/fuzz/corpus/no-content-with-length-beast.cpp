// Boost.Beast 1.74 from Debian's libboost-dev.
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

using Response = http::response<http::string_body>;

// --- Findings ---------------------------------------------------------------

void explicitLength(tcp::socket &socket) {
  Response res{http::status::no_content, 11};
  res.set(http::field::content_length, "4");
  http::write(socket, res);
}

void namedByString(tcp::socket &socket) {
  Response res;
  res.result(http::status::no_content);
  res.insert("Transfer-Encoding", "chunked");
  http::write(socket, res);
}

// On an empty 204, prepare_payload() writes Content-Length: 0.
http::response<http::empty_body> prepared(unsigned version) {
  http::response<http::empty_body> res{http::status::no_content, version};
  res.prepare_payload();
  return res;
}

void lengthAndChunked(Response &res) {
  res.result(http::status::switching_protocols);
  res.content_length(0);
  res.chunked(true);
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(Response &res) {
  res.result(http::status::not_modified);
  res.content_length(1024);
  res.prepare_payload();
}

void removedAgain(Response &res) {
  res.result(http::status::no_content);
  res.content_length(5);
  res.content_length(boost::none);
  res.chunked(true);
  res.chunked(false);
  res.set(http::field::content_length, "0");
  res.erase(http::field::content_length);
}

void metadataOnNoContent(Response &res) {
  res.result(http::status::no_content);
  res.set(http::field::etag, "\"v2\"");
  res.set(http::field::cache_control, "no-store");
}

void preparedOk(Response &res) {
  res.result(http::status::ok);
  res.body() = "hello";
  res.prepare_payload();
}

// The body on this 204 makes prepare_payload() throw: that is the body
// check's finding, not a Content-Length one.
Response throwsInstead() {
  Response res{http::status::no_content, 11};
  res.body() = "oops";
  res.prepare_payload();
  return res;
}

void earlyReturn(Response &res, bool quiet) {
  if (quiet) {
    res.result(http::status::no_content);
    return;
  }
  res.set(http::field::content_length, "5");
}
