// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/web/protocol/http/outgoing/
// BufferBody.hpp: a body holding an oatpp::String (a null String is sent as
// an empty body).
#ifndef oatpp_web_protocol_http_outgoing_BufferBody_hpp
#define oatpp_web_protocol_http_outgoing_BufferBody_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/web/protocol/http/outgoing/Body.hpp"

#include <memory>

namespace oatpp { namespace web { namespace protocol { namespace http { namespace outgoing {

class BufferBody : public oatpp::base::Countable, public Body {
public:
  BufferBody(const oatpp::String &buffer,
             const data::share::StringKeyLabel &contentType);

  static std::shared_ptr<BufferBody>
  createShared(const oatpp::String &buffer,
               const data::share::StringKeyLabel &contentType =
                   data::share::StringKeyLabel());

  void declareHeaders(Headers &headers) override;
  p_char8 getKnownData() override;
  v_int64 getKnownSize() override;
};

}}}}} // namespace oatpp::web::protocol::http::outgoing

#endif
