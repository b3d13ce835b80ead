// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/core/macro/codegen.hpp:
// `#include OATPP_CODEGEN_BEGIN(ApiController)` includes the file that
// defines ENDPOINT and its parameter macros, `#include
// OATPP_CODEGEN_END(ApiController)` the one that undefines them.
#ifndef oatpp_macro_codegen_hpp
#define oatpp_macro_codegen_hpp

#define OATPP_MACRO_EXPAND(X) X

#define OATPP_CODEGEN_DEFINE_ApiController "oatpp/codegen/ApiController_define.hpp"
#define OATPP_CODEGEN_UNDEF_ApiController "oatpp/codegen/ApiController_undef.hpp"

#define OATPP_CODEGEN_BEGIN(NAME) OATPP_MACRO_EXPAND(OATPP_CODEGEN_DEFINE_ ## NAME)
#define OATPP_CODEGEN_END(NAME) OATPP_MACRO_EXPAND(OATPP_CODEGEN_UNDEF_ ## NAME)

#endif
