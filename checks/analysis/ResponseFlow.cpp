//===--- ResponseFlow.cpp - http-tidy -------------------------------------===//

#include "ResponseFlow.h"
#include "RawMessage.h"
#include "ResponseEvents.h"
#include "StableConditions.h"
#include "StatusCodes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include <map>
#include <set>

namespace clang::tidy::http {
namespace {

/// What one path knows about one response object.
struct TrackState {
  enum Knowledge : uint8_t { Default, Known, Unknown };
  Knowledge StatusKnowledge = Default;
  unsigned Status = 0;
  const Stmt *StatusAt = nullptr;
  const Stmt *ContentAt = nullptr; ///< First content write still present.
  const Stmt *LengthAt = nullptr;
  const Stmt *ChunkedAt = nullptr;
  llvm::StringRef LengthVia, ChunkedVia;
  /// Protocol text the handler writes itself: how far its message is, and
  /// the byte of the literal each `...At` above points into.
  RawPhase Raw = RawPhase::None;
  unsigned StatusByte = 0, ContentByte = 0, LengthByte = 0, ChunkedByte = 0;
  /// The call of a helper that did what each `...At` above says, if one did.
  const Stmt *StatusThrough = nullptr, *ContentThrough = nullptr,
             *LengthThrough = nullptr, *ChunkedThrough = nullptr;
  /// The call of a helper that last wrote content or set each header, even
  /// where it was there already.
  const Stmt *LastContentThrough = nullptr, *LastLengthThrough = nullptr,
             *LastChunkedThrough = nullptr;
  /// The status came from that call's argument.
  bool StatusFromCaller = false;

  auto tied() const {
    return std::tie(StatusKnowledge, Status, StatusAt, ContentAt, LengthAt,
                    ChunkedAt, Raw, StatusByte, ContentByte, LengthByte,
                    ChunkedByte, StatusThrough, ContentThrough, LengthThrough,
                    ChunkedThrough, LastContentThrough, LastLengthThrough,
                    LastChunkedThrough, StatusFromCaller);
  }
  bool operator<(const TrackState &O) const { return tied() < O.tied(); }
  bool operator==(const TrackState &O) const { return tied() == O.tied(); }
};

/// What makes two events the same, for telling paths apart.
static auto eventKey(const ResponseEvent &E) {
  std::vector<std::pair<std::optional<unsigned>, const ParmVarDecl *>> Values;
  for (const StatusChoice &Choice : E.Statuses)
    Values.push_back({Choice.Value, Choice.Param});
  return std::make_tuple(E.K, E.Object.tied(), E.At, std::move(Values),
                         E.Header, E.Via, E.Source.tied(), E.Text, E.TextLength,
                         E.Byte, E.Through, E.StatusFromCaller);
}

static bool eventLess(const ResponseEvent &A, const ResponseEvent &B) {
  return eventKey(A) < eventKey(B);
}

static bool sameEvents(llvm::ArrayRef<ResponseEvent> A,
                       llvm::ArrayRef<ResponseEvent> B) {
  return A.size() == B.size() &&
         std::equal(A.begin(), A.end(), B.begin(),
                    [](const ResponseEvent &X, const ResponseEvent &Y) {
                      return eventKey(X) == eventKey(Y);
                    });
}

static bool traceLess(const std::vector<ResponseEvent> &A,
                      const std::vector<ResponseEvent> &B) {
  return std::lexicographical_compare(A.begin(), A.end(), B.begin(), B.end(),
                                      eventLess);
}

/// One path's knowledge of every response object it has touched, and of
/// the stable conditions it has taken a branch on. When a helper is
/// summarised, its path records the events on what its callers can see
/// instead, and which object it returns.
struct PathState {
  std::map<ObjectKey, TrackState> Objects;
  std::map<const VarDecl *, bool> Assumed;
  std::vector<ResponseEvent> Trace;
  std::optional<ObjectKey> Returned;
  bool operator<(const PathState &O) const {
    if (std::tie(Objects, Assumed, Returned) !=
        std::tie(O.Objects, O.Assumed, O.Returned))
      return std::tie(Objects, Assumed, Returned) <
             std::tie(O.Objects, O.Assumed, O.Returned);
    return traceLess(Trace, O.Trace);
  }
};

static bool outcomeLess(const HelperOutcome &A, const HelperOutcome &B) {
  if (A.Assumed != B.Assumed)
    return A.Assumed < B.Assumed;
  return traceLess(A.Trace, B.Trace);
}

/// Paths kept per CFG block, and CFG blocks visited per function, before the
/// analysis gives up on precision rather than time: it only ever drops paths,
/// so a finding is never invented.
constexpr size_t MaxPathsPerBlock = 128;
constexpr size_t MaxBlockVisits = 50000;
/// A helper with more ways through it, or a longer trace on one, is not
/// followed.
constexpr size_t MaxOutcomes = 32;
constexpr size_t MaxTraceLength = 64;

class FlowAnalysis {
public:
  /// `Recording`: summarise `Function` for its callers instead of checking
  /// it.
  FlowAnalysis(const FunctionDecl &Function, ResponseObjects Objects,
               ASTContext &Ctx, HelperSummaries *Summaries, bool Recording)
      : Function(Function), Ctx(Ctx),
        Parents(const_cast<Stmt *>(Function.getBody())),
        Extractor(std::move(Objects), Ctx, Parents, Summaries),
        Stable(Function.getBody(), Parents), Recording(Recording) {}

