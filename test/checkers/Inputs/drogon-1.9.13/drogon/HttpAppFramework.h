// Declaration-only stand-in for drogon/HttpAppFramework.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/HttpAppFramework.h), written for
// http-tidy's lint tests: the application singleton app(), handler
// registration and the few settings a server's main() uses. Nothing here is
// upstream code, and tests only parse it (-fsyntax-only).

#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/utils/HttpConstraint.h>
#include <json/json.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace drogon {

class HttpAppFramework {
public:
  virtual ~HttpAppFramework() = default;
  static HttpAppFramework &instance();

  virtual void run() = 0;
  virtual void quit() = 0;

  virtual HttpAppFramework &
  loadConfigFile(const std::string &fileName) noexcept(false) = 0;

  virtual HttpAppFramework &registerHttpSimpleController(
      const std::string &pathName, const std::string &ctrlName,
      const std::vector<internal::HttpConstraint> &constraints = {}) = 0;

  // FUNCTION is any callable taking (const HttpRequestPtr &,
  // std::function<void(const HttpResponsePtr &)> &&, path parameters...).
  template <typename FUNCTION>
  HttpAppFramework &
  registerHandler(const std::string &pathPattern, FUNCTION &&function,
                  const std::vector<internal::HttpConstraint> &constraints = {},
                  const std::string &handlerName = "") {
    return *this; // a lambda's type has no linkage: a body is needed
  }

  template <typename FUNCTION>
  HttpAppFramework &registerHandlerViaRegex(
      const std::string &regExp, FUNCTION &&function,
      const std::vector<internal::HttpConstraint> &constraints = {},
      const std::string &handlerName = "") {
    return *this;
  }

  virtual HttpAppFramework &setThreadNum(size_t threadNum) = 0;

  virtual HttpAppFramework &addListener(
      const std::string &ip, uint16_t port, bool useSSL = false,
      const std::string &certFile = "", const std::string &keyFile = "",
      bool useOldTLS = false,
      const std::vector<std::pair<std::string, std::string>> &sslConfCmds =
          {}) = 0;
};

HttpAppFramework &app();

} // namespace drogon
