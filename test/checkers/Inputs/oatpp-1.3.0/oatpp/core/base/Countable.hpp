// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/core/base/Countable.hpp.
#ifndef oatpp_base_Countable_hpp
#define oatpp_base_Countable_hpp

namespace oatpp { namespace base {

class Countable {
public:
  Countable();
  virtual ~Countable();
};

}} // namespace oatpp::base

#endif
