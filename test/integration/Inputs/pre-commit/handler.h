#pragma once
#include <httplib.h>

inline void resetForm(const httplib::Request &, httplib::Response &res) {
  res.status = 205;
  res.set_content("form cleared", "text/plain");
}
