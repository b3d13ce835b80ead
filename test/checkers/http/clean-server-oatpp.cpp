// RUN: %check_http_tidy %s 'http-*' %t -- -- -std=c++17 -isystem %inputs/oatpp-1.3.0
// A complete, correct oatpp 1.3.0 server (the declaration-only headers of
// test/checkers/Inputs/oatpp-1.3.0): no finding may be reported.
#include "oatpp/core/macro/codegen.hpp"
#include "oatpp/network/Server.hpp"
#include "oatpp/network/tcp/server/ConnectionProvider.hpp"
#include "oatpp/parser/json/mapping/ObjectMapper.hpp"
#include "oatpp/web/server/HttpConnectionHandler.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace {

std::mutex Mutex;
std::map<v_int32, std::string> Items;

std::string etagOf(const std::string &value) {
  return "\"" + std::to_string(value.size()) + "\"";
}

} // namespace

#include OATPP_CODEGEN_BEGIN(ApiController)

class ItemController : public oatpp::web::server::api::ApiController {
public:
  explicit ItemController(const std::shared_ptr<ObjectMapper> &objectMapper)
      : oatpp::web::server::api::ApiController(objectMapper) {}

  ENDPOINT("GET", "/items", listItems) {
    std::lock_guard<std::mutex> lock(Mutex);
    if (Items.empty())
      return createResponse(Status::CODE_204, "");
    std::string list;
    for (const auto &item : Items)
      list += std::to_string(item.first) + "=" + item.second + "\n";
    auto response = createResponse(Status::CODE_200, list);
    response->putHeader(Header::CONTENT_TYPE, "text/plain");
    return response;
  }

  ENDPOINT("GET", "/items/{id}", getItem, PATH(Int32, id),
           REQUEST(std::shared_ptr<IncomingRequest>, request)) {
    std::lock_guard<std::mutex> lock(Mutex);
    auto it = Items.find(*id);
    if (it == Items.end())
      return createResponse(Status::CODE_404, "no such item");
    const std::string etag = etagOf(it->second);
    auto ifNoneMatch = request->getHeader("If-None-Match");
    if (ifNoneMatch && *ifNoneMatch == etag) {
      auto notModified = createResponse(Status::CODE_304, nullptr);
      notModified->putHeader("ETag", etag);
      notModified->putHeader("Cache-Control", "max-age=60");
      return notModified;
    }
    auto response = createResponse(Status::CODE_200, it->second);
    response->putHeader("ETag", etag);
    response->putHeader("Cache-Control", "max-age=60");
    return response;
  }

  ENDPOINT("PUT", "/items/{id}", putItem, PATH(Int32, id),
           BODY_STRING(String, body)) {
    std::lock_guard<std::mutex> lock(Mutex);
    const bool existed = Items.count(*id) > 0;
    Items[*id] = *body;
    auto response =
        createResponse(existed ? Status::CODE_204 : Status::CODE_201, "");
    if (!existed)
      response->putHeader("Location", "/items/" + std::to_string(*id));
    return response;
  }

  ENDPOINT("DELETE", "/items/{id}", deleteItem, PATH(Int32, id),
           HEADER(String, authorization, "Authorization")) {
    if (authorization != "Bearer secret") {
      auto response = createResponse(Status::CODE_401, "login first");
      response->putHeader(Header::WWW_AUTHENTICATE, "Bearer");
      return response;
    }
    std::lock_guard<std::mutex> lock(Mutex);
    if (Items.erase(*id) == 0)
      return createResponse(Status::CODE_404, "no such item");
    auto response = createResponse(Status::CODE_204, "");
    response->putHeader("Cache-Control", "no-store");
    return response;
  }

  // The form was accepted: the client is to clear it. oatpp sends
  // "Content-Length: 0" for an empty body by itself.
  ENDPOINT("POST", "/forms", resetForm) {
    return ResponseFactory::createResponse(Status::CODE_205, "");
  }
};

#include OATPP_CODEGEN_END(ApiController)

int main() {
  oatpp::base::Environment::init();
  {
    auto router = oatpp::web::server::HttpRouter::createShared();
    router->addController(std::make_shared<ItemController>(
        oatpp::parser::json::mapping::ObjectMapper::createShared()));
    auto connectionHandler =
        oatpp::web::server::HttpConnectionHandler::createShared(router);
    auto connectionProvider =
        oatpp::network::tcp::server::ConnectionProvider::createShared(
            {"localhost", 8000, oatpp::network::Address::IP_4});
    oatpp::network::Server server(connectionProvider, connectionHandler);
    server.run();
  }
  oatpp::base::Environment::destroy();
}
