// Declaration-only stand-in for include/crow/returnable.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the base of the
// values a handler may return, which a response turns into its body and
// Content-Type. Not upstream code.

#pragma once

#include <string>

namespace crow {

struct returnable {
  std::string content_type;
  virtual std::string dump() const = 0;

  returnable(std::string ctype) : content_type{ctype} {}

  virtual ~returnable() {}
};

} // namespace crow
