#include <httplib.h>

void deleted(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}
