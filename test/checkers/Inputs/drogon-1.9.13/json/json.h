// Declaration-only stand-in for the part of jsoncpp's json/json.h that
// Drogon v1.9.13 handlers use (Json::Value, jsoncpp 1.9 API), written for
// http-tidy's lint tests: Drogon's headers include <json/json.h> and its JSON
// responses take a Json::Value. Only the constructors, member access and
// append are declared. Nothing here is jsoncpp code, and tests only parse it
// (-fsyntax-only).

#pragma once

#include <cstdint>
#include <string>

namespace Json {

using Int = int;
using UInt = unsigned int;
using Int64 = std::int64_t;
using UInt64 = std::uint64_t;
using ArrayIndex = unsigned int;
using String = std::string;

enum ValueType {
  nullValue = 0,
  intValue,
  uintValue,
  realValue,
  stringValue,
  booleanValue,
  arrayValue,
  objectValue
};

class Value {
public:
  Value(ValueType type = nullValue);
  Value(Int value);
  Value(UInt value);
  Value(Int64 value);
  Value(UInt64 value);
  Value(double value);
  Value(const char *value);
  Value(const String &value);
  Value(bool value);
  Value(const Value &other);
  Value(Value &&other);
  ~Value();

  Value &operator=(const Value &other);
  Value &operator=(Value &&other);

  Value &operator[](const char *key);
  Value &operator[](const String &key);
  Value &operator[](ArrayIndex index);
  Value &operator[](int index);

  Value &append(const Value &value);
  Value &append(Value &&value);

  bool isNull() const;
  String asString() const;
};

} // namespace Json
