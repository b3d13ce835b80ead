//===--- StatusReasonMismatchCheck.h - http-tidy ----------------*- C++ -*-===//

#ifndef HTTP_TIDY_STATUSREASONMISMATCHCHECK_H
#define HTTP_TIDY_STATUSREASONMISMATCHCHECK_H

#include "ResponseFlowCheck.h"

namespace clang::tidy::http {

/// Finds a reason phrase sent with a status code that is the standard
/// phrase of another code: written next to the code
/// (`evhttp_send_reply(req, 204, "OK", NULL)`, `"HTTP/1.1 404 OK\r\n"`),
/// kept from before by a setter that changes only the code (POCO's
/// `setStatus`), or set after the code. Offers the code's own phrase.
///
/// For the user-facing documentation see:
/// docs/checks/http-status-reason-mismatch.md
class StatusReasonMismatchCheck : public ResponseFlowCheck {
public:
  using ResponseFlowCheck::ResponseFlowCheck;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  void report(const Violation &V) override;

private:
  /// Reports `Phrase`, which is bytes [Begin, Begin + size) of `Literal`,
  /// when it names a status other than `Code`; true when it is reported.
  bool checkPhrase(unsigned Code, const StringLiteral &Literal, size_t Begin,
                   llvm::StringRef Phrase, ASTContext &Ctx);
  void checkCall(const CallExpr &Call, ASTContext &Ctx);
  void checkConstruction(const CXXConstructExpr &Construct, ASTContext &Ctx);
  /// The fix-it that calls the method the model names instead of a setter
  /// that keeps the phrase, where the same arguments fit it.
  std::optional<FixItHint> insteadFix(const Stmt *Setter) const;
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_STATUSREASONMISMATCHCHECK_H
