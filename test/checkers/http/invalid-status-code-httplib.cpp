// RUN: %check_http_tidy %s http-invalid-status-code %t -- -- -std=c++17
// cpp-httplib 0.11 from Debian's libcpp-httplib-dev: the status is the int
// field `status` (-1 until the handler sets one: the server then picks it)
// and the code of set_redirect. The number is written into the status line
// as it is.
#include <httplib.h>

#define STATUS_TYPO 2040

static void reply(httplib::Response &res, int status, const char *text) {
  res.status = status;
  res.set_content(text, "text/plain");
}

void typos(const httplib::Request &req, httplib::Response &res) {
  res.status = 2004;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 2004 is outside 100 to 599; no client can read it as a status (RFC 9110 section 15) [http-invalid-status-code]
  res.status = req.has_param("short") ? 40 : 200;
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: status code 40 is outside 100 to 599
  res.status = STATUS_TYPO;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: status code 2040 is outside 100 to 599
  res.set_redirect("/", 3020);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: status code 3020 is outside 100 to 599
}

// Through a helper's status parameter: reported at the call.
void helper(const httplib::Request &, httplib::Response &res) {
  reply(res, 600, "gone");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: status code 600 is outside 100 to 599
}

// --- No findings ------------------------------------------------------------

void valid(const httplib::Request &, httplib::Response &res) {
  res.status = 100;
  res.status = 599;
  reply(res, 204, "");
}

// -1 is the field's "not set": the server picks the status.
void unset(const httplib::Request &, httplib::Response &res) {
  res.status = -1;
}

// A comparison tests the field; it sends nothing.
void compared(const httplib::Request &, httplib::Response &res) {
  if (res.status == 0 || res.status != 2004)
    res.status = 500;
}

// Another object's int field, and a number given to no status position.
struct Job {
  int status;
};
void otherObject(const httplib::Request &, httplib::Response &res, Job &job) {
  job.status = 2004;
  res.set_content(std::to_string(2004), "text/plain");
  res.set_header("Retry-After", "3600");
}
