#pragma once
#include <httplib.h>

inline void orphan(const httplib::Request &, httplib::Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "0");
}
