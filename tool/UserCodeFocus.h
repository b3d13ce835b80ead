//===--- UserCodeFocus.h - bodies the parser need not build ------*- C++
//-*-===//
//
// Most of a handler file's parse is spent in the framework's headers, and
// most of that in function bodies nothing looks at: the checks report in the
// main file (and in headers the header filter admits), and follow only
// helpers outside system headers. The parser asks its consumer, function by
// function, whether a body may be skipped (Sema already keeps constexpr
// functions and those with a deduced return type); this consumer, which
// wraps the checks' own, says yes for bodies in system headers where nothing
// is reported.
//
// Template bodies are the exception: a template of the user's (a generic
// lambda, a function or class template) may be instantiated only from the
// body of a framework template, and the checks see its instantiations only
// if that body is built. So system template bodies are skipped too when the
// user's code holds no template; whether it does is known for sure only at
// the end of the parse. When it does after all, the checks do not run and
// the caller parses the file again with template bodies kept (retry()). A
// look at the main file's tokens first avoids most such second parses.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_USERCODEFOCUS_H
#define HTTP_TIDY_TOOL_USERCODEFOCUS_H

#include "clang/Basic/SourceLocation.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang {
class SourceManager;
} // namespace clang

namespace http_tidy {

class UserCodeFocus : public clang::MultiplexConsumer {
public:
  /// \p SystemHeaders and \p HeaderFilter are clang-tidy's options of the
  /// same names for the file: where they admit findings in a system header,
  /// its bodies stay. \p Skip says which bodies may be skipped.
  enum class Skipping {
    /// Every body is built.
    None,
    /// Bodies that cannot matter are skipped, template bodies kept.
    KeepTemplates,
    /// Template bodies are skipped too, unless the user's code has templates.
    All,
  };
  UserCodeFocus(std::unique_ptr<clang::ASTConsumer> Checks, bool SystemHeaders,
                llvm::StringRef HeaderFilter, Skipping Skip);

  void Initialize(clang::ASTContext &Context) override;
  bool shouldSkipFunctionBody(clang::Decl *D) override;
  void HandleTranslationUnit(clang::ASTContext &Context) override;

  /// The parse skipped a template body that the user's templates may have
  /// needed: the checks did not run, and the file must be analysed again
  /// with templates kept.
  bool retry() const { return Retry; }

private:
  bool mayReport(clang::FileID File);
  /// Whether \p Loc is outside the system headers where nothing is
  /// reported.
  bool isUserLocation(clang::SourceLocation Loc);
  /// Whether \p D is, or holds, a declaration outside the system headers
  /// where nothing is reported.
  bool isUserCode(const clang::Decl *D);
  /// The top-level declarations that are, or hold, user code.
  std::vector<clang::Decl *> userDeclarations(clang::ASTContext &Context);

  const clang::SourceManager *Sources = nullptr;
  bool SystemHeaders;
  std::optional<llvm::Regex> HeaderFilter;
  bool SkipBodies;
  bool KeepTemplates;
  bool SkippedTemplate = false;
  bool Retry = false;
  llvm::DenseMap<clang::FileID, bool> Reported;
};

/// Whether a file's text shows signs of templates: `template`, `concept`,
/// `requires`, a parameter declared `auto`, a lambda's template parameters.
/// A guess from tokens (macros are not expanded), never the last word.
bool looksTemplated(llvm::StringRef Text);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_USERCODEFOCUS_H
