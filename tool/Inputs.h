//===--- Inputs.h - http-tidy inputs ----------------------------*- C++ -*-===//
//
// What http-tidy analyses: the files named on the command line (or every
// file of the compilation database), and the compile command of each.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_INPUTS_H
#define HTTP_TIDY_TOOL_INPUTS_H

#include "Worker.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace http_tidy {

/// Whether \p Path names a header (or a file included as one: .inc, .inl,
/// .ipp, .tpp) by its extension.
bool isHeader(llvm::StringRef Path);

/// Called for each compiler argument dropped because it would load code.
using DroppedArgumentHandler =
    std::function<void(llvm::StringRef File, llvm::StringRef Argument)>;

/// The compilation database: the flags after `--`, else `-p <dir>`, else one
/// found above the first source file, else no flags (with a warning). Null
/// after reporting an error (a `-p` directory without a usable database).
/// Unless --allow-compiler-plugins is given, arguments that load compiler
/// plugins are dropped and passed to \p OnDropped. \p WarnIfNone says
/// whether to warn when no flags are found.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadCompilations(std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
                 llvm::ArrayRef<std::string> Sources,
                 DroppedArgumentHandler OnDropped, bool WarnIfNone = true);

/// The work for the given paths, in their order. A header is analysed
/// through a file of the database that includes it; when none does, on its
/// own, with a warning.
std::vector<WorkItem>
planWork(llvm::ArrayRef<std::string> Paths,
         const clang::tooling::CompilationDatabase &Compilations);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_INPUTS_H
