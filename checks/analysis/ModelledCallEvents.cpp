//===--- ModelledCallEvents.cpp - http-tidy -------------------------------===//
//
// The events of the calls and member accesses the framework models
// describe: status setters, content writers, header setters, sends.
//
//===----------------------------------------------------------------------===//

#include "LocalStructs.h"
#include "RawMessage.h"
#include "ResponseEventsImpl.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::http {

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

/// The phrase `Phrase` set by `Setter`: reported at the phrase where the
/// code writes one.
static ResponseEvent reasonEvent(ObjectKey Key, const Expr *Phrase,
                                 const Expr *Setter) {
  const StringLiteral *Literal = asStringLiteral(Phrase);
  ResponseEvent E =
      event(ResponseEvent::SetReason, Key,
            Literal ? static_cast<const Expr *>(Literal) : Setter);
  E.ReasonText = literalText(Phrase).value_or("");
  return E;
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
      // A status field beside a phrase field (h2o's res.status and
      // res.reason) leaves the phrase as it was.
      if (Entry.KeepsReason)
        E.Reason = ResponseEvent::ReasonKept;
      Out.push_back(E);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(User);
               UO &&
               (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) {
      Out.push_back(event(ResponseEvent::SetStatus, Key, UO));
    }
    return;
  }
  if (Entry.What == Effect::SetReason) {
    const auto *BO = dyn_cast<BinaryOperator>(User);
    if (!BO || BO->getOpcode() != BO_Assign || !isSame(BO->getLHS(), Access))
      return;
    Out.push_back(reasonEvent(Key, BO->getRHS(), BO));
    return;
  }
  if (Entry.What == Effect::SetHeader) {
    const auto *BO = dyn_cast<BinaryOperator>(User);
    if (!BO || BO->getOpcode() != BO_Assign || !isSame(BO->getLHS(), Access))
      return;
    // A field that is the header (`headers_out.location`): set by any value
    // but null.
    if (!Entry.SetsHeaders.empty()) {
      const Expr *Value = BO->getRHS();
      const bool Unsets =
          !Value->isValueDependent() &&
          Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
      for (const std::string &Header : Entry.SetsHeaders)
        extractHeader(!Unsets, Header, std::nullopt, Key, BO, 0, Out);
      return;
    }
    // The name of a header entry: the header named by the text assigned
    // (`ngx_str_set(&h->key, "Content-Length")` assigns `(u_char *) "..."`).
    extractHeader(true, api().headerName(BO->getRHS()->IgnoreParenCasts(), Ctx),
                  std::nullopt, Key, BO, 0, Out);
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

/// The parameter `E` is, through conversions (`(void *)text`) and the
/// accessors of a string's text (`text.c_str()`).
static const ParmVarDecl *parameterNamed(const Expr *E) {
  E = E ? E->IgnoreParenCasts() : nullptr;
  if (const auto *Member = dyn_cast_or_null<CXXMemberCallExpr>(E);
      Member && Member->getNumArgs() == 0 && Member->getMethodDecl() &&
      Member->getMethodDecl()->getDeclName().isIdentifier() &&
      llvm::is_contained({"c_str", "data"}, Member->getMethodDecl()->getName()))
    E = Member->getImplicitObjectArgument()->IgnoreParenCasts();
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E);
  return Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

/// Whether `Size` is the length of the text of `Param`: `strlen(text)`,
/// `text.size()`, `text.length()`.
static bool isLengthOf(const Expr *Size, const ParmVarDecl *Param) {
  Size = Size->IgnoreParenCasts();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Size))
    return Member->getNumArgs() == 0 && Member->getMethodDecl() &&
           Member->getMethodDecl()->getDeclName().isIdentifier() &&
           llvm::is_contained({"size", "length"},
                              Member->getMethodDecl()->getName()) &&
           parameterNamed(Member->getImplicitObjectArgument()) == Param;
  const auto *Call = dyn_cast<CallExpr>(Size);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Call->getNumArgs() == 1 &&
         (Callee->getBuiltinID() == Builtin::BIstrlen ||
          Callee->getBuiltinID() == Builtin::BI__builtin_strlen) &&
         parameterNamed(Call->getArg(0)) == Param;
}

