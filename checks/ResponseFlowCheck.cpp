//===--- ResponseFlowCheck.cpp - http-tidy --------------------------------===//

#include "ResponseFlowCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::http {

void ResponseFlowCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
  // Lambda call operators are not reached as declarations.
  Finder->addMatcher(
      lambdaExpr(unless(isExpansionInSystemHeader())).bind("lambda"), this);
}

void ResponseFlowCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    Models.checkAgainst(*Result.Context);
    return;
  }
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function"))
    analyse(Function, *Result.Context);
  const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda");
  if (!Lambda)
    return;
  analyse(Lambda->getCallOperator(), *Result.Context);
  // A generic lambda is analysed in each instantiation, where the types of
  // its parameters are known.
  if (const FunctionTemplateDecl *Generic = Lambda->getDependentCallOperator())
    for (const FunctionDecl *Instance : Generic->specializations())
      analyse(Instance, *Result.Context);
}

void ResponseFlowCheck::analyse(const FunctionDecl *Function, ASTContext &Ctx) {
  if (!Function || !Function->doesThisDeclarationHaveABody() ||
      Function->isDependentContext() || !Analysed.insert(Function).second)
    return;
  for (const Violation &V : analyzeResponseFlow(*Function, Ctx, Models.api()))
    report(V);
}

void ResponseFlowCheck::noteStatus(const Violation &V) {
  diag(V.StatusLoc, "status %0 set here", DiagnosticIDs::Note) << V.Status;
}

} // namespace clang::tidy::http
