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
  if (!Store)
    Store = UnitAnalysisStore::get(Ctx, Models.api());
  for (const Violation &V : Store->violations(*Function))
    report(V);
}

std::string ResponseFlowCheck::helperName(const Stmt *Call) {
  const auto *CE = dyn_cast_or_null<CallExpr>(Call);
  const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
  if (!Callee)
    return "a function";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
      MD && MD->getParent()->isLambda())
    return "a lambda";
  return "'" + Callee->getNameAsString() + "'";
}

void ResponseFlowCheck::addNotes(const Violation &V, StringRef Written) {
  if (V.Through)
    diag(V.WriteLoc, "%0 here, through the call of %1", DiagnosticIDs::Note)
        << Written << helperName(V.Through);
  diag(V.StatusLoc, "status %0 set here", DiagnosticIDs::Note) << V.Status;
}

} // namespace clang::tidy::http
