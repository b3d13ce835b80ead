//===--- Worker.h - analyse one file ----------------------------*- C++ -*-===//

#ifndef HTTP_TIDY_TOOL_WORKER_H
#define HTTP_TIDY_TOOL_WORKER_H

#include "UnitResult.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace http_tidy {

/// One unit of work: a file to compile, and when the user named a header,
/// that header (whose findings are the only ones kept).
struct WorkItem {
  std::string Source;
  std::string Header;
};

/// Runs the checks over one file in this process.
UnitResult
analyseUnit(const WorkItem &Item,
            const clang::tooling::CompilationDatabase &Compilations,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS);

/// The path of \p Path's file, absolute against \p Directory when relative.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef Directory);

/// Whether two paths name one file (through links, `..` or case).
bool sameFile(llvm::StringRef A, llvm::StringRef B);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_WORKER_H
