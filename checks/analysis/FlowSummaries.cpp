//===--- FlowSummaries.cpp - http-tidy ------------------------------------===//
//
// The flow analysis' side of the project's helpers: recording what each
// path of a helper does to what its callers can see, and replaying those
// outcomes as paths of the caller at each call.
//
//===----------------------------------------------------------------------===//

#include "FlowAnalysis.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::http {

std::optional<ObjectKey> FlowAnalysis::bind(const ObjectKey &Key,
                                            const CallBinding &B) const {
  auto Member =
      [&](const std::optional<ObjectKey> &Owner) -> std::optional<ObjectKey> {
    if (!Owner || !Key.Member)
      return Owner;
    if (Owner->Member)
      return std::nullopt; // A member of a member is not tracked.
    return ObjectKey{Owner->Kind, Owner->Root, Key.Member};
  };
  if (Key == returnedObject())
    return B.Result;
  switch (Key.Kind) {
  case ObjectKey::This:
    if (!B.BaseKnown)
      return std::nullopt;
    return B.Base ? Member(B.Base) : Key;
  case ObjectKey::Temporary:
    return std::nullopt; // The helper's own.
  case ObjectKey::Variable:
    break;
  }
  const auto *Param =
      dyn_cast<ParmVarDecl>(static_cast<const Decl *>(Key.Root));
  if (!Param || Param->getDeclContext() !=
                    static_cast<const DeclContext *>(B.Summary->Function))
    return Key; // Captured by a lambda, or global: the same object.
  const unsigned Index = Param->getFunctionScopeIndex();
  return Index < B.Objects.size() && B.Objects[Index] ? Member(B.Objects[Index])
                                                      : std::nullopt;
}

bool FlowAnalysis::assumeArguments(const HelperOutcome &Outcome,
                                   const CallBinding &B, PathState &Path) {
  for (const auto &[Index, Holds] : Outcome.Assumed) {
    const Expr *Arg = Index < B.Args.size() ? B.Args[Index] : nullptr;
    if (!Arg)
      continue;
    bool Value;
    if (!Arg->isValueDependent() &&
        Arg->EvaluateAsBooleanCondition(Value, Ctx)) {
      if (Value != Holds)
        return false;
      continue;
    }
    if (!assume({{Arg, Holds}}, Path))
      return false;
  }
  return true;
}

void FlowAnalysis::applyCall(const ResponseEvent &Event, PathState Path,
                             std::vector<PathState> &Out) {
  const CallBinding &B = *Event.Binding;
  const ApiLookup &Api = Extractor.objects().api();
  for (const HelperOutcome &Outcome : B.Summary->Outcomes) {
    PathState Start = Path;
    if (!assumeArguments(Outcome, B, Start))
      continue;
    std::vector<PathState> Paths{std::move(Start)};
    // What the helper returns replaces what the result object held; a path
    // that returns something else leaves it unknown.
    if (B.Result) {
      ResponseEvent Unknown{ResponseEvent::ResetUnknown, *B.Result, Event.At};
      std::vector<PathState> Next;
      apply(Unknown, std::move(Paths.front()), Next);
      Paths = std::move(Next);
    }
    for (const ResponseEvent &Helper : Outcome.Trace) {
      std::optional<ObjectKey> Key = bind(Helper.Object, B);
      if (!Key)
        continue;
      ResponseEvent Bound = Helper;
      Bound.Object = *Key;
      Bound.Through = Event.At;
      Bound.StatusFromCaller = false;
      if (Bound.K == ResponseEvent::SetStatus && Bound.Statuses.size() == 1)
        if (const ParmVarDecl *Param = Bound.Statuses.front().Param;
            Param &&
            Param->getDeclContext() ==
                static_cast<const DeclContext *>(B.Summary->Function)) {
          const unsigned Index = Param->getFunctionScopeIndex();
          const Expr *Arg = Index < B.Args.size() ? B.Args[Index] : nullptr;
          Bound.Statuses = Arg ? Api.evaluateStatusChoices(Arg, Ctx)
                               : llvm::SmallVector<StatusChoice, 2>{};
          Bound.StatusFromCaller = true;
        }
      std::vector<PathState> Next;
      for (PathState &P : Paths)
        apply(Bound, std::move(P), Next);
      Paths = std::move(Next);
    }
    for (PathState &P : Paths)
      Out.push_back(std::move(P));
  }
}

