#include <boost/beast/http.hpp>

void handler(boost::beast::http::response<boost::beast::http::string_body> &res) {
  res.result(404);
  res.result(204);
}
