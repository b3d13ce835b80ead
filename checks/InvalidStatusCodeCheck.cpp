//===--- InvalidStatusCodeCheck.cpp - http-tidy ---------------------------===//

#include "InvalidStatusCodeCheck.h"
#include "StatusOperandMatchers.h"
#include "analysis/RawMessage.h"
#include "analysis/StatusPositions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::http {

/// RFC 9110 section 15: a status code is three digits, 100 to 599.
static bool isValidCode(const llvm::APInt &Value) {
  return Value.uge(100) && Value.ule(599);
}

void InvalidStatusCodeCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  // The positions that give a response its status, as the magic-number
  // check finds them, less the comparisons: a getter compared with 0 or -1
  // tests for a status not set yet, which is no code sent.
  addStatusOperandMatchers(*Finder, this, /*Comparisons=*/false);
  auto InUserCode = unless(isExpansionInSystemHeader());
  // A status given as text (`writeStatus("204 No Content")`): check() looks
  // at the arguments that are string literals.
  Finder->addMatcher(callExpr(InUserCode).bind("call"), this);
}

void InvalidStatusCodeCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    Models.checkAgainst(*Result.Context);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    for (unsigned I = 0; I < Call->getNumArgs(); ++I)
      if (const StringLiteral *Text = asStringLiteral(Call->getArg(I)))
        checkText(*Text, *Call, I, *Result.Context);
    return;
  }
  const auto *Literal = Result.Nodes.getNodeAs<IntegerLiteral>("literal");
  const auto *Parent = Result.Nodes.getNodeAs<Stmt>("parent");
  if (!Literal || !Parent)
    return;
  // A valid code can only be one a framework's status table lacks.
  if (isValidCode(Literal->getValue()) && !anyStatusTable())
    return;
  checkNumber(*Literal, *Parent, *Result.Context);
}

bool InvalidStatusCodeCheck::anyStatusTable() {
  if (!HasStatusTable)
    HasStatusTable = llvm::any_of(
        Models.api().models(),
        [](const std::shared_ptr<const model::FrameworkModel> &FM) {
          return !FM->SendableCodes.empty();
        });
  return *HasStatusTable;
}

/// Whether `Literal` is an arm of the conditional `E` is, however nested.
static bool isArmOf(const Expr *E, const IntegerLiteral &Literal) {
  const auto *Conditional =
      dyn_cast<ConditionalOperator>(E->IgnoreParenImpCasts());
  if (!Conditional)
    return false;
  for (const Expr *Arm :
       {Conditional->getTrueExpr(), Conditional->getFalseExpr()})
    if (Arm->IgnoreParenImpCasts() == &Literal || isArmOf(Arm, Literal))
      return true;
  return false;
}

/// Whether the value `E` makes is compared or tested, not given to a
/// response (`int_to_status(0) == res.result()`).
static bool isCompared(const Expr &E, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(E);
  while (Parents.size() == 1) {
    const Stmt *P = Parents[0].get<Stmt>();
    if (!P)
      return false;
    if (isa<ParenExpr, ImplicitCastExpr, ConstantExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, ExprWithCleanups>(P)) {
      Parents = Ctx.getParents(*P);
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return BO->isComparisonOp();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      return Op->isComparisonOp();
    return isa<CaseStmt, SwitchStmt>(P);
  }
  return false;
}

/// Whether `S` may change `Param`: assigns it, or takes its address.
static bool writes(const Stmt *S, const ParmVarDecl *Param) {
  if (!S)
    return false;
  auto Names = [&](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Param;
  };
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->isAssignmentOp() && Names(BO->getLHS()))
    return true;
  if (const auto *UO = dyn_cast<UnaryOperator>(S);
      UO && (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf) &&
      Names(UO->getSubExpr()))
    return true;
  return llvm::any_of(S->children(),
                      [&](const Stmt *Child) { return writes(Child, Param); });
}

/// Whether a way through the helper `Call` calls can take `Value`, given as
/// parameter `Param`, to a status: one whose tests of the arguments the
/// call's constants pass, that does not test `Param` itself (a helper that
/// tests or changes its status may well handle a bad one), and that sets a
/// status from it.
static bool helperSendsValue(const HelperSummary &Summary, unsigned Param,
                             int64_t Value, const CallExpr &Call,
                             const ASTContext &Ctx) {
  llvm::SmallDenseMap<unsigned, int64_t, 4> Constants;
  Constants[Param] = Value;
  for (unsigned Arg = 0; Arg < Call.getNumArgs(); ++Arg) {
    std::optional<unsigned> P = HelperSummaries::parameterOf(&Call, Arg);
    Expr::EvalResult Result;
    if (P && *P != Param && !Call.getArg(Arg)->isValueDependent() &&
        Call.getArg(Arg)->EvaluateAsInt(Result, Ctx))
      if (std::optional<int64_t> V = Result.Val.getInt().trySExtValue())
        Constants[*P] = *V;
  }
  const ParmVarDecl *Status = Summary.Function->getParamDecl(Param);
  // A helper that changes its status parameter (`if (status > 599) status =
  // 500;`) is taken to handle a bad one.
  if (writes(Summary.Function->getBody(), Status))
    return false;
  return llvm::any_of(Summary.Outcomes, [&](const HelperOutcome &Outcome) {
    for (const auto &[Index, Holds] : Outcome.Assumed) {
      if (Index == Param)
        return false;
      auto It = Constants.find(Index);
      if (It != Constants.end() && (It->second != 0) != Holds)
        return false;
    }
    for (const auto &[Index, Test] : Outcome.Compared) {
      if (Index == Param)
        return false;
      auto It = Constants.find(Index);
      if (It != Constants.end() && !Test.admits(It->second))
        return false;
    }
    return llvm::any_of(Outcome.Trace, [&](const ResponseEvent &E) {
      return E.K == ResponseEvent::SetStatus && E.Statuses.size() == 1 &&
             E.Statuses.front().Param == Status;
    });
  });
}

