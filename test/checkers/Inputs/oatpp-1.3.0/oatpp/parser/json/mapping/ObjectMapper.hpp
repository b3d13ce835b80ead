// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors createShared() of
// src/oatpp/parser/json/mapping/ObjectMapper.hpp. Upstream's overload takes
// a serializer and a deserializer, defaulted to new ones; here they are
// incomplete and default to nullptr, so that a call without arguments
// compiles as it does upstream.
#ifndef oatpp_parser_json_mapping_ObjectMapper_hpp
#define oatpp_parser_json_mapping_ObjectMapper_hpp

#include "oatpp/core/base/Countable.hpp"
#include "oatpp/core/data/mapping/ObjectMapper.hpp"

#include <memory>

namespace oatpp { namespace parser { namespace json { namespace mapping {

class Serializer;
class Deserializer;

class ObjectMapper : public oatpp::base::Countable,
                     public oatpp::data::mapping::ObjectMapper {
public:
  static std::shared_ptr<ObjectMapper>
  createShared(const std::shared_ptr<Serializer> &serializer = nullptr,
               const std::shared_ptr<Deserializer> &deserializer = nullptr);
};

}}}} // namespace oatpp::parser::json::mapping

#endif
