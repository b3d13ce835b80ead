//===--- FlowConditions.cpp - http-tidy -----------------------------------===//
//
// Which way a path may go at a comparison with a constant: of a variable
// the function never changes (a parameter, whose value a call's argument
// decides), of a variable whose status the path knows, or of a response's
// status read back where the path knows it.
//
//===----------------------------------------------------------------------===//

#include "FlowAnalysis.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::http {

static std::optional<int64_t> caseValue(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  return Result.Val.getInt().tryExtValue();
}

bool FlowAnalysis::takeCase(const SwitchStmt &Switch, const CFGBlock &Block,
                            unsigned Index, PathState &Path) {
  const Expr *Subject = Switch.getCond();
  if (!Subject || !Subject->getType()->isIntegralOrEnumerationType())
    return true;
  Subject = Subject->IgnoreParenImpCasts();
  // The last successor is where no case matches: `default:`, or the code
  // after the switch.
  if (Index + 1 == Block.succ_size()) {
    llvm::SmallVector<int64_t, 8> Values;
    for (const SwitchCase *Case = Switch.getSwitchCaseList(); Case;
         Case = Case->getNextSwitchCase()) {
      const auto *Label = dyn_cast<CaseStmt>(Case);
      if (!Label)
        continue;
      std::optional<int64_t> Value = caseValue(Label->getLHS(), Ctx);
      if (!Value || Label->caseStmtIsGNURange())
        return true; // Not all the values a case takes are known.
      Values.push_back(*Value);
    }
    for (int64_t Value : Values)
      if (!assumeTest(Subject, {ValueTest::Equal, Value, false}, Path))
        return false;
    return true;
  }
  const CFGBlock *Next = Block.succ_begin()[Index].getReachableBlock();
  const auto *Label =
      Next ? dyn_cast_or_null<CaseStmt>(Next->getLabel()) : nullptr;
  std::optional<int64_t> Low =
      Label ? caseValue(Label->getLHS(), Ctx) : std::nullopt;
  if (!Low)
    return true;
  if (!Label->caseStmtIsGNURange())
    return assumeTest(Subject, {ValueTest::Equal, *Low, true}, Path);
  std::optional<int64_t> High = caseValue(Label->getRHS(), Ctx);
  if (!High || *High == INT64_MAX)
    return true;
  return assumeTest(Subject, {ValueTest::Below, *Low, false}, Path) &&
         assumeTest(Subject, {ValueTest::Below, *High + 1, true}, Path);
}

bool FlowAnalysis::assumeValue(const VarDecl *Var, const ValueTest &Test,
                               PathState &Path) {
  std::vector<ValueTest> &Tests = Path.Compared[Var];
  auto At = llvm::lower_bound(Tests, Test);
  if (At == Tests.end() || *At != Test)
    Tests.insert(At, Test);
  return satisfiable(Tests);
}

std::optional<FlowAnalysis::ComparedValue>
FlowAnalysis::comparedValue(const Expr *Subject, const PathState &Path) const {
  // A variable that holds a status the path knows: its value decides.
  if (std::optional<int64_t> Known = statusOnPath(Subject, Path))
    return ComparedValue{nullptr, *Known};
  if (const VarDecl *Var = Stable.stableVariable(Subject))
    return ComparedValue{Var, std::nullopt};
  std::optional<ObjectKey> Key = statusReadOf(Subject);
  auto It = Key ? Path.Objects.find(*Key) : Path.Objects.end();
  if (It == Path.Objects.end())
    return std::nullopt;
  const TrackState &State = It->second;
  if (State.StatusKnowledge == TrackState::Known)
    return ComparedValue{nullptr, State.Status};
  // The status is a parameter's value: the test is one of the parameter,
  // which a call's argument decides.
  if (const ParmVarDecl *Param = State.StatusParam;
      Param && State.StatusKnowledge == TrackState::Unknown &&
      Param->getDeclContext() == static_cast<const DeclContext *>(&Function) &&
      Stable.isStable(Param))
    return ComparedValue{Param, std::nullopt};
  return std::nullopt;
}

bool FlowAnalysis::assumeTest(const Expr *Subject, const ValueTest &Test,
                              PathState &Path) {
  std::optional<ComparedValue> Value = comparedValue(Subject, Path);
  if (!Value)
    return true;
  if (Value->Known)
    return Test.admits(*Value->Known);
  return assumeValue(Value->Var, Test, Path);
}

std::optional<bool> FlowAnalysis::evaluate(const Expr *Condition,
                                           const PathState &Path) const {
  const Expr *E = Condition->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(E);
      Not && Not->getOpcode() == UO_LNot) {
    std::optional<bool> Value = evaluate(Not->getSubExpr(), Path);
    return Value ? std::optional<bool>(!*Value) : std::nullopt;
  }
  if (const auto *Logical = dyn_cast<BinaryOperator>(E);
      Logical && Logical->isLogicalOp()) {
    // Either operand may decide; `&&` is decided by a false one.
    const bool Decisive = Logical->getOpcode() == BO_LOr;
    std::optional<bool> Left = evaluate(Logical->getLHS(), Path);
    std::optional<bool> Right = evaluate(Logical->getRHS(), Path);
    if (Left == Decisive || Right == Decisive)
      return Decisive;
    if (Left && Right)
      return !Decisive;
    return std::nullopt;
  }
  if (std::optional<std::pair<const VarDecl *, bool>> Tested =
          Stable.decompose(E)) {
    auto It = Path.Assumed.find(Tested->first);
    if (It != Path.Assumed.end())
      return It->second == Tested->second;
  }
  std::optional<Comparison> Compared = Stable.compare(E, Ctx);
  std::optional<ComparedValue> Value =
      Compared ? comparedValue(Compared->Subject, Path) : std::nullopt;
  if (!Value)
    return std::nullopt;
  if (Value->Known)
    return Compared->Test.admits(*Value->Known);
  auto It = Path.Compared.find(Value->Var);
  if (It == Path.Compared.end())
    return std::nullopt;
  std::vector<ValueTest> Tests = It->second;
  Tests.push_back(Compared->Test);
  if (!satisfiable(Tests))
    return false;
  Tests.back() = Compared->Test.negated();
  if (!satisfiable(Tests))
    return true;
  return std::nullopt;
}

std::optional<ObjectKey> FlowAnalysis::statusReadOf(const Expr *E) const {
  const ResponseObjects &Objects = Extractor.objects();
  const ApiLookup &Api = Objects.api();
  E = skipTransparent(E);
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    CallModel Model = Api.callModel(Call);
    // A getter of the object called on takes no arguments.
    const Expr *Object = Model.Receiver && Call->getNumArgs()
                             ? nullptr
                             : Model.objectFor(model::Effect::ReadStatus);
    return Object ? Objects.resolve(Object) : std::nullopt;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (std::optional<FieldAccess> Access = Api.fieldAccess(Member);
        Access && Api.fieldEntry(*Access, model::Effect::ReadStatus))
      return Objects.resolve(Access->Object);
  return std::nullopt;
}

} // namespace clang::tidy::http
