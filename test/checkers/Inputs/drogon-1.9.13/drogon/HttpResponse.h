// Declaration-only stand-in for drogon/HttpResponse.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/HttpResponse.h), written for
// http-tidy's lint tests. It declares the response class with upstream's
// names, signatures, default arguments and return types (the factories
// return HttpResponsePtr, a std::shared_ptr<HttpResponse>), for the members a
// handler uses to set the status, the body and the headers and to make a
// response; members with nothing to do with those are left out. Nothing here
// is upstream code, and tests only parse it (-fsyntax-only).

#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpTypes.h>
#include <drogon/HttpViewData.h>
#include <json/json.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace drogon {

class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

template <typename T> T fromResponse(const HttpResponse &);
template <typename T> HttpResponsePtr toResponse(T &&);

// The writer an async stream response hands to its callback.
class ResponseStream {
public:
  ~ResponseStream();
  bool send(const std::string &data);
  void close();
};

using ResponseStreamPtr = std::unique_ptr<ResponseStream>;

class HttpResponse {
public:
  template <typename T> operator T() const;
  template <typename T> T as() const;

  // Status.
  virtual HttpStatusCode statusCode() const = 0;
  HttpStatusCode getStatusCode() const;
  virtual void setStatusCode(HttpStatusCode code) = 0;
  void setCustomStatusCode(int code,
                           std::string_view message = std::string_view{});

  // Connection and content type.
  virtual void setVersion(const Version v) = 0;
  virtual void setCloseConnection(bool on) = 0;
  virtual bool ifCloseConnection() const = 0;
  virtual void setContentTypeCode(ContentType type) = 0;
  void setContentTypeString(const std::string_view &typeString);
  virtual ContentType contentType() const = 0;
  ContentType getContentType() const;

  // Headers. Names are lower-cased when stored.
  virtual const std::string &getHeader(std::string key) const = 0;
  virtual void removeHeader(std::string key) = 0;
  virtual void addHeader(std::string field, const std::string &value) = 0;
  virtual void addHeader(std::string field, std::string &&value) = 0;

  virtual void addCookie(const std::string &key, const std::string &value) = 0;

  // Body.
  virtual void setBody(const std::string &body) = 0;
  virtual void setBody(std::string &&body) = 0;
  template <int N> void setBody(const char (&body)[N]);
  std::string_view body() const;
  std::string_view getBody() const;

  virtual void clear() = 0;
  virtual void setExpiredTime(ssize_t expiredTime) = 0;
  virtual const std::shared_ptr<Json::Value> &jsonObject() const = 0;
  const std::shared_ptr<Json::Value> &getJsonObject() const;
  virtual void setPassThrough(bool flag) = 0;

  // Factories.
  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
  static HttpResponsePtr
  newNotFoundResponse(const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr newHttpJsonResponse(const Json::Value &data);
  static HttpResponsePtr newHttpJsonResponse(Json::Value &&data);
  static HttpResponsePtr
  newHttpViewResponse(const std::string &viewName,
                      const HttpViewData &data = HttpViewData(),
                      const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr
  newRedirectionResponse(const std::string &location,
                         HttpStatusCode status = k302Found);
  static HttpResponsePtr
  newFileResponse(const std::string &fullPath,
                  const std::string &attachmentFileName = "",
                  ContentType type = CT_NONE,
                  const std::string &typeString = "",
                  const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr
  newFileResponse(const std::string &fullPath, size_t offset, size_t length,
                  bool setContentRange = true,
                  const std::string &attachmentFileName = "",
                  ContentType type = CT_NONE,
                  const std::string &typeString = "",
                  const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr
  newFileResponse(const unsigned char *pBuffer, size_t bufferLength,
                  const std::string &attachmentFileName = "",
                  ContentType type = CT_NONE,
                  const std::string &typeString = "");
  static HttpResponsePtr newStreamResponse(
      const std::function<std::size_t(char *, std::size_t)> &callback,
      const std::string &attachmentFileName = "", ContentType type = CT_NONE,
      const std::string &typeString = "",
      const HttpRequestPtr &req = HttpRequestPtr());
  static HttpResponsePtr newAsyncStreamResponse(
      const std::function<void(ResponseStreamPtr)> &callback,
      bool disableKickoffTimeout = false);
  template <typename T> static HttpResponsePtr newCustomHttpResponse(T &&obj);

  virtual ~HttpResponse();

private:
  virtual void setBody(const char *body, size_t len) = 0;
  virtual void setContentTypeString(const char *typeString,
                                    size_t typeStringLength) = 0;
  virtual void setCustomStatusCode(int code, const char *message,
                                   size_t messageLength) = 0;
};

} // namespace drogon
