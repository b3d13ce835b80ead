//===--- InvalidStatusCodeCheck.h - http-tidy -------------------*- C++ -*-===//

#ifndef HTTP_TIDY_INVALIDSTATUSCODECHECK_H
#define HTTP_TIDY_INVALIDSTATUSCODECHECK_H

#include "ModelConfig.h"
#include "analysis/UnitAnalysisStore.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <optional>

namespace clang::tidy::http {

/// Finds status codes that no client can read as intended: a number
/// outside 100 to 599 where a framework takes a status, or status text
/// whose code is not three digits.
///
/// For the user-facing documentation see:
/// docs/checks/http-invalid-status-code.md
class InvalidStatusCodeCheck : public ClangTidyCheck {
public:
  InvalidStatusCodeCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Models(*this, Context) {}
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Models.storeOptions(Opts);
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Store.reset(); }

private:
  void checkNumber(const IntegerLiteral &Literal, const Stmt &Parent,
                   ASTContext &Ctx);
  void checkText(const StringLiteral &Text, const CallExpr &Call, unsigned Arg,
                 ASTContext &Ctx);
  /// Protocol text that starts with a status line, whose code starts at
  /// byte `CodeAt`.
  void checkStatusLine(const StringLiteral &Text, size_t CodeAt,
                       const CallExpr &Call, unsigned Arg, ASTContext &Ctx);
  /// A valid code that the framework's status table lacks.
  void reportUnsendable(SourceLocation Loc, unsigned Code,
                        const model::FrameworkModel &Framework);
  /// Whether a model in effect has a status table: only then is a valid
  /// number worth a look.
  bool anyStatusTable();
  ModelConfig Models;
  std::optional<bool> HasStatusTable;
  /// Which arguments of the project's functions become a status: the
  /// unit's helper summaries, in the store the http checks share.
  std::shared_ptr<UnitAnalysisStore> Store;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_INVALIDSTATUSCODECHECK_H
