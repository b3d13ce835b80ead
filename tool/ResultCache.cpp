//===--- ResultCache.cpp - results of unchanged files, replayed -----------===//
//
// Layout: <dir>/v1/<first two hex digits of the manifest key>/
// <manifest key>-<digest of the input list>.entry. Each entry is a file of
// its own, written once and renamed into place, so no run ever needs a lock:
// two runs that store the same entry write the same bytes. An entry starts
// with a line naming the format, its manifest key and a digest of the rest,
// which is the UnitResult as JSON; anything that does not check out is
// removed and counts as a miss.
//
//===----------------------------------------------------------------------===//

#include "ResultCache.h"
#include "AtomicFile.h"
#include "ModelConfig.h"
#include "Options.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <chrono>

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

namespace {

/// Bump when the entry format or what the key covers changes: old entries
/// are then never read again, and age out.
constexpr llvm::StringLiteral FormatDirectory = "v1";
constexpr llvm::StringLiteral Magic = "http-tidy-cache 1";
constexpr llvm::StringLiteral EntrySuffix = ".entry";

/// Appends a named field, its length first, so that no two different sets
/// of fields give the same text.
void field(std::string &Text, llvm::StringRef Name, llvm::StringRef Value) {
  Text += Name;
  Text += '=';
  Text += std::to_string(Value.size());
  Text += ':';
  Text += Value;
  Text += '\n';
}

/// The digest of a file's content as the compiler would read it; empty when
/// it cannot be read.
std::string fileDigest(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Content =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!Content)
    return "";
  return inputDigest((*Content)->getBuffer());
}

/// The files a relative entry of http.FrameworkModels may name: it resolves
/// against the directory of the .clang-tidy that sets it (one of the
/// source's ancestors) or the working directory. All candidates go into the
/// key; a spare one only costs a miss when it appears.
std::vector<std::string> modelCandidates(llvm::StringRef Value,
                                         llvm::StringRef Source) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  std::vector<std::string> Bases{std::string(Cwd)};
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Source); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir))
    Bases.push_back(Dir.str());
  std::vector<std::string> Candidates;
  for (const std::string &Base : Bases)
    for (std::string &Path : http::modelFilePaths(Value, Base))
      if (llvm::find(Candidates, Path) == Candidates.end())
        Candidates.push_back(std::move(Path));
  return Candidates;
}

std::string inputListDigest(const std::vector<InputFile> &Inputs) {
  std::string Text;
  for (const InputFile &Input : Inputs) {
    field(Text, "path", Input.Path);
    field(Text, "digest", Input.Digest);
  }
  return inputDigest(Text);
}

struct EntryFile {
  std::string Path;
  uint64_t Size;
  llvm::sys::TimePoint<> Time;
};

/// Whether a result may be kept. Only a clean analysis: a compiler error
/// usually comes from something the key cannot see (a header that is not
/// there yet, a generated file still being written, a path that will exist),
/// and so does a configuration error (a model file that does not exist has
/// no digest to change); such a result is analysed again each time, as
/// ccache does not keep a failed compilation. A result without the list of
/// files read has no entry key. An entry written before this rule that
/// breaks it is not trusted either.
bool isCacheable(const UnitResult &Result) {
  return Result.Status == UnitResult::Analysed && !Result.Inputs.empty() &&
         llvm::none_of(Result.Errors, [](const ClangTidyError &Error) {
           return isCompilerError(Error) ||
                  Error.DiagnosticName == "clang-tidy-config";
         });
}

} // namespace

std::optional<UnitResult> parseCacheEntry(llvm::StringRef Text,
                                          llvm::StringRef Key,
                                          const WorkItem &Item) {
  auto [Header, Payload] = Text.split('\n');
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Header.split(Parts, ' ');
  if (Parts.size() != 4 || (Parts[0] + " " + Parts[1]).str() != Magic ||
      Parts[2] != Key || Parts[3] != inputDigest(Payload))
    return std::nullopt;
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Payload);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return std::nullopt;
  }
  UnitResult Result;
  llvm::json::Path::Root Root;
  if (!fromJSON(*Parsed, Result, Root) || Result.Source != Item.Source ||
      Result.Header != Item.Header || !isCacheable(Result))
    return std::nullopt;
  return Result;
}

