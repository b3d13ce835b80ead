#include <httplib.h>

// A DELETE handler that says "204 No Content" and sends content anyway.
void deleteItem(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("{\"deleted\":true}", "application/json");
}
