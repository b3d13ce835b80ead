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

  auto tied() const {
    return std::tie(StatusKnowledge, Status, StatusAt, ContentAt, LengthAt,
                    ChunkedAt, Raw, StatusByte, ContentByte, LengthByte,
                    ChunkedByte);
  }
  bool operator<(const TrackState &O) const { return tied() < O.tied(); }
  bool operator==(const TrackState &O) const { return tied() == O.tied(); }
};

/// One path's knowledge of every response object it has touched, and of
/// the stable conditions it has taken a branch on.
struct PathState {
  std::map<ObjectKey, TrackState> Objects;
  std::map<const VarDecl *, bool> Assumed;
  bool operator<(const PathState &O) const {
    return std::tie(Objects, Assumed) < std::tie(O.Objects, O.Assumed);
  }
};

/// Paths kept per CFG block, and CFG blocks visited per function, before the
/// analysis gives up on precision rather than time: it only ever drops paths,
/// so a finding is never invented.
constexpr size_t MaxPathsPerBlock = 128;
constexpr size_t MaxBlockVisits = 50000;

class FlowAnalysis {
public:
  FlowAnalysis(const FunctionDecl &Function, ResponseObjects Objects,
               ASTContext &Ctx)
      : Function(Function), Ctx(Ctx),
        Parents(const_cast<Stmt *>(Function.getBody())),
        Extractor(std::move(Objects), Ctx, Parents),
        Stable(Function.getBody(), Parents) {}

  std::vector<Violation> run();

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

  const FunctionDecl &Function;
  ASTContext &Ctx;
  ParentMap Parents;
  ResponseEventExtractor Extractor;
  StableConditions Stable;
  std::map<unsigned, BlockInfo> Blocks;
  std::map<std::tuple<int, const Stmt *, const Stmt *, int>, Violation> Found;
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
  Violation V{
      K,      At,  State.StatusAt,   State.Status,
      Header, Via, locate(At, Byte), locate(State.StatusAt, State.StatusByte)};
  Found.try_emplace({K, At, State.StatusAt, static_cast<int>(Header)}, V);
}

void FlowAnalysis::applyRawText(const ResponseEvent &Event, TrackState &State) {
  auto Content = [&](const Stmt *At, unsigned Byte) {
    if (State.ContentAt)
      return;
    State.ContentAt = At;
    State.ContentByte = Byte;
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
      break;
    case RawPart::ContentLength:
    case RawPart::TransferEncoding: {
      const bool Length = Part.K == RawPart::ContentLength;
      const Stmt *&At = Length ? State.LengthAt : State.ChunkedAt;
      if (At)
        break;
      At = Event.Text;
      (Length ? State.LengthByte : State.ChunkedByte) = Part.Offset;
      (Length ? State.LengthVia : State.ChunkedVia) = "";
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
    break;
  }
  case ResponseEvent::SetStatus: {
    std::optional<unsigned> Value =
        Event.Statuses.empty() ? std::nullopt : Event.Statuses.front().Value;
    State.StatusKnowledge = Value ? TrackState::Known : TrackState::Unknown;
    State.Status = Value.value_or(0);
    State.StatusAt = Event.At;
    State.StatusByte = 0;
    break;
  }
  case ResponseEvent::WriteBody:
    if (!State.ContentAt) {
      State.ContentAt = Event.At;
      State.ContentByte = 0;
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
    if (!Set) {
      At = nullptr;
    } else if (!At) {
      At = Event.At;
      Via = Event.Via;
      (Length ? State.LengthByte : State.ChunkedByte) = Event.Byte;
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
    if (!State.LengthAt) {
      State.LengthAt = Event.At;
      State.LengthVia = Event.Via;
      State.LengthByte = 0;
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
  if (!Graph)
    return Result;

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
        if (Known.size() < MaxPathsPerBlock && Known.insert(Taken).second)
          Work.push_back({Next, std::move(Taken)});
      }
    }
  }

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
                                           const ApiLookup &Api) {
  if (!Function.hasBody() || !Function.getBody())
    return {};
  // Most functions handle no response: find that out before building
  // anything for the flow analysis.
  ResponseObjects Objects(Function, Api);
  if (!Objects.any())
    return {};
  return FlowAnalysis(Function, std::move(Objects), Ctx).run();
}

} // namespace clang::tidy::http
