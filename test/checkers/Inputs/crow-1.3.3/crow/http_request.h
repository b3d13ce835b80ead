// Declaration-only stand-in for include/crow/http_request.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: `crow::request` with
// upstream's members. Upstream includes Asio for `io_context`; here it is
// only declared. Not upstream code.

#pragma once

#include <string>

#include "crow/ci_map.h"
#include "crow/common.h"
#include "crow/query_string.h"

namespace asio {
class io_context;
} // namespace asio

namespace crow {

void sanitize_header_value(std::string &s);

const std::string &get_header_value(const ci_map &headers,
                                    const std::string &key);

struct request {
  HTTPMethod method;
  std::string raw_url;
  std::string url;
  query_string url_params;
  ci_map headers;
  std::string body;
  std::string remote_ip_address;
  unsigned char http_ver_major, http_ver_minor;
  bool keep_alive, close_connection, upgrade;

  void *middleware_context{};
  void *middleware_container{};
  asio::io_context *io_context{};

  request();
  request(HTTPMethod method_, std::string raw_url_, std::string url_,
          query_string url_params_, ci_map headers_, std::string body_,
          unsigned char http_major, unsigned char http_minor,
          bool has_keep_alive, bool has_close_connection, bool is_upgrade);

  void add_header(std::string key, std::string value);
  const std::string &get_header_value(const std::string &key) const;
  bool check_version(unsigned char major, unsigned char minor) const;
  const query_string get_body_params() const;
};

} // namespace crow
