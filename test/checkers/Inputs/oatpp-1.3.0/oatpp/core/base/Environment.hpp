// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/core/base/Environment.hpp:
// the fixed-width typedefs at global scope and Environment::init/destroy.
#ifndef oatpp_base_Environment_hpp
#define oatpp_base_Environment_hpp

#include <cstdint>
#include <memory>

typedef int8_t v_int8;
typedef uint8_t v_uint8;
typedef int16_t v_int16;
typedef uint16_t v_uint16;
typedef int32_t v_int32;
typedef uint32_t v_uint32;
typedef int64_t v_int64;
typedef uint64_t v_uint64;
typedef double v_float64;
typedef float v_float32;
typedef unsigned char v_char8;
typedef v_char8 *p_char8;
typedef intptr_t v_buff_size;

namespace oatpp { namespace base {

class Environment {
public:
  static void init();
  static void destroy();
};

}} // namespace oatpp::base

#endif
