// RUN: %check_http_tidy %s http-missing-required-header %t -- --config="{CheckOptions: {http-missing-required-header.ExtraRules: '429:Retry-After; 503:retry-after', http-missing-required-header.IgnoredStatuses: '302;416'}}" -- -std=c++17
// The options: a team's own rules (ExtraRules) and statuses left out
// (IgnoredStatuses), with cpp-httplib 0.11 from Debian. A header is named
// in messages as the option spells it.
#include <httplib.h>

using httplib::Request;
using httplib::Response;

void tooMany(const Request &, Response &res) {
  res.status = 429;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 429 (Too Many Requests) has no Retry-After header; this project's rules require one [http-missing-required-header]
}

void unavailable(const Request &req, Response &res) {
  if (req.has_param("soon"))
    res.set_header("Retry-After", "120");
  res.status = 503;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 503 (Service Unavailable) has no retry-after header; this project's rules require one
}

// The built-in rules still hold.
void notAllowed(const Request &, Response &res) {
  res.status = 405;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

// --- No findings ------------------------------------------------------------

// Header names are compared without regard to case.
void tooManyWithRetry(const Request &, Response &res) {
  res.status = 429;
  res.set_header("retry-after", "5");
}

void ignoredRedirect(const Request &, Response &res) { res.status = 302; }
void ignoredRange(const Request &, Response &res) { res.status = 416; }
