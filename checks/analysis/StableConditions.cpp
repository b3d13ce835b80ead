//===--- StableConditions.cpp - http-tidy ---------------------------------===//

#include "StableConditions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

StableConditions::StableConditions(const Stmt *Body, const ParentMap &Parents) {
  collectWrites(Body, Parents);
}

/// Whether the use `DRE` of a variable only reads it: a load, or a const
/// reference bound to it.
static bool isRead(const DeclRefExpr *DRE, const ParentMap &Parents) {
  const auto *Cast =
      dyn_cast_or_null<ImplicitCastExpr>(Parents.getParentIgnoreParens(DRE));
  return Cast && (Cast->getCastKind() == CK_LValueToRValue ||
                  (Cast->getCastKind() == CK_NoOp &&
                   Cast->getType().isConstQualified()));
}

/// Whether the use `DRE` of a variable reads it, or changes it where the
/// CFG shows the change: an assignment, an increment or a decrement.
static bool isPlainUse(const DeclRefExpr *DRE, const ParentMap &Parents) {
  if (isRead(DRE, Parents))
    return true;
  const Stmt *P = Parents.getParentIgnoreParens(DRE);
  auto IsOperand = [&](const Expr *E) { return E->IgnoreParens() == DRE; };
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P))
    return BO->isAssignmentOp() && IsOperand(BO->getLHS());
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(P))
    return UO->isIncrementDecrementOp();
  // A class's own copy or move assignment, which only copies the value.
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P)) {
    const auto *Assign = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
           IsOperand(Op->getArg(0)) && Assign && !Assign->isUserProvided();
  }
  return false;
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
      if (!isPlainUse(DRE, Parents))
        ChangedIndirectly.insert(VD);
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
