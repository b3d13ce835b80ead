// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the accessors of
// src/oatpp/web/protocol/http/incoming/Response.hpp, the response a client
// (oatpp::web::client::ApiClient, RequestExecutor) receives: the status code
// as a number (getStatusCode), its description, the headers and the body.
// Left out: the constructor and createShared (they take the connection's
// streams and body decoder), the bundle data, and the transfer, DTO and
// asynchronous readers.
#ifndef oatpp_web_protocol_http_incoming_Response_hpp
#define oatpp_web_protocol_http_incoming_Response_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace protocol { namespace http { namespace incoming {

class Response : public oatpp::base::Countable {
public:
  v_int32 getStatusCode() const;
  oatpp::String getStatusDescription() const;
  const http::Headers &getHeaders() const;
  void putHeader(const oatpp::String &key, const oatpp::String &value);
  oatpp::String getHeader(const oatpp::data::share::StringKeyLabelCI &headerName) const;
  oatpp::String readBodyToString() const;
};

}}}}} // namespace oatpp::web::protocol::http::incoming

#endif