bool FlowAnalysis::isRecorded(const ObjectKey &Key) const {
  return ReturnedKeys.count(Key) || (Key.Kind != ObjectKey::Temporary &&
                                     Extractor.objects().isVisibleAtExit(Key));
}

bool FlowAnalysis::record(const ResponseEvent &Event, PathState &Path) {
  ResponseEvent Recorded = Event;
  switch (Event.K) {
  case ResponseEvent::CopyFrom:
    // The state of another object: the callers cannot know it.
    Recorded.K = ResponseEvent::Escape;
    break;
  case ResponseEvent::AddContentFrom: {
    auto It = Path.Objects.find(Event.Source);
    if (It == Path.Objects.end() || !It->second.ContentAt)
      return true;
    Recorded.K = ResponseEvent::WriteBody;
    break;
  }
  case ResponseEvent::Send:
    if (isa_and_nonnull<ReturnStmt>(Event.At) &&
        ReturnedKeys.count(Event.Object)) {
      Path.Returned = Event.Object;
      return true;
    }
    break;
  default:
    break;
  }
  Recorded.Source = ObjectKey();
  Recorded.Binding = nullptr;
  std::vector<ResponseEvent> &Trace = Path.Trace;
  Trace.push_back(std::move(Recorded));
  // A loop repeats what it did: once is what a caller needs to know, and
  // the trace stays finite.
  for (size_t Length = 1; Length <= 8 && 2 * Length <= Trace.size(); ++Length) {
    llvm::ArrayRef<ResponseEvent> All(Trace);
    if (sameEvents(All.take_back(Length),
                   All.drop_back(Length).take_back(Length))) {
      Trace.resize(Trace.size() - Length);
      break;
    }
  }
  if (Trace.size() <= MaxTraceLength)
    return true;
  Truncated = true;
  return false;
}

void FlowAnalysis::addOutcome(const PathState &Path) {
  HelperOutcome Outcome;
  for (const auto &[Var, Holds] : Path.Assumed)
    if (const auto *Param = dyn_cast<ParmVarDecl>(Var);
        Param &&
        Param->getDeclContext() == static_cast<const DeclContext *>(&Function))
      Outcome.Assumed.push_back({Param->getFunctionScopeIndex(), Holds});
  llvm::sort(Outcome.Assumed);
  for (const ResponseEvent &Event : Path.Trace) {
    if (!ReturnedKeys.count(Event.Object)) {
      Outcome.Trace.push_back(Event);
    } else if (Path.Returned && Event.Object == *Path.Returned) {
      Outcome.Trace.push_back(Event);
      Outcome.Trace.back().Object = returnedObject();
    }
  }
  auto At = llvm::lower_bound(Outcomes, Outcome, outcomeLess);
  if (At != Outcomes.end() && !outcomeLess(Outcome, *At))
    return;
  Outcomes.insert(At, std::move(Outcome));
  if (Outcomes.size() > MaxOutcomes)
    Truncated = true;
}

void FlowAnalysis::collectReturned(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    if (const Expr *Value = Return->getRetValue())
      if (std::optional<ObjectKey> Key = Extractor.objects().resolve(Value);
          Key && !isRecorded(*Key))
        ReturnedKeys.insert(*Key);
    return;
  }
  for (const Stmt *Child : S->children())
    collectReturned(Child);
}

std::optional<HelperSummary> FlowAnalysis::summary() {
  if (Truncated)
    return std::nullopt;
  HelperSummary Summary;
  Summary.Function = &Function;
  for (const HelperOutcome &Outcome : Outcomes)
    for (const ResponseEvent &Event : Outcome.Trace) {
      if (Event.K != ResponseEvent::SetStatus || Event.Statuses.size() != 1)
        continue;
      const ParmVarDecl *Param = Event.Statuses.front().Param;
      const model::FrameworkModel *FM = frameworkOf(Event.Object);
      if (!Param || !FM ||
          Param->getDeclContext() !=
              static_cast<const DeclContext *>(&Function))
        continue;
      std::pair<unsigned, const model::FrameworkModel *> Flow{
          Param->getFunctionScopeIndex(), FM};
      if (!llvm::is_contained(Summary.StatusParams, Flow))
        Summary.StatusParams.push_back(Flow);
    }
  Summary.Outcomes = std::move(Outcomes);
  return Summary;
}

} // namespace clang::tidy::http
