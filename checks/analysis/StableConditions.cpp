//===--- StableConditions.cpp - http-tidy ---------------------------------===//

#include "StableConditions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

StableConditions::StableConditions(const Stmt *Body, const ParentMap &Parents) {
  collectWrites(Body, Parents);
}

void StableConditions::collectWrites(const Stmt *S, const ParentMap &Parents) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      // Only a load of the value leaves the variable as it is; assignment,
      // increment, address taken, reference bound, lambda capture by
      // reference: all may change it.
      const auto *Cast =
          dyn_cast_or_null<ImplicitCastExpr>(Parents.getParent(DRE));
      if (!Cast || Cast->getCastKind() != CK_LValueToRValue)
        Changed.insert(VD);
    }
  for (const Stmt *Child : S->children())
    collectWrites(Child, Parents);
}

std::optional<std::pair<const VarDecl *, bool>>
StableConditions::decompose(const Expr *Condition) const {
  bool Holds = true;
  const Expr *E = Condition;
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Not = dyn_cast<UnaryOperator>(E);
    if (!Not || Not->getOpcode() != UO_LNot)
      break;
    Holds = !Holds;
    E = Not->getSubExpr();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || VD->getType()->isReferenceType() ||
      VD->getType().isVolatileQualified() || Changed.count(VD))
    return std::nullopt;
  return std::make_pair(VD, Holds);
}

} // namespace clang::tidy::http
