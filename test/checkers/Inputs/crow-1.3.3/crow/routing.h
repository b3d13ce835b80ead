// Declaration-only stand-in for include/crow/routing.h of Crow v1.3.3
// (CrowCpp/Crow), with the handler forms of include/crow/middleware.h
// (detail::wrapped_handler_call), written for http-tidy's lint tests.
//
// A route made by CROW_ROUTE is a TaggedRule whose template arguments are
// the types of the route's URL parameters. It takes a handler in one of the
// forms Crow accepts, tried in this order:
//   f(params...)                                -> a value a response is made of
//   f(crow::request &, params...)               -> a value a response is made of
//   f(crow::response &, params...)              -> void
//   f(const crow::request &, crow::response &, params...) -> void
// A returned value becomes `crow::response(value)` and is sent; a handler
// that takes the response sends it with `res.end()`. The check below is
// this file's own, kept to what the types need; nothing is registered.

#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>

#include "crow/common.h"
#include "crow/http_request.h"
#include "crow/http_response.h"
#include "crow/utility.h"

namespace crow {

namespace detail {

template <typename F, typename Params, typename = void>
struct call_result {
  static constexpr bool callable = false;
  using type = void;
};
template <typename F, typename... A>
struct call_result<F, black_magic::S<A...>,
                   std::void_t<decltype(std::declval<F>()(
                       std::declval<A>()...))>> {
  static constexpr bool callable = true;
  using type = decltype(std::declval<F>()(std::declval<A>()...));
};

// Whether F is a handler of a route whose URL parameters are Params.
template <typename F, typename... Params> constexpr bool is_handler() {
  using plain = call_result<F, black_magic::S<Params...>>;
  using with_request = call_result<F, black_magic::S<request &, Params...>>;
  using with_response = call_result<F, black_magic::S<response &, Params...>>;
  using with_both = call_result<
      F, black_magic::S<const request &, response &, Params...>>;
  if constexpr (plain::callable)
    return !std::is_void<typename plain::type>::value &&
           std::is_constructible<response, typename plain::type>::value;
  else if constexpr (with_request::callable)
    return !std::is_void<typename with_request::type>::value &&
           std::is_constructible<response,
                                 typename with_request::type>::value;
  else if constexpr (with_response::callable)
    return std::is_void<typename with_response::type>::value;
  else if constexpr (with_both::callable)
    return std::is_void<typename with_both::type>::value;
  else
    return false;
}

} // namespace detail

class BaseRule {
public:
  BaseRule(std::string rule);
  virtual ~BaseRule() = default;
  virtual void validate() = 0;
  virtual void handle(request &, response &, const routing_params &) = 0;
};

template <typename T> struct RuleParameterTraits {
  using self_t = T;

  self_t &name(std::string name) noexcept;
  self_t &methods(HTTPMethod method);
  template <typename... MethodArgs>
  self_t &methods(HTTPMethod method, MethodArgs... args_method);
};

template <typename... Args>
class TaggedRule : public BaseRule,
                   public RuleParameterTraits<TaggedRule<Args...>> {
public:
  using self_t = TaggedRule<Args...>;

  TaggedRule(std::string rule);

  void validate() override;

  template <typename Func> void operator()(Func &&f) {
    static_assert(detail::is_handler<Func, Args...>(),
                  "not a handler of this route");
  }

  template <typename Func> void operator()(std::string name, Func &&f) {
    static_assert(detail::is_handler<Func, Args...>(),
                  "not a handler of this route");
  }

  void handle(request &req, response &res,
              const routing_params &params) override;
};

class Router {
public:
  Router();

  template <uint64_t N>
  typename black_magic::arguments<N>::type::template rebind<TaggedRule> &
  new_rule_tagged(const std::string &rule);

  void validate();
};

} // namespace crow
