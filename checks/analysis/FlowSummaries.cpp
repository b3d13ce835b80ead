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
  if (llvm::is_contained(B.Summary->Made, Key))
    return Key; // Made in the helper: none of the caller's objects.
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
  for (const auto &[Index, Test] : Outcome.Compared) {
    const Expr *Arg = Index < B.Args.size() ? B.Args[Index] : nullptr;
    if (!Arg || !Arg->getType()->isIntegralOrEnumerationType())
      continue;
    Expr::EvalResult Value;
    if (!Arg->isValueDependent() && Arg->EvaluateAsInt(Value, Ctx)) {
      std::optional<int64_t> Number = Value.Val.getInt().tryExtValue();
      if (Number && !Test.admits(*Number))
        return false;
      continue;
    }
    // The caller's own stable variable: the test becomes the caller's.
    if (const VarDecl *Var = Stable.stableVariable(Arg);
        Var && !assumeValue(Var, Test, Path))
      return false;
  }
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
  HelperMade.insert(B.Summary->Made.begin(), B.Summary->Made.end());
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
      if (Bound.K == ResponseEvent::WriteBody && Bound.ContentParam &&
          !bindContent(Bound, B))
        continue;
      std::vector<PathState> Next;
      for (PathState &P : Paths)
        apply(Bound, std::move(P), Next);
      Paths = std::move(Next);
    }
    // The responses the helper made went out inside it.
    for (PathState &P : Paths) {
      for (const ObjectKey &Made : B.Summary->Made)
        P.Objects.erase(Made);
      Out.push_back(std::move(P));
    }
  }
}

bool FlowAnalysis::bindContent(ResponseEvent &Write,
                               const CallBinding &B) const {
  const ParmVarDecl *Param = Write.ContentParam;
  Write.ContentParam = nullptr;
  if (Param->getDeclContext() !=
      static_cast<const DeclContext *>(B.Summary->Function))
    return true;
  const unsigned Index = Param->getFunctionScopeIndex();
  const Expr *Arg = Index < B.Args.size() ? B.Args[Index] : nullptr;
  if (!Arg)
    return true;
  if (isEmptyContent(Arg, nullptr, Ctx)) {
    if (!Write.ReplacesContent)
      return false;
    Write.K = ResponseEvent::ClearBody;
    return true;
  }
  // A helper that passes its own parameter on: its callers decide.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
    if (const auto *Own = dyn_cast<ParmVarDecl>(Ref->getDecl());
        Own &&
        Own->getDeclContext() == static_cast<const DeclContext *>(&Function))
      Write.ContentParam = Own;
  return true;
}

bool FlowAnalysis::isRecorded(const ObjectKey &Key) const {
  if (ReturnedKeys.count(Key))
    return true;
  if (Key.Kind == ObjectKey::Temporary || HelperMade.count(Key))
    return false;
  // A pointer of the function's own that only ever holds what a factory
  // made here reaches nothing of the caller's.
  if (Key.Kind == ObjectKey::Variable && !Key.Member) {
    const auto *Var = static_cast<const VarDecl *>(Key.Root);
    const Expr *Init = Var->getInit();
    if (Var->getType()->isPointerType() && Var->hasLocalStorage() &&
        !isa<ParmVarDecl>(Var) &&
        Var->getParentFunctionOrMethod() ==
            static_cast<const DeclContext *>(&Function) &&
        (!Init || Extractor.objects().asCreation(Init) ||
         Init->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)))
      return false;
  }
  return Extractor.objects().isVisibleAtExit(Key);
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
    // Where the content was written, as the caller's own buffer would say.
    Recorded.K = ResponseEvent::WriteBody;
    Recorded.At = It->second.ContentAt;
    Recorded.Byte = It->second.ContentByte;
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
  return appendToTrace(Recorded, Path);
}

bool FlowAnalysis::recordMade(const ResponseEvent &Send,
                              const TrackState &State, PathState &Path) {
  const ParmVarDecl *Param = State.StatusParam;
  if (State.StatusKnowledge != TrackState::Unknown || !Param ||
      Param->getDeclContext() != static_cast<const DeclContext *>(&Function))
    return true;
  auto Event = [&](ResponseEvent::Kind K, const Stmt *At, const Stmt *Through) {
    ResponseEvent E{K, Send.Object, At};
    E.Through = Through;
    return E;
  };
  // What the response carries when it is sent, in an order that leaves the
  // caller's copy of it in the same state.
  llvm::SmallVector<ResponseEvent, 6> Events;
  Events.push_back(Event(ResponseEvent::Reset, Send.At, nullptr));
  Events.push_back(
      Event(ResponseEvent::SetStatus, State.StatusAt, State.StatusThrough));
  Events.back().Statuses = {StatusChoice{std::nullopt, {}, Param}};
  if (State.ContentAt) {
    Events.push_back(
        Event(ResponseEvent::WriteBody, State.ContentAt, State.ContentThrough));
    Events.back().Byte = State.ContentByte;
    Events.back().ContentParam = State.ContentParam;
  }
  for (bool Length : {true, false}) {
    const Stmt *At = Length ? State.LengthAt : State.ChunkedAt;
    if (!At)
      continue;
    Events.push_back(
        Event(ResponseEvent::SetFraming, At,
              Length ? State.LengthThrough : State.ChunkedThrough));
    Events.back().Header = Length ? model::Framing::ContentLength
                                  : model::Framing::TransferEncoding;
    Events.back().Via = Length ? State.LengthVia : State.ChunkedVia;
    Events.back().Byte = Length ? State.LengthByte : State.ChunkedByte;
  }
  if (State.HeadersUnknown)
    Events.push_back(Event(ResponseEvent::UnknownHeaders, Send.At, nullptr));
  for (bool Empty : {false, true}) {
    const uint64_t Headers =
        Empty ? State.HeadersEmpty : State.HeadersSet & ~State.HeadersEmpty;
    if (!Headers)
      continue;
    Events.push_back(Event(ResponseEvent::SetHeaders, Send.At, nullptr));
    Events.back().Headers = Headers;
    Events.back().EmptyValue = Empty;
    Events.back().MaybeByteranges = State.MaybeByteranges;
  }
  Events.push_back(Event(ResponseEvent::Send, Send.At, Send.Through));
  MadeKeys.insert(Send.Object);
  return appendToTrace(Events, Path);
}

bool FlowAnalysis::appendToTrace(llvm::ArrayRef<ResponseEvent> Events,
                                 PathState &Path) {
  std::vector<ResponseEvent> &Trace = Path.Trace;
  Trace.insert(Trace.end(), Events.begin(), Events.end());
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
  for (const auto &[Var, Tests] : Path.Compared)
    if (const auto *Param = dyn_cast<ParmVarDecl>(Var);
        Param &&
        Param->getDeclContext() == static_cast<const DeclContext *>(&Function))
      for (const ValueTest &Test : Tests)
        Outcome.Compared.push_back({Param->getFunctionScopeIndex(), Test});
  llvm::sort(Outcome.Compared);
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
  Summary.Made.assign(MadeKeys.begin(), MadeKeys.end());
  return Summary;
}

} // namespace clang::tidy::http
