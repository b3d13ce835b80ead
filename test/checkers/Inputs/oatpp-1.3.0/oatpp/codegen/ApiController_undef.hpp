// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Stands for src/oatpp/codegen/
// ApiController_undef.hpp: undefines what ApiController_define.hpp defines.
#undef REQUEST
#undef HEADER
#undef PATH
#undef QUERIES
#undef QUERY
#undef BODY_STRING
#undef BODY_DTO
#undef ENDPOINT