  std::vector<Violation> run();
  /// The summary, after run() in recording mode; nothing if incomplete.
  std::optional<HelperSummary> summary();

private:
  struct BlockInfo {
    std::vector<ResponseEvent> Events;
    /// Variables declared in the block: a loop declares them anew.
    std::vector<const VarDecl *> Declared;
  };
  const BlockInfo &infoOf(const CFGBlock &Block);
  /// Records in `Path` the value of each stable condition that must hold
  /// (or not) as given; false when the path already assumed the opposite.
  bool assume(llvm::ArrayRef<std::pair<const Expr *, bool>> Conditions,
              PathState &Path);
  /// Whether the path may take successor `Index` of `Block`; records the
  /// condition's value in `Path` when it is a stable one.
  bool takeBranch(const CFGBlock &Block, unsigned Index, PathState &Path);
  /// Replays one event on a path and appends the paths that continue: none
  /// when it ends there (a throw), one per value when a status may take
  /// several.
  void apply(const ResponseEvent &Event, PathState Path,
             std::vector<PathState> &Out);
  void checkSent(const TrackState &State);
  void report(Violation::Kind K, const Stmt *At, unsigned Byte,
              const TrackState &State, model::Framing Header,
              llvm::StringRef Via);
  /// Where byte `Byte` of `S` is: inside a literal, or the start of `S`.
  SourceLocation locate(const Stmt *S, unsigned Byte) const;
  void applyRawText(const ResponseEvent &Event, TrackState &State);
  /// Replays each outcome of the helper a Call event calls, as a path.
  void applyCall(const ResponseEvent &Event, PathState Path,
                 std::vector<PathState> &Out);
  /// Whether an outcome's assumptions on the helper's parameters can hold
  /// for the call's arguments; records them on `Path` where they are the
  /// caller's stable conditions.
  bool assumeArguments(const HelperOutcome &Outcome, const CallBinding &B,
                       PathState &Path);
  /// The caller's object that a summary's object is, for one call.
  std::optional<ObjectKey> bind(const ObjectKey &Key,
                                const CallBinding &B) const;
  /// Recording: whether the callers see this object.
  bool isRecorded(const ObjectKey &Key) const;
  /// Recording: appends `Event` to the path's trace; false when the path is
  /// dropped (its trace grew too long).
  bool record(const ResponseEvent &Event, PathState &Path);
  void addOutcome(const PathState &Path);
  void collectReturned(const Stmt *S);
  const model::FrameworkModel *frameworkOf(const ObjectKey &Key) const;

