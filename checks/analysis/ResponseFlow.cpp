//===--- ResponseFlow.cpp - http-tidy -------------------------------------===//
//
// The walk over a function's CFG and what each event does to a path's
// state. What a response is judged by when it is sent: FlowFindings.cpp.
//
//===----------------------------------------------------------------------===//

#include "FlowAnalysis.h"
#include "ReasonPhrases.h"
#include "StatusCodes.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::http {

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

std::optional<int64_t> FlowAnalysis::statusOnPath(const Expr *E,
                                                  const PathState &Path) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !followsValue(VD))
    return std::nullopt;
  auto It = Path.Locals.find(VD);
  if (It == Path.Locals.end() || !It->second.Status)
    return std::nullopt;
  return It->second.Status;
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
  if (const auto *Switch = dyn_cast_or_null<SwitchStmt>(Terminator))
    return takeCase(*Switch, Block, Index, Path);
  const auto *Condition =
      dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
  if (!Condition || Block.succ_size() != 2 || Index > 1)
    return true;
  if (std::optional<bool> Value = evaluate(Condition, Path);
      Value && *Value != (Index == 0))
    return false;
  // The block of the last operand of `a || b` branches on `b`.
  if (const auto *Logical = dyn_cast<BinaryOperator>(Condition->IgnoreParens());
      Logical && Logical->isLogicalOp())
    Condition = Block.getLastCondition();
  if (!Condition)
    return true;
  if (!assume({{Condition, Index == 0}}, Path))
    return false;
  std::optional<Comparison> Compared = Stable.compare(Condition, Ctx);
  return !Compared ||
         assumeTest(Compared->Subject,
                    Index == 0 ? Compared->Test : Compared->Test.negated(),
                    Path);
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
                           State.Raw, State.Status, Parts);
  if (Next == RawPhase::None) {
    Content(Event.At, 0);
    return;
  }
  for (const RawPart &Part : Parts) {
    switch (Part.K) {
    case RawPart::MessageEnd:
      // The interim response went out as it was; the final one follows.
      checkSent(Event.Object, State, Event.Text);
      State = TrackState();
      break;
    case RawPart::Status:
      State.StatusKnowledge =
          Part.Code ? TrackState::Known : TrackState::Unknown;
      State.Status = Part.Code;
      State.StatusAt = Event.Text;
      State.StatusByte = Part.Offset;
      State.StatusThrough = Event.Through;
      State.StatusFromCaller = false;
      State.StatusParam = nullptr;
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
    case RawPart::Header: {
      const std::string Name = Part.Name.lower();
      if (std::optional<unsigned> Bit = api().trackedHeader(Name))
        applyHeaders(trackedHeaderEvent(true, *Bit, Name, Part.Value,
                                        Event.Object, Event.Text),
                     State);
      break;
    }
    case RawPart::UnknownHeader:
      State.HeadersUnknown = true;
      break;
    case RawPart::Content:
      Content(Event.Text, Part.Offset);
      break;
    }
  }
  // Bytes written where they cannot be read may hold any header.
  if (Next == RawPhase::Lost)
    State.HeadersUnknown = true;
  State.Raw = Next;
}

void FlowAnalysis::applyHeaders(const ResponseEvent &Event,
                                TrackState &State) const {
  const std::optional<unsigned> ContentType = api().contentTypeBit();
  const bool SetsContentType =
      ContentType && (Event.Headers >> *ContentType & 1);
  switch (Event.K) {
  case ResponseEvent::SetHeaders:
    State.HeadersSet |= Event.Headers;
    if (Event.EmptyValue)
      State.HeadersEmpty |= Event.Headers;
    else
      State.HeadersEmpty &= ~Event.Headers;
    if (SetsContentType)
      State.MaybeByteranges = Event.MaybeByteranges;
    break;
  case ResponseEvent::RemoveHeaders:
    State.HeadersSet &= ~Event.Headers;
    State.HeadersEmpty &= ~Event.Headers;
    if (SetsContentType)
      State.MaybeByteranges = false;
    break;
  case ResponseEvent::UnknownHeaders:
    // Whatever changed the headers may have set the status line's phrase.
    State.HeadersUnknown = true;
    State.ReasonKnowledge = TrackState::Unknown;
    State.PairedAt = State.PairedThrough = nullptr;
    break;
  default:
    break;
  }
}

