// Declaration-only stand-in for include/crow/json.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the writable JSON
// value `crow::json::wvalue` (a `returnable` with the Content-Type
// "application/json"), with the constructors, assignments and subscripts a
// handler uses to build one. The read side (`json::rvalue`, `json::load`)
// is left out. Not upstream code.

#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "crow/returnable.h"

namespace crow {
namespace json {

class wvalue : public returnable {
public:
  using object = std::unordered_map<std::string, wvalue>;
  using list = std::vector<wvalue>;

  wvalue();
  wvalue(std::nullptr_t);
  wvalue(bool value);
  wvalue(std::uint8_t value);
  wvalue(std::uint16_t value);
  wvalue(std::uint32_t value);
  wvalue(std::uint64_t value);
  wvalue(std::int8_t value);
  wvalue(std::int16_t value);
  wvalue(std::int32_t value);
  wvalue(std::int64_t value);
  wvalue(float value);
  wvalue(double value);
  wvalue(char const *value);
  wvalue(std::string const &value);
  wvalue(std::string &&value);
  wvalue(std::initializer_list<std::pair<std::string const, wvalue>>
             initializer_list);
  wvalue(object const &value);
  wvalue(object &&value);
  wvalue(const list &r);
  wvalue(list &r);
  wvalue(const wvalue &r);
  wvalue(wvalue &&r);

  wvalue &operator=(wvalue &&r);
  wvalue &operator=(std::nullptr_t);
  wvalue &operator=(bool value);
  wvalue &operator=(float value);
  wvalue &operator=(double value);
  wvalue &operator=(unsigned short value);
  wvalue &operator=(short value);
  wvalue &operator=(long long value);
  wvalue &operator=(long value);
  wvalue &operator=(int value);
  wvalue &operator=(unsigned long long value);
  wvalue &operator=(unsigned long value);
  wvalue &operator=(unsigned int value);
  wvalue &operator=(const char *str);
  wvalue &operator=(const std::string &str);

  wvalue &operator[](unsigned index);
  const wvalue &operator[](unsigned index) const;
  wvalue &operator[](const std::string &str);
  const wvalue &operator[](const std::string &str) const;

  std::string dump(const size_t indent, const char separator = ' ') const;
  std::string dump() const override;
};

} // namespace json
} // namespace crow
