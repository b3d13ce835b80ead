//===--- MagicStatusCodeCheck.h - http-tidy ---------------------*- C++ -*-===//

#ifndef HTTP_TIDY_MAGICSTATUSCODECHECK_H
#define HTTP_TIDY_MAGICSTATUSCODECHECK_H

#include "ModelConfig.h"
#include "analysis/StatusConstants.h"
#include "analysis/UnitAnalysisStore.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang::tidy::http {

/// Finds status codes written as numbers where the framework in the
/// translation unit names them, and offers the named constant.
///
/// For the user-facing documentation see:
/// docs/checks/http-magic-status-code.md
class MagicStatusCodeCheck : public ClangTidyCheck {
public:
  MagicStatusCodeCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override {
    this->PP = PP;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Shorthands.clear();
    Store.reset();
  }

private:
  void checkLiteral(const IntegerLiteral &Literal, const Stmt &Parent,
                    const FunctionDecl *Function,
                    const ast_matchers::MatchFinder::MatchResult &Result);
  void checkReturns(const Stmt *S, const FunctionDecl &Handler,
                    const ast_matchers::MatchFinder::MatchResult &Result);
  ModelConfig Models;
  /// For the macros that name status codes.
  Preprocessor *PP = nullptr;
  const std::string RawIgnoredCodes;
  llvm::SmallVector<unsigned, 4> IgnoredCodes;
  /// How the file shortens names, to spell constants the way it does.
  llvm::SmallVector<Shorthand, 4> Shorthands;
  /// Which arguments of the project's functions become a status: the
  /// unit's helper summaries, in the store the http checks share.
  std::shared_ptr<UnitAnalysisStore> Store;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_MAGICSTATUSCODECHECK_H
