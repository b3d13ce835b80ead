// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the public interface of
// src/oatpp/web/protocol/http/outgoing/Response.hpp that handlers use: the
// constructor and createShared (status and body; 1.3.0 has no setStatus),
// getStatus, getHeaders, getBody, the header setters (putHeader,
// putHeaderIfNotExists, putOrReplaceHeader and their _Unsafe forms) and
// getHeader. Left out: the bundle data, connection upgrade and send methods,
// and the private members.
#ifndef oatpp_web_protocol_http_outgoing_Response_hpp
#define oatpp_web_protocol_http_outgoing_Response_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/web/protocol/http/Http.hpp"
#include "oatpp/web/protocol/http/outgoing/Body.hpp"

#include <memory>

namespace oatpp { namespace web { namespace protocol { namespace http { namespace outgoing {

class Response : public oatpp::base::Countable {
public:
  typedef http::Headers Headers;

  Response(const Status &status, const std::shared_ptr<Body> &body);

  static std::shared_ptr<Response> createShared(const Status &status,
                                                const std::shared_ptr<Body> &body);

  const Status &getStatus() const;

  Headers &getHeaders();

  std::shared_ptr<Body> getBody() const;

  void putHeader(const oatpp::String &key, const oatpp::String &value);

  bool putHeaderIfNotExists(const oatpp::String &key, const oatpp::String &value);

  bool putOrReplaceHeader(const oatpp::String &key, const oatpp::String &value);

  bool putOrReplaceHeader_Unsafe(const oatpp::data::share::StringKeyLabelCI &key,
                                 const oatpp::data::share::StringKeyLabel &value);

  void putHeader_Unsafe(const oatpp::data::share::StringKeyLabelCI &key,
                        const oatpp::data::share::StringKeyLabel &value);

  bool putHeaderIfNotExists_Unsafe(const oatpp::data::share::StringKeyLabelCI &key,
                                   const oatpp::data::share::StringKeyLabel &value);

  oatpp::String getHeader(const oatpp::data::share::StringKeyLabelCI &headerName) const;
};

}}}}} // namespace oatpp::web::protocol::http::outgoing

#endif
