// Boost.Beast 1.74 from Debian's libboost-dev.
#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

#define NO_CONTENT 204

using Response = http::response<http::string_body>;

void setters(Response &res) {
  res.result(204);
  res.result(static_cast<http::status>(404));
  res.result(http::int_to_status(304));
}

Response constructed() {
  return Response{static_cast<http::status>(201), 11};
}

bool compared(const Response &res) {
  return res.result_int() == 204;
}

int dispatched(const Response &res) {
  switch (res.result_int()) {
  case 404:
    return 1;
  default:
    return 0;
  }
}

// --- No findings ------------------------------------------------------------

void named(Response &res) {
  res.result(http::status::no_content);
  res.result(NO_CONTENT);
  res.version(11);
}

bool ranges(const Response &res) {
  return res.result_int() >= 400 || res.result_int() / 100 == 2;
}

void notStatusPositions() {
  char buffer[204];
  unsigned timeoutSeconds = 204;
  (void)buffer;
  (void)timeoutSeconds;
}

// No constant names 299.
void unnamed(Response &res) { res.result(299); }
