// Declaration-only stand-in for include/crow/utility.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests. It holds only the
// compile-time helpers that CROW_ROUTE needs to give a route its handler's
// parameter types: the parameter tag of a route string ("<int>" is 1,
// "<uint>" 2, "<float>"/"<double>" 3, "<str>"/"<string>" 4, "<path>" 5,
// the first parameter in the lowest base-6 digit) and the type list it
// stands for. These bodies are this file's own, kept to what the types need.

#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace crow {
namespace black_magic {

// A string literal usable in constant expressions.
class const_str {
  const char *const begin_;
  unsigned size_;

public:
  template <unsigned N>
  constexpr const_str(const char (&arr)[N]) : begin_(arr), size_(N - 1) {}
  constexpr char operator[](unsigned i) const {
    return i < size_ ? begin_[i] : throw std::out_of_range("const_str");
  }
  constexpr operator const char *() const { return begin_; }
  constexpr const char *begin() const { return begin_; }
  constexpr const char *end() const { return begin_ + size_; }
  constexpr unsigned size() const { return size_; }
};

// Whether `s` holds `word` at position `at`.
constexpr bool holds_at(const_str s, unsigned at, const char *word) {
  for (unsigned i = 0; word[i] != 0; ++i)
    if (at + i >= s.size() || s[at + i] != word[i])
      return false;
  return true;
}

constexpr unsigned tag_of_parameter_at(const_str s, unsigned at) {
  if (holds_at(s, at, "<int>"))
    return 1;
  if (holds_at(s, at, "<uint>"))
    return 2;
  if (holds_at(s, at, "<float>") || holds_at(s, at, "<double>"))
    return 3;
  if (holds_at(s, at, "<str>") || holds_at(s, at, "<string>"))
    return 4;
  if (holds_at(s, at, "<path>"))
    return 5;
  throw std::runtime_error("invalid parameter type");
}

constexpr uint64_t get_parameter_tag(const_str s, unsigned p = 0) {
  uint64_t tag = 0;
  uint64_t digit = 1;
  for (unsigned i = p; i < s.size(); ++i) {
    if (s[i] != '<')
      continue;
    tag += tag_of_parameter_at(s, i) * digit;
    digit *= 6;
    while (s[i] != '>')
      ++i;
  }
  return tag;
}

template <typename... T> struct S {
  template <typename U> using push = S<U, T...>;
  template <typename U> using push_back = S<T..., U>;
  template <template <typename... Args> class U> using rebind = U<T...>;
};

template <int N> struct single_tag_to_type {};
template <> struct single_tag_to_type<1> { using type = int64_t; };
template <> struct single_tag_to_type<2> { using type = uint64_t; };
template <> struct single_tag_to_type<3> { using type = double; };
template <> struct single_tag_to_type<4> { using type = std::string; };
template <> struct single_tag_to_type<5> { using type = std::string; };

template <uint64_t Tag> struct arguments {
  using subarguments = typename arguments<Tag / 6>::type;
  using type = typename subarguments::template push<
      typename single_tag_to_type<Tag % 6>::type>;
};
template <> struct arguments<0> { using type = S<>; };

} // namespace black_magic
} // namespace crow
