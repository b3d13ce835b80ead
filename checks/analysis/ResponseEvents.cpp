//===--- ResponseEvents.cpp - http-tidy -----------------------------------===//

#include "ResponseEvents.h"
#include "ApiLookup.h"
#include "HelperSummaries.h"
#include "RawMessage.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::Effect;
using model::FrameworkModel;
using model::Site;
using Events = llvm::SmallVectorImpl<ResponseEvent>;

static ResponseEvent event(ResponseEvent::Kind K, ObjectKey Object,
                           const Stmt *At) {
  ResponseEvent E{K, Object, At};
  return E;
}

ResponseEventExtractor::ResponseEventExtractor(ResponseObjects Objects,
                                               ASTContext &Ctx,
                                               const ParentMap &Parents,
                                               HelperSummaries *Summaries)
    : Ctx(Ctx), Parents(Parents), Objects(std::move(Objects)),
      Summaries(Summaries) {
  for (const auto &[Param, Framework] :
       this->Objects.api().statusReturns(this->Objects.function()))
    StatusReturns.push_back(Param);
}

const Expr *ResponseEventExtractor::usingParent(const Expr *E) const {
  const Stmt *P = Parents.getParent(E);
  while (P &&
         (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P) ||
          isa<MaterializeTemporaryExpr>(P) || isa<CXXBindTemporaryExpr>(P)))
    P = Parents.getParent(P);
  return dyn_cast_or_null<Expr>(P);
}

static bool isSame(const Expr *A, const Expr *B) {
  return A && B && A->IgnoreParenImpCasts() == B->IgnoreParenImpCasts();
}

/// Methods of a body type that add no content.
static bool addsNoContent(const CXXMethodDecl *MD) {
  if (MD->isConst())
    return true;
  if (!MD->getDeclName().isIdentifier())
    return false;
  return llvm::StringSwitch<bool>(MD->getName())
      .Cases("begin", "end", "data", "reserve", "shrink_to_fit", "prepare",
             true)
      .Cases("at", "front", "back", "c_str", "size", "length", true)
      // These only take content away.
      .Cases("consume", "pop_back", "erase", true)
      .Default(false);
}

