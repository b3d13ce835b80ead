//===--- Inputs.cpp - http-tidy inputs ------------------------------------===//

#include "Inputs.h"
#include "Options.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang::tooling;

namespace http_tidy {

/// The first line of a tooling error message; the rest repeats it per
/// database plugin.
static llvm::StringRef firstLine(llvm::StringRef Message) {
  return Message.trim().split('\n').first.trim();
}

std::unique_ptr<CompilationDatabase>
loadCompilations(std::unique_ptr<CompilationDatabase> Fixed,
                 llvm::ArrayRef<std::string> Sources) {
  std::unique_ptr<CompilationDatabase> Database = std::move(Fixed);
  std::string Error;
  if (!Database && !BuildPath.empty()) {
    Database = CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
    if (!Database) {
      error("no usable compilation database in '" + BuildPath +
            "': " + firstLine(Error) +
            " (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)");
      return nullptr;
    }
  }
  if (!Database && !Sources.empty()) {
    Database = CompilationDatabase::autoDetectFromSource(Sources[0], Error);
    if (!Database)
      warning("no compilation database found for '" + Sources[0] +
              "'; analysing without compiler flags (give -p <build dir> or "
              "-- <flags>)");
  }
  if (!Database)
    Database = std::make_unique<FixedCompilationDatabase>(
        ".", std::vector<std::string>());

  auto Adjusted =
      std::make_unique<ArgumentsAdjustingCompilations>(std::move(Database));
  Adjusted->appendArgumentsAdjuster(
      getInsertArgumentAdjuster(ArgsBefore, ArgumentInsertPosition::BEGIN));
  Adjusted->appendArgumentsAdjuster(
      getInsertArgumentAdjuster(ArgsAfter, ArgumentInsertPosition::END));
  return Adjusted;
}

std::vector<std::string> readableInputs(llvm::ArrayRef<std::string> Paths,
                                        bool &AllReadable) {
  std::vector<std::string> Result;
  AllReadable = true;
  for (const std::string &Path : Paths) {
    std::error_code EC;
    llvm::sys::fs::file_status Status;
    if ((EC = llvm::sys::fs::status(Path, Status))) {
      // Reported below.
    } else if (llvm::sys::fs::is_directory(Status)) {
      EC = std::make_error_code(std::errc::is_a_directory);
    } else {
      // Opening, not looking at permission bits: root reads anything.
      llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Contents =
          llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
      if (!Contents)
        EC = Contents.getError();
    }
    if (EC) {
      error("cannot analyse '" + Path + "': " + EC.message());
      AllReadable = false;
      continue;
    }
    Result.push_back(Path);
  }
  return Result;
}

} // namespace http_tidy
