// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the public constructors of
// src/oatpp/core/data/share/MemoryLabel.hpp (MemoryLabel, StringKeyLabel,
// StringKeyLabelCI), the key and value types of oatpp's header maps.
#ifndef oatpp_data_share_MemoryLabel_hpp
#define oatpp_data_share_MemoryLabel_hpp

#include "oatpp/core/Types.hpp"

#include <cstddef>
#include <memory>
#include <string>

namespace oatpp { namespace data { namespace share {

class MemoryLabel {
public:
  typedef oatpp::data::mapping::type::String String;

  MemoryLabel();
  MemoryLabel(std::nullptr_t);
  MemoryLabel(const std::shared_ptr<std::string> &ptr);
  MemoryLabel(const std::shared_ptr<std::string> &memoryHandle,
              const void *data, v_buff_size size);

  const void *getData() const;
  v_buff_size getSize() const;
  String toString() const;
  std::string std_str() const;
};

class StringKeyLabel : public MemoryLabel {
public:
  StringKeyLabel();
  StringKeyLabel(std::nullptr_t);
  StringKeyLabel(const std::shared_ptr<std::string> &ptr);
  StringKeyLabel(const std::shared_ptr<std::string> &memoryHandle,
                 const char *data, v_buff_size size);
  StringKeyLabel(const char *constText);
  StringKeyLabel(const String &str);
};

class StringKeyLabelCI : public MemoryLabel {
public:
  StringKeyLabelCI();
  StringKeyLabelCI(std::nullptr_t);
  StringKeyLabelCI(const std::shared_ptr<std::string> &ptr);
  StringKeyLabelCI(const std::shared_ptr<std::string> &memoryHandle,
                   const char *data, v_buff_size size);
  StringKeyLabelCI(const char *constText);
  StringKeyLabelCI(const String &str);
};

}}} // namespace oatpp::data::share

#endif
