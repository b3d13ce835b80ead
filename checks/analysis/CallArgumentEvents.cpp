//===--- CallArgumentEvents.cpp - http-tidy -------------------------------===//
//
// What happens to a response handed to a call the models do not describe:
// a callable object, one of the project's helpers (followed through its
// summary), or unknown code (the response escapes).
//
//===----------------------------------------------------------------------===//

#include "HelperSummaries.h"
#include "ResponseEventsImpl.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

void ResponseEventExtractor::extractArgument(const Expr *Arg,
                                             QualType ParamType, const Stmt *At,
                                             Events &Out) {
  // Whoever receives a smart pointer shares the object, however it is
  // passed.
  if (api().smartPointerFramework(skipTransparent(Arg)->getType())) {
    if (std::optional<ObjectKey> Key = Objects.resolve(Arg))
      Out.push_back(event(ResponseEvent::Escape, *Key, At));
    return;
  }
  const bool Tracked = api().objectFramework(Arg) != nullptr;
  const bool Handle = !Tracked && Objects.isHandleValue(Arg);
  if (!Tracked && !Handle)
    return;
  std::optional<ObjectKey> Key = Objects.resolve(Arg);
  if (!Key)
    return;
  // Unknown code given a handle on a part of the object may change that
  // part; given a copy of it, it changes nothing.
  if (Handle) {
    if (!ParamType.isNull() && isPointerOrReference(ParamType) &&
        !ParamType->getPointeeType().isConstQualified())
      Out.push_back(event(ResponseEvent::Escape, *Key, At));
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(Arg->IgnoreParenImpCasts());
  bool Moved = (Call && Call->isCallToStdMove()) ||
               (!ParamType.isNull() && ParamType->isRValueReferenceType());
  if (Moved) {
    // Handed on for sending; what is left behind is unspecified.
    Out.push_back(event(ResponseEvent::Send, *Key, At));
    Out.push_back(event(ResponseEvent::ResetUnknown, *Key, At));
    return;
  }
  if (!ParamType.isNull() && isPointerOrReference(ParamType) &&
      !ParamType->getPointeeType().isConstQualified()) {
    Out.push_back(event(ResponseEvent::Escape, *Key, At));
    return;
  }
  // Copied or read. A local response read by other code is taken to be sent
  // there (`do_write(res)`); the caller's responses are checked at exit.
  if (!Objects.isVisibleAtExit(*Key))
    Out.push_back(event(ResponseEvent::Send, *Key, At));
}

/// Whether `Call` calls a callable object rather than a declared function:
/// a `std::function`, a functor, a function pointer or reference. A lambda
/// is code of the project's own, not a framework's continuation.
static bool callsCallableObject(const CallExpr *Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    if (Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
      return false;
    const CXXRecordDecl *RD =
        Op->getArg(0)->getType().getNonReferenceType()->getAsCXXRecordDecl();
    return RD && !RD->isLambda();
  }
  // A function reference decays to a pointer at the call too.
  return !isa<CXXMemberCallExpr>(Call) && !Call->getDirectCallee() &&
         Call->getCallee()->getType()->isFunctionPointerType();
}

bool ResponseEventExtractor::extractCallbackCall(const CallExpr *Call,
                                                 Events &Out) {
  if (!callsCallableObject(Call))
    return false;
  bool Applied = false;
  const unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  for (unsigned I = First; I < Call->getNumArgs(); ++I) {
    const Expr *Arg = Call->getArg(I);
    const ApiEntry *Entry =
        api().callbackEntry(skipTransparent(Arg)->getType(), Effect::Send);
    if (!Entry)
      continue;
    if (std::optional<ObjectKey> Key = Objects.resolve(Arg)) {
      extractEffect(*Entry, *Key, Call, {}, Out);
      Applied = true;
    }
  }
  return Applied;
}

const CallExpr *ResponseEventExtractor::helperResult(const Expr *E) const {
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    E = skipTransparent(E);
    if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = FCE->getSubExpr();
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getConstructor()->isCopyOrMoveConstructor() &&
        Construct->getNumArgs() >= 1) {
      E = Construct->getArg(0);
      continue;
    }
    const auto *Call = dyn_cast<CallExpr>(E);
    const HelperSummary *Summary =
        Call && Summaries ? Summaries->forCall(Call) : nullptr;
    return Summary && api().returnsResponse(*Summary->Function) ? Call
                                                                : nullptr;
  }
  return nullptr;
}