  const FunctionDecl &Function;
  ASTContext &Ctx;
  ParentMap Parents;
  ResponseEventExtractor Extractor;
  StableConditions Stable;
  std::map<unsigned, BlockInfo> Blocks;
  std::map<std::tuple<int, const Stmt *, const Stmt *, int, const Stmt *>,
           Violation>
      Found;
  const bool Recording;
  /// Recording: the local objects the function returns.
  std::set<ObjectKey> ReturnedKeys;
  std::vector<HelperOutcome> Outcomes;
  /// Recording: paths were dropped, so the summary would be incomplete.
  bool Truncated = false;
};

const FlowAnalysis::BlockInfo &FlowAnalysis::infoOf(const CFGBlock &Block) {
  auto [It, Inserted] = Blocks.try_emplace(Block.getBlockID());
  if (Inserted) {
    llvm::SmallVector<ResponseEvent, 8> Events;
    for (const CFGElement &Element : Block) {
      std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
      if (!S)
        continue;
      Extractor.extract(S->getStmt(), Events);
      if (const auto *DS = dyn_cast<DeclStmt>(S->getStmt()))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D))
            It->second.Declared.push_back(VD);
    }
    It->second.Events.assign(Events.begin(), Events.end());
  }
  return It->second;
}

bool FlowAnalysis::assume(
    llvm::ArrayRef<std::pair<const Expr *, bool>> Conditions, PathState &Path) {
  for (const auto &[Condition, Holds] : Conditions) {
    std::optional<std::pair<const VarDecl *, bool>> Tested =
        Stable.decompose(Condition);
    if (!Tested)
      continue;
    const bool Value = Holds == Tested->second;
    auto [It, Inserted] = Path.Assumed.try_emplace(Tested->first, Value);
    if (!Inserted && It->second != Value)
      return false;
  }
  return true;
}

bool FlowAnalysis::takeBranch(const CFGBlock &Block, unsigned Index,
                              PathState &Path) {
  const Stmt *Terminator = Block.getTerminatorStmt();
  const auto *Condition =
      dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
  // Only two-way branches: a switch's successors are its cases.
  if (!Condition || Block.succ_size() != 2 || Index > 1 ||
      isa_and_nonnull<SwitchStmt>(Terminator))
    return true;
  return assume({{Condition, Index == 0}}, Path);
}

SourceLocation FlowAnalysis::locate(const Stmt *S, unsigned Byte) const {
  if (const auto *Literal = dyn_cast<StringLiteral>(S))
    return Literal->getLocationOfByte(Byte, Ctx.getSourceManager(),
                                      Ctx.getLangOpts(), Ctx.getTargetInfo());
  // A call in a chain of pointers (`res->writeStatus(s)->end(x)`) starts
  // where the chain starts: point at its own name instead.
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    if (const auto *Object = dyn_cast_or_null<CallExpr>(
            skipTransparent(Call->getImplicitObjectArgument()));
        Object && !isa<CXXOperatorCallExpr>(Object) &&
        Object->getType()->isPointerType() && Call->getExprLoc().isValid())
      return Call->getExprLoc();
  return S->getBeginLoc();
}

void FlowAnalysis::report(Violation::Kind K, const Stmt *At, unsigned Byte,
                          const TrackState &State, model::Framing Header,
                          llvm::StringRef Via) {
  if (Recording)
    return;
  const bool Content = K == Violation::ContentOnNoContent;
  const bool Length = Header == model::Framing::ContentLength;
  const Stmt *Through = Content  ? State.ContentThrough
                        : Length ? State.LengthThrough
                                 : State.ChunkedThrough;
  const Stmt *LastThrough = Content  ? State.LastContentThrough
                            : Length ? State.LastLengthThrough
                                     : State.LastChunkedThrough;
  // One call of a helper set the status and wrote this itself: the helper's
  // own analysis reports it, where it is.
  if (Through && State.StatusThrough && !State.StatusFromCaller &&
      (Through == State.StatusThrough || LastThrough == State.StatusThrough))
    return;
  Violation V{
      K,      At,  State.StatusAt,   State.Status,
      Header, Via, locate(At, Byte), locate(State.StatusAt, State.StatusByte)};
  if (Through) {
    V.Through = Through;
    V.WriteLoc = V.Loc;
    V.Loc = locate(Through, 0);
  }
  Found.try_emplace({K, At, State.StatusAt, static_cast<int>(Header), Through},
                    V);
}