const ParmVarDecl *
ResponseEventExtractor::contentParameter(const Expr *Content,
                                         const Expr *Size) const {
  const ParmVarDecl *Param = parameterNamed(Content);
  if (!Param || Param->getDeclContext() !=
                    static_cast<const DeclContext *>(&Objects.function()))
    return nullptr;
  return !Size || isLengthOf(Size, Param) ? Param : nullptr;
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
  if (!(Content || Size) || !isEmptyContent(Content, Size, Ctx)) {
    ResponseEvent E = event(ResponseEvent::WriteBody, Key, Call);
    E.ContentParam = contentParameter(Content, Size);
    E.ReplacesContent = !Entry.Appends;
    Out.push_back(E);
  } else if (!Entry.Appends)
    Out.push_back(event(ResponseEvent::ClearBody, Key, Call));
}

/// Whether `Value` is one of the constants `Names` names in the translation
/// unit (enumerators, constant variables); nothing when it is not a
/// constant.
static std::optional<bool>
isOneOf(const Expr *Value, llvm::ArrayRef<std::string> Names, ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (!Value || Value->isValueDependent() || !Value->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  const llvm::APSInt &Have = Result.Val.getInt();
  for (const std::string &Name : Names)
    for (const NamedDecl *D : lookupQualifiedName(Name, Ctx)) {
      std::optional<llvm::APSInt> Want;
      if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D))
        Want = Enumerator->getInitVal();
      else if (const auto *VD = dyn_cast<VarDecl>(D);
               VD && VD->getType().isConstQualified() && VD->getInit() &&
               !VD->getInit()->isValueDependent())
        if (Expr::EvalResult Init; VD->getInit()->EvaluateAsInt(Init, Ctx))
          Want = Init.Val.getInt();
      if (Want && llvm::APSInt::isSameValue(*Want, Have))
        return true;
    }
  return false;
}

