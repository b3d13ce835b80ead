//===--- ResponseEvents.cpp - http-tidy -----------------------------------===//

#include "ResponseEvents.h"
#include "ApiLookup.h"
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
                                               const ParentMap &Parents)
    : Ctx(Ctx), Parents(Parents), Objects(std::move(Objects)) {}

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
        E.Statuses = evaluateStatusChoices(BO->getRHS(), Ctx);
      Out.push_back(E);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(User);
               UO &&
               (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) {
      Out.push_back(event(ResponseEvent::SetStatus, Key, UO));
    }
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

void ResponseEventExtractor::extractMemberCall(const CXXMemberCallExpr *Call,
                                               Events &Out) {
  const CXXMethodDecl *MD = Call->getMethodDecl();
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!MD || !Object || !MD->getDeclName().isIdentifier())
    return;
  const FrameworkModel *FM = objectFramework(Object);
  if (!FM)
    return;
  std::optional<ObjectKey> Key = Objects.resolve(Object);
  if (!Key)
    return;
  llvm::StringRef Name = MD->getName();
  const int NumArgs = static_cast<int>(Call->getNumArgs());
  auto Arg = [&](int I) -> const Expr * {
    return I >= 0 && I < NumArgs ? Call->getArg(I) : nullptr;
  };

  for (const ApiEntry &Entry : FM->Api) {
    if (Entry.Where != Site::Method || Entry.Name != Name)
      continue;
    switch (Entry.What) {
    case Effect::SetStatus:
      if (const Expr *Status = Arg(Entry.Arg)) {
        ResponseEvent E = event(ResponseEvent::SetStatus, *Key, Call);
        E.Statuses = evaluateStatusChoices(Status, Ctx);
        Out.push_back(E);
      }
      break;
    case Effect::BodyAccess:
      if (NumArgs == 0)
        extractMemberAccess(Call, *Key, Entry, Out);
      break;
    case Effect::WriteBody: {
      const Expr *Content = Arg(Entry.Arg);
      if (Entry.Arg >= 0 && !Content)
        break;
      // Only an integer argument is a length (set_content(ptr, n, type)
      // against set_content(str, type)).
      const Expr *Size = Arg(Entry.SizeArg);
      if (Size && !Size->getType()->isIntegerType())
        Size = nullptr;
      bool Empty = Content && isEmptyContent(Content, Size, Ctx);
      Out.push_back(
          event(Empty ? ResponseEvent::ClearBody : ResponseEvent::WriteBody,
                *Key, Call));
      break;
    }
    case Effect::SetHeader:
    case Effect::RemoveHeader:
      if (const Expr *HeaderName = Arg(Entry.Arg))
        if (std::optional<model::Framing> F = framingHeaderName(HeaderName)) {
          ResponseEvent E = event(Entry.What == Effect::SetHeader
                                      ? ResponseEvent::SetFraming
                                      : ResponseEvent::ClearFraming,
                                  *Key, Call);
          E.Header = *F;
          Out.push_back(E);
        }
      break;
    case Effect::SetFraming: {
      const Expr *Value = Arg(Entry.Arg);
      if (!Value)
        break; // A getter of the same name.
      std::optional<bool> Sets;
      if (Entry.HeaderArg == model::FramingArg::ValueSets) {
        Sets = !isEmptyOptional(Value);
      } else if (Entry.HeaderArg == model::FramingArg::TrueSets) {
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
                *Key, Call);
      E.Header = Entry.Header;
      E.Via = Entry.Name;
      Out.push_back(E);
      break;
    }
    case Effect::PreparePayload: {
      ResponseEvent E = event(ResponseEvent::PreparePayload, *Key, Call);
      E.Via = Entry.Name;
      Out.push_back(E);
      break;
    }
    case Effect::Send:
      Out.push_back(event(ResponseEvent::Send, *Key, Call));
      break;
    case Effect::ReadStatus:
    case Effect::ConvertStatus:
      break;
    }
  }
}

