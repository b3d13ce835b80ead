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
/// arguments on a modelled response, or a status-reading function (a member
/// function too, on any object), or the number a status it returns holds
/// (`getStatus().code`).
static std::optional<StatusPosition> asStatusGetter(const Expr *E,
                                                    const ApiLookup &Api) {
  E = skipTransparent(E);
  if (const auto *ME = dyn_cast<MemberExpr>(E);
      ME && isa<FieldDecl>(ME->getMemberDecl()) &&
      ME->getMemberDecl()->getDeclName().isIdentifier() &&
      E->getType()->isIntegerType() && !ME->isArrow()) {
    const auto *Base = dyn_cast<CallExpr>(skipTransparent(ME->getBase()));
    std::optional<StatusPosition> Getter =
        Base ? asStatusGetter(Base, Api) : std::nullopt;
    if (Getter && !Getter->IntegerGetter &&
        Getter->Framework->CodeMember == ME->getMemberDecl()->getName())
      return StatusPosition{Getter->Framework, nullptr, E};
  }
  const FrameworkModel *FM = nullptr;
  const ApiEntry *Entry = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (std::optional<FieldAccess> Access = Api.fieldAccess(ME)) {
      FM = Access->Framework;
      Entry = Api.fieldEntry(*Access, Effect::ReadStatus);
    }
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // A method getter (named by its qualified name too: a getter of a type
    // the model does not track, a client's response) takes no arguments.
    const bool Method = isa<CXXMemberCallExpr>(Call);
    if (Method && Call->getNumArgs())
      return std::nullopt;
    CallModel Model = Api.callModel(Call);
    FM = Model.Framework;
    Entry = Model.entry(Effect::ReadStatus);
    // A function's result is a status position as a whole, never a number
    // to replace.
    if (!Method)
      return Entry ? std::optional(StatusPosition{FM, nullptr}) : std::nullopt;
  }
  if (!Entry)
    return std::nullopt;
  StatusPosition Position{FM, nullptr};
  if (E->getType()->isIntegerType()) {
    Position.IntegerGetter = E;
    Position.TypedGetter = Entry->TypedGetter;
  }
  return Position;
}

/// An argument of a project's function that the function makes a status.
static std::optional<StatusPosition>
helperPosition(const CallExpr *Call, unsigned Arg,
               const IntegerLiteral *Literal, HelperSummaries *Summaries) {
  const HelperSummary *Summary = Summaries ? Summaries->forCall(Call) : nullptr;
  std::optional<unsigned> Param = HelperSummaries::parameterOf(Call, Arg);
  if (!Summary || !Param || *Param >= Summary->Function->getNumParams())
    return std::nullopt;
  for (const auto &[Index, Framework] : Summary->StatusParams)
    if (Index == *Param) {
      StatusPosition Position{Framework, Literal};
      Position.HelperParameter =
          Summary->Function->getParamDecl(*Param)->getType();
      return Position;
    }
  return std::nullopt;
}

/// The framework of the modelled function or method `Call` calls, when its
/// entry with effect `What` passes `Matches`.
static const FrameworkModel *
modelledCall(const CallExpr &Call, Effect What,
             llvm::function_ref<bool(const ApiEntry &)> Matches,
             const ApiLookup &Api) {
  CallModel Model = Api.callModel(&Call);
  for (const ApiEntry *Entry : Model.Entries)
    if (Entry->What == What && Matches(*Entry))
      return Model.Framework;
  return nullptr;
}

const FrameworkModel *statusSetterOf(const CallExpr &Call, unsigned Arg,
                                     const ApiLookup &Api) {
  return modelledCall(
      Call, Effect::SetStatus,
      [&](const ApiEntry &E) { return E.StatusArg == static_cast<int>(Arg); },
      Api);
}

const FrameworkModel *appendingWriterOf(const CallExpr &Call, unsigned Arg,
                                        const ApiLookup &Api) {
  return modelledCall(
      Call, Effect::WriteBody,
      [&](const ApiEntry &E) {
        return E.Appends && E.ContentArg == static_cast<int>(Arg);
      },
      Api);
}

static std::optional<StatusPosition> callPosition(const CallExpr *Call,
                                                  const IntegerLiteral *Literal,
                                                  const ApiLookup &Api,
                                                  HelperSummaries *Summaries) {
  std::optional<unsigned> Index = argumentIndex(Call, Literal);
  if (!Index)
    return std::nullopt;
  if (const FrameworkModel *FM = statusSetterOf(*Call, *Index, Api))
    return StatusPosition{FM, Literal};
  CallModel Model = Api.callModel(Call);
  if (Model.Receiver)
    return std::nullopt;
  // The conversion is what a constant replaces: only a lone number.
  for (const ApiEntry *Entry : Model.Entries)
    if (Entry->What == Effect::ConvertStatus &&
        Entry->StatusArg == static_cast<int>(*Index) &&
        isOperand(Call->getArg(*Index), Literal))
      return StatusPosition{Model.Framework, Call};
  if (Model)
    return std::nullopt;
  return helperPosition(Call, *Index, Literal, Summaries);
}

/// A status object built from the lone number `Literal`
/// (`http_status_code_t{204}`): the constant replaces the whole
/// construction, which is what `Construct`'s range covers in both
/// spellings.
static std::optional<StatusPosition>
statusObjectPosition(const CXXConstructExpr &Construct,
                     const IntegerLiteral &Literal, const ApiLookup &Api) {
  const FrameworkModel *FM = Api.statusTypeFramework(Construct.getType());
  if (!FM || Construct.getNumArgs() == 0 ||
      !isOperand(Construct.getArg(0), &Literal))
    return std::nullopt;
  StatusPosition Position{FM, &Construct};
  for (unsigned I = 1; I < Construct.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Construct.getArg(I)))
      Position.Fixable = false; // A reason phrase the constant would drop.
  return Position;
}

std::optional<StatusPosition> findStatusPosition(const IntegerLiteral &Literal,
                                                 const Stmt &Parent,
                                                 const ApiLookup &Api,
                                                 const FunctionDecl *Function,
                                                 HelperSummaries *Summaries) {
  if (const auto *Return = dyn_cast<ReturnStmt>(&Parent)) {
    if (!Function || !isValueOperand(Return->getRetValue(), &Literal))
      return std::nullopt;
    auto Params = Api.statusReturns(*Function);
    if (Params.empty())
      return std::nullopt;
    return StatusPosition{Params.front().second, &Literal};
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(&Parent)) {
    if (BO->getOpcode() == BO_Assign &&
        isValueOperand(BO->getRHS(), &Literal)) {
      const auto *ME = dyn_cast<MemberExpr>(skipTransparent(BO->getLHS()));
      std::optional<FieldAccess> Access =
          ME ? Api.fieldAccess(ME) : std::nullopt;
      if (Access && Api.fieldEntry(*Access, Effect::SetStatus))
        return StatusPosition{Access->Framework, &Literal};
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
    return callPosition(Call, &Literal, Api, Summaries);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Parent)) {
    const FrameworkModel *FM = Api.responseFramework(Construct->getType());
    if (!FM)
      return statusObjectPosition(*Construct, Literal, Api);
    llvm::StringRef Type = Api.trackedTypeName(Construct->getType());
    for (const ApiEntry &Entry : FM->Api)
      if (Entry.Where == Site::Constructor && Entry.Name == Type &&
          Entry.What == Effect::SetStatus && Entry.StatusArg >= 0 &&
          entryAppliesTo(Entry, Construct->getConstructor()) &&
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
