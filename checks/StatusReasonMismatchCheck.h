//===--- StatusReasonMismatchCheck.h - http-tidy ----------------*- C++ -*-===//

#ifndef HTTP_TIDY_STATUSREASONMISMATCHCHECK_H
#define HTTP_TIDY_STATUSREASONMISMATCHCHECK_H

#include "ModelConfig.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::http {

/// Finds a reason phrase written next to a status code that is the
/// standard phrase of another code (`evhttp_send_reply(req, 204, "OK",
/// NULL)`, `"HTTP/1.1 404 OK\r\n"`), and offers the code's own phrase.
///
/// For the user-facing documentation see:
/// docs/checks/http-status-reason-mismatch.md
class StatusReasonMismatchCheck : public ClangTidyCheck {
public:
  StatusReasonMismatchCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Models(*this, Context) {}
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Models.storeOptions(Opts);
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// Reports `Phrase`, which is bytes [Begin, Begin + size) of `Literal`,
  /// when it names a status other than `Code`.
  void checkPhrase(unsigned Code, const StringLiteral &Literal, size_t Begin,
                   llvm::StringRef Phrase, ASTContext &Ctx);
  void checkCall(const CallExpr &Call, ASTContext &Ctx);
  void checkConstruction(const CXXConstructExpr &Construct, ASTContext &Ctx);
  ModelConfig Models;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_STATUSREASONMISMATCHCHECK_H