std::string formatCacheEntry(llvm::StringRef Key, llvm::StringRef Payload) {
  return (Magic + " " + Key + " " + inputDigest(Payload) + "\n" + Payload)
      .str();
}

std::string formatCacheEntry(llvm::StringRef Key, const UnitResult &Result) {
  std::string Payload;
  llvm::raw_string_ostream(Payload) << llvm::json::Value(toJSON(Result));
  return formatCacheEntry(Key, Payload);
}

std::optional<uint64_t> parseCacheSize(llvm::StringRef Text) {
  uint64_t Number = 0;
  llvm::StringRef Rest = Text;
  if (Rest.consumeInteger(10, Number) || Number == 0)
    return std::nullopt;
  unsigned Shift = llvm::StringSwitch<unsigned>(Rest.lower())
                       .Case("", 0)
                       .Case("k", 10)
                       .Case("m", 20)
                       .Case("g", 30)
                       .Default(~0u);
  if (Shift == ~0u || Number > (UINT64_MAX >> Shift))
    return std::nullopt;
  return Number << Shift;
}

std::string defaultCacheDirectory() {
  llvm::SmallString<256> Dir;
  // The XDG specification ignores a relative XDG_CACHE_HOME.
  std::optional<std::string> Xdg = llvm::sys::Process::GetEnv("XDG_CACHE_HOME");
  std::optional<std::string> Home = llvm::sys::Process::GetEnv("HOME");
  if (Xdg && llvm::sys::path::is_absolute(*Xdg))
    llvm::sys::path::append(Dir, *Xdg, "http-tidy");
  else if (Home && !Home->empty())
    llvm::sys::path::append(Dir, *Home, ".cache", "http-tidy");
  return std::string(Dir);
}

std::unique_ptr<ResultCache> ResultCache::open(llvm::StringRef Directory,
                                               uint64_t MaxBytes) {
  if (Directory.empty()) {
    warning("no cache directory: neither XDG_CACHE_HOME nor HOME is set "
            "(give --cache-dir, or --no-cache); analysing without the cache");
    return nullptr;
  }
  auto Unusable = [&](const llvm::Twine &Why) {
    warning("cannot use the cache directory '" + Directory + "': " + Why +
            "; analysing without the cache");
    return nullptr;
  };
  llvm::SmallString<256> Root(Directory);
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::append(Root, FormatDirectory);
  if (std::error_code EC = llvm::sys::fs::create_directories(Root))
    return Unusable(EC.message());
  if (std::error_code EC =
          llvm::sys::fs::access(Root, llvm::sys::fs::AccessMode::Write))
    return Unusable(EC.message());
  return std::unique_ptr<ResultCache>(
      new ResultCache(std::string(Root), MaxBytes));
}

std::string ResultCache::manifestKey(
    const WorkItem &Item, llvm::ArrayRef<tooling::CompileCommand> Commands,
    const ClangTidyOptions &Options, llvm::StringRef RunKey) {
  const std::string Source = absolutePath(Item.Source, "");
  std::string Digest = fileDigest(Source);
  if (Digest.empty())
    return "";
  std::string Text;
  field(Text, "run", RunKey);
  field(Text, "source", Item.Source);
  field(Text, "header", Item.Header);
  field(Text, "source-digest", Digest);
  for (const tooling::CompileCommand &Command : Commands) {
    field(Text, "directory", Command.Directory);
    field(Text, "file", Command.Filename);
    field(Text, "heuristic", Command.Heuristic);
    for (const std::string &Arg : Command.CommandLine)
      field(Text, "arg", Arg);
  }
  field(Text, "options", configurationAsText(Options));
  auto Models = Options.CheckOptions.find(http::ModelConfig::OptionName);
  if (Models != Options.CheckOptions.end())
    for (const std::string &Path :
         modelCandidates(Models->second.Value, Source)) {
      field(Text, "model", Path);
      field(Text, "model-digest", fileDigest(Path));
    }
  return inputDigest(Text);
}

std::string ResultCache::bucketOf(llvm::StringRef Key) const {
  llvm::SmallString<256> Bucket(Directory);
  llvm::sys::path::append(Bucket, Key.take_front(2));
  return std::string(Bucket);
}

std::string ResultCache::digestOf(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Digests.find(Path);
    if (It != Digests.end())
      return It->second;
  }
  // Read outside the lock; two threads may both read a file, and agree.
  std::string Digest = fileDigest(Path);
  std::lock_guard<std::mutex> Guard(Lock);
  return Digests.try_emplace(Path, std::move(Digest)).first->second;
}

