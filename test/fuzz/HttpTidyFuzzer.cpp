//===--- HttpTidyFuzzer.cpp - http-tidy -----------------------------------===//
//
// libFuzzer target: runs every http-* check through clang-tidy's library, in
// process, on the input as the main file of a C++17 translation unit. The
// main file and the declaration-only framework headers of Inputs/include/
// live in an in-memory file system with nothing under it, so no system
// header is ever read and one execution takes milliseconds. Compiler errors
// in the input are expected and fine; only a crash or a sanitizer report is
// a finding. Built with HTTP_TIDY_FUZZ=ON; run by scripts/fuzz.sh.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct EmbeddedHeader {
  const char *Path;
  const char *Text;
};

// Generated from Inputs/include/ by CMake: `EmbeddedHeaders`, the headers'
// paths relative to that directory and their text.
#include "FuzzHeaders.inc"

constexpr const char *WorkingDirectory = "/fuzz";
constexpr const char *IncludeDirectory = "/fuzz/include";
constexpr const char *MainFile = "/fuzz/input.cpp";

const bool Verbose = std::getenv("HTTP_TIDY_FUZZ_VERBOSE") != nullptr;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  using namespace clang::tidy;
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const EmbeddedHeader &Header : EmbeddedHeaders)
    Memory->addFile(std::string(IncludeDirectory) + "/" + Header.Path, 0,
                    llvm::MemoryBuffer::getMemBuffer(Header.Text));
  Memory->addFile(MainFile, 0,
                  llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(
                      reinterpret_cast<const char *>(Data), Size)));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(Memory);

  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = "-*,http-*";
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), Options));
  // -nostdinc keeps the compiler from probing for system headers, which are
  // not there anyway; -isystem makes the framework headers third-party code,
  // as they are for users. Without carets the compiler does not print its
  // "N warnings generated" line for every input either.
  clang::tooling::FixedCompilationDatabase Compilations(
      WorkingDirectory, {"-std=c++17", "-fno-caret-diagnostics", "-nostdinc",
                         "-nostdinc++", "-isystem", IncludeDirectory});
  // Fixes are still computed by the checks; applying them is clang-tidy's
  // code, not ours.
  std::vector<ClangTidyError> Errors = runClangTidy(
      Context, Compilations, {MainFile}, FS, /*ApplyAnyFix=*/false);
  // For checking by hand that an input reaches the checks.
  if (Verbose)
    for (const ClangTidyError &Error : Errors)
      llvm::errs() << Error.DiagnosticName << ": " << Error.Message.Message
                   << "\n";
  return 0;
}
