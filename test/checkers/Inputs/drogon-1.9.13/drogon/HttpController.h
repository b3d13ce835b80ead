// Declaration-only stand-in for drogon/HttpController.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/HttpController.h), written for
// http-tidy's lint tests. The path-routing macros expand to what upstream's
// do: METHOD_LIST_BEGIN opens a static initPathRouting(), METHOD_ADD and
// ADD_METHOD_TO call registerMethod with the member function's address,
// METHOD_LIST_END closes it. Nothing here is upstream code, and tests only
// parse it (-fsyntax-only).

#pragma once

#include <drogon/DrObject.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/utils/HttpConstraint.h>

#include <string>
#include <vector>

#define METHOD_LIST_BEGIN static void initPathRouting() {
#define METHOD_ADD(method, pattern, ...)                                       \
  registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...)                               \
  registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define ADD_METHOD_VIA_REGEX(method, regex, ...)                               \
  registerMethodViaRegex(&method, regex, {__VA_ARGS__}, #method)
#define METHOD_LIST_END                                                        \
  return;                                                                      \
  }

namespace drogon {

class HttpControllerBase {};

template <typename T, bool AutoCreation = true>
class HttpController : public DrObject<T>, public HttpControllerBase {
public:
  static constexpr bool isAutoCreation = AutoCreation;

protected:
  template <typename FUNCTION>
  static void
  registerMethod(FUNCTION &&function, const std::string &pattern,
                 const std::vector<internal::HttpConstraint> &constraints = {},
                 bool classNameInPath = true,
                 const std::string &handlerName = "");

  template <typename FUNCTION>
  static void registerMethodViaRegex(
      FUNCTION &&function, const std::string &regExp,
      const std::vector<internal::HttpConstraint> &constraints =
          std::vector<internal::HttpConstraint>{},
      const std::string &handlerName = "");
};

} // namespace drogon