void FlowAnalysis::applyRawText(const ResponseEvent &Event, TrackState &State) {
  auto Content = [&](const Stmt *At, unsigned Byte) {
    State.LastContentThrough = Event.Through;
    if (State.ContentAt)
      return;
    State.ContentAt = At;
    State.ContentByte = Byte;
    State.ContentThrough = Event.Through;
  };
  // Text after a status the framework set is content, and so is text that
  // starts no message.
  llvm::SmallVector<RawPart, 4> Parts;
  RawPhase Next = State.Raw;
  if (State.Raw != RawPhase::None ||
      State.StatusKnowledge == TrackState::Default)
    Next = parseRawMessage(Event.Text->getString().take_front(Event.TextLength),
                           State.Raw, Parts);
  if (Next == RawPhase::None) {
    Content(Event.At, 0);
    return;
  }
  State.Raw = Next;
  for (const RawPart &Part : Parts) {
    switch (Part.K) {
    case RawPart::Status:
      State.StatusKnowledge =
          Part.Code ? TrackState::Known : TrackState::Unknown;
      State.Status = Part.Code;
      State.StatusAt = Event.Text;
      State.StatusByte = Part.Offset;
      State.StatusThrough = Event.Through;
      State.StatusFromCaller = false;
      break;
    case RawPart::ContentLength:
    case RawPart::TransferEncoding: {
      const bool Length = Part.K == RawPart::ContentLength;
      const Stmt *&At = Length ? State.LengthAt : State.ChunkedAt;
      (Length ? State.LastLengthThrough : State.LastChunkedThrough) =
          Event.Through;
      if (At)
        break;
      At = Event.Text;
      (Length ? State.LengthByte : State.ChunkedByte) = Part.Offset;
      (Length ? State.LengthVia : State.ChunkedVia) = "";
      (Length ? State.LengthThrough : State.ChunkedThrough) = Event.Through;
      break;
    }
    case RawPart::Content:
      Content(Event.Text, Part.Offset);
      break;
    }
  }
}

void FlowAnalysis::checkSent(const TrackState &State) {
  if (State.StatusKnowledge != TrackState::Known)
    return;
  if (State.ContentAt && forbidsContent(State.Status))
    report(Violation::ContentOnNoContent, State.ContentAt, State.ContentByte,
           State, model::Framing::ContentLength, "");
  if (!forbidsFraming(State.Status))
    return;
  if (State.LengthAt)
    report(Violation::FramingOnNoContent, State.LengthAt, State.LengthByte,
           State, model::Framing::ContentLength, State.LengthVia);
  if (State.ChunkedAt)
    report(Violation::FramingOnNoContent, State.ChunkedAt, State.ChunkedByte,
           State, model::Framing::TransferEncoding, State.ChunkedVia);
}