void InvalidStatusCodeCheck::checkNumber(const IntegerLiteral &Literal,
                                         const Stmt &Parent, ASTContext &Ctx) {
  if (!Store)
    Store = UnitAnalysisStore::get(Ctx, Models.api());
  std::optional<StatusPosition> Position = findStatusPosition(
      Literal, Parent, Models.api(), nullptr, &Store->statusSummaries(this));
  if (!Position || (Position->Replaced && Position->Replaced != &Literal &&
                    isCompared(*Position->Replaced, Ctx)))
    return;
  if (!Position->HelperParameter.isNull())
    if (const auto *Call = dyn_cast<CallExpr>(&Parent)) {
      const HelperSummary *Summary = Store->statusSummaries(this).forCall(Call);
      std::optional<unsigned> Param;
      for (unsigned Arg = 0; Arg < Call->getNumArgs() && !Param; ++Arg)
        if (Call->getArg(Arg)->IgnoreParenImpCasts() == &Literal ||
            isArmOf(Call->getArg(Arg), Literal))
          Param = HelperSummaries::parameterOf(Call, Arg);
      if (!Summary || !Param ||
          !helperSendsValue(*Summary, *Param,
                            static_cast<int64_t>(
                                Literal.getValue().getLimitedValue(INT64_MAX)),
                            *Call, Ctx))
        return;
    }
  if (!isValidCode(Literal.getValue())) {
    diag(Literal.getBeginLoc(),
         "status code %0 is outside 100 to 599; no client can read it as a "
         "status (RFC 9110 section 15)")
        << llvm::toString(Literal.getValue(), 10, /*Signed=*/false);
    return;
  }
  reportUnsendable(Literal.getBeginLoc(), Literal.getValue().getZExtValue(),
                   *Position->Framework);
}

void InvalidStatusCodeCheck::reportUnsendable(
    SourceLocation Loc, unsigned Code, const model::FrameworkModel &Framework) {
  if (Framework.SendableCodes.empty() ||
      llvm::binary_search(Framework.SendableCodes, Code))
    return;
  diag(Loc, "status code %0 is not in %1's status table: %1 sends %2 instead")
      << Code << Framework.Name << Framework.SentInstead;
}

void InvalidStatusCodeCheck::checkText(const StringLiteral &Text,
                                       const CallExpr &Call, unsigned Arg,
                                       ASTContext &Ctx) {
  if (!Text.isOrdinary())
    return;
  llvm::StringRef Status = Text.getString();
  if (std::optional<size_t> CodeAt = statusLineCodeAt(Status)) {
    checkStatusLine(Text, *CodeAt, Call, Arg, Ctx);
    return;
  }
  llvm::StringRef Code = Status.take_while(llvm::isDigit);
  // Only text that starts with a number is meant as a code; the rest is
  // another argument's business.
  if (Code.empty())
    return;
  unsigned Value = 0;
  const bool Valid = Code.size() == 3 && !Code.getAsInteger(10, Value) &&
                     Value >= 100 && Value <= 599 &&
                     (Status.size() == 3 || Status[3] == ' ');
  const model::FrameworkModel *Framework =
      statusSetterOf(Call, Arg, Models.api());
  if (!Framework)
    return;
  if (Valid) {
    reportUnsendable(Text.getBeginLoc(), Value, *Framework);
    return;
  }
  diag(Text.getBeginLoc(),
       "status '%0' does not start with a three-digit code from 100 to 599; "
       "no client can read it as a status (RFC 9110 section 15)")
      << Status.take_until([](char C) { return C == '\r' || C == '\n'; });
}

void InvalidStatusCodeCheck::checkStatusLine(const StringLiteral &Text,
                                             size_t CodeAt,
                                             const CallExpr &Call, unsigned Arg,
                                             ASTContext &Ctx) {
  llvm::StringRef Rest = Text.getString().substr(CodeAt);
  llvm::StringRef Code = Rest.take_while(llvm::isDigit);
  unsigned Value = 0;
  // A printf conversion (`%d`) is a code the analysis cannot see.
  if (Rest.starts_with("%") ||
      (Code.size() == 3 && !Code.getAsInteger(10, Value) && Value >= 100 &&
       Value <= 599 && (Rest.size() == 3 || Rest[3] == ' ' || Rest[3] == '\r')))
    return;
  // Text a handler writes itself: the framework's status table is not
  // involved, only the text.
  if (!appendingWriterOf(Call, Arg, Models.api()))
    return;
  diag(Text.getLocationOfByte(CodeAt, Ctx.getSourceManager(), Ctx.getLangOpts(),
                              Ctx.getTargetInfo()),
       "status line '%0' has no three-digit code from 100 to 599; no client "
       "can read it as a status (RFC 9110 section 15)")
      << Text.getString().take_until(
             [](char C) { return C == '\r' || C == '\n'; });
}

} // namespace clang::tidy::http