void ResponseEventExtractor::extractMemberAccess(const Expr *Access,
                                                 ObjectKey Key,
                                                 const ApiEntry &Entry,
                                                 Events &Out) {
  const Expr *User = usingParent(Access);
  if (!User)
    return;
  auto Push = [&](ResponseEvent::Kind K) {
    Out.push_back(event(K, Key, User));
  };
  auto Content = [&](const Expr *Value, bool Replaces) {
    if (!isEmptyContent(Value, nullptr, Ctx))
      Push(ResponseEvent::WriteBody);
    else if (Replaces)
      Push(ResponseEvent::ClearBody);
  };

  if (Entry.What == Effect::SetStatus) {
    if (const auto *BO = dyn_cast<BinaryOperator>(User);
        BO && BO->isAssignmentOp() && isSame(BO->getLHS(), Access)) {
      ResponseEvent E = event(ResponseEvent::SetStatus, Key, BO);
      if (BO->getOpcode() == BO_Assign)
        E.Statuses = api().evaluateStatusChoices(BO->getRHS(), Ctx);
      Out.push_back(E);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(User);
               UO &&
               (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) {
      Out.push_back(event(ResponseEvent::SetStatus, Key, UO));
    }
    return;
  }
  if (Entry.What == Effect::SetFraming) {
    // A length field: a value sets the header, -1 (or an unsigned field's
    // largest value) unsets it.
    const auto *BO = dyn_cast<BinaryOperator>(User);
    if (!BO || BO->getOpcode() != BO_Assign || !isSame(BO->getLHS(), Access))
      return;
    Expr::EvalResult Result;
    const Expr *Value = BO->getRHS();
    // A header pointer field set to null has no header either.
    const bool Unsets = !Value->isValueDependent() &&
                        ((BO->getLHS()->getType()->isPointerType() &&
                          Value->isNullPointerConstant(
                              Ctx, Expr::NPC_ValueDependentIsNotNull)) ||
                         (Value->EvaluateAsInt(Result, Ctx) &&
                          (Result.Val.getInt().isNegative() ||
                           Result.Val.getInt().isAllOnes())));
    // An on/off flag (`sets-when: true`): zero turns the header off.
    bool Off = false;
    if (Entry.When == model::SetsWhen::True)
      Off = !Value->isValueDependent() && Value->EvaluateAsInt(Result, Ctx) &&
            Result.Val.getInt().isZero();
    ResponseEvent E = event(Unsets || Off ? ResponseEvent::ClearFraming
                                          : ResponseEvent::SetFraming,
                            Key, BO);
    E.Header = Entry.Header;
    Out.push_back(E);
    return;
  }
  if (Entry.What != Effect::BodyAccess)
    return;

  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(User)) {
    if (OCE->getNumArgs() != 2 || !isSame(OCE->getArg(0), Access))
      return;
    if (OCE->getOperator() == OO_Equal)
      Content(OCE->getArg(1), /*Replaces=*/true);
    else if (OCE->getOperator() == OO_PlusEqual ||
             OCE->getOperator() == OO_LessLess)
      Content(OCE->getArg(1), /*Replaces=*/false);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(User)) {
    if (BO->isAssignmentOp() && isSame(BO->getLHS(), Access))
      Content(BO->getRHS(), BO->getOpcode() == BO_Assign);
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(User)) {
    const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(usingParent(ME));
    const CXXMethodDecl *MD = Call ? Call->getMethodDecl() : nullptr;
    if (!MD || addsNoContent(MD))
      return;
    llvm::StringRef Name =
        MD->getDeclName().isIdentifier() ? MD->getName() : "";
    const Expr *First = Call->getNumArgs() ? Call->getArg(0) : nullptr;
    if (Name == "clear")
      Push(ResponseEvent::ClearBody);
    else if (Name == "resize" && First && isEmptyContent(nullptr, First, Ctx))
      Push(ResponseEvent::ClearBody);
    else if (Name == "assign")
      Content(First, /*Replaces=*/true);
    else if (!First || !isEmptyContent(First, nullptr, Ctx))
      Push(ResponseEvent::WriteBody);
    return;
  }
  // Handed to a function or constructor that may write to it
  // (`beast::ostream(res.body())`, `std::getline(in, res.body)`).
  auto WritableParam = [&](const FunctionDecl *Callee,
                           llvm::ArrayRef<const Expr *> Args) {
    if (!Callee)
      return false;
    for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I)
      if (isSame(Args[I], Access)) {
        QualType T = Callee->getParamDecl(I)->getType();
        return (T->isLValueReferenceType() || T->isPointerType()) &&
               !T->getPointeeType().isConstQualified();
      }
    return false;
  };
  if (const auto *CE = dyn_cast<CallExpr>(User)) {
    if (WritableParam(CE->getDirectCallee(),
                      llvm::ArrayRef(CE->getArgs(), CE->getNumArgs())))
      Push(ResponseEvent::WriteBody);
  } else if (const auto *CCE = dyn_cast<CXXConstructExpr>(User)) {
    if (WritableParam(CCE->getConstructor(),
                      llvm::ArrayRef(CCE->getArgs(), CCE->getNumArgs())))
      Push(ResponseEvent::WriteBody);
  }
}

void ResponseEventExtractor::extractContent(const ApiEntry &Entry,
                                            ObjectKey Key, const Expr *Call,
                                            const Expr *Content,
                                            const Expr *Size, Events &Out) {
  // A buffer of the framework's (an evbuffer) brings what was added to it.
  if (Content && api().objectFramework(Content))
    if (std::optional<ObjectKey> Buffer = Objects.resolve(Content)) {
      if (!Entry.Appends)
        Out.push_back(event(ResponseEvent::ClearBody, Key, Call));
      ResponseEvent E = event(ResponseEvent::AddContentFrom, Key, Call);
      E.Source = *Buffer;
      Out.push_back(E);
      return;
    }
  // Only an integer argument is a length (set_content(ptr, n, type)
  // against set_content(str, type)).
  if (Size && !Size->getType()->isIntegerType())
    Size = nullptr;
  // A literal written to a connection may be protocol text the handler
  // writes itself; a body setter's argument is only ever content.
  if (const StringLiteral *Literal =
          Entry.Appends && Content ? asStringLiteral(Content) : nullptr;
      Literal && Literal->isOrdinary() && !isEmptyContent(Content, Size, Ctx)) {
    ResponseEvent E = event(ResponseEvent::RawText, Key, Call);
    E.Text = Literal;
    E.TextLength = Literal->getLength();
    Expr::EvalResult Length;
    if (Size && !Size->isValueDependent() && Size->EvaluateAsInt(Length, Ctx) &&
        Length.Val.getInt().ult(E.TextLength))
      E.TextLength = Length.Val.getInt().getZExtValue();
    Out.push_back(E);
    return;
  }
  if (!(Content || Size) || !isEmptyContent(Content, Size, Ctx))
    Out.push_back(event(ResponseEvent::WriteBody, Key, Call));
  else if (!Entry.Appends)
    Out.push_back(event(ResponseEvent::ClearBody, Key, Call));
}

