// cpp-httplib 0.15 declares the StatusCode enum: suggest it.
#include <httplib.h>

#define MY_NO_CONTENT 204

namespace hl = httplib;

int timeoutSeconds(int);

void remove(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
}

void compare(const httplib::Request &, httplib::Response &res) {
  if (res.status == 404)
    res.set_redirect("/elsewhere", 307);
  if (304 != res.status)
    return;
}

void dispatch(httplib::Response &res) {
  switch (res.status) {
  case 200:
    break;
  default:
    break;
  }
}

// --- No findings ------------------------------------------------------------

void named(httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.status = MY_NO_CONTENT;
}

void notStatusPositions(httplib::Response &res, char (&buffer)[204]) {
  int timeout = timeoutSeconds(204);
  res.set_content(buffer, 204, "application/octet-stream");
  if (res.status >= 400 || res.status / 100 == 2)
    return;
  int local = 204;
  (void)timeout;
  (void)local;
}

// Codes with no constant are left alone.
void unnamed(httplib::Response &res) { res.status = 299; }
