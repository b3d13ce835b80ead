// Declaration-only stand-in for include/crow/app.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests: the application
// class template `crow::Crow`, its aliases `crow::App` and
// `crow::SimpleApp`, and the CROW_ROUTE macro as upstream spells it outside
// CROW_MSVC_WORKAROUND, with the setters a server's main() uses. Middleware,
// SSL, blueprints and WebSocket routes are left out. Not upstream code.

#pragma once

#include <cstdint>
#include <future>
#include <string>

#include "crow/http_request.h"
#include "crow/http_response.h"
#include "crow/routing.h"
#include "crow/utility.h"

#define CROW_ROUTE(app, url)                                                   \
  app.template route<crow::black_magic::get_parameter_tag(url)>(url)

namespace crow {

template <typename... Middlewares> class Crow {
public:
  using self_t = Crow;

  Crow();

  template <uint64_t Tag>
  typename black_magic::arguments<Tag>::type::template rebind<TaggedRule> &
  route(const std::string &rule);

  self_t &port(std::uint16_t port);
  std::uint16_t port() const;
  self_t &timeout(std::uint8_t timeout);
  self_t &server_name(std::string server_name);
  self_t &bindaddr(std::string bindaddr);
  std::string bindaddr();
  self_t &multithreaded();
  self_t &concurrency(unsigned int concurrency);
  std::uint16_t concurrency() const;
  self_t &stream_threshold(size_t threshold);

  void validate();
  void run();
  std::future<void> run_async();
  void stop();
};

template <typename... Middlewares> using App = Crow<Middlewares...>;
using SimpleApp = Crow<>;

} // namespace crow
