// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the accessors of
// src/oatpp/web/protocol/http/incoming/Request.hpp that handlers use.
#ifndef oatpp_web_protocol_http_incoming_Request_hpp
#define oatpp_web_protocol_http_incoming_Request_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace protocol { namespace http { namespace incoming {

class Request : public oatpp::base::Countable {
public:
  const http::QueryParams &getQueryParameters() const;
  oatpp::String getQueryParameter(const oatpp::data::share::StringKeyLabel &name) const;
  oatpp::String getQueryParameter(const oatpp::data::share::StringKeyLabel &name,
                                  const oatpp::String &defaultValue) const;
  const http::Headers &getHeaders() const;
  oatpp::String getHeader(const oatpp::data::share::StringKeyLabelCI &headerName) const;
  oatpp::String getPathVariable(const oatpp::data::share::StringKeyLabel &name) const;
  oatpp::String getPathTail() const;
  oatpp::String readBodyToString() const;
};

}}}}} // namespace oatpp::web::protocol::http::incoming

#endif
