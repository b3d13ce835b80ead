//===--- FlowFindings.cpp - http-tidy -------------------------------------===//
//
// The third part of the flow analysis (FlowAnalysis.h): what a response is
// judged by when it is sent (its content and framing against its status,
// the headers its status requires, the phrase it goes out with), and where
// each finding is reported.
//
//===----------------------------------------------------------------------===//

#include "FlowAnalysis.h"
#include "ReasonPhrases.h"
#include "StatusCodes.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::http {

/// Whether `E` is what a call returned (`create_response(s)`, `headers()`,
/// a factory's result behind its smart pointer's `->`), not a named object.
static bool isCallResult(const Expr *E) {
  E = skipTransparent(E);
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E);
      Op && Op->getNumArgs() == 1 &&
      (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star))
    E = skipTransparent(Op->getArg(0));
  return isa_and_nonnull<CallExpr>(E) && !isa<CXXOperatorCallExpr>(E);
}

SourceLocation FlowAnalysis::locate(const Stmt *S, unsigned Byte) const {
  if (const auto *Literal = dyn_cast<StringLiteral>(S))
    return Literal->getLocationOfByte(Byte, Ctx.getSourceManager(),
                                      Ctx.getLangOpts(), Ctx.getTargetInfo());
  // A call made on what another call returned (`res->writeStatus(s)->end(x)`,
  // `req->create_response(s).set_body(x)`, `res.headers().add(...)`) starts
  // where the chain starts, maybe lines before: point at its own name.
  const auto *Member = dyn_cast<MemberExpr>(S);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
  if (Member && isCallResult(Member->getBase()) &&
      Member->getMemberLoc().isValid())
    return Member->getMemberLoc();
  return S->getBeginLoc();
}

void FlowAnalysis::report(Violation::Kind K, const Stmt *At, unsigned Byte,
                          const TrackState &State, model::Framing Header,
                          llvm::StringRef Via, const Stmt *SentAt) {
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
  Violation V = sentViolation(K, At, Byte, Through, State, SentAt);
  V.Header = Header;
  V.Via = Via;
  Found.try_emplace({K, At, State.StatusAt, static_cast<int>(Header), Through},
                    V);
}

void FlowAnalysis::checkSent(const ObjectKey &Key, const TrackState &State,
                             const Stmt *SentAt) {
  if (State.StatusKnowledge != TrackState::Known)
    return;
  checkRequiredHeaders(Key, State, SentAt);
  checkPairedReason(Key, State, SentAt);
  if (State.ContentAt && forbidsContent(State.Status))
    report(Violation::ContentOnNoContent, State.ContentAt, State.ContentByte,
           State, model::Framing::ContentLength, "", SentAt);
  if (!forbidsFraming(State.Status))
    return;
  if (State.LengthAt)
    report(Violation::FramingOnNoContent, State.LengthAt, State.LengthByte,
           State, model::Framing::ContentLength, State.LengthVia, SentAt);
  if (State.ChunkedAt)
    report(Violation::FramingOnNoContent, State.ChunkedAt, State.ChunkedByte,
           State, model::Framing::TransferEncoding, State.ChunkedVia, SentAt);
}

/// Whether the object comes from the function's callers: a parameter, or a
/// member of `*this`.
static bool heldByCallers(const ObjectKey &Key) {
  if (Key.Kind == ObjectKey::This)
    return true;
  return Key.Kind == ObjectKey::Variable &&
         isa_and_nonnull<ParmVarDecl>(static_cast<const Decl *>(Key.Root));
}

