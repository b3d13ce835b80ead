// Declaration-only stand-in for include/crow/ci_map.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the header map type,
// an unordered multimap with case-insensitive keys. Not upstream code.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crow {

struct ci_hash {
  size_t operator()(const std::string_view key) const;
};

struct ci_key_eq {
  bool operator()(const std::string_view l, const std::string_view r) const;
};

using ci_map =
    std::unordered_multimap<std::string, std::string, ci_hash, ci_key_eq>;

} // namespace crow