void FlowAnalysis::apply(const ResponseEvent &Event, PathState Path,
                         std::vector<PathState> &Out) {
  if (Event.K == ResponseEvent::Call) {
    applyCall(Event, std::move(Path), Out);
    return;
  }
  if (Event.K == ResponseEvent::SetStatus && Event.Statuses.size() > 1) {
    for (const StatusChoice &Choice : Event.Statuses) {
      PathState Taken = Path;
      if (!assume(Choice.Conditions, Taken))
        continue; // This arm contradicts a branch the path took.
      ResponseEvent OneValue = Event;
      OneValue.Statuses = {StatusChoice{Choice.Value, {}}};
      apply(OneValue, std::move(Taken), Out);
    }
    return;
  }
  if (Recording && isRecorded(Event.Object)) {
    if (record(Event, Path))
      Out.push_back(std::move(Path));
    return;
  }
  TrackState &State = Path.Objects[Event.Object];
  switch (Event.K) {
  case ResponseEvent::Reset:
    State = TrackState();
    break;
  case ResponseEvent::ResetUnknown:
    State = TrackState();
    State.StatusKnowledge = TrackState::Unknown;
    break;
  case ResponseEvent::CopyFrom: {
    auto It = Path.Objects.find(Event.Source);
    State = It == Path.Objects.end() ? TrackState() : It->second;
    // A copy of what the callers of a helper being summarised hold.
    if (Recording && isRecorded(Event.Source)) {
      State = TrackState();
      State.StatusKnowledge = TrackState::Unknown;
    }
    break;
  }
  case ResponseEvent::SetStatus: {
    std::optional<unsigned> Value =
        Event.Statuses.empty() ? std::nullopt : Event.Statuses.front().Value;
    State.StatusKnowledge = Value ? TrackState::Known : TrackState::Unknown;
    State.Status = Value.value_or(0);
    State.StatusAt = Event.At;
    State.StatusByte = 0;
    State.StatusThrough = Event.Through;
    State.StatusFromCaller = Event.StatusFromCaller;
    break;
  }
  case ResponseEvent::WriteBody:
    State.LastContentThrough = Event.Through;
    if (!State.ContentAt) {
      State.ContentAt = Event.At;
      State.ContentByte = 0;
      State.ContentThrough = Event.Through;
    }
    break;
  case ResponseEvent::RawText:
    applyRawText(Event, State);
    break;
  case ResponseEvent::AddContentFrom: {
    auto It = Path.Objects.find(Event.Source);
    if (!State.ContentAt && It != Path.Objects.end()) {
      State.ContentAt = It->second.ContentAt;
      State.ContentByte = It->second.ContentByte;
      State.ContentThrough = It->second.ContentThrough;
    }
    break;
  }
  case ResponseEvent::ClearBody:
    State.ContentAt = nullptr;
    break;
  case ResponseEvent::SetFraming:
  case ResponseEvent::ClearFraming: {
    bool Set = Event.K == ResponseEvent::SetFraming;
    bool Length = Event.Header == model::Framing::ContentLength;
    const Stmt *&At = Length ? State.LengthAt : State.ChunkedAt;
    llvm::StringRef &Via = Length ? State.LengthVia : State.ChunkedVia;
    if (Set)
      (Length ? State.LastLengthThrough : State.LastChunkedThrough) =
          Event.Through;
    if (!Set) {
      At = nullptr;
    } else if (!At) {
      At = Event.At;
      Via = Event.Via;
      (Length ? State.LengthByte : State.ChunkedByte) = Event.Byte;
      (Length ? State.LengthThrough : State.ChunkedThrough) = Event.Through;
    }
    break;
  }
  case ResponseEvent::PreparePayload:
    if (State.StatusKnowledge == TrackState::Known && State.ContentAt &&
        forbidsContent(State.Status)) {
      // Beast throws here: the content is the defect, the path ends.
      checkSent(State);
      return;
    }
    State.LastLengthThrough = Event.Through;
    if (!State.LengthAt) {
      State.LengthAt = Event.At;
      State.LengthVia = Event.Via;
      State.LengthByte = 0;
      State.LengthThrough = Event.Through;
    }
    break;
  case ResponseEvent::Send:
    checkSent(State);
    break;
  case ResponseEvent::Escape:
    // Unknown code may change anything: forget what this path knew.
    State = TrackState();
    State.StatusKnowledge = TrackState::Unknown;
    break;
  case ResponseEvent::Call:
    break; // Replayed above.
  }
  Out.push_back(std::move(Path));
}

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

