#include <httplib.h>

void deleteItem(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("{\"deleted\":true}", "application/json");
}