std::optional<model::Framing>
ResponseEventExtractor::headerNamed(const ApiEntry &Entry, const Expr *Call,
                                    llvm::ArrayRef<const Expr *> Args) const {
  if (Entry.NameTemplateArg >= 0) {
    // `headers().add<Header::ContentLength>(n)`
    const auto *CE = dyn_cast<CallExpr>(Call);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    const TemplateArgumentList *Template =
        FD ? FD->getTemplateSpecializationArgs() : nullptr;
    const auto Index = static_cast<unsigned>(Entry.NameTemplateArg);
    if (!Template || Index >= Template->size() ||
        Template->get(Index).getKind() != TemplateArgument::Type)
      return std::nullopt;
    return api().framingHeaderType(Template->get(Index).getAsType());
  }
  if (Entry.NameArg < 0 || static_cast<size_t>(Entry.NameArg) >= Args.size())
    return std::nullopt;
  return api().framingHeaderName(Args[Entry.NameArg], Ctx);
}

/// The braced list of (name, value) pairs an argument is, written at the
/// call or as a local constant's initialiser; null for anything else.
static const InitListExpr *pairList(const Expr *E, unsigned Depth = 0) {
  E = skipTransparent(E);
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
    E = skipTransparent(List->getSubExpr());
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    return ILE;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() >= 1 && Depth < 4
               ? pairList(Construct->getArg(0), Depth + 1)
               : nullptr;
  // A constant map keeps the pairs it was initialised with.
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (VD && VD->isLocalVarDecl() && VD->getType().isConstQualified() &&
      VD->getInit() && Depth < 4)
    return pairList(VD->getInit(), Depth + 1);
  return nullptr;
}

/// The first member of a pair written in a braced list.
static const Expr *pairName(const Expr *Pair) {
  Pair = skipTransparent(Pair);
  if (const auto *ILE = dyn_cast<InitListExpr>(Pair))
    return ILE->getNumInits() ? ILE->getInit(0) : nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Pair))
    return Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
  return nullptr;
}

void ResponseEventExtractor::extractHeaderSet(const ApiEntry &Entry,
                                              ObjectKey Key,
                                              llvm::ArrayRef<const Expr *> Args,
                                              Events &Out) {
  auto Push = [&](model::Framing F, const Stmt *At, unsigned Byte) {
    ResponseEvent E = event(ResponseEvent::SetFraming, Key, At);
    E.Header = F;
    E.Byte = Byte;
    Out.push_back(E);
  };
  const auto Lines = static_cast<size_t>(Entry.HeaderLinesArg);
  if (Entry.HeaderLinesArg >= 0 && Lines < Args.size() && Args[Lines]) {
    const StringLiteral *Text = asStringLiteral(Args[Lines]);
    if (!Text || !Text->isOrdinary())
      return;
    llvm::SmallVector<RawPart, 2> Parts;
    parseRawMessage(Text->getString(), RawPhase::Headers, Parts);
    for (const RawPart &Part : Parts)
      if (Part.K == RawPart::ContentLength ||
          Part.K == RawPart::TransferEncoding)
        Push(Part.K == RawPart::ContentLength
                 ? model::Framing::ContentLength
                 : model::Framing::TransferEncoding,
             Text, Part.Offset);
    return;
  }
  const auto List = static_cast<size_t>(Entry.HeaderListArg);
  if (Entry.HeaderListArg < 0 || List >= Args.size() || !Args[List])
    return;
  if (const InitListExpr *Pairs = pairList(Args[List]))
    for (const Expr *Pair : Pairs->inits())
      if (const Expr *Name = pairName(Pair))
        if (std::optional<model::Framing> F =
                api().framingHeaderName(Name, Ctx))
          Push(*F, Name, 0);
}

