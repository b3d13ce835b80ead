//===--- ResultCache.h - results of unchanged files, replayed ---*- C++ -*-===//
//
// A file whose inputs are all unchanged gives the same result, so a second
// run need not parse it. The key has two levels, as in ccache's direct
// mode: a manifest key from what the driver knows before any parse (the
// work item, the main file's content, the compile command, the options, the
// model files, the program), and under it one entry per set of files the
// compiler read, each with its content digest. An entry is used only when
// every file it lists still has that digest, so no preprocessor run is
// needed to decide. docs/cache.md describes the layout and the bound.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_RESULTCACHE_H
#define HTTP_TIDY_TOOL_RESULTCACHE_H

#include "UnitResult.h"
#include "Worker.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace http_tidy {

/// --cache-size when not given: 256 MiB.
constexpr uint64_t DefaultCacheBytes = 256ull << 20;

/// A size such as "256M", "1G", "500K" or "4096" (bytes; K, M and G are
/// powers of 1024); nothing when it is not one.
std::optional<uint64_t> parseCacheSize(llvm::StringRef Text);

/// The text of the cache entry that keeps \p Result under the manifest key
/// \p Key: a line naming the format, the key and a digest of the rest, then
/// the result as JSON.
std::string formatCacheEntry(llvm::StringRef Key, const UnitResult &Result);
/// The same with the JSON text \p Payload, which is taken as it is.
std::string formatCacheEntry(llvm::StringRef Key, llvm::StringRef Payload);

/// The result an entry's text holds, when the entry is whole, is for \p Key
/// and \p Item, and holds a result that may be kept; nothing otherwise.
std::optional<UnitResult> parseCacheEntry(llvm::StringRef Text,
                                          llvm::StringRef Key,
                                          const WorkItem &Item);

/// $XDG_CACHE_HOME/http-tidy, else $HOME/.cache/http-tidy; empty when
/// neither is set.
std::string defaultCacheDirectory();

class ResultCache {
public:
  /// The cache in \p Directory, created when missing. Null, after a
  /// warning, when it cannot be used: the run then goes on without it.
  static std::unique_ptr<ResultCache> open(llvm::StringRef Directory,
                                           uint64_t MaxBytes);

  /// The manifest key of \p Item, or empty when its result must not be
  /// cached (its main file cannot be read). \p RunKey holds what is the
  /// same for every file of the run (program, settings, environment).
  static std::string
  manifestKey(const WorkItem &Item,
              llvm::ArrayRef<clang::tooling::CompileCommand> Commands,
              const clang::tidy::ClangTidyOptions &Options,
              llvm::StringRef RunKey);

  /// A stored result for \p Key whose inputs all still have their recorded
  /// content. A damaged entry is a miss (and is removed). Thread-safe.
  std::optional<UnitResult> lookup(llvm::StringRef Key, const WorkItem &Item);

  /// Stores \p Result under \p Key, unless it is not worth keeping (the
  /// file was not analysed). Written to a temporary file and renamed, so a
  /// concurrent reader sees the whole entry or none. Thread-safe.
  void store(llvm::StringRef Key, const UnitResult &Result);

  /// After the run, on the main thread: reports a failed write, and removes
  /// the least recently used entries while the cache is over its bound.
  /// Only a run that stored something looks.
  void finish();

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }
  unsigned stored() const { return Stored; }

private:
  ResultCache(std::string Directory, uint64_t MaxBytes)
      : Directory(std::move(Directory)), MaxBytes(MaxBytes) {}

  std::string bucketOf(llvm::StringRef Key) const;
  /// The digest of \p Path's content, read once per run: the files of one
  /// project's entries are mostly the same headers.
  std::string digestOf(llvm::StringRef Path);

  std::string Directory;
  uint64_t MaxBytes;
  std::atomic<unsigned> Hits{0}, Misses{0}, Stored{0};
  std::mutex Lock;
  /// The first write that failed, reported by finish().
  std::string WriteError;
  /// What digestOf read so far, under Lock.
  llvm::StringMap<std::string> Digests;
};

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_RESULTCACHE_H
