//===--- Shards.h - split the work between CI machines ----------*- C++ -*-===//
//
// --shard=K/N: a CI matrix of N jobs, each analysing one part of the work.
// The split must come out the same on every machine, so that the N parts
// together are exactly the unsharded run, with nothing twice.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_SHARDS_H
#define HTTP_TIDY_TOOL_SHARDS_H

#include "Worker.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace http_tidy {

/// Shard Index (1-based) of Count.
struct Shard {
  unsigned Index = 1;
  unsigned Count = 1;
};

/// "K/N" with 1 <= K <= N; nothing for anything else.
std::optional<Shard> parseShard(llvm::StringRef Text);

/// The items of \p Items that fall to \p Selected, in their order. Items are
/// dealt by the size of their source file, largest first (then by path),
/// each to the shard with the fewest bytes so far (then the fewest files,
/// then the lowest number), so that the shards take about as long.
std::vector<WorkItem> selectShard(const std::vector<WorkItem> &Items,
                                  Shard Selected);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_SHARDS_H
