#include <httplib.h>

inline void reset(httplib::Response &res) {
  res.status = 205;
  res.set_content("form", "text/plain");
}
