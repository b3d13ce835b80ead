// Declaration-only stand-in for cpp-httplib v0.15.3 (yhirose/cpp-httplib),
// for http-tidy's fuzz target and the tests that replay its inputs. It keeps
// the names, namespaces and signatures of the server-side API the checks look
// at (Request, Response, Server, the StatusCode enum of v0.14.3 and later),
// on the standard-library subset in fuzz_std.h, so that it parses in well
// under a millisecond. It is not the upstream code and implements nothing.

#ifndef CPPHTTPLIB_HTTPLIB_H
#define CPPHTTPLIB_HTTPLIB_H

#define CPPHTTPLIB_VERSION "0.15.3"

#include "fuzz_std.h"

namespace httplib {

using std::size_t;
using std::ssize_t;
using std::uint64_t;

namespace detail {
struct ci {
  bool operator()(const std::string &s1, const std::string &s2) const;
};
} // namespace detail

enum StatusCode {
  Continue_100 = 100,
  SwitchingProtocol_101 = 101,
  Processing_102 = 102,
  EarlyHints_103 = 103,
  OK_200 = 200,
  Created_201 = 201,
  Accepted_202 = 202,
  NonAuthoritativeInformation_203 = 203,
  NoContent_204 = 204,
  ResetContent_205 = 205,
  PartialContent_206 = 206,
  MultipleChoices_300 = 300,
  MovedPermanently_301 = 301,
  Found_302 = 302,
  SeeOther_303 = 303,
  NotModified_304 = 304,
  TemporaryRedirect_307 = 307,
  PermanentRedirect_308 = 308,
  BadRequest_400 = 400,
  Unauthorized_401 = 401,
  Forbidden_403 = 403,
  NotFound_404 = 404,
  MethodNotAllowed_405 = 405,
  Conflict_409 = 409,
  Gone_410 = 410,
  PayloadTooLarge_413 = 413,
  ImATeapot_418 = 418,
  TooManyRequests_429 = 429,
  InternalServerError_500 = 500,
  NotImplemented_501 = 501,
  BadGateway_502 = 502,
  ServiceUnavailable_503 = 503,
};

using Headers = std::multimap<std::string, std::string, detail::ci>;
using Params = std::multimap<std::string, std::string>;
using Match = std::smatch;

class DataSink {
public:
  DataSink();
  DataSink(const DataSink &) = delete;
  DataSink &operator=(const DataSink &) = delete;

  std::function<bool(const char *data, size_t data_len)> write;
  std::function<bool()> is_writable;
  std::function<void()> done;
  std::function<void(const Headers &trailer)> done_with_trailer;
};

using ContentProvider =
    std::function<bool(size_t offset, size_t length, DataSink &sink)>;
using ContentProviderWithoutLength =
    std::function<bool(size_t offset, DataSink &sink)>;
using ContentProviderResourceReleaser = std::function<void(bool success)>;

struct Request {
  std::string method;
  std::string path;
  Headers headers;
  std::string body;
  std::string remote_addr;
  int remote_port = -1;
  std::string version;
  std::string target;
  Params params;
  Match matches;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  void set_header(const std::string &key, const std::string &val);
  bool has_param(const std::string &key) const;
  std::string get_param_value(const std::string &key, size_t id = 0) const;
  bool is_multipart_form_data() const;
  bool has_file(const std::string &key) const;
};

struct Response {
  std::string version;
  int status = -1;
  std::string reason;
  Headers headers;
  std::string body;
  std::string location;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  void set_header(const std::string &key, const std::string &val);

  void set_redirect(const std::string &url, int status = StatusCode::Found_302);
  void set_content(const char *s, size_t n, const std::string &content_type);
  void set_content(const std::string &s, const std::string &content_type);
  void set_content(std::string &&s, const std::string &content_type);

  void set_content_provider(
      size_t length, const std::string &content_type, ContentProvider provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_content_provider(
      const std::string &content_type, ContentProviderWithoutLength provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_chunked_content_provider(
      const std::string &content_type, ContentProviderWithoutLength provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);

  // Added upstream after v0.15.3; http-tidy models it.
  void set_file_content(const std::string &path,
                        const std::string &content_type);
  void set_file_content(const std::string &path);

  Response() = default;
  Response(const Response &) = default;
  Response &operator=(const Response &) = default;
  Response(Response &&) = default;
  Response &operator=(Response &&) = default;
};

const char *status_message(int status);

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  enum class HandlerResponse { Handled, Unhandled };
  using HandlerWithResponse =
      std::function<HandlerResponse(const Request &, Response &)>;

  Server();
  virtual ~Server();

  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, Handler handler);
  Server &Patch(const std::string &pattern, Handler handler);
  Server &Delete(const std::string &pattern, Handler handler);
  Server &Options(const std::string &pattern, Handler handler);

  Server &set_error_handler(Handler handler);
  Server &set_pre_routing_handler(HandlerWithResponse handler);
  Server &set_post_routing_handler(Handler handler);
  Server &set_default_headers(Headers headers);

  bool bind_to_port(const std::string &host, int port, int socket_flags = 0);
  bool listen_after_bind();
  bool listen(const std::string &host, int port, int socket_flags = 0);
  bool is_running() const;
  void stop();
};

} // namespace httplib

#endif // CPPHTTPLIB_HTTPLIB_H