std::optional<UnitResult> ResultCache::lookup(llvm::StringRef Key,
                                              const WorkItem &Item) {
  std::vector<EntryFile> Entries;
  std::error_code EC;
  const std::string Prefix = (Key + "-").str();
  for (llvm::sys::fs::directory_iterator It(bucketOf(Key), EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    llvm::sys::fs::file_status Status;
    if (!Name.starts_with(Prefix) || !Name.ends_with(EntrySuffix) ||
        llvm::sys::fs::status(It->path(), Status))
      continue;
    Entries.push_back(
        {It->path(), Status.getSize(), Status.getLastModificationTime()});
  }
  // The most recently used first: usually the one that matches.
  llvm::sort(Entries, [](const EntryFile &A, const EntryFile &B) {
    return A.Time > B.Time;
  });
  for (const EntryFile &Entry : Entries) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(Entry.Path, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
    if (!Text)
      continue; // Evicted by another run a moment ago.
    std::optional<UnitResult> Result =
        parseCacheEntry((*Text)->getBuffer(), Key, Item);
    if (!Result) {
      // Never trusted; the run that analyses the file writes it anew.
      llvm::sys::fs::remove(Entry.Path);
      continue;
    }
    const bool Unchanged =
        llvm::all_of(Result->Inputs, [&](const InputFile &Input) {
          return digestOf(Input.Path) == Input.Digest;
        });
    if (!Unchanged)
      continue;
    // Recency for eviction is the modification time.
    int FD;
    if (!llvm::sys::fs::openFileForWrite(Entry.Path, FD,
                                         llvm::sys::fs::CD_OpenExisting,
                                         llvm::sys::fs::OF_Append)) {
      llvm::sys::fs::setLastAccessAndModificationTime(
          FD, std::chrono::system_clock::now());
      llvm::sys::Process::SafelyCloseFileDescriptor(FD);
    }
    ++Hits;
    return Result;
  }
  ++Misses;
  return std::nullopt;
}

void ResultCache::store(llvm::StringRef Key, const UnitResult &Result) {
  if (Key.empty() || !isCacheable(Result))
    return;
  const std::string Bucket = bucketOf(Key);
  llvm::SmallString<256> Path(Bucket);
  llvm::sys::path::append(Path, Key + "-" + inputListDigest(Result.Inputs) +
                                    EntrySuffix);
  std::error_code EC = llvm::sys::fs::create_directories(Bucket);
  if (!EC)
    EC = writeFileAtomically(Path, formatCacheEntry(Key, Result));
  if (EC) {
    std::string Message = EC.message();
    std::lock_guard<std::mutex> Guard(Lock);
    if (WriteError.empty())
      WriteError = std::move(Message);
    return;
  }
  ++Stored;
}

void ResultCache::finish() {
  if (!WriteError.empty())
    warning("cannot write to the cache in '" + Directory + "': " + WriteError +
            "; some results of this run are not kept");
  if (!Stored)
    return;
  std::vector<EntryFile> Entries;
  uint64_t Total = 0;
  const auto Now = std::chrono::system_clock::now();
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(It->path(), Status) ||
        !llvm::sys::fs::is_regular_file(Status))
      continue;
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.ends_with(EntrySuffix)) {
      // A temporary file of a run that was killed while writing it (named
      // as LLVM's writeToOutput named them before).
      if ((Name.contains(TemporaryFileMarker) ||
           Name.contains(".temp-stream-")) &&
          Now - Status.getLastModificationTime() > std::chrono::hours(1))
        llvm::sys::fs::remove(It->path());
      continue;
    }
    Entries.push_back(
        {It->path(), Status.getSize(), Status.getLastModificationTime()});
    Total += Status.getSize();
  }
  if (Total <= MaxBytes)
    return;
  // Down to 90% of the bound, so that the next runs do not scan again at
  // once.
  llvm::sort(Entries, [](const EntryFile &A, const EntryFile &B) {
    return A.Time < B.Time;
  });
  const uint64_t Target = MaxBytes / 10 * 9;
  for (const EntryFile &Entry : Entries) {
    if (Total <= Target)
      break;
    if (!llvm::sys::fs::remove(Entry.Path))
      Total -= Entry.Size;
  }
}

} // namespace http_tidy