void ResponseEventExtractor::extractEffect(const ApiEntry &Entry, ObjectKey Key,
                                           const Expr *Call,
                                           llvm::ArrayRef<const Expr *> Args,
                                           Events &Out) {
  auto Arg = [&](int I) -> const Expr * {
    return I >= 0 && static_cast<size_t>(I) < Args.size() ? Args[I] : nullptr;
  };
  if (!Entry.ValueIs.empty()) {
    std::optional<bool> Applies =
        isOneOf(Arg(Entry.ValueArg), Entry.ValueIs, Ctx);
    // Which of the entries applies cannot be told: the call may have done
    // any of what they say.
    if (!Applies)
      Out.push_back(event(ResponseEvent::Escape, Key, Call));
    if (!Applies.value_or(false))
      return;
  }
  switch (Entry.What) {
  case Effect::SetStatus:
    if (const Expr *Status = Arg(Entry.StatusArg);
        Status || Entry.FixedStatus) {
      // An overload taking something else there (a header, a piecewise
      // tuple, a string) evaluates to no status: unknown from here.
      ResponseEvent E = event(ResponseEvent::SetStatus, Key, Call);
      if (Entry.FixedStatus)
        E.Statuses = {StatusChoice{Entry.FixedStatus, {}, nullptr, nullptr}};
      else
        E.Statuses = api().evaluateStatusChoices(Status, Ctx);
      E.IfUnset = Entry.IfUnset;
      if (Entry.KeepsReason) {
        E.Reason = ResponseEvent::ReasonKept;
      } else if (const Expr *Reason = Arg(Entry.ReasonArg)) {
        E.ReasonText = literalText(Reason).value_or("");
        E.Reason = E.ReasonText.empty() ? ResponseEvent::ReasonUnknown
                                        : ResponseEvent::ReasonGiven;
      } else {
        E.Reason = ResponseEvent::ReasonOfCode;
      }
      Out.push_back(E);
    }
    break;
  case Effect::SetReason:
    if (const Expr *Reason = Arg(Entry.ReasonArg))
      Out.push_back(reasonEvent(Key, Reason, Call));
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
    // A structure whose length member is 0 holds no content.
    if (Content && !Entry.SizeMember.empty() &&
        localMemberIsZero(Content, Entry.SizeMember, Objects.function(),
                          Parents, Ctx)) {
      if (!Entry.Appends)
        Out.push_back(event(ResponseEvent::ClearBody, Key, Call));
      break;
    }
    extractContent(Entry, Key, Call, Content, Arg(Entry.SizeArg), Out);
    break;
  }
  case Effect::SetHeader:
    if (Entry.HeaderLinesArg >= 0 || Entry.HeaderListArg >= 0) {
      extractHeaderSet(Entry, Key, Args, Out);
      break;
    }
    // Headers the call adds by itself (`set_redirect` adds Location), with
    // the value of the argument `value` if there is one.
    for (const std::string &Header : Entry.SetsHeaders)
      extractHeader(true, Header, literalText(Arg(Entry.ValueArg)), Key, Call,
                    0, Out);
    if (!Entry.SetsHeaders.empty())
      break;
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
      if (!Entry.FixedHeader) {
        ResponseEvent E = event(ResponseEvent::RemoveHeaders, Key, Call);
        E.Headers = ~uint64_t(0);
        Out.push_back(E);
      }
      break;
    }
    extractHeader(Entry.What == Effect::SetHeader,
                  headerNamed(Entry, Call, Args),
                  literalText(Arg(Entry.ValueArg)), Key, Call, 0, Out);
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
  if (CallModel Model = api().callModel(Call)) {
    extractModelledCall(Model, Out);
    return;
  }
  // `out.write(data, n)` on a stream that writes an object's content.
  const CXXMethodDecl *MD = Call->getMethodDecl();
  if (!MD || !MD->getDeclName().isIdentifier() ||
      (MD->getName() != "write" && MD->getName() != "put"))
    return;
  if (std::optional<ObjectKey> Key =
          Objects.streamTarget(Call->getImplicitObjectArgument()))
    extractStreamWrite(
        *Key, Call, Call->getNumArgs() ? Call->getArg(0) : nullptr,
        MD->getName() == "write" && Call->getNumArgs() > 1 ? Call->getArg(1)
                                                           : nullptr,
        Out);
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

void ResponseEventExtractor::extractModelledCall(const CallModel &Model,
                                                 Events &Out) {
  const CallExpr *Call = Model.Call;
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  // A call that creates an object (`create_response(s)`,
  // `req->create_response(s)`) acts on the new object only.
  if (Model.entry(Effect::Create)) {
    ObjectKey Key{ObjectKey::Temporary, Call, nullptr};
    Out.push_back(event(ResponseEvent::Reset, Key, Call));
    for (const ApiEntry *Entry : Model.Entries)
      if (Entry->CreatesObject)
        extractEffect(*Entry, Key, Call, Args, Out);
    return;
  }
  // Each entry acts on the object the call names for it; an object that
  // cannot be told (an unknown pointer) gets no events.
  for (const ApiEntry *Entry : Model.Entries)
    if (const Expr *Object = Model.objectOf(*Entry))
      if (std::optional<ObjectKey> Key = Objects.resolve(Object))
        extractEffect(*Entry, *Key, Call, Args, Out);
  // A method of a tracked object that no model describes may add any
  // header.
  if (Model.Receiver && Model.Entries.empty() &&
      !cast<CXXMemberCallExpr>(Call)->getMethodDecl()->isConst())
    if (std::optional<ObjectKey> Key = Objects.resolve(Model.Receiver))
      Out.push_back(event(ResponseEvent::UnknownHeaders, *Key, Call));
}

} // namespace clang::tidy::http
