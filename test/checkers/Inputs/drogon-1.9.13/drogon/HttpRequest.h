// Declaration-only stand-in for drogon/HttpRequest.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/HttpRequest.h), written for
// http-tidy's lint tests. Only the request accessors the test handlers call
// are declared, with upstream's names and signatures. Nothing here is
// upstream code, and tests only parse it (-fsyntax-only).

#pragma once

#include <drogon/HttpTypes.h>
#include <json/json.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {

class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

class HttpRequest {
public:
  virtual HttpMethod method() const = 0;
  HttpMethod getMethod() const;

  virtual const std::string &getHeader(std::string key) const = 0;

  virtual const std::string &query() const = 0;
  std::string_view body() const;
  std::string_view getBody() const;
  virtual const char *bodyData() const = 0;
  virtual size_t bodyLength() const = 0;

  virtual const std::string &path() const = 0;
  const std::string &getPath() const;

  virtual const std::string &getParameter(const std::string &key) const = 0;

  virtual const std::shared_ptr<Json::Value> &jsonObject() const = 0;
  const std::shared_ptr<Json::Value> &getJsonObject() const;

  virtual ~HttpRequest();
};

} // namespace drogon
