// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/core/Types.hpp and the
// parts of src/oatpp/core/data/mapping/type/Type.hpp and Primitive.hpp that
// handlers use (which upstream Types.hpp reaches through its includes):
// ObjectWrapper, Void, String (an ObjectWrapper over
// std::shared_ptr<std::string>: a string literal converts to it through a
// constructor template taking `const T*` with T = char, nullptr through one
// taking std::nullptr_t, and both are implicit), Primitive and the Int32 and
// other typedefs, and their oatpp:: aliases. The few inline bodies are only
// there for the types to work.
#ifndef oatpp_Types_hpp
#define oatpp_Types_hpp

#include "oatpp/core/base/Environment.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>

namespace oatpp { namespace data { namespace mapping { namespace type {

class Type;

namespace __class {
  class Void;
  class String;
  class Int8;
  class UInt8;
  class Int16;
  class UInt16;
  class Int32;
  class UInt32;
  class Int64;
  class UInt64;
  class Float32;
  class Float64;
  class Boolean;
} // namespace __class

class Void;

template <class T, class Clazz = __class::Void>
class ObjectWrapper {
  friend Void;
  template <class Q, class W> friend class ObjectWrapper;
protected:
  std::shared_ptr<T> m_ptr;
  const Type *m_valueType = nullptr;
public:
  typedef T ObjectType;
  typedef Clazz Class;

  ObjectWrapper(const std::shared_ptr<T> &ptr) : m_ptr(ptr) {}
  ObjectWrapper(const std::shared_ptr<T> &ptr, const Type *const type)
      : m_ptr(ptr), m_valueType(type) {}
  ObjectWrapper() {}
  ObjectWrapper(std::nullptr_t) {}
  ObjectWrapper(const Type *const type) : m_valueType(type) {}
  ObjectWrapper(const ObjectWrapper &other) = default;
  ObjectWrapper(ObjectWrapper &&other) = default;
  template <class Q, class W>
  ObjectWrapper(const ObjectWrapper<Q, W> &other)
      : m_ptr(other.m_ptr), m_valueType(other.m_valueType) {}

  ObjectWrapper &operator=(const ObjectWrapper &other) = default;
  ObjectWrapper &operator=(ObjectWrapper &&other) = default;

  T *operator->() const { return m_ptr.operator->(); }
  T *get() const { return m_ptr.get(); }
  std::shared_ptr<T> getPtr() const { return m_ptr; }
  bool operator==(std::nullptr_t) const { return m_ptr.get() == nullptr; }
  bool operator!=(std::nullptr_t) const { return m_ptr.get() != nullptr; }
  explicit operator bool() const { return m_ptr.operator bool(); }
  const Type *getValueType() const { return m_valueType; }
};

class Void : public ObjectWrapper<void, __class::Void> {
public:
  Void() {}
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::nullptr_t>::value, void>::type>
  Void(T) {}
  Void(const std::shared_ptr<void> &ptr);
  Void(const Void &other);
  Void(Void &&other);
  template <class Q, class W>
  Void(const ObjectWrapper<Q, W> &other);
  Void &operator=(const Void &other);
};

class String : public ObjectWrapper<std::string, __class::String> {
public:
  String() {}
  explicit String(v_buff_size size);
  String(const char *data, v_buff_size size);

  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::nullptr_t>::value, void>::type>
  String(T) {}

  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, char>::value, void>::type>
  String(const T *data)
      : ObjectWrapper<std::string, __class::String>(
            data == nullptr ? nullptr : std::make_shared<std::string>(data)) {}

  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::string>::value, void>::type>
  String(const T &str)
      : ObjectWrapper<std::string, __class::String>(
            std::make_shared<std::string>(str)) {}

  String(const std::shared_ptr<std::string> &ptr)
      : ObjectWrapper<std::string, __class::String>(ptr) {}
  String(const String &other) = default;
  String(String &&other) = default;

  String &operator=(const String &other) = default;
  String &operator=(String &&other) = default;

  const std::string &operator*() const;
  operator std::string() const;
  std::string getValue(const std::string &defaultValue) const;

  bool operator==(const String &other) const;
  bool operator!=(const String &other) const;
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::nullptr_t>::value, void>::type>
  bool operator==(T) const { return m_ptr.get() == nullptr; }
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::nullptr_t>::value, void>::type>
  bool operator!=(T) const { return m_ptr.get() != nullptr; }
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, char>::value, void>::type>
  bool operator==(const T *str) const;
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, char>::value, void>::type>
  bool operator!=(const T *str) const;
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::string>::value, void>::type>
  bool operator==(const T &str) const;
  template <typename T, typename enabled = typename std::enable_if<
                            std::is_same<T, std::string>::value, void>::type>
  bool operator!=(const T &str) const;
};

String operator+(const char *a, const String &b);
String operator+(const String &a, const char *b);
String operator+(const String &a, const String &b);

template <typename TValueType, class Clazz>
class Primitive : public ObjectWrapper<TValueType, Clazz> {
public:
  typedef TValueType UnderlyingType;

  Primitive() {}
  Primitive(std::nullptr_t) {}
  Primitive(TValueType value)
      : ObjectWrapper<TValueType, Clazz>(std::make_shared<TValueType>(value)) {}
  Primitive(const Primitive &other) = default;
  Primitive &operator=(const Primitive &other) = default;

  TValueType operator*() const { return *this->m_ptr; }
  operator TValueType() const { return *this->m_ptr; }
};

typedef Primitive<v_int8, __class::Int8> Int8;
typedef Primitive<v_uint8, __class::UInt8> UInt8;
typedef Primitive<v_int16, __class::Int16> Int16;
typedef Primitive<v_uint16, __class::UInt16> UInt16;
typedef Primitive<v_int32, __class::Int32> Int32;
typedef Primitive<v_uint32, __class::UInt32> UInt32;
typedef Primitive<v_int64, __class::Int64> Int64;
typedef Primitive<v_uint64, __class::UInt64> UInt64;
typedef Primitive<v_float32, __class::Float32> Float32;
typedef Primitive<v_float64, __class::Float64> Float64;
typedef Primitive<bool, __class::Boolean> Boolean;

}}}} // namespace oatpp::data::mapping::type

namespace oatpp {

typedef oatpp::data::mapping::type::Type Type;
typedef oatpp::data::mapping::type::Void Void;
typedef oatpp::data::mapping::type::String String;
typedef oatpp::data::mapping::type::Int8 Int8;
typedef oatpp::data::mapping::type::UInt8 UInt8;
typedef oatpp::data::mapping::type::Int16 Int16;
typedef oatpp::data::mapping::type::UInt16 UInt16;
typedef oatpp::data::mapping::type::Int32 Int32;
typedef oatpp::data::mapping::type::UInt32 UInt32;
typedef oatpp::data::mapping::type::Int64 Int64;
typedef oatpp::data::mapping::type::UInt64 UInt64;
typedef oatpp::data::mapping::type::Float32 Float32;
typedef oatpp::data::mapping::type::Float64 Float64;
typedef oatpp::data::mapping::type::Boolean Boolean;

} // namespace oatpp

#endif
