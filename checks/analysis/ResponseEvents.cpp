//===--- ResponseEvents.cpp - http-tidy -----------------------------------===//
//
// The statements themselves: declarations, constructions, assignments and
// returns of responses, and the dispatch of each CFG element to the
// extractors of ModelledCallEvents.cpp and CallArgumentEvents.cpp.
//
//===----------------------------------------------------------------------===//

#include "HelperSummaries.h"
#include "RawMessage.h"
#include "ResponseEventsImpl.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

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
      // A variable's value is the path's to tell.
      if (Constant || (Choices.size() == 1 && Choices.front().Local))
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

/// A variable of the function that may hold a status the flow analysis
/// follows: an integer wide enough for one, an enumeration or a framework's
/// status object, held by value in the function's frame.
static bool mayHoldStatus(const VarDecl *VD, const ApiLookup &Api) {
  QualType T = VD->getType();
  if (!VD->hasLocalStorage() || T->isReferenceType() ||
      T.isVolatileQualified() || T->isDependentType())
    return false;
  if (T->isIntegralOrEnumerationType())
    return VD->getASTContext().getTypeSize(T) >= 16;
  return Api.statusTypeFramework(T) != nullptr;
}

bool ResponseEventExtractor::extractLocalAssignment(const Stmt *S,
                                                    Events &Out) {
  auto Assign = [&](const VarDecl *VD, const Expr *Value, const Stmt *At) {
    if (!VD || !mayHoldStatus(VD, api()))
      return false;
    ResponseEvent E = event(ResponseEvent::AssignLocal, ObjectKey(), At);
    E.Local = VD;
    if (Value)
      E.Statuses = api().evaluateStatusChoices(Value, Ctx);
    Out.push_back(E);
    return true;
  };
  auto Named = [](const Expr *E) -> const VarDecl * {
    const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens());
    return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  };
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    bool Any = false;
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        Any |= Assign(VD, VD->getInit(), DS);
    return Any;
  }
  // A compound assignment or an increment: a value not followed.
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    return Assign(Named(BO->getLHS()),
                  BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr, BO);
  if (const auto *UO = dyn_cast<UnaryOperator>(S);
      UO && UO->isIncrementDecrementOp())
    return Assign(Named(UO->getSubExpr()), nullptr, UO);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    return Assign(Named(Op->getArg(0)), Op->getArg(1), Op);
  return false;
}

void ResponseEventExtractor::extract(const Stmt *S, Events &Out) {
  if (extractLocalAssignment(S, Out) && !isa<DeclStmt>(S))
    return;
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
      if (std::optional<ObjectKey> Key = Objects.resolveVariable(VD))
        extractInit(*Key, BO->getRHS(), BO, Out);
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
        (api().objectFramework(Op->getArg(0)) ||
         Objects.isReassignedPointer(Op->getArg(0)))) {
      if (std::optional<ObjectKey> Key = Objects.resolve(Op->getArg(0)))
        extractInit(*Key, Op->getArg(1), Op, Out);
      return;
    }
    // `headers()[name] = value`: the reference a non-const subscript of
    // the object returns may be written, and no entry can name an operator.
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
        Op->getOperator() == OO_Subscript && MD && MD->isInstance() &&
        !MD->isConst() && api().objectFramework(Op->getArg(0)))
      if (std::optional<ObjectKey> Key = Objects.resolve(Op->getArg(0)))
        Out.push_back(event(ResponseEvent::UnknownHeaders, *Key, Op));
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
    if (CallModel Model = api().callModel(Call)) {
      extractModelledCall(Model, Out);
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
      Access = Objects.handleFieldAccess(ME);
    if (!Access)
      return;
    std::optional<ObjectKey> Key = Objects.resolve(Access->Object);
    if (!Key)
      return;
    bool Modelled = false;
    for (const ApiEntry &Entry : Access->Framework->Api)
      if (Entry.Where == Site::Field && Entry.Name == Access->Path) {
        Modelled = true;
        extractMemberAccess(ME, *Key, Entry, Out);
      }
    if (!Modelled)
      extractUnmodelledUse(ME, *Key, Out);
  }
}

} // namespace clang::tidy::http