// Shard 3 of 4, without findings.
#include <httplib.h>

void removed(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
}
