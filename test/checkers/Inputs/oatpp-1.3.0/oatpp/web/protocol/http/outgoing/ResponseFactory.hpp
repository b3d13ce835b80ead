// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/web/protocol/http/outgoing/
// ResponseFactory.hpp: createResponse(status, text) with a BufferBody of the
// text, and createResponse(status, dto, objectMapper), both static.
#ifndef oatpp_web_protocol_http_outgoing_ResponseFactory_hpp
#define oatpp_web_protocol_http_outgoing_ResponseFactory_hpp

#include "oatpp/core/data/mapping/ObjectMapper.hpp"
#include "oatpp/web/protocol/http/outgoing/Response.hpp"

#include <memory>

namespace oatpp { namespace web { namespace protocol { namespace http { namespace outgoing {

class ResponseFactory {
public:
  static std::shared_ptr<Response> createResponse(const Status &status,
                                                  const oatpp::String &text);

  static std::shared_ptr<Response>
  createResponse(const Status &status, const oatpp::Void &dto,
                 const std::shared_ptr<data::mapping::ObjectMapper> &objectMapper);
};

}}}}} // namespace oatpp::web::protocol::http::outgoing

#endif
