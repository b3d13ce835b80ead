//===--- ResponseFlowCheck.h - http-tidy ------------------------*- C++ -*-===//
//
// Base of the checks that report what the response-flow analysis finds: it
// asks the unit's shared store for the violations of each function and
// lambda, and each check reports those of its own kind. The store analyses a
// function once, whichever of these checks ask.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_RESPONSEFLOWCHECK_H
#define HTTP_TIDY_RESPONSEFLOWCHECK_H

#include "ModelConfig.h"
#include "analysis/ResponseFlow.h"
#include "analysis/UnitAnalysisStore.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::http {

class ResponseFlowCheck : public ClangTidyCheck {
public:
  ResponseFlowCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Models(*this, Context) {}
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Models.storeOptions(Opts);
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override {
    Analysed.clear();
    Store.reset();
  }

protected:
  /// Reports `V` if it is of this check's kind.
  virtual void report(const Violation &V) = 0;
  /// Adds the notes: where a helper did what `Written` says ("content
  /// written") when the violation is reported at its call, and "status set
  /// here".
  void addNotes(const Violation &V, StringRef Written);
  /// How a note names the function a call runs.
  static std::string helperName(const Stmt *Call);
  const ApiLookup &api() const { return Models.api(); }

private:
  void analyse(const FunctionDecl *Function, ASTContext &Ctx);
  ModelConfig Models;
  /// The functions this check has reported on: a function template's
  /// instance and a lambda may be matched more than once.
  llvm::DenseSet<const FunctionDecl *> Analysed;
  std::shared_ptr<UnitAnalysisStore> Store;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_RESPONSEFLOWCHECK_H