void ResponseEventExtractor::extractEffect(const ApiEntry &Entry, ObjectKey Key,
                                           const Expr *Call,
                                           llvm::ArrayRef<const Expr *> Args,
                                           Events &Out) {
  auto Arg = [&](int I) -> const Expr * {
    return I >= 0 && static_cast<size_t>(I) < Args.size() ? Args[I] : nullptr;
  };
  switch (Entry.What) {
  case Effect::SetStatus:
    if (const Expr *Status = Arg(Entry.StatusArg)) {
      // An overload taking something else there (a header, a piecewise
      // tuple, a string) evaluates to no status: unknown from here.
      ResponseEvent E = event(ResponseEvent::SetStatus, Key, Call);
      E.Statuses = api().evaluateStatusChoices(Status, Ctx);
      Out.push_back(E);
    }
    break;
  case Effect::BodyAccess:
    if (Args.empty())
      extractMemberAccess(Call, Key, Entry, Out);
    break;
  case Effect::WriteBody: {
    const Expr *Content = Arg(Entry.ContentArg);
    if (Entry.ContentArg >= 0 && !Content)
      break; // An overload without the content argument.
    // An overload taking a status there (`Response(StatusCode)` next to
    // `Response(data, StatusCode)`): no content either way.
    if (Content && Content->getType()->isEnumeralType())
      break;
    extractContent(Entry, Key, Call, Content, Arg(Entry.SizeArg), Out);
    break;
  }
  case Effect::SetHeader:
    if (Entry.HeaderLinesArg >= 0 || Entry.HeaderListArg >= 0) {
      extractHeaderSet(Entry, Key, Args, Out);
      break;
    }
    [[fallthrough]];
  case Effect::RemoveHeader:
    if (Entry.What == Effect::RemoveHeader && Entry.NameArg < 0 &&
        Entry.NameTemplateArg < 0) {
      for (model::Framing F :
           {model::Framing::ContentLength, model::Framing::TransferEncoding}) {
        if (Entry.FixedHeader && F != Entry.Header)
          continue;
        ResponseEvent E = event(ResponseEvent::ClearFraming, Key, Call);
        E.Header = F;
        Out.push_back(E);
      }
      break;
    }
    if (std::optional<model::Framing> F = headerNamed(Entry, Call, Args)) {
      ResponseEvent E =
          event(Entry.What == Effect::SetHeader ? ResponseEvent::SetFraming
                                                : ResponseEvent::ClearFraming,
                Key, Call);
      E.Header = *F;
      Out.push_back(E);
    }
    break;
  case Effect::SetFraming: {
    const Expr *Value = Arg(Entry.ValueArg);
    if (Entry.ValueArg >= 0 && !Value)
      break; // A getter of the same name.
    std::optional<bool> Sets;
    if (Entry.When == model::SetsWhen::HasValue) {
      Sets = !isEmptyOptional(Value);
    } else if (Entry.When == model::SetsWhen::True) {
      bool B;
      if (!Value->isValueDependent() &&
          Value->EvaluateAsBooleanCondition(B, Ctx))
        Sets = B;
    } else {
      Sets = true;
    }
    if (!Sets)
      break;
    ResponseEvent E =
        event(*Sets ? ResponseEvent::SetFraming : ResponseEvent::ClearFraming,
              Key, Call);
    E.Header = Entry.Header;
    E.Via = lastComponent(Entry.Name);
    Out.push_back(E);
    break;
  }
  case Effect::PreparePayload: {
    ResponseEvent E = event(ResponseEvent::PreparePayload, Key, Call);
    E.Via = lastComponent(Entry.Name);
    Out.push_back(E);
    break;
  }
  case Effect::Send:
    Out.push_back(event(ResponseEvent::Send, Key, Call));
    break;
  case Effect::ClearBody:
    Out.push_back(event(ResponseEvent::ClearBody, Key, Call));
    break;
  case Effect::ReadStatus:
  case Effect::ConvertStatus:
  case Effect::Create:
  case Effect::Handle:
  case Effect::Inspect:
  case Effect::OpenStream:
    break;
  }
}

