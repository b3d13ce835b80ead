// cpp-httplib 0.11 (Debian) has no StatusCode enum: no constant to suggest,
// so numbers are not findings.
#include <httplib.h>

void handler(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  if (res.status == 404)
    res.set_redirect("/", 302);
}
