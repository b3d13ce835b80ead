// Declaration-only stand-in for include/crow/common.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the HTTP method
// enumeration, the "..."_method literal and the status-code enumeration
// with upstream's names and values. Not upstream code.

#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "crow/utility.h"

namespace crow {

enum class HTTPMethod : char {
#ifndef DELETE
  DELETE = 0,
  GET,
  HEAD,
  POST,
  PUT,

  CONNECT,
  OPTIONS,
  TRACE,

  PATCH,
  PURGE,

  COPY,
  LOCK,
  MKCOL,
  MOVE,
  PROPFIND,
  PROPPATCH,
  SEARCH,
  UNLOCK,
  BIND,
  REBIND,
  UNBIND,
  ACL,

  REPORT,
  MKACTIVITY,
  CHECKOUT,
  MERGE,

  MSEARCH,
  NOTIFY,
  SUBSCRIBE,
  UNSUBSCRIBE,

  MKCALENDAR,

  LINK,
  UNLINK,

  SOURCE,
#endif

  Delete = 0,
  Get,
  Head,
  Post,
  Put,

  Connect,
  Options,
  Trace,

  Patch,
  Purge,

  Copy,
  Lock,
  MkCol,
  Move,
  Propfind,
  Proppatch,
  Search,
  Unlock,
  Bind,
  Rebind,
  Unbind,
  Acl,

  Report,
  MkActivity,
  Checkout,
  Merge,

  MSearch,
  Notify,
  Subscribe,
  Unsubscribe,

  MkCalendar,

  Link,
  Unlink,

  Source,

  InternalMethodCount,
};

std::string method_name(HTTPMethod method);

struct routing_params;

// Unscoped, at namespace scope: crow::status::NO_CONTENT and crow::NO_CONTENT
// both name 204.
enum status {
  CONTINUE = 100,
  SWITCHING_PROTOCOLS = 101,

  OK = 200,
  CREATED = 201,
  ACCEPTED = 202,
  NON_AUTHORITATIVE_INFORMATION = 203,
  NO_CONTENT = 204,
  RESET_CONTENT = 205,
  PARTIAL_CONTENT = 206,
  WEBDAV_MULTI_STATUS = 207,
  MULTIPLE_CHOICES = 300,
  MOVED_PERMANENTLY = 301,
  FOUND = 302,
  SEE_OTHER = 303,
  NOT_MODIFIED = 304,
  TEMPORARY_REDIRECT = 307,
  PERMANENT_REDIRECT = 308,

  BAD_REQUEST = 400,
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
  NOT_FOUND = 404,
  METHOD_NOT_ALLOWED = 405,
  NOT_ACCEPTABLE = 406,
  PROXY_AUTHENTICATION_REQUIRED = 407,
  CONFLICT = 409,
  GONE = 410,
  PAYLOAD_TOO_LARGE = 413,
  UNSUPPORTED_MEDIA_TYPE = 415,
  RANGE_NOT_SATISFIABLE = 416,
  EXPECTATION_FAILED = 417,

  WEBDAV_PRECONDITION_FAILED = 412,
  WEBDAV_REQUEST_URI_TOO_LONG = 414,
  WEBDAV_UNPROCESSABLE_ENTITY = 422,
  WEBDAV_LOCKED = 423,
  WEBDAV_FAILED_DEPENDENCY = 424,

  PRECONDITION_REQUIRED = 428,
  TOO_MANY_REQUESTS = 429,
  UNAVAILABLE_FOR_LEGAL_REASONS = 451,

  INTERNAL_SERVER_ERROR = 500,
  NOT_IMPLEMENTED = 501,
  BAD_GATEWAY = 502,
  SERVICE_UNAVAILABLE = 503,
  GATEWAY_TIMEOUT = 504,
  VARIANT_ALSO_NEGOTIATES = 506,
  WEBDAV_INSUFFICIENT_STORAGE = 507
};

} // namespace crow

// The method of a name as the "..."_method literal reads it (upstream's
// method_from_string accepts these names, MSEARCH for M-SEARCH).
constexpr crow::HTTPMethod method_from_string(const char *str) {
  constexpr const char *names[] = {
      "DELETE",    "GET",        "HEAD",       "POST",        "PUT",
      "CONNECT",   "OPTIONS",    "TRACE",      "PATCH",       "PURGE",
      "COPY",      "LOCK",       "MKCOL",      "MOVE",        "PROPFIND",
      "PROPPATCH", "SEARCH",     "UNLOCK",     "BIND",        "REBIND",
      "UNBIND",    "ACL",        "REPORT",     "MKACTIVITY",  "CHECKOUT",
      "MERGE",     "MSEARCH",    "NOTIFY",     "SUBSCRIBE",   "UNSUBSCRIBE",
      "MKCALENDAR", "LINK",      "UNLINK",     "SOURCE"};
  for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); ++i) {
    unsigned j = 0;
    while (names[i][j] != 0 && names[i][j] == str[j])
      ++j;
    if (names[i][j] == 0 && str[j] == 0)
      return static_cast<crow::HTTPMethod>(i);
  }
  throw std::runtime_error("invalid http method");
}

constexpr crow::HTTPMethod operator""_method(const char *str, size_t /*len*/) {
  return method_from_string(str);
}
