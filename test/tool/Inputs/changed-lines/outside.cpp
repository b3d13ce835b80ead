#include <httplib.h>

void outside(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("outside", "text/plain");
}
