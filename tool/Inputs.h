//===--- Inputs.h - http-tidy inputs ----------------------------*- C++ -*-===//
//
// What http-tidy analyses: the source files that can be read, and the
// compilation database that gives their flags.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_INPUTS_H
#define HTTP_TIDY_TOOL_INPUTS_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <string>
#include <vector>

namespace http_tidy {

/// The compilation database: the flags after `--`, else `-p <dir>`, else one
/// found above the first source file, else no flags (with a warning). Null
/// after reporting an error (a `-p` directory without a usable database).
std::unique_ptr<clang::tooling::CompilationDatabase>
loadCompilations(std::unique_ptr<clang::tooling::CompilationDatabase> Fixed,
                 llvm::ArrayRef<std::string> Sources);

/// Keeps the inputs that can be read; reports each one that cannot.
std::vector<std::string> readableInputs(llvm::ArrayRef<std::string> Paths,
                                        bool &AllReadable);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_INPUTS_H
