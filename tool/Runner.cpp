//===--- Runner.cpp - analyse files in worker processes -------------------===//
//
// A worker process per file keeps a crash, a stack overflow on pathological
// input or an out-of-memory abort to that one file: the driver reports it
// and goes on with the others.
//
//===----------------------------------------------------------------------===//

#include "Runner.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace http_tidy {

namespace {

/// A temporary file that is removed when it goes out of scope.
struct TempFile {
  llvm::SmallString<128> Path;
  explicit TempFile(llvm::StringRef Suffix) {
    if (llvm::sys::fs::createTemporaryFile("http-tidy", Suffix, Path))
      Path.clear();
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

UnitResult runOne(llvm::StringRef Program,
                  llvm::ArrayRef<std::string> Arguments, const WorkItem &Item) {
  TempFile Out("json"), Err("log");
  if (Out.Path.empty() || Err.Path.empty())
    return failed(Item, "cannot create a temporary file");
  std::string Worker = "--worker=" + Item.Source;
  std::string Header = "--worker-header=" + Item.Header;
  // Worker options go first: after `--` everything is a compiler argument.
  std::vector<llvm::StringRef> Args{Program, Worker};
  if (!Item.Header.empty())
    Args.push_back(Header);
  Args.insert(Args.end(), Arguments.begin(), Arguments.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                llvm::StringRef(Out.Path),
                                                llvm::StringRef(Err.Path)};
  std::string ErrorMessage;
  int Status = llvm::sys::ExecuteAndWait(Program, Args, std::nullopt, Redirects,
                                         0, 0, &ErrorMessage);
  if (Status == -2)
    return failed(Item, "the analysis crashed (" + ErrorMessage + ")" +
                            keepLog(Err.Path));
  if (Status != 0)
    return failed(Item, "the analysis failed (" +
                            (ErrorMessage.empty()
                                 ? "exit status " + std::to_string(Status)
                                 : ErrorMessage) +
                            ")");
  auto Text = llvm::MemoryBuffer::getFile(Out.Path);
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

} // namespace

void runWorkers(llvm::StringRef Program, llvm::ArrayRef<std::string> Arguments,
                llvm::ArrayRef<WorkItem> Items, unsigned Jobs,
                std::function<void(size_t Index, UnitResult &)> OnResult,
                std::function<std::optional<UnitResult>(size_t Index)> Lookup,
                std::function<void(size_t Index, const UnitResult &)> Store) {
  std::vector<std::optional<UnitResult>> Results(Items.size());
  std::mutex Lock;
  std::condition_variable Ready;
  std::atomic<size_t> Next{0};
  auto Work = [&] {
    for (size_t I; (I = Next++) < Items.size();) {
      std::optional<UnitResult> Known;
      if (Lookup)
        Known = Lookup(I);
      UnitResult Result =
          Known ? std::move(*Known) : runOne(Program, Arguments, Items[I]);
      if (!Known && Store)
        Store(I, Result);
      std::lock_guard<std::mutex> Guard(Lock);
      Results[I] = std::move(Result);
      Ready.notify_all();
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned J = 0; J < std::max(1u, std::min<unsigned>(Jobs, Items.size()));
       ++J)
    Threads.emplace_back(Work);
  for (size_t I = 0; I < Items.size(); ++I) {
    std::unique_lock<std::mutex> Guard(Lock);
    Ready.wait(Guard, [&] { return Results[I].has_value(); });
    UnitResult Result = std::move(*Results[I]);
    Results[I].reset();
    Guard.unlock();
    OnResult(I, Result);
  }
  for (std::thread &Thread : Threads)
    Thread.join();
}

} // namespace http_tidy
