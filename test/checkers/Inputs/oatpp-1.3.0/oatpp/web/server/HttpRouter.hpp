// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors createShared and addController of
// src/oatpp/web/server/HttpRouter.hpp (upstream HttpRouter derives from
// HttpRouterTemplate<std::shared_ptr<HttpRequestHandler>>).
#ifndef oatpp_web_server_HttpRouter_hpp
#define oatpp_web_server_HttpRouter_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server {

class HttpRouter : public oatpp::base::Countable {
public:
  static std::shared_ptr<HttpRouter> createShared();

  std::shared_ptr<server::api::ApiController>
  addController(const std::shared_ptr<server::api::ApiController> &controller);
};

}}} // namespace oatpp::web::server

#endif
