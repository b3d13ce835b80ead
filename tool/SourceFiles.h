//===--- SourceFiles.h - line and column of a finding -----------*- C++ -*-===//

#ifndef HTTP_TIDY_TOOL_SOURCEFILES_H
#define HTTP_TIDY_TOOL_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>

namespace http_tidy {

struct Position {
  unsigned Line = 0;   // 1-based; 0 when the file cannot be read
  unsigned Column = 0; // 1-based, in bytes, as clang counts
  unsigned CodePointColumn = 0;
  llvm::StringRef LineText;
};

/// Reads each file once and turns byte offsets into positions. Every
/// output format reads the files through one SourceFiles, filled before
/// fixes are written, so that positions are those of the analysed text.
class SourceFiles {
public:
  /// The content of a file; null when it cannot be read.
  const llvm::MemoryBuffer *content(llvm::StringRef AbsolutePath);
  Position locate(llvm::StringRef AbsolutePath, unsigned Offset);

private:
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Files;
};

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_SOURCEFILES_H