bool FlowAnalysis::followsValue(const VarDecl *VD) const {
  return VD &&
         VD->getParentFunctionOrMethod() ==
             static_cast<const DeclContext *>(&Function) &&
         !VD->getType()->isReferenceType() &&
         !VD->getType().isVolatileQualified() && Stable.writtenOnlyByName(VD);
}

void FlowAnalysis::resolveLocal(StatusChoice &Choice,
                                const PathState &Path) const {
  const VarDecl *VD = Choice.Local;
  Choice.Local = nullptr;
  if (Choice.Value || !VD)
    return;
  if (!followsValue(VD)) {
    // A parameter changed through its address no longer has the value the
    // caller gave it.
    if (isa<ParmVarDecl>(VD) &&
        VD->getParentFunctionOrMethod() ==
            static_cast<const DeclContext *>(&Function) &&
        !Stable.writtenOnlyByName(VD))
      Choice.Param = nullptr;
    return;
  }
  auto It = Path.Locals.find(VD);
  if (It == Path.Locals.end())
    return; // A parameter keeps the caller's value; a local is unknown.
  if (It->second.Status)
    Choice.Value = It->second.Status;
  Choice.Param = It->second.Param;
}

void FlowAnalysis::assignLocal(const ResponseEvent &Event,
                               PathState &Path) const {
  const VarDecl *VD = Event.Local;
  if (!followsValue(VD))
    return;
  // A value that is no status code cannot make a finding: it is kept as
  // unknown, so that counters and flags do not tell paths apart.
  LocalValue Value;
  if (Event.Statuses.size() == 1) {
    const StatusChoice &Choice = Event.Statuses.front();
    if (Choice.Value && *Choice.Value >= 100 && *Choice.Value <= 599)
      Value.Status = *Choice.Value;
    else if (!Choice.Value)
      Value.Param = Choice.Param;
  }
  if (Value.Status || Value.Param || isa<ParmVarDecl>(VD))
    Path.Locals[VD] = Value;
  else
    Path.Locals.erase(VD);
}

void FlowAnalysis::applyReason(const ResponseEvent &Event, TrackState &State) {
  if (Event.K == ResponseEvent::SetReason) {
    State.ReasonKnowledge =
        Event.ReasonText.empty() ? TrackState::Unknown : TrackState::Known;
    State.Reason = Event.ReasonText;
    State.PairedAt = Event.At;
    State.PairedThrough = Event.Through;
    return;
  }
  State.PairedAt = nullptr;
  State.PairedThrough = nullptr;
  switch (Event.Reason) {
  case ResponseEvent::ReasonKept:
    State.PairedAt = Event.At;
    State.PairedThrough = Event.Through;
    return;
  case ResponseEvent::ReasonGiven:
    State.ReasonKnowledge = TrackState::Known;
    State.Reason = Event.ReasonText;
    return;
  case ResponseEvent::ReasonOfCode:
    State.Reason = State.StatusKnowledge == TrackState::Known
                       ? standardReason(State.Status)
                       : "";
    break;
  case ResponseEvent::ReasonUnknown:
    State.Reason = "";
    break;
  }
  State.ReasonKnowledge =
      State.Reason.empty() ? TrackState::Unknown : TrackState::Known;
}

