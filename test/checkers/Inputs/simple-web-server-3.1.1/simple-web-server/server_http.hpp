// Declaration-only stand-in for server_http.hpp of Simple-Web-Server v3.1.1
// (eidheim/Simple-Web-Server, tag v3.1.1, commit 898b6ab, published on
// gitlab.com/eidheim/Simple-Web-Server; installed as
// include/simple-web-server/server_http.hpp), written for http-tidy's lint
// tests. It declares the public API a request handler uses, with the
// release's namespaces, class nesting, signatures and default arguments:
// ServerBase<socket_type> with its nested Response, Content, Request and
// Config, the resource tables, and Server<HTTP>. Private members are left
// out except the constructors. It is not the upstream code and has no
// implementation; tests only run -fsyntax-only against it.

#ifndef SIMPLE_WEB_SERVER_HTTP_HPP
#define SIMPLE_WEB_SERVER_HTTP_HPP

#include "asio_compatibility.hpp"
#include "utility.hpp"
#include <functional>
#include <iostream>
#include <limits>
#include <list>
#include <map>
#include <regex>
#include <sstream>
#include <thread>
#include <unordered_set>

namespace SimpleWeb {
// Upstream uses boost::regex when USE_BOOST_REGEX is defined.
namespace regex = std;
} // namespace SimpleWeb

namespace SimpleWeb {

template <class socket_type> class Server;

template <class socket_type> class ServerBase {
protected:
  class Connection;
  class Session;

public:
  // What a handler writes into this stream is sent to the client when the
  // last shared_ptr to it goes away, or earlier by send().
  class Response : public std::enable_shared_from_this<Response>,
                   public std::ostream {
    friend class ServerBase<socket_type>;
    friend class Server<socket_type>;

    Response(std::shared_ptr<Session> session, long timeout_content) noexcept;

  public:
    std::size_t size() noexcept;

    void send(std::function<void(const error_code &)> callback = nullptr) noexcept;

    // std::ostream::write.
    void write(const char_type *ptr, std::streamsize n);

    // Status line and header fields, no content.
    void write(StatusCode status_code = StatusCode::success_ok,
               const CaseInsensitiveMultimap &header = CaseInsensitiveMultimap());

    // Status line, header fields and content.
    void write(StatusCode status_code, string_view content,
               const CaseInsensitiveMultimap &header = CaseInsensitiveMultimap());

    void write(StatusCode status_code, std::istream &content,
               const CaseInsensitiveMultimap &header = CaseInsensitiveMultimap());

    // 200 OK with header fields and content.
    void write(string_view content,
               const CaseInsensitiveMultimap &header = CaseInsensitiveMultimap());

    void write(std::istream &content,
               const CaseInsensitiveMultimap &header = CaseInsensitiveMultimap());

    // 200 OK with header fields and no content.
    void write(const CaseInsensitiveMultimap &header);

    bool close_connection_after_response = false;
  };

  class Content : public std::istream {
    friend class ServerBase<socket_type>;

  public:
    std::size_t size() noexcept;
    std::string string() noexcept;

  private:
    asio::streambuf &streambuf;
    Content(asio::streambuf &streambuf) noexcept;
  };

  class Request {
    friend class ServerBase<socket_type>;
    friend class Server<socket_type>;
    friend class Session;

    Request(std::size_t max_request_streambuf_size,
            const std::shared_ptr<Connection> &connection) noexcept;

  public:
    std::string method, path, query_string, http_version;

    Content content;

    CaseInsensitiveMultimap header;

    regex::smatch path_match;

    std::chrono::system_clock::time_point header_read_time;

    CaseInsensitiveMultimap parse_query_string() const noexcept;
  };

  class Config {
    friend class ServerBase<socket_type>;

    Config(unsigned short port) noexcept;

  public:
    unsigned short port;
    std::size_t thread_pool_size = 1;
    long timeout_request = 5;
    long timeout_content = 300;
    std::size_t max_request_streambuf_size =
        (std::numeric_limits<std::size_t>::max)();
    std::string address;
    bool reuse_address = true;
    bool fast_open = false;
  };
  Config config;

private:
  // Resource keys: a regular expression that orders by its text.
  class regex_orderable : public regex::regex {
  public:
    std::string str;

    regex_orderable(const char *regex_cstr);
    regex_orderable(std::string regex_str);
    bool operator<(const regex_orderable &rhs) const noexcept;
  };

public:
  std::map<regex_orderable,
           std::map<std::string,
                    std::function<void(
                        std::shared_ptr<typename ServerBase<socket_type>::Response>,
                        std::shared_ptr<typename ServerBase<socket_type>::Request>)>>>
      resource;

  std::map<std::string,
           std::function<void(
               std::shared_ptr<typename ServerBase<socket_type>::Response>,
               std::shared_ptr<typename ServerBase<socket_type>::Request>)>>
      default_resource;

  std::function<void(std::shared_ptr<typename ServerBase<socket_type>::Request>,
                     const error_code &)>
      on_error;

  std::function<void(std::unique_ptr<socket_type> &,
                     std::shared_ptr<typename ServerBase<socket_type>::Request>)>
      on_upgrade;

  std::shared_ptr<io_context> io_service;

  void start(const std::function<void(unsigned short /*port*/)> &callback = nullptr);

  void stop() noexcept;

  virtual ~ServerBase() noexcept;

protected:
  ServerBase(unsigned short port) noexcept;

  virtual void after_bind();
  virtual void accept() = 0;
};

template <class socket_type> class Server : public ServerBase<socket_type> {};

using HTTP = asio::ip::tcp::socket;

template <> class Server<HTTP> : public ServerBase<HTTP> {
public:
  // Port 80 unless config.port is changed.
  Server() noexcept;

protected:
  void accept() override;
};

} // namespace SimpleWeb

#endif // SIMPLE_WEB_SERVER_HTTP_HPP