Violation FlowAnalysis::sentViolation(Violation::Kind K, const Stmt *At,
                                      unsigned Byte, const Stmt *Through,
                                      const TrackState &State,
                                      const Stmt *SentAt) const {
  Violation V{K,
              At,
              State.StatusAt,
              State.Status,
              model::Framing::ContentLength,
              "",
              locate(At, Byte),
              locate(State.StatusAt, State.StatusByte)};
  V.SentLoc = SentAt ? locate(SentAt, 0) : Function.getBodyRBrace();
  V.SentAtExit = !SentAt;
  if (Through) {
    V.Through = Through;
    V.WriteLoc = V.Loc;
    V.Loc = locate(Through, 0);
  }
  return V;
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
  else if (Key.Kind == ObjectKey::Temporary)
    T = static_cast<const Expr *>(Key.Root)->getType();
  if (T.isNull())
    return nullptr;
  return api().holderFramework(T.getNonReferenceType());
}

bool FlowAnalysis::judgedByCallers(const ObjectKey &Key,
                                   const Stmt *SentAt) const {
  // A response the callers hold, one they gave this function to send, or
  // one returned to them is theirs: a caller may add the header before the
  // call, or after it. Their analysis follows this function's calls.
  return (!SentAt || heldByCallers(Key) || isa<ReturnStmt>(SentAt)) &&
         CalledInUnit && CalledInUnit();
}

void FlowAnalysis::checkPairedReason(const ObjectKey &Key,
                                     const TrackState &State,
                                     const Stmt *SentAt) {
  if (Recording || !State.PairedAt ||
      State.ReasonKnowledge == TrackState::Unknown)
    return;
  llvm::StringRef Reason = State.Reason;
  if (State.ReasonKnowledge == TrackState::Default) {
    const model::FrameworkModel *Framework = frameworkOf(Key);
    if (!Framework)
      return;
    Reason = Framework->InitialReason;
  }
  llvm::SmallVector<unsigned, 1> Named = codesNamedBy(Reason);
  if (Named.empty() || llvm::is_contained(Named, State.Status) ||
      judgedByCallers(Key, SentAt))
    return;
  Violation V = sentViolation(Violation::PairedReasonMismatch, State.PairedAt,
                              0, State.PairedThrough, State, SentAt);
  V.Reason = Reason;
  Found.try_emplace({Violation::PairedReasonMismatch, State.PairedAt,
                     State.StatusAt, 0, State.PairedThrough},
                    V);
}

void FlowAnalysis::checkRequiredHeaders(const ObjectKey &Key,
                                        const TrackState &State,
                                        const Stmt *SentAt) {
  // Headers that cannot be told, or protocol text the handler writes itself
  // (whose status line is no status set): nothing to say.
  if (Recording || State.HeadersUnknown || !State.StatusAt ||
      isa<StringLiteral>(State.StatusAt))
    return;
  if (judgedByCallers(Key, SentAt))
    return;
  const model::FrameworkModel *Framework = frameworkOf(Key);
  llvm::ArrayRef<HeaderRule> Rules = api().headerRules();
  for (size_t I = 0; I < Rules.size(); ++I) {
    const HeaderRule &Rule = Rules[I];
    if (Rule.Status != State.Status)
      continue;
    std::optional<unsigned> Bit = api().trackedHeader(Rule.Header);
    if (!Bit)
      continue; // Past the most headers tracked.
    const bool Set = State.HeadersSet >> *Bit & 1;
    const bool Empty = State.HeadersEmpty >> *Bit & 1;
    if ((Set && !(Rule.EmptyIsMissing && Empty)) ||
        (Rule.UnlessByteranges && State.MaybeByteranges))
      continue;
    if (Framework) {
      auto Added = Framework->AddedHeaders.find(State.Status);
      if (Added != Framework->AddedHeaders.end() &&
          llvm::is_contained(Added->second, Rule.Header))
        continue;
    }
    Violation V =
        sentViolation(Violation::MissingHeader, State.StatusAt,
                      State.StatusByte, State.StatusThrough, State, SentAt);
    V.Rule = &Rule;
    V.EmptyHeader = Set;
    Found.try_emplace({Violation::MissingHeader, State.StatusAt, nullptr,
                       static_cast<int>(I), State.StatusThrough},
                      V);
  }
}

} // namespace clang::tidy::http