bool FlowAnalysis::noteStatus(const ResponseEvent &Event, TrackState &State) {
  switch (Event.K) {
  case ResponseEvent::SetStatus: {
    // A status set before stays; so does one that unknown code may have set.
    if (Event.IfUnset && State.StatusKnowledge != TrackState::Default)
      return false;
    const StatusChoice *Choice =
        Event.Statuses.empty() ? nullptr : &Event.Statuses.front();
    const bool Known = Choice && Choice->Value;
    State.StatusKnowledge = Known ? TrackState::Known : TrackState::Unknown;
    State.Status = Known ? *Choice->Value : 0;
    State.StatusParam = Choice && !Known ? Choice->Param : nullptr;
    break;
  }
  case ResponseEvent::Reset:
    State = TrackState();
    break;
  case ResponseEvent::ResetUnknown:
  case ResponseEvent::CopyFrom:
  case ResponseEvent::Escape:
  case ResponseEvent::RawText:
    State = TrackState();
    State.StatusKnowledge = TrackState::Unknown;
    break;
  default:
    break;
  }
  return true;
}

void FlowAnalysis::apply(const ResponseEvent &Event, PathState Path,
                         std::vector<PathState> &Out) {
  if (Event.K == ResponseEvent::Call) {
    applyCall(Event, std::move(Path), Out);
    return;
  }
  const bool GivesStatus = Event.K == ResponseEvent::SetStatus ||
                           Event.K == ResponseEvent::AssignLocal;
  if (GivesStatus && Event.Statuses.size() > 1) {
    for (const StatusChoice &Choice : Event.Statuses) {
      PathState Taken = Path;
      if (!assume(Choice.Conditions, Taken))
        continue; // This arm contradicts a branch the path took.
      ResponseEvent OneValue = Event;
      OneValue.Statuses = {Choice};
      OneValue.Statuses.front().Conditions.clear();
      apply(OneValue, std::move(Taken), Out);
    }
    return;
  }
  // A helper's trace, and the callers it is replayed in, know nothing of
  // its variables: their values are the path's, here.
  if (GivesStatus && Event.Statuses.size() == 1 &&
      Event.Statuses.front().Local) {
    ResponseEvent Resolved = Event;
    resolveLocal(Resolved.Statuses.front(), Path);
    apply(Resolved, std::move(Path), Out);
    return;
  }
  if (Event.K == ResponseEvent::AssignLocal) {
    assignLocal(Event, Path);
    Out.push_back(std::move(Path));
    return;
  }
  if (Recording && isRecorded(Event.Object)) {
    noteStatus(Event, Path.Objects[Event.Object]);
    if (record(Event, Path))
      Out.push_back(std::move(Path));
    return;
  }
  TrackState &State = Path.Objects[Event.Object];
  // Only protocol text can start a message between messages; anything else
  // the framework does there is its own. A send on its own starts nothing
  // (it also follows each write of a writer that sends as it goes).
  if (State.Raw == RawPhase::Boundary && Event.K != ResponseEvent::RawText &&
      Event.K != ResponseEvent::Escape && Event.K != ResponseEvent::Send)
    State.Raw = RawPhase::None;
  switch (Event.K) {
  case ResponseEvent::Reset:
    State = TrackState();
    break;
  case ResponseEvent::ResetUnknown:
    State = TrackState::unknown();
    break;
  case ResponseEvent::CopyFrom: {
    auto It = Path.Objects.find(Event.Source);
    State = It == Path.Objects.end() ? TrackState() : It->second;
    // A copy of what the callers of a helper being summarised hold.
    if (Recording && isRecorded(Event.Source)) {
      State = TrackState::unknown();
    }
    break;
  }
  case ResponseEvent::SetStatus:
    if (!noteStatus(Event, State))
      break;
    State.StatusAt = Event.At;
    State.StatusByte = 0;
    State.StatusThrough = Event.Through;
    State.StatusFromCaller = Event.StatusFromCaller;
    applyReason(Event, State);
    break;
  case ResponseEvent::SetReason:
    applyReason(Event, State);
    break;
  case ResponseEvent::WriteBody:
    // Bytes that cannot be read, written inside a message's header section,
    // may hold header lines or end the section: where the message stands
    // after them is unknown.
    if (inHeaderSection(State.Raw)) {
      State.Raw = RawPhase::Lost;
      break;
    }
    State.LastContentThrough = Event.Through;
    if (!State.ContentAt) {
      State.ContentAt = Event.At;
      State.ContentByte = Event.Byte;
      State.ContentThrough = Event.Through;
      State.ContentParam = Event.ContentParam;
    } else {
      State.ContentParam = nullptr;
    }
    break;
  case ResponseEvent::RawText:
    State.ContentParam = nullptr;
    applyRawText(Event, State);
    break;
  case ResponseEvent::AddContentFrom: {
    State.ContentParam = nullptr;
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
    State.ContentParam = nullptr;
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
      checkSent(Event.Object, State, Event.At);
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
    checkSent(Event.Object, State, Event.At);
    if (Recording && !recordMade(Event, State, Path))
      return;
    break;
  case ResponseEvent::Escape: {
    // Unknown code may change anything: forget what this path knew. Code
    // handed a connection nothing was written to is taken to leave it
    // between messages, as code that takes a connection does: it wrote
    // nothing, or whole responses, so a status line written next starts a
    // message. Inside a message, where it left it cannot be told.
    const bool Untouched =
        State == TrackState() || State.Raw == RawPhase::Boundary;
    const bool InMessage = State.Raw != RawPhase::None;
    State = TrackState::unknown();
    if (Untouched)
      State.Raw = RawPhase::Boundary;
    else if (InMessage)
      State.Raw = RawPhase::Lost;
    break;
  }
  case ResponseEvent::SetHeaders:
  case ResponseEvent::RemoveHeaders:
  case ResponseEvent::UnknownHeaders:
    applyHeaders(Event, State);
    break;
  case ResponseEvent::Call:
  case ResponseEvent::AssignLocal:
    break; // Replayed above.
  }
  Out.push_back(std::move(Path));
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
    for (const VarDecl *Declared : Info.Declared) {
      Path.Assumed.erase(Declared);
      Path.Compared.erase(Declared);
    }
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
            checkSent(Key, State, nullptr);
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

/// Whether `S` calls one of the project's functions that makes and sends a
/// response with a status it is passed: the call is where that response's
/// defects are found, though the caller names no response.
static bool callsSendingHelper(const Stmt *S, HelperSummaries &Summaries) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (const HelperSummary *Summary = Summaries.forCall(Call);
        Summary && !Summary->Made.empty())
      return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return callsSendingHelper(Child, Summaries);
  });
}

std::vector<Violation>
analyzeResponseFlow(const FunctionDecl &Function, ASTContext &Ctx,
                    const ApiLookup &Api, HelperSummaries *Summaries,
                    llvm::function_ref<bool()> CalledInUnit) {
  if (!Function.hasBody() || !Function.getBody())
    return {};
  // Most functions handle no response: find that out before building
  // anything for the flow analysis.
  ResponseObjects Objects(Function, Api);
  if (!Objects.any() && !Summaries)
    return {};
  if (Summaries)
    Summaries->enter(Function);
  std::vector<Violation> Found;
  if (Objects.any() || callsSendingHelper(Function.getBody(), *Summaries))
    Found = FlowAnalysis(Function, std::move(Objects), Ctx, Summaries,
                         /*Recording=*/false, CalledInUnit)
                .run();
  if (Summaries)
    Summaries->leave(Function);
  return Found;
}

std::optional<HelperSummary>
summarizeResponseFlow(const FunctionDecl &Definition, ASTContext &Ctx,
                      HelperSummaries &Summaries) {
  ResponseObjects Objects(Definition, Summaries.api());
  if (!Objects.any() && !callsSendingHelper(Definition.getBody(), Summaries)) {
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