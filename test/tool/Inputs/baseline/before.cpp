#include <httplib.h>

void deleted(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}

void emptied(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}

void sized(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "0");
}
