// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the constructor and run() of
// src/oatpp/network/Server.hpp.
#ifndef oatpp_network_Server_hpp
#define oatpp_network_Server_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/network/ConnectionHandler.hpp"
#include "oatpp/network/ConnectionProvider.hpp"

#include <functional>
#include <memory>

namespace oatpp { namespace network {

class Server : public base::Countable {
public:
  Server(const std::shared_ptr<ConnectionProvider> &connectionProvider,
         const std::shared_ptr<ConnectionHandler> &connectionHandler);
  virtual ~Server();

  void run(std::function<bool()> conditional = nullptr);
  void run(bool startAsNewThread);
  void stop();
};

}} // namespace oatpp::network

#endif
