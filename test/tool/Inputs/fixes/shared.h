#pragma once
#include <boost/beast/http.hpp>

#ifdef SHORT_NAMES
namespace http = boost::beast::http;
#endif

inline void notFound(
    boost::beast::http::response<boost::beast::http::string_body> &res) {
  res.result(404);
}
