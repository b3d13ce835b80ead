#pragma once
#include <httplib.h>

inline void reset(const httplib::Request &, httplib::Response &res) {
  res.status = 205;
  res.set_content("reset", "text/plain");
}
