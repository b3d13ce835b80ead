#include <httplib.h>
#include "status.h"

void handler(const httplib::Request &, httplib::Response &res) {
  res.status = EMPTY_STATUS;
  res.set_content("body", "text/plain");
}
