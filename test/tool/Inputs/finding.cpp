#include <httplib.h>

void handler(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("body", "text/plain");
}
