// Declaration-only stand-in for include/crow/query_string.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the URL parameters of
// a request, with the lookups a handler uses. Not upstream code.

#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace crow {

class query_string {
public:
  query_string() = default;
  query_string(const query_string &qs);
  query_string &operator=(const query_string &qs);
  query_string &operator=(query_string &&qs) noexcept;
  query_string(std::string params, bool url = true);

  void clear();

  char *get(const std::string &name) const;
  std::vector<char *> get_list(const std::string &name,
                               bool use_brackets = true) const;
  std::vector<std::string> keys() const;
  std::unordered_map<std::string, std::string>
  get_dict(const std::string &name) const;
};

} // namespace crow
