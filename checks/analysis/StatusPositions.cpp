//===--- StatusPositions.cpp - http-tidy ----------------------------------===//

#include "StatusPositions.h"
#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::Effect;
using model::FrameworkModel;
using model::Site;

/// The first parent of `Node` that is not a parenthesis or an implicit
/// conversion; `Child` is set to the node below it.
static const Stmt *meaningfulParent(const Stmt *Node, ASTContext &Ctx,
                                    const Stmt *&Child) {
  Child = Node;
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(*Child);
    if (Parents.empty())
      return nullptr;
    const auto *P = Parents[0].get<Stmt>();
    if (!P)
      return nullptr;
    if (!isa<ParenExpr>(P) && !isa<ImplicitCastExpr>(P) && !isa<ConstantExpr>(P))
      return P;
    Child = P;
  }
}

static std::optional<unsigned> argumentIndex(const CallExpr *Call,
                                             const Stmt *Arg) {
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (Call->getArg(I) == Arg)
      return I;
  return std::nullopt;
}

/// A status getter: a status field read or a status method called with no
/// arguments on a modelled response.
static std::optional<StatusPosition> asStatusGetter(const Expr *E) {
  E = skipTransparent(E);
  const Expr *Object = nullptr;
  const NamedDecl *Member = nullptr;
  Site Where = Site::Field;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Object = ME->getBase();
    Member = ME->getMemberDecl();
  } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
             Call && Call->getNumArgs() == 0) {
    Object = Call->getImplicitObjectArgument();
    Member = Call->getMethodDecl();
    Where = Site::Method;
  }
  if (!Object || !Member || !Member->getDeclName().isIdentifier())
    return std::nullopt;
  const FrameworkModel *FM = objectFramework(Object);
  if (!FM)
    return std::nullopt;
  const ApiEntry *Entry =
      findEntry(*FM, Where, Member->getName(), Effect::ReadStatus);
  if (!Entry)
    return std::nullopt;
  StatusPosition Position{FM, nullptr};
  if (E->getType()->isIntegerType()) {
    Position.IntegerGetter = E;
    Position.TypedGetter = Entry->TypedAlternative;
  }
  return Position;
}

static std::optional<StatusPosition>
callPosition(const CallExpr *Call, const Stmt *Child, const Expr *Literal) {
  std::optional<unsigned> Index = argumentIndex(Call, Child);
  if (!Index)
    return std::nullopt;
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *MD = MemberCall->getMethodDecl();
    const Expr *Object = MemberCall->getImplicitObjectArgument();
    const FrameworkModel *FM =
        objectFramework(Object);
    if (!FM || !MD || !MD->getDeclName().isIdentifier())
      return std::nullopt;
    const ApiEntry *Entry =
        findEntry(*FM, Site::Method, MD->getName(), Effect::SetStatus);
    if (Entry && Entry->Arg == static_cast<int>(*Index))
      return StatusPosition{FM, Literal};
    return std::nullopt;
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  for (Effect What : {Effect::SetStatus, Effect::ConvertStatus}) {
    auto [FM, Entry] = findFunctionEntry(Callee, What);
    if (Entry && Entry->Arg == static_cast<int>(*Index))
      return StatusPosition{FM, What == Effect::ConvertStatus ? Call : Literal};
  }
  return std::nullopt;
}

std::optional<StatusPosition> findStatusPosition(const IntegerLiteral &Literal,
                                                 ASTContext &Ctx) {
  const Stmt *Child = nullptr;
  const Stmt *Parent = meaningfulParent(&Literal, Ctx, Child);
  if (!Parent)
    return std::nullopt;

  if (const auto *BO = dyn_cast<BinaryOperator>(Parent)) {
    if (BO->getOpcode() == BO_Assign && BO->getRHS() == Child) {
      const auto *ME = dyn_cast<MemberExpr>(skipTransparent(BO->getLHS()));
      if (!ME || !ME->getMemberDecl()->getDeclName().isIdentifier())
        return std::nullopt;
      const FrameworkModel *FM = objectFramework(ME->getBase());
      if (FM && findEntry(*FM, Site::Field, ME->getMemberDecl()->getName(),
                          Effect::SetStatus))
        return StatusPosition{FM, &Literal};
      return std::nullopt;
    }
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      const Expr *Other = BO->getLHS() == Child ? BO->getRHS() : BO->getLHS();
      std::optional<StatusPosition> Position = asStatusGetter(Other);
      if (Position)
        Position->Replaced = &Literal;
      return Position;
    }
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Parent))
    return callPosition(Call, Child, &Literal);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
    const FrameworkModel *FM = responseFramework(Construct->getType());
    if (!FM)
      return std::nullopt;
    for (const ApiEntry &Entry : FM->Api)
      if (Entry.Where == Site::Constructor && Entry.What == Effect::SetStatus &&
          Entry.Arg >= 0 &&
          static_cast<unsigned>(Entry.Arg) < Construct->getNumArgs() &&
          Construct->getArg(Entry.Arg) == Child)
        return StatusPosition{FM, &Literal};
    return std::nullopt;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent)) {
    if (const FrameworkModel *FM = statusTypeFramework(Cast->getType()))
      return StatusPosition{FM, Cast};
    return std::nullopt;
  }
  if (const auto *Case = dyn_cast<CaseStmt>(Parent)) {
    if (Case->getLHS() != Child)
      return std::nullopt;
    // Find the switch this case belongs to.
    const Stmt *Node = Case;
    while (Node && !isa<SwitchStmt>(Node)) {
      DynTypedNodeList Parents = Ctx.getParents(*Node);
      Node = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    }
    const auto *Switch = dyn_cast_or_null<SwitchStmt>(Node);
    if (!Switch || !Switch->getCond())
      return std::nullopt;
    std::optional<StatusPosition> Position = asStatusGetter(Switch->getCond());
    if (Position) {
      Position->Replaced = &Literal;
      // Rewriting the switch is more than a case label's fix-it may do.
      Position->TypedGetter = "";
    }
    return Position;
  }
  return std::nullopt;
}

} // namespace clang::tidy::http
