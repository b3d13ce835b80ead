//===--- Runner.cpp - analyse files in worker processes -------------------===//
//
// A worker process per file keeps a crash, a stack overflow on pathological
// input or an out-of-memory abort to that one file: the driver reports it
// and goes on with the others. Workers are forked from the driver, which has
// loaded LLVM and read the options already, rather than started anew: a
// second start of the dynamically linked program cost as much as parsing a
// small C file. Forking happens only while the driver runs one thread.
//
//===----------------------------------------------------------------------===//

#include "Runner.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace http_tidy {

namespace {

/// A temporary file that is removed when it goes out of scope.
struct TempFile {
  llvm::SmallString<128> Path;
  explicit TempFile(llvm::StringRef Suffix) {
    if (llvm::sys::fs::createTemporaryFile("http-tidy", Suffix, Path))
      Path.clear();
  }
  TempFile(TempFile &&Other) : Path(std::move(Other.Path)) {
    Other.Path.clear();
  }
  ~TempFile() {
    if (!Path.empty())
      llvm::sys::fs::remove(Path);
  }
};

/// Keeps what a crashed worker printed (its stack trace) for the report;
/// returns where it is, as the end of a message.
std::string keepLog(llvm::StringRef Log) {
  llvm::SmallString<128> Kept;
  if (llvm::sys::fs::createTemporaryFile("http-tidy-crash", "log", Kept) ||
      llvm::sys::fs::copy_file(Log, Kept))
    return "";
  return "; its stack trace is in " + std::string(Kept);
}

UnitResult failed(const WorkItem &Item, const llvm::Twine &Why) {
  UnitResult Result;
  Result.Source = Item.Source;
  Result.Header = Item.Header;
  Result.Status = UnitResult::NotAnalysed;
  Result.Messages.push_back(
      {true, ("internal error while analysing '" +
              (Item.Header.empty() ? Item.Source : Item.Header) + "': " + Why +
              "; please report it, with the file")
                 .str()});
  return Result;
}

/// A worker that was forked and has not been waited for.
struct Running {
  size_t Index;
  TempFile Out, Err;
};

/// Forks a worker for \p Item: its standard output and error go to \p Run's
/// files, and it exits with what \p Analyse returns. The child's pid, or
/// nothing and why in \p Error.
std::optional<pid_t>
startWorker(const WorkItem &Item, const Running &Run,
            const std::function<int(const WorkItem &)> &Analyse,
            std::string &Error) {
  // What the driver has buffered would be written again by the child.
  llvm::outs().flush();
  llvm::errs().flush();
  std::fflush(nullptr);
  pid_t Pid = fork();
  if (Pid < 0) {
    Error = std::strerror(errno);
    return std::nullopt;
  }
  if (Pid > 0)
    return Pid;
  int In = open("/dev/null", O_RDONLY);
  const std::string OutPath(Run.Out.Path), ErrPath(Run.Err.Path);
  int Out = open(OutPath.c_str(), O_WRONLY | O_TRUNC);
  int Err = open(ErrPath.c_str(), O_WRONLY | O_TRUNC);
  if (In < 0 || Out < 0 || Err < 0 || dup2(In, 0) < 0 || dup2(Out, 1) < 0 ||
      dup2(Err, 2) < 0)
    _exit(125);
  int Status = Analyse(Item);
  llvm::outs().flush();
  llvm::errs().flush();
  std::fflush(nullptr);
  _exit(Status);
}

/// What a worker that ended with \p Status left behind.
UnitResult collectWorker(const WorkItem &Item, int Status, const Running &Run) {
  if (WIFSIGNALED(Status))
    return failed(Item, llvm::Twine("the analysis crashed (") +
                            strsignal(WTERMSIG(Status)) + ")" +
                            keepLog(Run.Err.Path));
  if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0)
    return failed(Item, "the analysis failed (exit status " +
                            std::to_string(WEXITSTATUS(Status)) + ")");
  auto Text = llvm::MemoryBuffer::getFile(Run.Out.Path);
  if (!Text)
    return failed(Item, "its result cannot be read");
  UnitResult Result;
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Text)->getBuffer());
  llvm::json::Path::Root Root;
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return failed(Item, "its result is not valid JSON");
  }
  if (!fromJSON(*Parsed, Result, Root))
    return failed(Item, "its result is incomplete");
  return Result;
}