void ResponseEventExtractor::extractMemberCall(const CXXMemberCallExpr *Call,
                                               Events &Out) {
  const CXXMethodDecl *MD = Call->getMethodDecl();
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!MD || !Object || !MD->getDeclName().isIdentifier())
    return;
  llvm::StringRef Name = MD->getName();
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  const FrameworkModel *FM = api().objectFramework(Object);
  if (!FM) {
    // A member function of another class, named by a `function` entry.
    if (FunctionModel Model = api().functionModel(MD)) {
      extractModelledCall(Call, Model, Out);
      return;
    }
    // `out.write(data, n)` on a stream that writes an object's content.
    if (Name == "write" || Name == "put")
      if (std::optional<ObjectKey> Key = Objects.streamTarget(Object))
        extractStreamWrite(
            *Key, Call, Args.empty() ? nullptr : Args[0],
            Name == "write" && Args.size() > 1 ? Args[1] : nullptr, Out);
    return;
  }
  // A method that creates an object (`req->create_response(...)`) acts on
  // the new object.
  if (const CallExpr *Created = Objects.asCreation(Call)) {
    ObjectKey Key{ObjectKey::Temporary, Created, nullptr};
    Out.push_back(event(ResponseEvent::Reset, Key, Call));
    for (const ApiEntry &Entry : FM->Api)
      if (Entry.Where == Site::Method && Entry.Name == Name &&
          Entry.CreatesObject && entryAppliesTo(Entry, MD))
        extractEffect(Entry, Key, Call, Args, Out);
    return;
  }
  std::optional<ObjectKey> Key = Objects.resolve(Object);
  if (!Key)
    return;
  for (const ApiEntry &Entry : FM->Api)
    if (Entry.Where == Site::Method && Entry.Name == Name &&
        entryAppliesTo(Entry, MD))
      extractEffect(Entry, *Key, Call, Args, Out);
}

void ResponseEventExtractor::extractStreamWrite(ObjectKey Key, const Expr *At,
                                                const Expr *Content,
                                                const Expr *Size, Events &Out) {
  if (!Content)
    return;
  // A manipulator (`std::flush`, a stream's `ends`) writes no content.
  QualType T = skipTransparent(Content)->getType();
  if (T->isFunctionType() || T->isFunctionPointerType() ||
      T->isSpecificBuiltinType(BuiltinType::Overload))
    return;
  if (Size && !Size->getType()->isIntegerType())
    Size = nullptr;
  if (isEmptyContent(Content, Size, Ctx))
    return;
  // The headers left with the call that opened the stream: what is written
  // now is checked against the status they carried.
  Out.push_back(event(ResponseEvent::WriteBody, Key, At));
  Out.push_back(event(ResponseEvent::Send, Key, At));
}

void ResponseEventExtractor::extractModelledCall(const CallExpr *Call,
                                                 const FunctionModel &Model,
                                                 Events &Out) {
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  if (const CallExpr *Created = Objects.asCreation(Call)) {
    ObjectKey Key{ObjectKey::Temporary, Created, nullptr};
    Out.push_back(event(ResponseEvent::Reset, Key, Call));
    for (const ApiEntry *Entry : Model.Entries)
      if (Entry->CreatesObject)
        extractEffect(*Entry, Key, Call, Args, Out);
    return;
  }
  // Each entry names its object argument; an object that cannot be told
  // (an unknown pointer) gets no events.
  for (const ApiEntry *Entry : Model.Entries) {
    if (Entry->ObjectArg < 0 ||
        static_cast<size_t>(Entry->ObjectArg) >= Args.size())
      continue;
    if (std::optional<ObjectKey> Key = Objects.resolve(Args[Entry->ObjectArg]))
      extractEffect(*Entry, *Key, Call, Args, Out);
  }
}

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
  if (api().responseFramework(Construct->getType()) ||
      api().smartPointerFramework(Construct->getType()))
    return;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  for (unsigned I = 0; I < Construct->getNumArgs(); ++I) {
    QualType ParamType;
    if (Ctor && I < Ctor->getNumParams())
      ParamType = Ctor->getParamDecl(I)->getType();
    extractArgument(Construct->getArg(I), ParamType, Construct, Out);
  }
}

