#include <httplib.h>

void f(const httplib::Request &, httplib::Response &res) {
  res.status = 205;
  res.set_content("x", "text/plain");
}
