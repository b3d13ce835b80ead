// Declaration-only stand-in for oatpp 1.3.0 (tag 1.3.0 of oatpp/oatpp),
// written for http-tidy's tests. Mirrors the public interface of
// src/oatpp/core/data/share/LazyStringMap.hpp: LazyStringMapTemplate and its
// LazyStringMap / LazyStringMultimap aliases (oatpp's header maps). 1.3.0 has
// no erase. The private map is left out, so that no hash of the key type is
// needed.
#ifndef oatpp_data_share_LazyStringMap_hpp
#define oatpp_data_share_LazyStringMap_hpp

#include "oatpp/core/data/share/MemoryLabel.hpp"

#include <unordered_map>

namespace oatpp { namespace data { namespace share {

template <typename Key, typename MapType>
class LazyStringMapTemplate {
public:
  typedef oatpp::data::mapping::type::String String;

  LazyStringMapTemplate();

  void put(const Key &key, const StringKeyLabel &value);
  void put_LockFree(const Key &key, const StringKeyLabel &value);
  bool putIfNotExists(const Key &key, const StringKeyLabel &value);
  bool putIfNotExists_LockFree(const Key &key, const StringKeyLabel &value);
  bool putOrReplace(const Key &key, const StringKeyLabel &value);
  bool putOrReplace_LockFree(const Key &key, const StringKeyLabel &value);

  String get(const Key &key) const;
  const MapType &getAll() const;
  const MapType &getAll_Unsafe() const;
  v_int32 getSize() const;
};

template <typename Key, typename Value = StringKeyLabel>
using LazyStringMap = LazyStringMapTemplate<Key, std::unordered_map<Key, Value>>;

template <typename Key, typename Value = StringKeyLabel>
using LazyStringMultimap =
    LazyStringMapTemplate<Key, std::unordered_multimap<Key, Value>>;

}}} // namespace oatpp::data::share

#endif
