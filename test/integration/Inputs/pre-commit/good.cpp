#include <httplib.h>

void deleteItem(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
}
