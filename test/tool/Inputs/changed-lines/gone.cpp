#include <httplib.h>

void gone(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}
