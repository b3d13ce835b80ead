#include <httplib.h>

void remove(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("{\"deleted\":true}", "application/json");
}
