//===--- FlowAnalysis.h - http-tidy -----------------------------*- C++ -*-===//
//
// The path-by-path walk behind ResponseFlow.h, shared by its three parts:
// ResponseFlow.cpp (the walk, the events' effect on a path), FlowFindings.cpp
// (what a sent response is judged by, and where findings are reported) and
// FlowSummaries.cpp (recording a helper's outcomes, replaying them at a
// call). Not part of the analysis' interface.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_FLOWANALYSIS_H
#define HTTP_TIDY_ANALYSIS_FLOWANALYSIS_H

#include "HelperSummaries.h"
#include "RawMessage.h"
#include "ResponseEvents.h"
#include "ResponseFlow.h"
#include "StableConditions.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include <map>
#include <set>

namespace clang::tidy::http {

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
  /// The content is all one write of this parameter of the function
  /// analysed: none where a caller passes an empty one.
  const ParmVarDecl *ContentParam = nullptr;
  /// An unknown status that is the value of this parameter of the function
  /// analysed.
  const ParmVarDecl *StatusParam = nullptr;
  /// The tracked headers (ApiLookup::trackedHeader) set, and those of them
  /// set to an empty value.
  uint64_t HeadersSet = 0, HeadersEmpty = 0;
  /// Headers were set that cannot be told: any may be there.
  bool HeadersUnknown = false;
  /// The Content-Type set may be multipart/byteranges.
  bool MaybeByteranges = false;
  /// The reason phrase: Default is the framework's initial one.
  Knowledge ReasonKnowledge = Default;
  llvm::StringRef Reason;
  /// Where the code and the phrase sent were put together by a call that
  /// set only one of them: a status setter that keeps the phrase, or the
  /// phrase set after the code. Null when one call set both. `PairedThrough`
  /// is the call of the helper that did it, if one did.
  const Stmt *PairedAt = nullptr, *PairedThrough = nullptr;

  /// A response that unknown code may have changed in any way.
  static TrackState unknown() {
    TrackState State;
    State.StatusKnowledge = State.ReasonKnowledge = Unknown;
    State.HeadersUnknown = true;
    return State;
  }

  auto tied() const {
    return std::tie(
        StatusKnowledge, Status, StatusAt, ContentAt, LengthAt, ChunkedAt, Raw,
        StatusByte, ContentByte, LengthByte, ChunkedByte, StatusThrough,
        ContentThrough, LengthThrough, ChunkedThrough, LastContentThrough,
        LastLengthThrough, LastChunkedThrough, StatusFromCaller, StatusParam,
        ContentParam, HeadersSet, HeadersEmpty, HeadersUnknown, MaybeByteranges,
        ReasonKnowledge, Reason, PairedAt, PairedThrough);
  }
  bool operator<(const TrackState &O) const { return tied() < O.tied(); }
  bool operator==(const TrackState &O) const { return tied() == O.tied(); }
};

/// What makes two events the same, for telling paths apart.
inline auto eventKey(const ResponseEvent &E) {
  std::vector<
      std::tuple<std::optional<unsigned>, const ParmVarDecl *, const VarDecl *>>
      Values;
  for (const StatusChoice &Choice : E.Statuses)
    Values.push_back({Choice.Value, Choice.Param, Choice.Local});
  return std::make_tuple(E.K, E.Object.tied(), E.At, std::move(Values),
                         E.Header, E.Via, E.Source.tied(), E.Text, E.TextLength,
                         E.Byte, E.Through, E.StatusFromCaller, E.Local,
                         E.Headers, E.EmptyValue, E.MaybeByteranges, E.Reason,
                         E.ReasonText);
}

inline bool eventLess(const ResponseEvent &A, const ResponseEvent &B) {
  return eventKey(A) < eventKey(B);
}

inline bool sameEvents(llvm::ArrayRef<ResponseEvent> A,
                       llvm::ArrayRef<ResponseEvent> B) {
  return A.size() == B.size() &&
         std::equal(A.begin(), A.end(), B.begin(),
                    [](const ResponseEvent &X, const ResponseEvent &Y) {
                      return eventKey(X) == eventKey(Y);
                    });
}

inline bool traceLess(const std::vector<ResponseEvent> &A,
                      const std::vector<ResponseEvent> &B) {
  return std::lexicographical_compare(A.begin(), A.end(), B.begin(), B.end(),
                                      eventLess);
}

