// The few parts of the C++ standard library that the fuzz-target framework
// headers (httplib.h, boost/beast/http.hpp) and handler code use, declared
// in namespace std with the standard's names and signatures. It stands in for
// the real library so that one fuzz execution parses a few hundred lines
// instead of tens of thousands. Declaration-only except for the helpers that
// must be constexpr; nothing is linked.

#ifndef HTTP_TIDY_FUZZ_STD_H
#define HTTP_TIDY_FUZZ_STD_H

namespace std {

using size_t = decltype(sizeof(0));
using nullptr_t = decltype(nullptr);
using uint64_t = unsigned long;
using ssize_t = long;

template <class T> struct remove_reference {
  using type = T;
};
template <class T> struct remove_reference<T &> {
  using type = T;
};
template <class T> struct remove_reference<T &&> {
  using type = T;
};

template <class T>
constexpr typename remove_reference<T>::type &&move(T &&t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T>
constexpr T &&forward(typename remove_reference<T>::type &t) noexcept {
  return static_cast<T &&>(t);
}
template <class T>
constexpr T &&forward(typename remove_reference<T>::type &&t) noexcept {
  return static_cast<T &&>(t);
}

template <class T> class allocator {};
template <class CharT> struct char_traits {};

class string {
public:
  using size_type = size_t;
  static const size_type npos = static_cast<size_type>(-1);

  string();
  string(const char *s);
  string(const char *s, size_type n);
  string(size_type n, char c);
  string(const string &other);
  string(string &&other) noexcept;
  ~string();

  string &operator=(const string &other);
  string &operator=(string &&other) noexcept;
  string &operator=(const char *s);
  string &operator+=(const string &s);
  string &operator+=(const char *s);
  string &operator+=(char c);

  string &append(const string &s);
  string &append(const char *s);
  string &append(const char *s, size_type n);
  string &assign(const string &s);
  string &assign(const char *s);
  string &assign(const char *s, size_type n);
  string &insert(size_type pos, const char *s);
  string &erase(size_type pos = 0, size_type n = npos);
  void push_back(char c);
  void pop_back();
  void clear() noexcept;
  void resize(size_type n);
  void reserve(size_type n);

  bool empty() const noexcept;
  size_type size() const noexcept;
  size_type length() const noexcept;
  const char *c_str() const noexcept;
  const char *data() const noexcept;
  size_type find(const char *s, size_type pos = 0) const;
  string substr(size_type pos = 0, size_type n = npos) const;
  char &operator[](size_type pos);
  const char &operator[](size_type pos) const;
};

bool operator==(const string &a, const string &b) noexcept;
bool operator==(const string &a, const char *b);
bool operator!=(const string &a, const string &b) noexcept;
bool operator!=(const string &a, const char *b);
bool operator<(const string &a, const string &b) noexcept;
string operator+(const string &a, const string &b);
string operator+(const string &a, const char *b);
string operator+(const char *a, const string &b);
string to_string(int value);
string to_string(unsigned value);
string to_string(unsigned long value);

template <class Signature> class function;
template <class R, class... Args> class function<R(Args...)> {
public:
  function() noexcept;
  function(nullptr_t) noexcept;
  function(const function &other);
  template <class F> function(F f) {}
  ~function();
  function &operator=(const function &other);
  R operator()(Args... args) const;
  explicit operator bool() const noexcept;
};

template <class T1, class T2> struct pair {
  T1 first;
  T2 second;
};

template <class... Types> class tuple {
public:
  tuple(const Types &...args);
};
template <class... Types> tuple<Types...> make_tuple(Types &&...args);

struct piecewise_construct_t {
  explicit piecewise_construct_t() = default;
};
inline constexpr piecewise_construct_t piecewise_construct{};

// Both associative containers, reduced to what handlers call.
template <class Key, class T> class associative {
public:
  using size_type = size_t;
  using value_type = pair<const Key, T>;
  using iterator = value_type *;
  using const_iterator = const value_type *;
  iterator begin() noexcept;
  iterator end() noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
  iterator find(const Key &key);
  template <class... Args> void emplace(Args &&...args);
  size_type count(const Key &key) const;
  size_type erase(const Key &key);
  void clear() noexcept;
  bool empty() const noexcept;
  size_type size() const noexcept;
};
template <class Key, class T, class Compare = void,
          class Allocator = allocator<pair<const Key, T>>>
class map : public associative<Key, T> {
public:
  T &operator[](const Key &key);
};
template <class Key, class T, class Compare = void,
          class Allocator = allocator<pair<const Key, T>>>
class multimap : public associative<Key, T> {};

class mutex {
public:
  constexpr mutex() noexcept;
  void lock();
  void unlock();
};
template <class Mutex> class lock_guard {
public:
  explicit lock_guard(Mutex &m);
  ~lock_guard();
};

// <regex>'s match results, as far as reading a capture goes.
class smatch {
public:
  string operator[](size_t n) const;
  size_t size() const noexcept;
};

class exception {
public:
  exception() noexcept;
  virtual ~exception();
  virtual const char *what() const noexcept;
};
class runtime_error : public exception {
public:
  explicit runtime_error(const string &what);
  explicit runtime_error(const char *what);
};
class invalid_argument : public exception {
public:
  explicit invalid_argument(const string &what);
  explicit invalid_argument(const char *what);
};

} // namespace std

// As the C headers behind <cstddef> declare it.
using std::size_t;

#endif // HTTP_TIDY_FUZZ_STD_H