/// Asks \p Lookup about every item, on \p Jobs threads: a warm cache hashes
/// every input of every file again, which is worth spreading.
std::vector<std::optional<UnitResult>>
lookUpAll(size_t Count, unsigned Jobs,
          const std::function<std::optional<UnitResult>(size_t)> &Lookup) {
  std::vector<std::optional<UnitResult>> Known(Count);
  if (!Lookup)
    return Known;
  std::atomic<size_t> Next{0};
  auto Work = [&] {
    for (size_t I; (I = Next++) < Count;)
      Known[I] = Lookup(I);
  };
  std::vector<std::thread> Threads;
  for (unsigned J = 0; J < std::max(1u, std::min<unsigned>(Jobs, Count)); ++J)
    Threads.emplace_back(Work);
  for (std::thread &Thread : Threads)
    Thread.join();
  return Known;
}

} // namespace

void runWorkers(std::function<int(const WorkItem &)> Analyse,
                llvm::ArrayRef<WorkItem> Items, unsigned Jobs,
                std::function<void(size_t Index, UnitResult &)> OnResult,
                std::function<std::optional<UnitResult>(size_t Index)> Lookup,
                std::function<void(size_t Index, const UnitResult &)> Store) {
  // The lookups' threads are joined before the first fork: a child of a
  // process with other threads may inherit a lock one of them held.
  std::vector<std::optional<UnitResult>> Done =
      lookUpAll(Items.size(), Jobs, Lookup);
  std::vector<bool> Cached(Items.size());
  for (size_t I = 0; I < Items.size(); ++I)
    Cached[I] = Done[I].has_value();

  size_t NextToStart = 0, NextToReport = 0;
  auto Report = [&] {
    for (; NextToReport < Items.size() && Done[NextToReport]; ++NextToReport) {
      UnitResult Result = std::move(*Done[NextToReport]);
      Done[NextToReport].reset();
      OnResult(NextToReport, Result);
    }
  };
  std::map<pid_t, Running> Active;
  const size_t Slots = std::max(1u, Jobs);
  while (NextToReport < Items.size()) {
    for (; NextToStart < Items.size() && Active.size() < Slots; ++NextToStart) {
      const size_t I = NextToStart;
      if (Cached[I])
        continue;
      Running Run{I, TempFile("json"), TempFile("log")};
      if (Run.Out.Path.empty() || Run.Err.Path.empty()) {
        Done[I] = failed(Items[I], "cannot create a temporary file");
        continue;
      }
      std::string Error;
      std::optional<pid_t> Pid = startWorker(Items[I], Run, Analyse, Error);
      if (!Pid) {
        Done[I] = failed(Items[I], "cannot start a worker (" + Error + ")");
        continue;
      }
      Active.emplace(*Pid, std::move(Run));
    }
    Report();
    if (Active.empty())
      continue;
    int Status = 0;
    pid_t Pid = waitpid(-1, &Status, 0);
    if (Pid < 0) {
      if (errno == EINTR)
        continue;
      // No child left to wait for: none of the active ones can report.
      for (auto &[Lost, Run] : Active)
        Done[Run.Index] = failed(Items[Run.Index],
                                 "its worker vanished (" +
                                     std::string(std::strerror(errno)) + ")");
      Active.clear();
      continue;
    }
    auto It = Active.find(Pid);
    if (It == Active.end())
      continue;
    const size_t I = It->second.Index;
    Done[I] = collectWorker(Items[I], Status, It->second);
    Active.erase(It);
    if (Store)
      Store(I, *Done[I]);
    Report();
  }
}

} // namespace http_tidy
