// Declaration-only stand-in for drogon/HttpViewData.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/HttpViewData.h), written for
// http-tidy's lint tests: the data of a view response. Nothing here is
// upstream code, and tests only parse it (-fsyntax-only).

#pragma once

#include <any>
#include <string>

namespace drogon {

class HttpViewData {
public:
  template <typename T> const T &get(const std::string &key) const;
  void insert(const std::string &key, std::any &&obj);
  void insert(const std::string &key, const std::any &obj);
  std::any &operator[](const std::string &key) const;
};

} // namespace drogon