/// What a path knows of a variable that may hold a status: a status code,
/// or the value a parameter had on entry; neither: unknown.
struct LocalValue {
  unsigned Status = 0;
  const ParmVarDecl *Param = nullptr;
  auto tied() const { return std::tie(Status, Param); }
  bool operator<(const LocalValue &O) const { return tied() < O.tied(); }
  bool operator==(const LocalValue &O) const { return tied() == O.tied(); }
};

/// One path's knowledge of every response object it has touched, of the
/// stable conditions it has taken a branch on, and of the variables it
/// gave a status. When a helper is summarised, its path records the events
/// on what its callers can see instead, and which object it returns.
struct PathState {
  std::map<ObjectKey, TrackState> Objects;
  std::map<const VarDecl *, bool> Assumed;
  /// The comparisons with constants each stable variable passed or failed,
  /// sorted.
  std::map<const VarDecl *, std::vector<ValueTest>> Compared;
  /// A local variable absent is unknown; a parameter absent has the value
  /// the caller gave it.
  std::map<const VarDecl *, LocalValue> Locals;
  std::vector<ResponseEvent> Trace;
  std::optional<ObjectKey> Returned;
  bool operator<(const PathState &O) const {
    if (std::tie(Objects, Assumed, Compared, Locals, Returned) !=
        std::tie(O.Objects, O.Assumed, O.Compared, O.Locals, O.Returned))
      return std::tie(Objects, Assumed, Compared, Locals, Returned) <
             std::tie(O.Objects, O.Assumed, O.Compared, O.Locals, O.Returned);
    return traceLess(Trace, O.Trace);
  }
};

