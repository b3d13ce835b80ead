//===--- ObjectExpressions.cpp - http-tidy --------------------------------===//

#include "ObjectExpressions.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::http {

/// A call that creates an object, or a handle call.
static ObjectExpression classifyCall(const CallExpr *Call,
                                     const ApiLookup &Api) {
  ObjectExpression Result;
  Result.Self = Call;
  CallModel Model = Api.callModel(Call);
  if (Model.entry(model::Effect::Create)) {
    Result.K = ObjectExpression::Creation;
    return Result;
  }
  if (const Expr *Object = Model.objectFor(model::Effect::Handle)) {
    Result.K = ObjectExpression::Handle;
    Result.Inner = Object;
    Result.Framework = Model.Framework;
    return Result;
  }
  // A builder method returning the response it was called on, by reference
  // or as a pointer (`res->writeStatus(s)->end()`).
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call);
      MCE && (MCE->isGLValue() || MCE->getType()->isPointerType()) &&
      Api.responseFramework(MCE->getType()) &&
      Api.objectFramework(MCE->getImplicitObjectArgument())) {
    Result.K = ObjectExpression::Through;
    Result.Inner = MCE->getImplicitObjectArgument();
  }
  return Result;
}

ObjectExpression classifyObject(const Expr *E, const ApiLookup &Api) {
  ObjectExpression Result;
  E = skipTransparent(E);
  Result.Self = E;
  auto Through = [&](const Expr *Inner) {
    Result.K = ObjectExpression::Through;
    Result.Inner = Inner;
    return Result;
  };
  if (!E)
    return Result;
  // A smart pointer's `->` and `*` are calls too: they are told apart first.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) &&
        Op->getNumArgs() == 1 &&
        Api.smartPointerFramework(Op->getArg(0)->getType()))
      return Through(Op->getArg(0));
    return Result;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return classifyCall(Call, Api);
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return Through(UO->getSubExpr());
    return Result;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if ((Result.Var = dyn_cast<VarDecl>(DRE->getDecl())))
      Result.K = ObjectExpression::Variable;
    return Result;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (std::optional<FieldAccess> Access = Api.fieldAccess(ME);
        Access && Api.fieldEntry(*Access, model::Effect::Handle)) {
      Result.K = ObjectExpression::Handle;
      Result.Inner = Access->Object;
      Result.Framework = Access->Framework;
      return Result;
    }
    if (!(Result.Field = dyn_cast<FieldDecl>(ME->getMemberDecl())))
      return Result;
    Result.K = ObjectExpression::Member;
    if (const Expr *Base = skipTransparent(ME->getBase());
        !isa<CXXThisExpr>(Base))
      Result.Inner = Base;
    return Result;
  }
  // A copy carries the state of its source (`return res;`, by-value
  // arguments); any other construction of a tracked type makes an object of
  // its own.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getConstructor()->isCopyOrMoveConstructor() &&
        Construct->getNumArgs() >= 1)
      return Through(Construct->getArg(0));
    if (Api.responseFramework(Construct->getType()))
      Result.K = ObjectExpression::Construction;
    return Result;
  }
  if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E))
    return Through(FCE->getSubExpr());
  return Result;
}

} // namespace clang::tidy::http
