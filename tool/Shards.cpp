//===--- Shards.cpp - split the work between CI machines ------------------===//

#include "Shards.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include <numeric>
#include <tuple>

namespace http_tidy {

std::optional<Shard> parseShard(llvm::StringRef Text) {
  auto [K, N] = Text.split('/');
  Shard Result;
  // getAsInteger accepts a radix prefix ("0x2"); a shard number is decimal.
  if (K.empty() || N.empty() || !llvm::all_of(K, llvm::isDigit) ||
      !llvm::all_of(N, llvm::isDigit) || K.getAsInteger(10, Result.Index) ||
      N.getAsInteger(10, Result.Count))
    return std::nullopt;
  if (Result.Index < 1 || Result.Index > Result.Count)
    return std::nullopt;
  return Result;
}

namespace {

/// A file that cannot be stat'ed still goes to exactly one shard, where its
/// error is reported; it weighs nothing.
uint64_t sizeOf(const std::string &Path) {
  uint64_t Size = 0;
  if (llvm::sys::fs::file_size(Path, Size))
    return 0;
  return Size;
}

} // namespace

std::vector<WorkItem> selectShard(const std::vector<WorkItem> &Items,
                                  Shard Selected) {
  std::vector<uint64_t> Sizes;
  for (const WorkItem &Item : Items)
    Sizes.push_back(sizeOf(Item.Source));
  // The path breaks ties, so that the deal does not depend on the order the
  // database lists its files in.
  std::vector<size_t> Order(Items.size());
  std::iota(Order.begin(), Order.end(), 0);
  llvm::sort(Order, [&](size_t A, size_t B) {
    if (Sizes[A] != Sizes[B])
      return Sizes[A] > Sizes[B];
    return std::tie(Items[A].Source, Items[A].Header) <
           std::tie(Items[B].Source, Items[B].Header);
  });

  // Among shards of equal load the one with fewer files is next, so that
  // empty files (and files that are not there) spread out too.
  std::vector<std::pair<uint64_t, size_t>> Load(Selected.Count, {0, 0});
  std::vector<bool> Taken(Items.size(), false);
  for (size_t I : Order) {
    size_t Lightest = llvm::min_element(Load) - Load.begin();
    Load[Lightest].first += Sizes[I];
    ++Load[Lightest].second;
    Taken[I] = Lightest + 1 == Selected.Index;
  }

  std::vector<WorkItem> Result;
  for (size_t I = 0; I < Items.size(); ++I)
    if (Taken[I])
      Result.push_back(Items[I]);
  return Result;
}

} // namespace http_tidy