inline bool outcomeLess(const HelperOutcome &A, const HelperOutcome &B) {
  if (A.Assumed != B.Assumed)
    return A.Assumed < B.Assumed;
  if (A.Compared != B.Compared)
    return A.Compared < B.Compared;
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
               ASTContext &Ctx, HelperSummaries *Summaries, bool Recording,
               llvm::function_ref<bool()> CalledInUnit = nullptr)
      : Function(Function), Ctx(Ctx),
        Parents(const_cast<Stmt *>(Function.getBody())),
        Extractor(std::move(Objects), Ctx, Parents, Summaries),
        Stable(Function.getBody(), Parents), Recording(Recording),
        CalledInUnit(CalledInUnit) {}

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
  /// The status the path knows `E`, a variable, to hold.
  std::optional<int64_t> statusOnPath(const Expr *E,
                                      const PathState &Path) const;
  /// Records in `Path` the value of each stable condition that must hold
  /// (or not) as given; false when the path already assumed the opposite.
  bool assume(llvm::ArrayRef<std::pair<const Expr *, bool>> Conditions,
              PathState &Path);
  /// Whether the path may take successor `Index` of `Block`; records the
  /// condition's value in `Path` when it is a stable one.
  bool takeBranch(const CFGBlock &Block, unsigned Index, PathState &Path);
  /// Whether the path may take successor `Index` of a switch on a compared
  /// value.
  bool takeCase(const SwitchStmt &Switch, const CFGBlock &Block, unsigned Index,
                PathState &Path);
  /// Whether `Subject` may pass `Test` on this path: a stable variable
  /// keeps the test (false when it contradicts what the path assumed); a
  /// response's status read back is decided by its known status, or tests
  /// the parameter it is.
  bool assumeTest(const Expr *Subject, const ValueTest &Test, PathState &Path);
  bool assumeValue(const VarDecl *Var, const ValueTest &Test, PathState &Path);
  /// What a compared expression is on a path: a stable variable (the
  /// parameter a status is the value of, for a status read back), or a
  /// known status.
  struct ComparedValue {
    const VarDecl *Var;
    std::optional<int64_t> Known;
  };
  std::optional<ComparedValue> comparedValue(const Expr *Subject,
                                             const PathState &Path) const;
  /// The truth of a condition built of comparisons, tests of stable
  /// variables, `!`, `&&` and `||`, where what the path assumed decides it.
  std::optional<bool> evaluate(const Expr *Condition,
                               const PathState &Path) const;
  /// The response whose status `E` reads, if it is a status getter.
  std::optional<ObjectKey> statusReadOf(const Expr *E) const;
  /// Replays one event on a path and appends the paths that continue: none
  /// when it ends there (a throw), one per value when a status may take
  /// several.
  void apply(const ResponseEvent &Event, PathState Path,
             std::vector<PathState> &Out);
  /// Updates what `State` says of the status after `Event`: all a path
  /// keeps of an object it records, for a test that reads the status back.
  /// False for a status set only where none was (`if-unset`) when one was:
  /// the state is left as it was.
  static bool noteStatus(const ResponseEvent &Event, TrackState &State);
  /// Whether the path can know the value of `VD`: a variable of the
  /// function, held by value, changed only where the CFG shows it.
  bool followsValue(const VarDecl *VD) const;
  /// Replaces a choice that is the value of a variable with what the path
  /// knows of it.
  void resolveLocal(StatusChoice &Choice, const PathState &Path) const;
  void assignLocal(const ResponseEvent &Event, PathState &Path) const;
  /// Reports what a response carries when it is sent at `SentAt` (null:
  /// when the function returns) that its status forbids or lacks.
  void checkSent(const ObjectKey &Key, const TrackState &State,
                 const Stmt *SentAt);
  /// The headers the status of `State` requires that it lacks.
  void checkRequiredHeaders(const ObjectKey &Key, const TrackState &State,
                            const Stmt *SentAt);
  /// A reason phrase that names another status than the code it goes out
  /// with, where a call that set only one of them paired them.
  void checkPairedReason(const ObjectKey &Key, const TrackState &State,
                         const Stmt *SentAt);
  /// A violation of what a response carries when it is sent at `SentAt`
  /// (null: when the function returns), found at byte `Byte` of `At`;
  /// reported at the call `Through` of a helper that did it, if one did.
  Violation sentViolation(Violation::Kind K, const Stmt *At, unsigned Byte,
                          const Stmt *Through, const TrackState &State,
                          const Stmt *SentAt) const;
  /// Whether the response `Key`, sent at `SentAt`, is the callers' to judge:
  /// they may change it before the call, or after it.
  bool judgedByCallers(const ObjectKey &Key, const Stmt *SentAt) const;
  /// Replays what a SetStatus or SetReason event does to the phrase.
  static void applyReason(const ResponseEvent &Event, TrackState &State);
  /// Records a content or framing violation of a response sent at `SentAt`,
  /// unless a helper's own analysis reports it.
  void report(Violation::Kind K, const Stmt *At, unsigned Byte,
              const TrackState &State, model::Framing Header,
              llvm::StringRef Via, const Stmt *SentAt);
  /// Where byte `Byte` of `S` is: inside a literal, or the start of `S`.
  SourceLocation locate(const Stmt *S, unsigned Byte) const;
  void applyRawText(const ResponseEvent &Event, TrackState &State);
  /// Replays a SetHeaders, RemoveHeaders or UnknownHeaders event.
  void applyHeaders(const ResponseEvent &Event, TrackState &State) const;
  const ApiLookup &api() const { return Extractor.objects().api(); }
  /// Replays each outcome of the helper a Call event calls, as a path.
  void applyCall(const ResponseEvent &Event, PathState Path,
                 std::vector<PathState> &Out);
  /// A helper's write of the content its parameter holds, at a call: false
  /// when the argument is empty and nothing is written; a setter given
  /// empty content clears it instead.
  bool bindContent(ResponseEvent &Write, const CallBinding &B) const;
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
  bool appendToTrace(llvm::ArrayRef<ResponseEvent> Events, PathState &Path);
  /// Recording: a response of the function's own sent with the status its
  /// caller passes is recorded whole, from a Reset to this Send, for the
  /// caller to check; false when the path is dropped.
  bool recordMade(const ResponseEvent &Send, const TrackState &State,
                  PathState &Path);
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
  /// Code of the unit calls the function: the responses its callers hold
  /// are theirs to send.
  llvm::function_ref<bool()> CalledInUnit;
  /// Recording: the local objects the function returns.
  std::set<ObjectKey> ReturnedKeys;
  /// Recording: the objects of its own the function sends with its
  /// caller's status.
  std::set<ObjectKey> MadeKeys;
  /// The responses helpers made and sent, replayed here: none of them is
  /// one this function's callers see.
  std::set<ObjectKey> HelperMade;
  std::vector<HelperOutcome> Outcomes;
  /// Recording: paths were dropped, so the summary would be incomplete.
  bool Truncated = false;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_FLOWANALYSIS_H
