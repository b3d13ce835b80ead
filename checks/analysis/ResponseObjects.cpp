//===--- ResponseObjects.cpp - http-tidy ----------------------------------===//

#include "ResponseObjects.h"
#include "ApiLookup.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::http {

/// Root of the objects reached through `this`.
static const char ThisMarker = 0;

ResponseObjects::ResponseObjects(const FunctionDecl &Function)
    : Function(Function) {
  if (Function.getBody())
    collectAliases(Function.getBody());
}

void ResponseObjects::collectAliases(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return; // A lambda body is a function of its own.
  if (const auto *E = dyn_cast<Expr>(S);
      E && (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) &&
      responseFramework(E->getType()))
    HasResponses = true;
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !responseFramework(VD->getType()))
        continue;
      HasResponses = true;
      if (isPointerOrReference(VD->getType()) && VD->getInit())
        if (std::optional<ObjectKey> Target = resolve(VD->getInit()))
          Aliases[VD] = *Target;
    }
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->getType()->isPointerType())
        Reseated.insert(VD);
  for (const Stmt *Child : S->children())
    collectAliases(Child);
}

std::optional<ObjectKey> ResponseObjects::resolve(const Expr *E) const {
  E = skipTransparent(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return resolve(UO->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD ? resolveVariable(VD) : std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD)
      return std::nullopt;
    const Expr *Base = skipTransparent(ME->getBase());
    if (isa<CXXThisExpr>(Base))
      return ObjectKey{&ThisMarker, FD};
    std::optional<ObjectKey> Outer = resolve(Base);
    if (!Outer || Outer->Member)
      return std::nullopt;
    return ObjectKey{Outer->Root, FD};
  }
  // A copy carries the state of its source (`return res;`, by-value
  // arguments).
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getConstructor()->isCopyOrMoveConstructor() &&
        Construct->getNumArgs() >= 1)
      return resolve(Construct->getArg(0));
  // A builder method returning the response it was called on.
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
    if (MCE->isGLValue() && responseFramework(MCE->getType()) &&
        MCE->getImplicitObjectArgument() &&
        objectFramework(MCE->getImplicitObjectArgument()))
      return resolve(MCE->getImplicitObjectArgument());
  return std::nullopt;
}

std::optional<ObjectKey>
ResponseObjects::resolveVariable(const VarDecl *VD) const {
  if (Reseated.count(VD))
    return std::nullopt;
  auto It = Aliases.find(VD);
  if (It != Aliases.end())
    return It->second;
  return ObjectKey{VD->getCanonicalDecl(), nullptr};
}

bool ResponseObjects::isVisibleAtExit(const ObjectKey &Key) const {
  if (Key.Root == &ThisMarker)
    return true;
  const auto *VD = static_cast<const Decl *>(Key.Root);
  const auto *Var = dyn_cast_or_null<VarDecl>(VD);
  if (!Var)
    return false;
  if (isPointerOrReference(Var->getType()) || Var->hasGlobalStorage())
    return true;
  // Captured by a lambda, or declared outside this function.
  return Var->getParentFunctionOrMethod() !=
         static_cast<const DeclContext *>(&Function);
}

} // namespace clang::tidy::http
