//===--- Worker.cpp - analyse one file ------------------------------------===//

#include "Worker.h"
#include "AnalysisAction.h"
#include "Options.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

std::string absolutePath(llvm::StringRef Path, llvm::StringRef Directory) {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result)) {
    if (!Directory.empty())
      llvm::sys::fs::make_absolute(Directory, Result);
    else
      llvm::sys::fs::make_absolute(Result);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

bool sameFile(llvm::StringRef A, llvm::StringRef B) {
  llvm::sys::fs::UniqueID IdA, IdB;
  return !llvm::sys::fs::getUniqueID(A, IdA) &&
         !llvm::sys::fs::getUniqueID(B, IdB) && IdA == IdB;
}

namespace {

/// The content of \p Path, or why it cannot be read.
llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
readSource(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return EC;
  if (llvm::sys::fs::is_directory(Status))
    return std::make_error_code(std::errc::is_a_directory);
  // Opening, not looking at permission bits: root reads anything.
  return llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                     /*RequiresNullTerminator=*/false);
}

} // namespace

UnitResult
analyseUnit(const WorkItem &Item,
            const tooling::CompilationDatabase &Compilations,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS) {
  UnitResult Result;
  Result.Source = Item.Source;
  Result.Header = Item.Header;
  auto NotAnalysed = [&](const llvm::Twine &Why) {
    Result.Status = UnitResult::NotAnalysed;
    Result.Messages.push_back({true, Why.str()});
    return Result;
  };

  const std::string MainFile = absolutePath(Item.Source, "");
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Content =
      readSource(Item.Source);
  if (!Content)
    return NotAnalysed("cannot analyse '" + Item.Source +
                       "': " + Content.getError().message());
  for (const tooling::CompileCommand &Command :
       Compilations.getCompileCommands(MainFile)) {
    if (!llvm::sys::fs::is_directory(Command.Directory))
      return NotAnalysed("cannot analyse '" + Item.Source +
                         "': the directory of its compile command, '" +
                         Command.Directory +
                         "', does not exist (regenerate the compilation "
                         "database)");
    if (!Command.Heuristic.empty())
      Result.Messages.push_back(
          {false, "'" + Item.Source +
                      "' is not in the compilation database; using the "
                      "command " +
                      Command.Heuristic});
  }

  std::optional<AnalysisOutput> Output =
      runAnalysis([&] { return createOptionsProvider(BaseFS); }, Compilations,
                  Item.Source, BaseFS, SkipFunctionBodies);
  if (!Output)
    return NotAnalysed("cannot analyse '" + Item.Source +
                       "': invalid configuration");
  Result.Inputs = std::move(Output->Inputs);

  for (ClangTidyError &Error : Output->Errors) {
    if (isCompilerError(Error))
      Result.Status = UnitResult::CompilerErrors;
    else if (!Item.Header.empty() &&
             !sameFile(
                 absolutePath(Error.Message.FilePath, Error.BuildDirectory),
                 Item.Header))
      continue;
    for (const auto &File : Error.Message.Fix) {
      std::string Path = absolutePath(File.getKey(), Error.BuildDirectory);
      if (Result.Digests.count(Path))
        continue;
      // The main file's digest is of the text read before the parse, so a
      // change during the parse is caught; a header's is taken now.
      if (Path == MainFile) {
        Result.Digests[Path] = contentDigest((*Content)->getBuffer());
      } else if (auto Header = llvm::MemoryBuffer::getFile(Path)) {
        Result.Digests[Path] = contentDigest((*Header)->getBuffer());
      }
    }
    Result.Errors.push_back(std::move(Error));
  }
  return Result;
}

} // namespace http_tidy
