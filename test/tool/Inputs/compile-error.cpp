#include <httplib.h>

void broken(httplib::Response &res) {
  res.status = undeclared_status;
}

void handler(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("body", "text/plain");
}
