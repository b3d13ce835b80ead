// Declaration-only stand-in for asio_compatibility.hpp of Simple-Web-Server
// v3.1.1 (eidheim/Simple-Web-Server), written for http-tidy's lint tests.
// The release uses Boost.Asio unless USE_STANDALONE_ASIO is defined; this
// stand-in has the Boost.Asio branch only, and instead of including Boost it
// declares the few Boost.Asio and Boost.System names the Simple-Web-Server
// headers mention, as opaque types (their template parameters simplified).
// It is not the upstream code; nothing links.

#ifndef SIMPLE_WEB_ASIO_COMPATIBILITY_HPP
#define SIMPLE_WEB_ASIO_COMPATIBILITY_HPP

#include <memory>

namespace boost {
namespace system {
class error_code;
class system_error;
} // namespace system
namespace asio {
class io_context;
class any_io_executor;
template <typename Allocator = std::allocator<char>> class basic_streambuf;
using streambuf = basic_streambuf<>;
template <typename Protocol, typename Executor = any_io_executor>
class basic_stream_socket;
namespace ip {
class tcp {
public:
  using socket = basic_stream_socket<tcp>;
};
} // namespace ip
} // namespace asio
} // namespace boost

namespace SimpleWeb {
namespace asio = boost::asio;
using error_code = boost::system::error_code;
using system_error = boost::system::system_error;
using io_context = asio::io_context;
} // namespace SimpleWeb

#endif // SIMPLE_WEB_ASIO_COMPATIBILITY_HPP