void ResponseEventExtractor::extractInit(ObjectKey Key, const Expr *Init,
                                         const Stmt *At, Events &Out) {
  if (!Init) {
    Out.push_back(event(ResponseEvent::Reset, Key, At));
    return;
  }
  const Expr *E = skipTransparent(Init);
  if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E))
    E = skipTransparent(FCE->getSubExpr());
  const auto *Construct = dyn_cast<CXXConstructExpr>(E);
  if (!Construct && helperResult(E))
    return; // The call's own event gives the object its state.
  if (!Construct) {
    ResponseEvent Copy = event(ResponseEvent::CopyFrom, Key, At);
    if (std::optional<ObjectKey> Source = Objects.resolve(E)) {
      Copy.Source = *Source;
      Out.push_back(Copy);
    } else {
      Out.push_back(event(ResponseEvent::ResetUnknown, Key, At));
    }
    return;
  }
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Ctor && Ctor->isCopyOrMoveConstructor()) {
    extractInit(Key, Construct->getArg(0), At, Out);
    return;
  }
  if (helperResult(Construct))
    return;
  extractConstruction(Key, Construct, Out);
}

void ResponseEventExtractor::extractConstruction(
    ObjectKey Key, const CXXConstructExpr *Construct, Events &Out) {
  Out.push_back(event(ResponseEvent::Reset, Key, Construct));
  const FrameworkModel *FM = api().responseFramework(Construct->getType());
  if (!FM)
    return;
  llvm::SmallVector<const Expr *, 4> Args;
  for (const Expr *Arg : Construct->arguments())
    // A defaulted argument says nothing the constructor's own code does not.
    Args.push_back(isa<CXXDefaultArgExpr>(Arg) ? nullptr : Arg);
  llvm::StringRef Type = api().trackedTypeName(Construct->getType());
  for (const ApiEntry &Entry : FM->Api)
    if (Entry.Where == Site::Constructor && Entry.Name == Type &&
        entryAppliesTo(Entry, Construct->getConstructor()))
      extractEffect(Entry, Key, Construct, Args, Out);
}

bool ResponseEventExtractor::isTemporaryResponse(
    const CXXConstructExpr *Construct) const {
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (!Ctor || Ctor->isCopyOrMoveConstructor() ||
      !api().responseFramework(Construct->getType()))
    return false;
  // A declared variable's initialiser makes that variable, not a temporary.
  const Stmt *P = Parents.getParent(Construct);
  while (P && (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P) ||
               isa<CXXFunctionalCastExpr>(P) || isa<ExprWithCleanups>(P)))
    P = Parents.getParent(P);
  return !isa_and_nonnull<DeclStmt>(P);
}

void ResponseEventExtractor::extractReturnedStatus(const ReturnStmt *Return,
                                                   Events &Out) {
  const Expr *Value = Return->getRetValue();
  if (StatusReturns.empty() || !Value ||
      !Value->getType()->isIntegralOrEnumerationType())
    return;
  // Only a status code is a status: the framework's other results (`OK`,
  // `DECLINED`) leave the status as it was.
  auto IsStatus = [](const StatusChoice &C) {
    return C.Value && *C.Value >= 100 && *C.Value <= 599;
  };
  llvm::SmallVector<StatusChoice, 2> Choices =
      api().evaluateStatusChoices(Value, Ctx);
  const bool Constant =
      llvm::all_of(Choices, [](const StatusChoice &C) { return C.Value; });
  if (Constant && !llvm::all_of(Choices, IsStatus))
    return;
  Expr::EvalResult Result;
  if (!Constant && !Value->isValueDependent() &&
      Value->EvaluateAsInt(Result, Ctx))
    return; // A negative result code.
  for (const ParmVarDecl *Param : StatusReturns)
    if (std::optional<ObjectKey> Key = Objects.resolveVariable(Param)) {
      ResponseEvent E = event(ResponseEvent::SetStatus, *Key, Return);
      if (Constant)
        E.Statuses = Choices;
      Out.push_back(E);
    }
}

