//===--- CacheEntryFuzzer.cpp - http-tidy ---------------------------------===//
//
// Fuzz target for a result cache entry (tool/ResultCache): the input is an
// entry's file as found in the cache directory. It goes through the real
// entry parser and validator (parseCacheEntry) twice: as it is, under the key
// its first line names, which tries the header check; and with its payload
// under a first line that checks out, which the fuzzer could not forge, so
// that the JSON and the result's validation are reached. What is accepted
// must read back the same after it is written again. Built with
// HTTP_TIDY_FUZZ=ON and run by scripts/fuzz-inputs.sh; in the ordinary build
// it is a replay tool (ReplayMain.cpp).
//
//===----------------------------------------------------------------------===//

#include "ResultCache.h"
#include "llvm/Support/JSON.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace http_tidy;

namespace {

/// The work item a payload says it is for, so that a result for the wrong
/// file is not the only thing the fuzzer ever sees.
WorkItem itemOf(llvm::StringRef Payload) {
  WorkItem Item;
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Payload);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return Item;
  }
  if (const llvm::json::Object *Fields = Parsed->getAsObject()) {
    Item.Source = Fields->getString("source").value_or("").str();
    Item.Header = Fields->getString("header").value_or("").str();
  }
  return Item;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto [Header, Payload] = Text.split('\n');
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Header.split(Parts, ' ');
  const std::string Key = Parts.size() > 2 ? Parts[2].str() : "key";
  const WorkItem Item = itemOf(Payload);

  parseCacheEntry(Text, Key, Item);
  std::optional<UnitResult> Result =
      parseCacheEntry(formatCacheEntry(Key, Payload), Key, Item);
  if (!Result)
    return 0;
  std::optional<UnitResult> Again =
      parseCacheEntry(formatCacheEntry(Key, *Result), Key, Item);
  if (!Again || toJSON(*Again) != toJSON(*Result)) {
    std::fprintf(stderr, "an accepted entry does not read back the same\n");
    std::abort();
  }
  return 0;
}
