//===--- LocalStructs.cpp - http-tidy -------------------------------------===//

#include "LocalStructs.h"
#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::http {

static bool isZero(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult Result;
  return E && !E->isValueDependent() && E->EvaluateAsInt(Result, Ctx) &&
         Result.Val.getInt().isZero();
}

/// An initialiser that leaves every member 0: `{0}`, `{}`, zeros, nulls.
static bool isZeroInit(const Expr *Init, ASTContext &Ctx) {
  Init = Init->IgnoreParenImpCasts();
  if (const auto *List = dyn_cast<InitListExpr>(Init))
    return llvm::all_of(List->inits(), [&](const Expr *Member) {
      return Member && isZeroInit(Member, Ctx);
    });
  if (isa<ImplicitValueInitExpr>(Init))
    return true;
  return isZero(Init, Ctx) ||
         (!Init->isValueDependent() &&
          Init->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull));
}

/// `memset(p, 0, n)` and the builtins it may be spelled as.
static bool zeroesMemory(const CallExpr *Call, ASTContext &Ctx) {
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || Call->getNumArgs() < 2)
    return false;
  const unsigned Builtin = Callee->getBuiltinID();
  const bool IsMemset =
      Builtin == Builtin::BImemset || Builtin == Builtin::BI__builtin_memset ||
      Builtin == Builtin::BI__builtin___memset_chk ||
      (Callee->getDeclName().isIdentifier() && Callee->getName() == "memset");
  return IsMemset && isZero(Call->getArg(1), Ctx);
}

static void collectUses(const Stmt *S, const VarDecl *Variable,
                        llvm::SmallVectorImpl<const DeclRefExpr *> &Uses) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S);
      DRE && DRE->getDecl() == Variable)
    Uses.push_back(DRE);
  for (const Stmt *Child : S->children())
    collectUses(Child, Variable, Uses);
}

static const Stmt *parentOf(const Stmt *S, const ParentMap &Parents) {
  const Stmt *P = Parents.getParent(S);
  while (P && isa<ParenExpr>(P))
    P = Parents.getParent(P);
  return P;
}

/// The call an argument is given to, through the conversions to the
/// parameter's type.
static const CallExpr *callTaking(const Expr *Argument,
                                  const ParentMap &Parents) {
  const Stmt *P = Parents.getParent(Argument);
  while (P && (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P)))
    P = Parents.getParent(P);
  return dyn_cast_or_null<CallExpr>(P);
}

bool localMemberIsZero(const Expr *Object, llvm::StringRef Path,
                       const FunctionDecl &Function, const ParentMap &Parents,
                       ASTContext &Ctx) {
  const Expr *Named = skipTransparent(Object);
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(Named);
      AddressOf && AddressOf->getOpcode() == UO_AddrOf)
    Named = skipTransparent(AddressOf->getSubExpr());
  const auto *Ref = dyn_cast<DeclRefExpr>(Named);
  const auto *Variable = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Variable || !Variable->hasLocalStorage() || isa<ParmVarDecl>(Variable) ||
      !Variable->getType()->isRecordType() ||
      Variable->getParentFunctionOrMethod() !=
          static_cast<const DeclContext *>(&Function))
    return false;
  bool Zeroed = Variable->getInit() && isZeroInit(Variable->getInit(), Ctx);
  llvm::SmallVector<const DeclRefExpr *, 8> Uses;
  collectUses(Function.getBody(), Variable, Uses);
  for (const DeclRefExpr *Use : Uses) {
    // The member the use reaches: `v.a.b`, also `(&v.a)->b`.
    const Expr *Reached = Use;
    std::string Reach;
    for (const Stmt *P = parentOf(Reached, Parents);;
         P = parentOf(Reached, Parents)) {
      const MemberExpr *Member = dyn_cast_or_null<MemberExpr>(P);
      if (!Member || Member->isArrow()) {
        const auto *AddressOf = dyn_cast_or_null<UnaryOperator>(P);
        Member =
            AddressOf && AddressOf->getOpcode() == UO_AddrOf
                ? dyn_cast_or_null<MemberExpr>(parentOf(AddressOf, Parents))
                : nullptr;
        if (!Member || !Member->isArrow())
          break;
      }
      const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
      if (!Field || !Field->getDeclName().isIdentifier())
        return false;
      Reach = Reach.empty() ? Field->getName().str()
                            : (Reach + "." + Field->getName()).str();
      Reached = Member;
    }
    const Stmt *User = parentOf(Reached, Parents);
    const auto *Load = dyn_cast_or_null<ImplicitCastExpr>(User);
    const bool Read = Load && Load->getCastKind() == CK_LValueToRValue;
    if (Reach.empty()) {
      // The call that takes the content, `sizeof(v)`, `memset(&v, 0, n)`.
      const auto *AddressOf = dyn_cast_or_null<UnaryOperator>(User);
      const Expr *Whole = AddressOf && AddressOf->getOpcode() == UO_AddrOf
                              ? AddressOf
                              : Reached;
      if (skipTransparent(Object) == Whole ||
          isa_and_nonnull<UnaryExprOrTypeTraitExpr>(User))
        continue;
      const CallExpr *Call =
          AddressOf ? callTaking(AddressOf, Parents) : nullptr;
      if (Call && zeroesMemory(Call, Ctx) &&
          skipTransparent(Call->getArg(0)) == AddressOf) {
        Zeroed = true;
        continue;
      }
      return false;
    }
    if (Reach == Path) {
      const auto *Assign = dyn_cast_or_null<BinaryOperator>(User);
      if (Assign && Assign->getOpcode() == BO_Assign &&
          Assign->getLHS()->IgnoreParens() == Reached &&
          isZero(Assign->getRHS(), Ctx)) {
        Zeroed = true;
        continue;
      }
      if (!Read)
        return false;
      continue;
    }
    // A part that holds the member: only read.
    if (Path.starts_with(Reach + ".") && !Read)
      return false;
  }
  return Zeroed;
}

} // namespace clang::tidy::http
