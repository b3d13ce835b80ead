//===--- AnalysisAction.h - run the checks over one file --------*- C++ -*-===//
//
// What clang-tidy's runClangTidy does for one file, with two additions the
// standalone tool needs: it can tell the parser to skip function bodies that
// cannot matter (BodySkipping.h), and it records every file the compiler
// read, with its content digest, for the result cache.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_ANALYSISACTION_H
#define HTTP_TIDY_TOOL_ANALYSISACTION_H

#include "UnitResult.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace http_tidy {

struct AnalysisOutput {
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// Every file the compiler read for the translation unit, the main file
  /// among them.
  std::vector<InputFile> Inputs;
};

AnalysisOutput
runAnalysis(clang::tidy::ClangTidyContext &Context,
            const clang::tooling::CompilationDatabase &Compilations,
            llvm::StringRef Source,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
            bool SkipBodies);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_ANALYSISACTION_H
