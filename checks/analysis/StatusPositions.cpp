//===--- StatusPositions.cpp - http-tidy ----------------------------------===//

#include "StatusPositions.h"
#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::Effect;
using model::FrameworkModel;
using model::Site;

static bool isOperand(const Expr *E, const IntegerLiteral *Literal) {
  return E && E->IgnoreParenImpCasts() == Literal;
}

/// An operand, or an arm of a conditional operand (`quiet ? 204 : 200`):
/// each arm is a status the position may take.
static bool isValueOperand(const Expr *E, const IntegerLiteral *Literal) {
  if (isOperand(E, Literal))
    return true;
  const auto *Conditional =
      E ? dyn_cast<ConditionalOperator>(E->IgnoreParenImpCasts()) : nullptr;
  return Conditional && (isValueOperand(Conditional->getTrueExpr(), Literal) ||
                         isValueOperand(Conditional->getFalseExpr(), Literal));
}

static std::optional<unsigned> argumentIndex(const CallExpr *Call,
                                             const IntegerLiteral *Literal) {
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (isValueOperand(Call->getArg(I), Literal))
      return I;
  return std::nullopt;
}

/// A status getter: a status field read, a status method called with no
/// arguments on a modelled response, or a status-reading function.
static std::optional<StatusPosition> asStatusGetter(const Expr *E,
                                                    const ApiLookup &Api) {
  E = skipTransparent(E);
  if (const auto *Call = dyn_cast<CallExpr>(E);
      Call && !isa<CXXMemberCallExpr>(E)) {
    FunctionModel Model = Api.functionModel(Call->getDirectCallee());
    if (Model.entry(Effect::ReadStatus))
      return StatusPosition{Model.Framework, nullptr};
    return std::nullopt;
  }
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
  const FrameworkModel *FM = Api.objectFramework(Object);
  if (!FM)
    return std::nullopt;
  const ApiEntry *Entry =
      findEntry(*FM, Where, Member->getName(), Effect::ReadStatus);
  if (!Entry)
    return std::nullopt;
  StatusPosition Position{FM, nullptr};
  if (E->getType()->isIntegerType()) {
    Position.IntegerGetter = E;
    Position.TypedGetter = Entry->TypedGetter;
  }
  return Position;
}

static std::optional<StatusPosition> callPosition(const CallExpr *Call,
                                                  const IntegerLiteral *Literal,
                                                  const ApiLookup &Api) {
  std::optional<unsigned> Index = argumentIndex(Call, Literal);
  if (!Index)
    return std::nullopt;
  const int Arg = static_cast<int>(*Index);
  if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *MD = MemberCall->getMethodDecl();
    const Expr *Object = MemberCall->getImplicitObjectArgument();
    const FrameworkModel *FM = Api.objectFramework(Object);
    if (!FM || !MD || !MD->getDeclName().isIdentifier())
      return std::nullopt;
    const ApiEntry *Entry =
        findEntry(*FM, Site::Method, MD->getName(), Effect::SetStatus);
    if (Entry && Entry->StatusArg == Arg)
      return StatusPosition{FM, Literal};
    return std::nullopt;
  }
  FunctionModel Model = Api.functionModel(Call->getDirectCallee());
  for (const ApiEntry *Entry : Model.Entries) {
    if (Entry->StatusArg != Arg)
      continue;
    if (Entry->What == Effect::SetStatus)
      return StatusPosition{Model.Framework, Literal};
    // The conversion is what a constant replaces: only a lone number.
    if (Entry->What == Effect::ConvertStatus &&
        isOperand(Call->getArg(*Index), Literal))
      return StatusPosition{Model.Framework, Call};
  }
  return std::nullopt;
}

std::optional<StatusPosition> findStatusPosition(const IntegerLiteral &Literal,
                                                 const Stmt &Parent,
                                                 const ApiLookup &Api) {
  if (const auto *BO = dyn_cast<BinaryOperator>(&Parent)) {
    if (BO->getOpcode() == BO_Assign &&
        isValueOperand(BO->getRHS(), &Literal)) {
      const auto *ME = dyn_cast<MemberExpr>(skipTransparent(BO->getLHS()));
      if (!ME || !ME->getMemberDecl()->getDeclName().isIdentifier())
        return std::nullopt;
      const FrameworkModel *FM = Api.objectFramework(ME->getBase());
      if (FM && findEntry(*FM, Site::Field, ME->getMemberDecl()->getName(),
                          Effect::SetStatus))
        return StatusPosition{FM, &Literal};
      return std::nullopt;
    }
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      const Expr *Other =
          isOperand(BO->getLHS(), &Literal) ? BO->getRHS() : BO->getLHS();
      std::optional<StatusPosition> Position = asStatusGetter(Other, Api);
      if (Position)
        Position->Replaced = &Literal;
      return Position;
    }
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CallExpr>(&Parent))
    return callPosition(Call, &Literal, Api);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Parent)) {
    const FrameworkModel *FM = Api.responseFramework(Construct->getType());
    if (!FM)
      return std::nullopt;
    llvm::StringRef Type = Api.trackedTypeName(Construct->getType());
    for (const ApiEntry &Entry : FM->Api)
      if (Entry.Where == Site::Constructor && Entry.Name == Type &&
          Entry.What == Effect::SetStatus && Entry.StatusArg >= 0 &&
          static_cast<unsigned>(Entry.StatusArg) < Construct->getNumArgs() &&
          isValueOperand(Construct->getArg(Entry.StatusArg), &Literal))
        return StatusPosition{FM, &Literal};
    return std::nullopt;
  }
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&Parent)) {
    // The cast is what a constant replaces: only a lone number.
    if (const FrameworkModel *FM = Api.statusTypeFramework(Cast->getType());
        FM && isOperand(Cast->getSubExpr(), &Literal))
      return StatusPosition{FM, Cast};
    return std::nullopt;
  }
  if (const auto *Switch = dyn_cast<SwitchStmt>(&Parent)) {
    std::optional<StatusPosition> Position =
        Switch->getCond() ? asStatusGetter(Switch->getCond(), Api)
                          : std::nullopt;
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
