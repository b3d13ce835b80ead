//===--- BodySkipping.h - bodies the parser need not build ------*- C++ -*-===//
//
// Most of a handler file's parse is spent in the framework's headers, and
// most of that in function bodies nothing looks at: the checks report in the
// main file (and in headers the header filter admits), and follow only
// helpers outside system headers. The parser asks its consumer, function by
// function, whether a body may be skipped (Sema already keeps constexpr
// functions and those with a deduced return type); this consumer says yes
// for the bodies that cannot change a finding.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_BODYSKIPPING_H
#define HTTP_TIDY_TOOL_BODYSKIPPING_H

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang {
class SourceManager;
} // namespace clang

namespace http_tidy {

class BodySkipper : public clang::ASTConsumer {
public:
  /// \p SystemHeaders and \p HeaderFilter are clang-tidy's options of the
  /// same names for the file: where they admit findings in a system header,
  /// its bodies stay.
  BodySkipper(bool SystemHeaders, llvm::StringRef HeaderFilter);

  void Initialize(clang::ASTContext &Context) override;
  bool shouldSkipFunctionBody(clang::Decl *D) override;

private:
  bool mayReport(clang::FileID File);

  const clang::SourceManager *Sources = nullptr;
  bool SystemHeaders;
  std::optional<llvm::Regex> HeaderFilter;
  llvm::DenseMap<clang::FileID, bool> Reported;
};

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_BODYSKIPPING_H
