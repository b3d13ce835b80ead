// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Stands for ConnectionProvider and
// ServerConnectionProvider of src/oatpp/network/ConnectionProvider.hpp
// (their methods are left out).
#ifndef oatpp_network_ConnectionProvider_hpp
#define oatpp_network_ConnectionProvider_hpp

namespace oatpp { namespace network {

class ConnectionProvider {
public:
  virtual ~ConnectionProvider() = default;
};

class ServerConnectionProvider : virtual public ConnectionProvider {};

}} // namespace oatpp::network

#endif
