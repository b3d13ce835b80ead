// Declaration-only stand-in for drogon/DrObject.h of Drogon v1.9.13
// (drogonframework/drogon, lib/inc/drogon/DrObject.h), written for
// http-tidy's lint tests: the reflection bases of controllers. Nothing here
// is upstream code, and tests only parse it (-fsyntax-only).

#pragma once

#include <string>

namespace drogon {

class DrObjectBase {
public:
  virtual const std::string &className() const;
  virtual bool isClass(const std::string &class_name) const;
  virtual ~DrObjectBase();
};

template <typename T> class DrObject : public virtual DrObjectBase {
public:
  const std::string &className() const override;
  static const std::string &classTypeName();
  bool isClass(const std::string &class_name) const override;

protected:
  DrObject() = default;
  ~DrObject() override = default;
};

} // namespace drogon
