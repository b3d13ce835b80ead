//===--- AnalysisAction.h - run the checks over one file --------*- C++ -*-===//
//
// What clang-tidy's runClangTidy does for one file, with two additions the
// standalone tool needs: it can tell the parser to skip function bodies that
// cannot matter (UserCodeFocus.h), and it records every file the compiler
// read, with its content digest, for the result cache.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_ANALYSISACTION_H
#define HTTP_TIDY_TOOL_ANALYSISACTION_H

#include "UnitResult.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <optional>

namespace http_tidy {

struct AnalysisOutput {
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// Every file the compiler read for the translation unit, the main file
  /// among them.
  std::vector<InputFile> Inputs;
  /// The parse skipped template bodies that turned out to matter; its
  /// errors are not the file's.
  bool Retry = false;
};

/// Analyses \p Source, with clang-tidy options from \p Options (called
/// once per parse; nothing when it returns null).
std::optional<AnalysisOutput> runAnalysis(
    llvm::function_ref<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>()>
        Options,
    const clang::tooling::CompilationDatabase &Compilations,
    llvm::StringRef Source,
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
    bool SkipBodies);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_ANALYSISACTION_H
