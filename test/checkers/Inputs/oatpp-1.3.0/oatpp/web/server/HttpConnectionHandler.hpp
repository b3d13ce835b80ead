// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors createShared of
// src/oatpp/web/server/HttpConnectionHandler.hpp.
#ifndef oatpp_web_server_HttpConnectionHandler_hpp
#define oatpp_web_server_HttpConnectionHandler_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/network/ConnectionHandler.hpp"
#include "oatpp/web/server/HttpRouter.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server {

class HttpConnectionHandler : public base::Countable,
                              public network::ConnectionHandler {
public:
  static std::shared_ptr<HttpConnectionHandler>
  createShared(const std::shared_ptr<HttpRouter> &router);
};

}}} // namespace oatpp::web::server

#endif
