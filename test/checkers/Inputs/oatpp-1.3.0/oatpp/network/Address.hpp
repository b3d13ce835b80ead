// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors src/oatpp/network/Address.hpp.
#ifndef oatpp_network_Address_hpp
#define oatpp_network_Address_hpp

#include "oatpp/core/Types.hpp"

namespace oatpp { namespace network {

class Address {
public:
  enum Family : v_int32 { IP_4 = 0, IP_6 = 1, UNSPEC = 2 };

  Address(const oatpp::String &pHost, v_uint16 pPort, Family pFamily = UNSPEC);

  oatpp::String host;
  v_uint16 port;
  Family family;
};

}} // namespace oatpp::network

#endif