void ResponseEventExtractor::extractArgument(const Expr *Arg,
                                             QualType ParamType, const Stmt *At,
                                             Events &Out) {
  if (!objectFramework(Arg))
    return;
  std::optional<ObjectKey> Key = Objects.resolve(Arg);
  if (!Key)
    return;
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

void ResponseEventExtractor::extractCallArguments(const CallExpr *Call,
                                                  Events &Out) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (auto [FM, Entry] = findFunctionEntry(Callee, Effect::Send); Entry) {
    const Expr *Sent = Entry->Arg >= 0 && static_cast<unsigned>(Entry->Arg) <
                                              Call->getNumArgs()
                           ? Call->getArg(Entry->Arg)
                           : nullptr;
    if (objectFramework(Sent))
      if (std::optional<ObjectKey> Key = Objects.resolve(Sent))
        Out.push_back(event(ResponseEvent::Send, *Key, Call));
    return;
  }
  const FunctionProtoType *Proto = nullptr;
  if (Callee)
    Proto = Callee->getType()->getAs<FunctionProtoType>();
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
  // Copies and moves of a response are declarations or assignments,
  // handled where the new object is named.
  if (responseFramework(Construct->getType()))
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
  Out.push_back(event(ResponseEvent::Reset, Key, Construct));
  const FrameworkModel *FM = responseFramework(Construct->getType());
  if (!FM)
    return;
  auto Arg = [&](int I) -> const Expr * {
    if (I < 0 || static_cast<unsigned>(I) >= Construct->getNumArgs() ||
        isa<CXXDefaultArgExpr>(Construct->getArg(I)))
      return nullptr;
    return Construct->getArg(I);
  };
  for (const ApiEntry &Entry : FM->Api) {
    if (Entry.Where != Site::Constructor)
      continue;
    const Expr *Value = Arg(Entry.Arg);
    if (!Value)
      continue;
    if (Entry.What == Effect::SetStatus) {
      ResponseEvent SetStatus = event(ResponseEvent::SetStatus, Key, Construct);
      // Another constructor taking something else first (a header, a
      // piecewise tuple): the status is not known from here.
      if (Value->getType()->isIntegralOrEnumerationType())
        SetStatus.Statuses = evaluateStatusChoices(Value, Ctx);
      Out.push_back(SetStatus);
    } else if (Entry.What == Effect::WriteBody) {
      Out.push_back(event(isEmptyContent(Value, nullptr, Ctx)
                              ? ResponseEvent::ClearBody
                              : ResponseEvent::WriteBody,
                          Key, Construct));
    }
  }
}

void ResponseEventExtractor::extractDecl(const VarDecl *VD, Events &Out) {
  if (!responseFramework(VD->getType()) || isPointerOrReference(VD->getType()))
    return;
  extractInit(ObjectKey{VD->getCanonicalDecl(), nullptr}, VD->getInit(),
              VD->getInit(), Out);
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
    if (objectFramework(Value))
      if (std::optional<ObjectKey> Key = Objects.resolve(Value))
        Out.push_back(event(ResponseEvent::Send, *Key, RS));
    return;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
    extractMemberCall(Call, Out);
    extractCallArguments(Call, Out);
    return;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        objectFramework(Op->getArg(0))) {
      if (std::optional<ObjectKey> Key = Objects.resolve(Op->getArg(0)))
        extractInit(*Key, Op->getArg(1), Op, Out);
      return;
    }
    extractCallArguments(Op, Out);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // std::move and std::forward only name the object; the call they feed
    // decides what happens to it.
    if (skipTransparent(Call) != Call)
      return;
    extractCallArguments(Call, Out);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    extractConstructArguments(Construct, Out);
    return;
  }
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    // Whoever calls the lambda may change a response it holds by reference.
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (!Capture.capturesVariable() || Capture.getCaptureKind() != LCK_ByRef)
        continue;
      const auto *VD = dyn_cast<VarDecl>(Capture.getCapturedVar());
      if (!VD || !responseFramework(VD->getType()))
        continue;
      if (std::optional<ObjectKey> Key = Objects.resolveVariable(VD))
        Out.push_back(event(ResponseEvent::Escape, *Key, Lambda));
    }
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(S)) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    const FrameworkModel *FM = Field ? objectFramework(ME->getBase()) : nullptr;
    if (!FM || !Field->getDeclName().isIdentifier())
      return;
    std::optional<ObjectKey> Key = Objects.resolve(ME->getBase());
    if (!Key)
      return;
    for (const ApiEntry &Entry : FM->Api)
      if (Entry.Where == Site::Field && Entry.Name == Field->getName())
        extractMemberAccess(ME, *Key, Entry, Out);
  }
}

} // namespace clang::tidy::http
