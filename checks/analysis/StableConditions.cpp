//===--- StableConditions.cpp - http-tidy ---------------------------------===//

#include "StableConditions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

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

/// `Condition` without the `!`s in front of it; `Holds` is flipped for
/// each one.
static const Expr *stripNegations(const Expr *Condition, bool &Holds) {
  const Expr *E = Condition->IgnoreParenImpCasts();
  while (const auto *Not = dyn_cast<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      break;
    Holds = !Holds;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  return E;
}

std::optional<std::pair<const VarDecl *, bool>>
StableConditions::decompose(const Expr *Condition) const {
  bool Holds = true;
  const Expr *E = stripNegations(Condition, Holds);
  const VarDecl *VD = stableVariable(E);
  if (!VD)
    return std::nullopt;
  return std::make_pair(VD, Holds);
}

const VarDecl *StableConditions::stableVariable(const Expr *E) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && isStable(VD) ? VD : nullptr;
}

bool StableConditions::isStable(const VarDecl *VD) const {
  return VD->hasLocalStorage() && !VD->getType()->isReferenceType() &&
         !VD->getType().isVolatileQualified() && !Changed.count(VD);
}

static std::optional<int64_t> constantValue(const Expr *E,
                                            const ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt().tryExtValue();
}

std::optional<Comparison>
StableConditions::compare(const Expr *Condition, const ASTContext &Ctx) const {
  bool Holds = true;
  const Expr *E = stripNegations(Condition, Holds);
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO || !BO->isComparisonOp() || BO->getOpcode() == BO_Cmp)
    return std::nullopt;
  const Expr *LHS = BO->getLHS(), *RHS = BO->getRHS();
  // Pointers and floating point values are not counted.
  if (!LHS->getType()->isIntegralOrEnumerationType() ||
      !RHS->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  std::optional<int64_t> Left = constantValue(LHS, Ctx);
  std::optional<int64_t> Right = constantValue(RHS, Ctx);
  if (Left.has_value() == Right.has_value())
    return std::nullopt;
  BinaryOperatorKind Op = BO->getOpcode();
  if (Left)
    Op = BinaryOperator::reverseComparisonOp(Op);
  const int64_t Constant = Left ? *Left : *Right;
  const Expr *Subject = Left ? RHS : LHS;
  // Compared as unsigned, a negative constant is a large number.
  if (Constant < 0 && Subject->getType()->isUnsignedIntegerOrEnumerationType())
    return std::nullopt;
  ValueTest Test;
  switch (Op) {
  case BO_EQ:
  case BO_NE:
    Test = {ValueTest::Equal, Constant, Op == BO_EQ};
    break;
  case BO_LT:
  case BO_GE:
    Test = {ValueTest::Below, Constant, Op == BO_LT};
    break;
  case BO_LE:
  case BO_GT:
    if (Constant == INT64_MAX)
      return std::nullopt;
    Test = {ValueTest::Below, Constant + 1, Op == BO_LE};
    break;
  default:
    return std::nullopt;
  }
  if (!Holds)
    Test = Test.negated();
  return Comparison{Subject->IgnoreParenImpCasts(), Test};
}

bool satisfiable(llvm::ArrayRef<ValueTest> Tests) {
  // The values left: one, if a test fixed it; else those from `Low` up to
  // below `High` but for the excluded ones.
  std::optional<int64_t> Fixed, Low, High;
  llvm::SmallVector<int64_t, 4> Excluded;
  for (const ValueTest &Test : Tests) {
    if (Test.K == ValueTest::Equal && Test.Holds) {
      if (Fixed && *Fixed != Test.Constant)
        return false;
      Fixed = Test.Constant;
    } else if (Test.K == ValueTest::Equal) {
      Excluded.push_back(Test.Constant);
    } else if (Test.Holds) {
      High = High ? std::min(*High, Test.Constant) : Test.Constant;
    } else {
      Low = Low ? std::max(*Low, Test.Constant) : Test.Constant;
    }
  }
  if (Fixed)
    return llvm::all_of(
        Tests, [&](const ValueTest &Test) { return Test.admits(*Fixed); });
  if (Low && High && *Low >= *High)
    return false;
  if (!Low || !High)
    return true;
  llvm::sort(Excluded);
  Excluded.erase(std::unique(Excluded.begin(), Excluded.end()), Excluded.end());
  const uint64_t InRange = llvm::count_if(
      Excluded, [&](int64_t V) { return V >= *Low && V < *High; });
  return static_cast<uint64_t>(*High) - static_cast<uint64_t>(*Low) > InRange;
}

} // namespace clang::tidy::http
