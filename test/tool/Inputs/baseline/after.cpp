#include <httplib.h>

// Lines added above the findings move them down; the two that were there
// are still the baseline's, the Content-Length is gone, and a third body on
// a 204 is new.

void deleted(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
    res.set_content("gone",  "text/plain");
}

void emptied(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}

void sized(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
}

void added(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_content("gone", "text/plain");
}
