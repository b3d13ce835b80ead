// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/web/protocol/http/outgoing/
// Body.hpp (upstream Body also derives from data::stream::ReadCallback).
#ifndef oatpp_web_protocol_http_outgoing_Body_hpp
#define oatpp_web_protocol_http_outgoing_Body_hpp

#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace protocol { namespace http { namespace outgoing {

class Body {
protected:
  typedef http::Headers Headers;
public:
  virtual ~Body() = default;
  virtual void declareHeaders(Headers &headers) = 0;
  virtual p_char8 getKnownData() = 0;
  virtual v_int64 getKnownSize() = 0;
};

}}}}} // namespace oatpp::web::protocol::http::outgoing

#endif
