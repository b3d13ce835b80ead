#include <httplib.h>

void health(const httplib::Request &, httplib::Response &res) {
  res.set_content("ok", "text/plain");
}
