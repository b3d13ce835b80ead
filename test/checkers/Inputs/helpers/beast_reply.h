// A project's own reply helper, in a header of the project (not a system
// header): calls of it are followed.
#ifndef BEAST_REPLY_H
#define BEAST_REPLY_H

#include <boost/beast/http.hpp>
#include <string>

inline void replyText(
    boost::beast::http::response<boost::beast::http::string_body> &res,
    boost::beast::http::status code, const std::string &text) {
  res.result(code);
  res.set(boost::beast::http::field::content_type, "text/plain");
  res.body() = text;
  res.prepare_payload();
}

#endif