const model::FrameworkModel *
FlowAnalysis::frameworkOf(const ObjectKey &Key) const {
  QualType T;
  if (Key == returnedObject())
    T = Function.getReturnType();
  else if (Key.Member)
    T = Key.Member->getType();
  else if (Key.Kind == ObjectKey::Variable)
    T = static_cast<const VarDecl *>(Key.Root)->getType();
  if (T.isNull())
    return nullptr;
  const ApiLookup &Api = Extractor.objects().api();
  if (const model::FrameworkModel *FM = Api.responseFramework(T))
    return FM;
  return Api.smartPointerFramework(T.getNonReferenceType());
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

/// A block that throws or calls a noreturn function: its path never sends.
static bool endsAbnormally(const CFGBlock &Block) {
  if (Block.hasNoReturnElement())
    return true;
  for (const CFGElement &Element : llvm::reverse(Block))
    if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
      return isa<CXXThrowExpr>(S->getStmt());
  return false;
}

std::vector<Violation> FlowAnalysis::run() {
  std::vector<Violation> Result;
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Options.PruneTriviallyFalseEdges = true;
  std::unique_ptr<CFG> Graph = CFG::buildCFG(
      &Function, const_cast<Stmt *>(Function.getBody()), &Ctx, Options);
  if (!Graph) {
    Truncated = true;
    return Result;
  }
  if (Recording)
    collectReturned(Function.getBody());

  std::vector<std::set<PathState>> Seen(Graph->getNumBlockIDs());
  std::vector<std::pair<const CFGBlock *, PathState>> Work;
  Work.push_back({&Graph->getEntry(), PathState()});
  size_t Visits = 0;
  while (!Work.empty() && ++Visits <= MaxBlockVisits) {
    auto [Block, Path] = std::move(Work.back());
    Work.pop_back();
    const BlockInfo &Info = infoOf(*Block);
    for (const VarDecl *Declared : Info.Declared)
      Path.Assumed.erase(Declared);
    std::vector<PathState> Paths{std::move(Path)};
    for (const ResponseEvent &Event : Info.Events) {
      std::vector<PathState> Next;
      for (PathState &P : Paths)
        apply(Event, std::move(P), Next);
      Paths = std::move(Next);
    }
    if (endsAbnormally(*Block))
      continue;
    for (PathState &P : Paths) {
      if (Block == &Graph->getExit()) {
        if (Recording) {
          addOutcome(P);
          continue;
        }
        for (const auto &[Key, State] : P.Objects)
          if (Extractor.objects().isVisibleAtExit(Key))
            checkSent(State);
        continue;
      }
      for (unsigned Index = 0; Index < Block->succ_size(); ++Index) {
        const CFGBlock *Next = Block->succ_begin()[Index].getReachableBlock();
        PathState Taken = P;
        if (!Next || !takeBranch(*Block, Index, Taken))
          continue;
        std::set<PathState> &Known = Seen[Next->getBlockID()];
        if (Known.size() >= MaxPathsPerBlock) {
          Truncated |= !Known.count(Taken);
          continue;
        }
        if (Known.insert(Taken).second)
          Work.push_back({Next, std::move(Taken)});
      }
    }
  }
  if (!Work.empty())
    Truncated = true;

  for (const auto &Entry : Found)
    Result.push_back(Entry.second);
  const SourceManager &SM = Ctx.getSourceManager();
  auto Order = [&](const Violation &V) {
    return std::make_tuple(V.Loc, V.StatusLoc, static_cast<int>(V.K),
                           static_cast<int>(V.Header));
  };
  llvm::sort(Result, [&](const Violation &A, const Violation &B) {
    auto [AAt, AStatus, AK, AH] = Order(A);
    auto [BAt, BStatus, BK, BH] = Order(B);
    if (AAt != BAt)
      return SM.isBeforeInTranslationUnit(AAt, BAt);
    if (AStatus != BStatus)
      return SM.isBeforeInTranslationUnit(AStatus, BStatus);
    return std::tie(AK, AH) < std::tie(BK, BH);
  });
  return Result;
}

} // namespace

std::vector<Violation> analyzeResponseFlow(const FunctionDecl &Function,
                                           ASTContext &Ctx,
                                           const ApiLookup &Api,
                                           HelperSummaries *Summaries) {
  if (!Function.hasBody() || !Function.getBody())
    return {};
  // Most functions handle no response: find that out before building
  // anything for the flow analysis.
  ResponseObjects Objects(Function, Api);
  if (!Objects.any())
    return {};
  if (Summaries)
    Summaries->enter(Function);
  std::vector<Violation> Found =
      FlowAnalysis(Function, std::move(Objects), Ctx, Summaries,
                   /*Recording=*/false)
          .run();
  if (Summaries)
    Summaries->leave(Function);
  return Found;
}

std::optional<HelperSummary>
summarizeResponseFlow(const FunctionDecl &Definition, ASTContext &Ctx,
                      HelperSummaries &Summaries) {
  ResponseObjects Objects(Definition, Summaries.api());
  if (!Objects.any()) {
    HelperSummary NoOp;
    NoOp.Function = &Definition;
    NoOp.Outcomes.emplace_back();
    return NoOp;
  }
  FlowAnalysis Analysis(Definition, std::move(Objects), Ctx, &Summaries,
                        /*Recording=*/true);
  Analysis.run();
  return Analysis.summary();
}

} // namespace clang::tidy::http
