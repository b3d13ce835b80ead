// Declaration-only stand-in for utility.hpp of Simple-Web-Server v3.1.1
// (eidheim/Simple-Web-Server), written for http-tidy's lint tests: the
// string_view alias, the case-insensitive header map and the query-string
// helpers, declared only. It is not the upstream code; nothing links.

#ifndef SIMPLE_WEB_UTILITY_HPP
#define SIMPLE_WEB_UTILITY_HPP

#include "status_code.hpp"
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

// Upstream picks std::string_view from C++17 on, boost::string_ref before
// that (or const std::string & with standalone Asio). This stand-in has the
// C++17 branch only.
#if __cplusplus > 201402L
#include <string_view>
namespace SimpleWeb {
using string_view = std::string_view;
}
#else
#error "this stand-in of Simple-Web-Server needs -std=c++17"
#endif

namespace SimpleWeb {

bool case_insensitive_equal(const std::string &str1,
                            const std::string &str2) noexcept;

class CaseInsensitiveEqual {
public:
  bool operator()(const std::string &str1,
                  const std::string &str2) const noexcept;
};

class CaseInsensitiveHash {
public:
  std::size_t operator()(const std::string &str) const noexcept;
};

// Header fields of requests and responses.
using CaseInsensitiveMultimap =
    std::unordered_multimap<std::string, std::string, CaseInsensitiveHash,
                            CaseInsensitiveEqual>;

class Percent {
public:
  static std::string encode(const std::string &value) noexcept;
  static std::string decode(const std::string &value) noexcept;
};

class QueryString {
public:
  static std::string create(const CaseInsensitiveMultimap &fields) noexcept;
  static CaseInsensitiveMultimap parse(const std::string &query_string) noexcept;
};

} // namespace SimpleWeb

#endif // SIMPLE_WEB_UTILITY_HPP
