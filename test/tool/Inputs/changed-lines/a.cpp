#include <httplib.h>

void first(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("one", "text/plain");
}

void second(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("two", "text/plain");
}
