// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Stands for src/oatpp/codegen/
// ApiController_define.hpp and api_controller/base_define.hpp.
//
// SIMPLIFIED: upstream's ENDPOINT(METHOD, PATH, NAME, params...) expands to
// the endpoint's registration (member variables, a handler getter and an info
// builder), a proxy member function
//   std::shared_ptr<Response> Z__PROXY_METHOD_NAME(const std::shared_ptr<Request> &)
// that reads the parameters from the request and returns NAME(...), and,
// last, the head of the member function whose body the user writes:
//   std::shared_ptr<oatpp::web::protocol::http::outgoing::Response>
//   NAME(const TYPE1 &name1, const TYPE2 &name2, ...)
// Here ENDPOINT expands to the proxy's declaration (no body) and that same
// head, for up to five parameters; the registration is left out. The
// parameter macros (REQUEST, HEADER, PATH, QUERIES, QUERY, BODY_STRING,
// BODY_DTO) give `const TYPE &name` as upstream does; a qualifier or a
// default after the name is accepted and not used.
#include "oatpp/core/macro/codegen.hpp"

#define OATPP_MACRO_API_CONTROLLER_PARAM(MACRO, INFO, TYPE, PARAM_LIST) (MACRO, INFO, TYPE, PARAM_LIST)
#define OATPP_MACRO_API_CONTROLLER_PARAM_TYPE(MACRO, INFO, TYPE, PARAM_LIST) const TYPE&
#define OATPP_MACRO_API_CONTROLLER_PARAM_NAME(MACRO, INFO, TYPE, PARAM_LIST) OATPP_MACRO_FIRSTARG PARAM_LIST
#define OATPP_MACRO_FIRSTARG(X, ...) X
#define OATPP_MACRO_API_CONTROLLER_PARAM_DECL(X) \
OATPP_MACRO_API_CONTROLLER_PARAM_TYPE X OATPP_MACRO_API_CONTROLLER_PARAM_NAME X

#define REQUEST(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(REQUEST_PARAM, REQUEST_INFO, TYPE, (__VA_ARGS__))
#define HEADER(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(HEADER_PARAM, HEADER_INFO, TYPE, (__VA_ARGS__))
#define PATH(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(PATH_PARAM, PATH_INFO, TYPE, (__VA_ARGS__))
#define QUERIES(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(QUERIES_PARAM, QUERIES_INFO, TYPE, (__VA_ARGS__))
#define QUERY(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(QUERY_PARAM, QUERY_INFO, TYPE, (__VA_ARGS__))
#define BODY_STRING(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(BODY_STRING_PARAM, BODY_STRING_INFO, TYPE, (__VA_ARGS__))
#define BODY_DTO(TYPE, ...) \
OATPP_MACRO_API_CONTROLLER_PARAM(BODY_DTO_PARAM, BODY_DTO_INFO, TYPE, (__VA_ARGS__))

#define OATPP_MACRO_API_CONTROLLER_CAT(A, B) OATPP_MACRO_API_CONTROLLER_CAT_I(A, B)
#define OATPP_MACRO_API_CONTROLLER_CAT_I(A, B) A ## B
#define OATPP_MACRO_API_CONTROLLER_COUNT(...) \
OATPP_MACRO_API_CONTROLLER_COUNT_I(__VA_ARGS__, 5, 4, 3, 2, 1, 0, _)
#define OATPP_MACRO_API_CONTROLLER_COUNT_I(_0, _1, _2, _3, _4, _5, N, ...) N

#define OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
Z__PROXY_METHOD_##NAME(const std::shared_ptr<oatpp::web::protocol::http::incoming::Request>& __request);

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_0(NAME) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME()
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_1(NAME, P1) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P1))
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_2(NAME, P1, P2) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P1), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P2))
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_3(NAME, P1, P2, P3) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P1), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P2), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P3))
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_4(NAME, P1, P2, P3, P4) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P1), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P2), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P3), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P4))
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_5(NAME, P1, P2, P3, P4, P5) \
OATPP_MACRO_API_CONTROLLER_PROXY(NAME) \
std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P1), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P2), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P3), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P4), \
  OATPP_MACRO_API_CONTROLLER_PARAM_DECL(P5))

#define ENDPOINT(METHOD, PATH, ...) \
OATPP_MACRO_API_CONTROLLER_CAT(OATPP_MACRO_API_CONTROLLER_ENDPOINT_, \
  OATPP_MACRO_API_CONTROLLER_COUNT(__VA_ARGS__))(__VA_ARGS__)
