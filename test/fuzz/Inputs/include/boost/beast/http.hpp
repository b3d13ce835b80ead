// Declaration-only stand-in for Boost.Beast's HTTP API as of Boost 1.74 (the
// version Debian 12 ships), for http-tidy's fuzz target and the tests that
// replay its inputs. It keeps the names, namespaces and signatures that the
// checks look at (http::message and its response alias, http::status,
// http::field, int_to_status, the header setters, prepare_payload, write and
// async_write) and the few Boost.Asio and Boost names handlers use, on the
// standard-library subset in fuzz_std.h. Templates that upstream constrains
// with enable_if are left unconstrained, and boost::string_view is a class
// rather than a template. It is not the upstream code and implements nothing.

#ifndef HTTP_TIDY_FUZZ_BOOST_BEAST_HTTP_HPP
#define HTTP_TIDY_FUZZ_BOOST_BEAST_HTTP_HPP

#include "../../fuzz_std.h"

#define BOOST_BEAST_VERSION 300
#define BOOST_BEAST_VERSION_STRING "Boost.Beast/300"

namespace boost {

class string_view {
public:
  string_view() noexcept;
  string_view(const char *s);
  string_view(const char *s, std::size_t n);
  string_view(const std::string &s);
  std::size_t size() const noexcept;
  const char *data() const noexcept;
  bool empty() const noexcept;
  std::string to_string() const;
  explicit operator std::string() const;
};
bool operator==(string_view a, string_view b) noexcept;
bool operator!=(string_view a, string_view b) noexcept;

struct none_t {
  explicit constexpr none_t(int) {}
};
constexpr none_t none(0);

template <class T> class optional {
public:
  optional() noexcept;
  optional(none_t) noexcept;
  optional(const T &value);
  bool has_value() const noexcept;
  explicit operator bool() const noexcept;
  const T &operator*() const;
};

namespace system {
class error_code {
public:
  error_code() noexcept;
  explicit operator bool() const noexcept;
};
} // namespace system

namespace asio {
class io_context;
namespace ip {
class tcp {
public:
  class socket {
  public:
    explicit socket(io_context &context);
    socket(socket &&other) noexcept;
  };
  class acceptor;
  class endpoint;
};
} // namespace ip
} // namespace asio

namespace beast {

using string_view = boost::string_view;
using error_code = boost::system::error_code;

template <class Allocator> class basic_flat_buffer {
public:
  basic_flat_buffer() noexcept;
  std::size_t size() const noexcept;
  void consume(std::size_t n) noexcept;
};
using flat_buffer = basic_flat_buffer<std::allocator<char>>;

template <class Allocator> class basic_multi_buffer {
public:
  basic_multi_buffer() noexcept;
  std::size_t size() const noexcept;
  void consume(std::size_t n) noexcept;
  void clear() noexcept;
};
using multi_buffer = basic_multi_buffer<std::allocator<char>>;

namespace detail {
// Upstream derives this from std::ostream.
template <class DynamicBuffer> class ostream_helper {
public:
  ostream_helper &operator<<(const char *s);
  ostream_helper &operator<<(const std::string &s);
  ostream_helper &operator<<(int v);
};
} // namespace detail

enum class file_mode {
  read,
  scan,
  write,
  write_new,
  write_existing,
  append,
  append_existing,
};

template <class DynamicBuffer>
detail::ostream_helper<DynamicBuffer> ostream(DynamicBuffer &buffer);

namespace http {

enum class status : unsigned {
  unknown = 0,
  continue_ = 100,
  switching_protocols = 101,
  processing = 102,
  ok = 200,
  created = 201,
  accepted = 202,
  non_authoritative_information = 203,
  no_content = 204,
  reset_content = 205,
  partial_content = 206,
  multiple_choices = 300,
  moved_permanently = 301,
  found = 302,
  see_other = 303,
  not_modified = 304,
  temporary_redirect = 307,
  permanent_redirect = 308,
  bad_request = 400,
  unauthorized = 401,
  forbidden = 403,
  not_found = 404,
  method_not_allowed = 405,
  conflict = 409,
  gone = 410,
  payload_too_large = 413,
  too_many_requests = 429,
  internal_server_error = 500,
  not_implemented = 501,
  bad_gateway = 502,
  service_unavailable = 503,
};

enum class status_class : unsigned {
  unknown = 0,
  informational = 1,
  successful = 2,
  redirection = 3,
  client_error = 4,
  server_error = 5,
};

status int_to_status(unsigned v);
status_class to_status_class(unsigned v);
status_class to_status_class(status v);
string_view obsolete_reason(status v);

enum class verb {
  unknown = 0,
  delete_,
  get,
  head,
  post,
  put,
  connect,
  options,
  trace,
  patch,
};

// A subset of upstream's list, in its alphabetical order.
enum class field : unsigned short {
  unknown = 0,
  accept,
  allow,
  cache_control,
  connection,
  content_encoding,
  content_length,
  content_location,
  content_range,
  content_type,
  date,
  etag,
  expires,
  host,
  if_modified_since,
  if_none_match,
  last_modified,
  location,
  retry_after,
  server,
  set_cookie,
  transfer_encoding,
  user_agent,
  vary,
  www_authenticate,
};

string_view to_string(field f);
string_view to_string(verb v);

template <class Allocator> class basic_fields {
public:
  basic_fields() = default;
  string_view operator[](field name) const;
  string_view operator[](string_view name) const;
  void clear();
  void insert(field name, string_view const &value);
  void insert(string_view name, string_view const &value);
  void insert(field name, string_view sname, string_view const &value);
  void set(field name, string_view const &value);
  void set(string_view name, string_view const &value);
  std::size_t erase(field name);
  std::size_t erase(string_view name);
  std::size_t count(field name) const;
  std::size_t count(string_view name) const;
};
using fields = basic_fields<std::allocator<char>>;

template <bool isRequest, class Fields = fields> class header;

template <class Fields> class header<true, Fields> : public Fields {
public:
  header() = default;
  unsigned version() const noexcept;
  void version(unsigned value) noexcept;
  verb method() const;
  void method(verb v);
  string_view method_string() const;
  string_view target() const;
  void target(string_view s);
};

template <class Fields> class header<false, Fields> : public Fields {
public:
  header() = default;
  unsigned version() const noexcept;
  void version(unsigned value) noexcept;
  status result() const;
  void result(status v);
  void result(unsigned v);
  unsigned result_int() const;
  string_view reason() const;
  void reason(string_view s);
};

template <class CharT, class Traits = std::char_traits<CharT>,
          class Allocator = std::allocator<CharT>>
struct basic_string_body {
  using value_type = std::string;
};
using string_body = basic_string_body<char>;

struct empty_body {
  struct value_type {};
};

template <class DynamicBuffer> struct basic_dynamic_body {
  using value_type = DynamicBuffer;
};
using dynamic_body = basic_dynamic_body<multi_buffer>;

// Upstream: basic_file_body<file>, whose value_type owns an open file.
struct file_body {
  class value_type {
  public:
    value_type();
    value_type(value_type &&other);
    bool is_open() const;
    std::uint64_t size() const;
    void close();
    void open(char const *path, file_mode mode, error_code &ec);
  };
};

template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
public:
  using header_type = header<isRequest, Fields>;
  using body_type = Body;

