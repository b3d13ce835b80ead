// NOLINT comments work as in clang-tidy, under both front ends.
#include <httplib.h>

void suppressedOnTheLine(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.set_content("x", "text/plain"); // NOLINT(http-no-content-with-body)
}

void suppressedOnTheNextLine(const httplib::Request &, httplib::Response &res) {
  // NOLINTNEXTLINE(http-magic-status-code)
  res.status = 204;
  // NOLINTNEXTLINE
  res.set_header("Content-Length", "1");
}

// NOLINTBEGIN(http-no-content-with-body)
void suppressedInARegion(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.body = "x";
}
// NOLINTEND(http-no-content-with-body)

// Suppressing another check leaves this one reported.
void otherCheckSuppressed(const httplib::Request &, httplib::Response &res) {
  res.status = httplib::StatusCode::NoContent_204;
  res.body = "x"; // NOLINT(http-magic-status-code)
}
