//===--- SourceFiles.cpp - line and column of a finding -------------------===//

#include "SourceFiles.h"

namespace http_tidy {

const llvm::MemoryBuffer *SourceFiles::content(llvm::StringRef AbsolutePath) {
  auto It = Files.find(AbsolutePath);
  if (It == Files.end()) {
    auto Content = llvm::MemoryBuffer::getFile(AbsolutePath);
    It =
        Files.try_emplace(AbsolutePath, Content ? std::move(*Content) : nullptr)
            .first;
  }
  return It->second.get();
}

Position SourceFiles::locate(llvm::StringRef AbsolutePath, unsigned Offset) {
  Position Result;
  const llvm::MemoryBuffer *Buffer = content(AbsolutePath);
  if (!Buffer)
    return Result;
  llvm::StringRef Text = Buffer->getBuffer();
  if (Offset > Text.size())
    return Result;
  size_t LineStart = Text.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  LineStart =
      (LineStart == llvm::StringRef::npos || Offset == 0) ? 0 : LineStart + 1;
  Result.Line = 1 + Text.take_front(LineStart).count('\n');
  Result.Column = 1 + Offset - LineStart;
  llvm::StringRef Before = Text.slice(LineStart, Offset);
  // UTF-8 continuation bytes do not start a code point.
  Result.CodePointColumn =
      1 + llvm::count_if(Before, [](char C) { return (C & 0xC0) != 0x80; });
  Result.LineText = Text.substr(LineStart).split('\n').first.rtrim('\r');
  return Result;
}

} // namespace http_tidy