void ResponseEventExtractor::extractDecl(const VarDecl *VD, Events &Out) {
  const bool Smart = api().smartPointerFramework(VD->getType()) != nullptr;
  if (!Smart && !api().responseFramework(VD->getType()))
    return;
  if (!Smart && !isPointerOrReference(VD->getType())) {
    extractInit(ObjectKey::variable(VD), VD->getInit(), VD->getInit(), Out);
    return;
  }
  // A pointer (a smart one too) that owns what a factory created takes over
  // its state.
  if (VD->getInit() && Objects.asCreation(VD->getInit()))
    extractInit(ObjectKey::variable(VD), VD->getInit(), VD->getInit(), Out);
}

void ResponseEventExtractor::extract(const Stmt *S, Events &Out) {
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        extractDecl(VD, Out);
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
    const Expr *Value = RS->getRetValue();
    if (Value && (api().objectFramework(Value) ||
                  api().smartPointerFramework(Value->getType()))) {
      if (std::optional<ObjectKey> Key = Objects.resolve(Value))
        Out.push_back(event(ResponseEvent::Send, *Key, RS));
      else if (const CallExpr *Helper = helperResult(Value))
        Out.push_back(event(ResponseEvent::Send,
                            {ObjectKey::Temporary, Helper, nullptr}, RS));
    }
    extractReturnedStatus(RS, Out);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    // `resp = create(...)`: the pointer owns a new object.
    const auto *DRE =
        dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (BO->getOpcode() == BO_Assign && VD &&
        api().responseFramework(VD->getType()) &&
        Objects.asCreation(BO->getRHS()))
      extractInit(ObjectKey::variable(VD), BO->getRHS(), BO, Out);
    return;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
    extractMemberCall(Call, Out);
    if (!extractHelperCall(Call, Out))
      extractCallArguments(Call, Out);
    return;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2)
      if (std::optional<ObjectKey> Key = Objects.streamTarget(Op->getArg(0))) {
        extractStreamWrite(*Key, Op, Op->getArg(1), nullptr, Out);
        return;
      }
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        api().objectFramework(Op->getArg(0))) {
      if (std::optional<ObjectKey> Key = Objects.resolve(Op->getArg(0)))
        extractInit(*Key, Op->getArg(1), Op, Out);
      return;
    }
    if (!extractCallbackCall(Op, Out) && !extractHelperCall(Op, Out))
      extractCallArguments(Op, Out);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // std::move and std::forward only name the object; the call they feed
    // decides what happens to it.
    if (skipTransparent(Call) != Call)
      return;
    // A modelled function does what its model says to the objects it is
    // given, and nothing else.
    if (FunctionModel Model = api().functionModel(Call->getDirectCallee())) {
      extractModelledCall(Call, Model, Out);
      return;
    }
    if (!extractCallbackCall(Call, Out) && !extractHelperCall(Call, Out))
      extractCallArguments(Call, Out);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    if (isTemporaryResponse(Construct))
      extractConstruction({ObjectKey::Temporary, Construct, nullptr}, Construct,
                          Out);
    extractConstructArguments(Construct, Out);
    return;
  }
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    // Whoever calls the lambda may change a response it holds by reference,
    // or shares through a copy of a smart pointer.
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Capture.capturesVariable())
        continue;
      const auto *VD = dyn_cast<VarDecl>(Capture.getCapturedVar());
      if (!VD || !(Capture.getCaptureKind() == LCK_ByRef
                       ? api().responseFramework(VD->getType())
                       : api().smartPointerFramework(VD->getType())))
        continue;
      if (std::optional<ObjectKey> Key = Objects.resolveVariable(VD))
        Out.push_back(event(ResponseEvent::Escape, *Key, Lambda));
    }
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(S)) {
    std::optional<FieldAccess> Access = api().fieldAccess(ME);
    if (!Access)
      return;
    std::optional<ObjectKey> Key = Objects.resolve(Access->Object);
    if (!Key)
      return;
    for (const ApiEntry &Entry : Access->Framework->Api)
      if (Entry.Where == Site::Field && Entry.Name == Access->Path)
        extractMemberAccess(ME, *Key, Entry, Out);
  }
}

} // namespace clang::tidy::http