  message() = default;
  message(message &&) = default;
  message(message const &) = default;
  message &operator=(message &&) = default;
  message &operator=(message const &) = default;

  message(verb method, string_view target, unsigned version);
  template <class BodyArg>
  message(verb method, string_view target, unsigned version,
          BodyArg &&body_arg);
  message(status result, unsigned version);
  template <class BodyArg>
  message(status result, unsigned version, BodyArg &&body_arg);
  template <class BodyArg, class FieldsArg>
  message(status result, unsigned version, BodyArg &&body_arg,
          FieldsArg &&fields_arg);

  template <class... BodyArgs>
  explicit message(std::piecewise_construct_t,
                   std::tuple<BodyArgs...> body_args);
  template <class... BodyArgs, class... FieldsArgs>
  message(std::piecewise_construct_t, std::tuple<BodyArgs...> body_args,
          std::tuple<FieldsArgs...> fields_args);

  bool chunked() const;
  void chunked(bool value);
  bool has_content_length() const;
  void content_length(boost::optional<std::uint64_t> const &value);
  bool keep_alive() const;
  void keep_alive(bool value);
  bool need_eof() const;
  boost::optional<std::uint64_t> payload_size() const;
  void prepare_payload();

  typename body_type::value_type &body() & noexcept;
  typename body_type::value_type &&body() && noexcept;
  typename body_type::value_type const &body() const & noexcept;
};

template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;
template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;

template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream,
                  message<isRequest, Body, Fields> const &msg);
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream,
                  message<isRequest, Body, Fields> const &msg, error_code &ec);
template <class AsyncWriteStream, bool isRequest, class Body, class Fields,
          class WriteHandler>
void async_write(AsyncWriteStream &stream,
                 message<isRequest, Body, Fields> &msg,
                 WriteHandler &&handler) {}

template <class SyncReadStream, class DynamicBuffer, bool isRequest, class Body,
          class Allocator>
std::size_t read(SyncReadStream &stream, DynamicBuffer &buffer,
                 message<isRequest, Body, basic_fields<Allocator>> &msg);

} // namespace http
} // namespace beast
} // namespace boost

#endif // HTTP_TIDY_FUZZ_BOOST_BEAST_HTTP_HPP
