// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors createShared of
// src/oatpp/network/tcp/server/ConnectionProvider.hpp.
#ifndef oatpp_network_tcp_server_ConnectionProvider_hpp
#define oatpp_network_tcp_server_ConnectionProvider_hpp

#include "oatpp/network/Address.hpp"
#include "oatpp/network/ConnectionProvider.hpp"

#include <memory>

namespace oatpp { namespace network { namespace tcp { namespace server {

class ConnectionProvider : public ServerConnectionProvider {
public:
  static std::shared_ptr<ConnectionProvider>
  createShared(const network::Address &address, bool useExtendedConnections = false);
};

}}}} // namespace oatpp::network::tcp::server

#endif
