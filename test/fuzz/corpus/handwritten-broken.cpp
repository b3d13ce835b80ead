// Hand-written seed: code that does not compile, which users run the checks
// on too.
#include <boost/beast/http.hpp>
#include <httplib.h>

namespace http = boost::beast::http;

void broken(const httplib::Request &req, httplib::Response &res) {
  res.status = undeclared_status;
  res.set_content(missing(req), "text/plain");
  res.status = 204 http::response<http::string_body> r{http::status::no_content,
                                                       11, nope};
  r.body() = unknown;
  r.result(http::int_to_status(bad));
  switch (res.status) {
  case 204:
    res.body = 1;
  }
  http::write(unknown_socket, r);
}

template <class R> void dependent(R &res) {
  res.status = R::code;
  res.body() = res.template get<int>();
}
