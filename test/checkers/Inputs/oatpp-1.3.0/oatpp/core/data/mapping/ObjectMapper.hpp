// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the part of
// src/oatpp/core/data/mapping/ObjectMapper.hpp that handlers reach.
#ifndef oatpp_data_mapping_ObjectMapper_hpp
#define oatpp_data_mapping_ObjectMapper_hpp

#include "oatpp/core/Types.hpp"

namespace oatpp { namespace data { namespace mapping {

class ObjectMapper {
public:
  virtual ~ObjectMapper() = default;
  oatpp::String writeToString(const oatpp::data::mapping::type::Void &variant) const;
};

}}} // namespace oatpp::data::mapping

#endif
