//===--- HttpTidyFuzzer.cpp - http-tidy -----------------------------------===//
//
// libFuzzer target: runs every http-* check through clang-tidy's library, in
// process, on the input as the main file of a C++17 translation unit, or of a
// C11 one when its first line is LanguageMarker (the seeds from the C check
// tests; seeds.py and replay.py know the marker too). The main file and the
// declaration-only framework headers of Inputs/include/ live in an in-memory
// file system with nothing under it, so no system header is ever read and
// one execution takes milliseconds. Compiler errors
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
constexpr const char *CxxMainFile = "/fuzz/input.cpp";
constexpr const char *CMainFile = "/fuzz/input.c";
constexpr llvm::StringLiteral LanguageMarker = "// fuzz-language: c\n";

const bool Verbose = std::getenv("HTTP_TIDY_FUZZ_VERBOSE") != nullptr;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  using namespace clang::tidy;
  const llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);
  const bool IsC = Input.starts_with(LanguageMarker);
  const char *MainFile = IsC ? CMainFile : CxxMainFile;
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const EmbeddedHeader &Header : EmbeddedHeaders)
    Memory->addFile(std::string(IncludeDirectory) + "/" + Header.Path, 0,
                    llvm::MemoryBuffer::getMemBuffer(Header.Text));
  Memory->addFile(MainFile, 0, llvm::MemoryBuffer::getMemBufferCopy(Input));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(Memory);

  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = "-*,http-*";
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), Options));
  // -nostdinc keeps the compiler from probing for system headers, which are
  // not there anyway; -isystem makes the framework headers third-party code,
  // as they are for users. Without carets the compiler does not print its
  // "N warnings generated" line for every input either.
  std::vector<std::string> Arguments{"-fno-caret-diagnostics", "-nostdinc",
                                     "-isystem", IncludeDirectory};
  Arguments.push_back(IsC ? "-std=c11" : "-std=c++17");
  if (!IsC)
    Arguments.push_back("-nostdinc++");
  clang::tooling::FixedCompilationDatabase Compilations(WorkingDirectory,
                                                        Arguments);
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
