//===--- UnitResult.h - what analysing one file produced --------*- C++ -*-===//
//
// Each file is analysed in a worker process, so that a crash or a runaway
// translation unit costs that file and not the run. The worker sends its
// UnitResult to the driver as JSON; the driver merges, fixes and reports.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_UNITRESULT_H
#define HTTP_TIDY_TOOL_UNITRESULT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace http_tidy {

/// A one-line message of http-tidy itself (not a finding), shown on stderr.
struct ToolMessage {
  bool IsError = false;
  std::string Text;
};

/// A file the compiler read for a translation unit, and its content digest
/// (inputDigest) as read.
struct InputFile {
  std::string Path;
  std::string Digest;
};

struct UnitResult {
  enum StatusKind {
    Analysed,
    /// Analysed, but the compiler reported errors: findings may be missing.
    CompilerErrors,
    /// Nothing could be analysed (unreadable file, crash, bad command).
    NotAnalysed,
  };

  /// The file given to the compiler.
  std::string Source;
  /// The header the user asked about, when it is linted through Source.
  std::string Header;
  StatusKind Status = Analysed;
  std::vector<clang::tidy::ClangTidyError> Errors;
  std::vector<ToolMessage> Messages;
  /// Content hash of every file a fix applies to, as the compiler read it;
  /// --fix refuses to write a file whose content has changed since.
  llvm::StringMap<std::string> Digests;
  /// Every file the compiler read, sorted by path: what a cached result
  /// depends on.
  std::vector<InputFile> Inputs;
};

llvm::json::Value toJSON(const UnitResult &Result);
bool fromJSON(const llvm::json::Value &Value, UnitResult &Result,
              llvm::json::Path Path);

/// True for the compiler's own errors, as opposed to findings of a check.
bool isCompilerError(const clang::tidy::ClangTidyError &Error);

/// The hex MD5 of a file's content.
std::string contentDigest(llvm::StringRef Content);

/// A fast 128-bit hex digest of an input's content: a translation unit reads
/// megabytes of headers, and a warm cache hashes them all again.
std::string inputDigest(llvm::StringRef Content);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_UNITRESULT_H
