// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/web/protocol/http/Http.hpp:
// the Headers and QueryParams typedefs, Status (a class holding a code and a
// description, with one `static const Status CODE_<code>` member per code,
// defined in Http.cpp upstream, not here), HttpError, OATPP_ASSERT_HTTP and
// Header (`static const char* const` names, also defined in Http.cpp).
#ifndef oatpp_web_protocol_http_Http_hpp
#define oatpp_web_protocol_http_Http_hpp

#include "oatpp/core/Types.hpp"
#include "oatpp/core/data/share/LazyStringMap.hpp"

#include <stdexcept>

namespace oatpp { namespace web { namespace protocol { namespace http {

typedef oatpp::data::share::LazyStringMultimap<oatpp::data::share::StringKeyLabelCI> Headers;

typedef oatpp::data::share::LazyStringMultimap<oatpp::data::share::StringKeyLabel> QueryParams;

class Status {
public:
  static const Status CODE_100;
  static const Status CODE_101;
  static const Status CODE_102;
  static const Status CODE_200;
  static const Status CODE_201;
  static const Status CODE_202;
  static const Status CODE_203;
  static const Status CODE_204;
  static const Status CODE_205;
  static const Status CODE_206;
  static const Status CODE_207;
  static const Status CODE_226;
  static const Status CODE_300;
  static const Status CODE_301;
  static const Status CODE_302;
  static const Status CODE_303;
  static const Status CODE_304;
  static const Status CODE_305;
  static const Status CODE_306;
  static const Status CODE_307;
  static const Status CODE_400;
  static const Status CODE_401;
  static const Status CODE_402;
  static const Status CODE_403;
  static const Status CODE_404;
  static const Status CODE_405;
  static const Status CODE_406;
  static const Status CODE_407;
  static const Status CODE_408;
  static const Status CODE_409;
  static const Status CODE_410;
  static const Status CODE_411;
  static const Status CODE_412;
  static const Status CODE_413;
  static const Status CODE_414;
  static const Status CODE_415;
  static const Status CODE_416;
  static const Status CODE_417;
  static const Status CODE_422;
  static const Status CODE_423;
  static const Status CODE_424;
  static const Status CODE_425;
  static const Status CODE_426;
  static const Status CODE_428;
  static const Status CODE_429;
  static const Status CODE_431;
  static const Status CODE_434;
  static const Status CODE_444;
  static const Status CODE_449;
  static const Status CODE_451;
  static const Status CODE_500;
  static const Status CODE_501;
  static const Status CODE_502;
  static const Status CODE_503;
  static const Status CODE_504;
  static const Status CODE_505;
  static const Status CODE_506;
  static const Status CODE_507;
  static const Status CODE_508;
  static const Status CODE_509;
  static const Status CODE_510;
  static const Status CODE_511;

  Status() : code(0), description(nullptr) {}

  Status(v_int32 pCode, const char *pDesc) : code(pCode), description(pDesc) {}

  v_int32 code;

  const char *description;

  bool operator==(const Status &other) const { return code == other.code; }

  bool operator!=(const Status &other) const { return code != other.code; }
};

// Upstream derives it from protocol::ProtocolError<Status>
// (oatpp/web/protocol/CommunicationError.hpp), a std::runtime_error.
class HttpError : public std::runtime_error {
public:
  HttpError(const Status &status, const oatpp::String &message);
  HttpError(const Status &status, const oatpp::String &message,
            const Headers &headers);
  const Headers &getHeaders() const;
};

#define OATPP_ASSERT_HTTP(COND, STATUS, MESSAGE) \
if(!(COND)) { throw oatpp::web::protocol::http::HttpError(STATUS, MESSAGE); }

class Header {
public:
  class Value {
  public:
    static const char *const CONNECTION_CLOSE;
    static const char *const CONNECTION_KEEP_ALIVE;
    static const char *const CONNECTION_UPGRADE;
    static const char *const SERVER;
    static const char *const USER_AGENT;
    static const char *const TRANSFER_ENCODING_CHUNKED;
    static const char *const CONTENT_TYPE_APPLICATION_JSON;
    static const char *const EXPECT_100_CONTINUE;
  };
public:
  static const char *const ACCEPT;
  static const char *const AUTHORIZATION;
  static const char *const WWW_AUTHENTICATE;
  static const char *const CONNECTION;
  static const char *const TRANSFER_ENCODING;
  static const char *const CONTENT_ENCODING;
  static const char *const CONTENT_LENGTH;
  static const char *const CONTENT_TYPE;
  static const char *const CONTENT_RANGE;
  static const char *const RANGE;
  static const char *const HOST;
  static const char *const USER_AGENT;
  static const char *const SERVER;
  static const char *const UPGRADE;
  static const char *const CORS_ORIGIN;
  static const char *const CORS_METHODS;
  static const char *const CORS_HEADERS;
  static const char *const CORS_MAX_AGE;
  static const char *const ACCEPT_ENCODING;
  static const char *const EXPECT;
};

}}}} // namespace oatpp::web::protocol::http

#endif
