// Declaration-only stand-in for drogon/utils/HttpConstraint.h of Drogon
// v1.9.13 (drogonframework/drogon, lib/inc/drogon/utils/HttpConstraint.h),
// written for http-tidy's lint tests: the constraints a handler is registered
// with ({Get, "LoginFilter"}). Nothing here is upstream code, and tests only
// parse it (-fsyntax-only).

#pragma once

#include <drogon/HttpTypes.h>

#include <string>

namespace drogon {
namespace internal {

enum class ConstraintType { None, HttpMethod, HttpMiddleware };

class HttpConstraint {
public:
  HttpConstraint(HttpMethod method);
  HttpConstraint(std::string middlewareName);
  HttpConstraint(const char *middlewareName);
  ConstraintType type() const;
};

} // namespace internal
} // namespace drogon