std::optional<ObjectKey>
ResponseEventExtractor::resultObject(const CallExpr *Call) const {
  const Stmt *Child = Call;
  const Stmt *P = Parents.getParent(Call);
  while (P &&
         (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P) ||
          isa<MaterializeTemporaryExpr>(P) || isa<CXXBindTemporaryExpr>(P) ||
          isa<ExprWithCleanups>(P) || isa<CXXFunctionalCastExpr>(P) ||
          (isa<CXXConstructExpr>(P) && cast<CXXConstructExpr>(P)
                                           ->getConstructor()
                                           ->isCopyOrMoveConstructor()))) {
    Child = P;
    P = Parents.getParent(P);
  }
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(P))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() == Child)
        return ObjectKey::variable(VD);
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
      Op->getArg(1) == Child)
    return Objects.resolve(Op->getArg(0));
  return ObjectKey{ObjectKey::Temporary, Call, nullptr};
}

bool ResponseEventExtractor::extractHelperCall(const CallExpr *Call,
                                               Events &Out) {
  const HelperSummary *Summary = Summaries ? Summaries->forCall(Call) : nullptr;
  if (!Summary)
    return false;
  const FunctionDecl &Callee = *Summary->Function;
  CallBinding B;
  B.Summary = Summary;
  B.Args.assign(Callee.getNumParams(), nullptr);
  B.Objects.assign(Callee.getNumParams(), std::nullopt);
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    std::optional<unsigned> Param = HelperSummaries::parameterOf(Call, I);
    if (!Param || *Param >= Callee.getNumParams())
      continue;
    const Expr *Arg = Call->getArg(I);
    QualType Type = Callee.getParamDecl(*Param)->getType();
    // A response copied or moved into the helper is the helper's own: the
    // caller's is handed on as it is to any other function.
    const auto *Move = dyn_cast<CallExpr>(Arg->IgnoreParenImpCasts());
    if (!api().smartPointerFramework(Type) && api().responseFramework(Type) &&
        (!isPointerOrReference(Type) || Type->isRValueReferenceType() ||
         (Move && Move->isCallToStdMove()))) {
      extractArgument(Arg, Type, Call, Out);
      continue;
    }
    B.Args[*Param] = Arg;
    B.Objects[*Param] = Objects.resolve(Arg);
  }
  if (Summary->isNoOp())
    return true;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (const Expr *Object = Member->getImplicitObjectArgument();
        Object && !isa<CXXThisExpr>(skipTransparent(Object))) {
      B.Base = Objects.resolve(Object);
      B.BaseKnown = B.Base.has_value();
    }
  if (api().returnsResponse(Callee))
    B.Result = resultObject(Call);
  ResponseEvent E = event(ResponseEvent::Call, ObjectKey(), Call);
  E.Binding = &Bindings.emplace_back(std::move(B));
  Out.push_back(E);
  return true;
}

void ResponseEventExtractor::extractCallArguments(const CallExpr *Call,
                                                  Events &Out) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionProtoType *Proto = nullptr;
  if (Callee) {
    Proto = Callee->getType()->getAs<FunctionProtoType>();
  } else if (QualType T = Call->getCallee()->getType(); !T.isNull()) {
    // Through a function pointer or reference: its type has the
    // parameters.
    if (const auto *Pointer = T->getAs<PointerType>())
      T = Pointer->getPointeeType();
    Proto = T->getAs<FunctionProtoType>();
  }
  // The object of a member operator call (a lambda's operator()) is the
  // first argument but has no parameter.
  unsigned Offset = 0;
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
      MD && isa<CXXOperatorCallExpr>(Call) && MD->isInstance())
    Offset = 1;
  for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
    QualType ParamType;
    if (Proto && I - Offset < Proto->getNumParams())
      ParamType = Proto->getParamType(I - Offset);
    extractArgument(Call->getArg(I), ParamType, Call, Out);
  }
}

void ResponseEventExtractor::extractConstructArguments(
    const CXXConstructExpr *Construct, Events &Out) {
  // Copies and moves of a response, or of a smart pointer to one, are
  // declarations, assignments, returns or arguments, handled where the new
  // object is named or passed.
  if (api().holderFramework(Construct->getType()))
    return;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  for (unsigned I = 0; I < Construct->getNumArgs(); ++I) {
    QualType ParamType;
    if (Ctor && I < Ctor->getNumParams())
      ParamType = Ctor->getParamDecl(I)->getType();
    extractArgument(Construct->getArg(I), ParamType, Construct, Out);
  }
}

} // namespace clang::tidy::http
