// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Stands for the ConnectionHandler interface
// of src/oatpp/network/ConnectionHandler.hpp (its methods are left out).
#ifndef oatpp_network_ConnectionHandler_hpp
#define oatpp_network_ConnectionHandler_hpp

namespace oatpp { namespace network {

class ConnectionHandler {
public:
  virtual ~ConnectionHandler() = default;
};

}} // namespace oatpp::network

#endif
