//===--- ResponseObjects.cpp - http-tidy ----------------------------------===//

#include "ResponseObjects.h"
#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::http {

ResponseObjects::ResponseObjects(const FunctionDecl &Function,
                                 const ApiLookup &Api)
    : Function(Function), Api(Api) {
  if (Function.getBody())
    collectAliases(Function.getBody());
  forgetSharedReassignments();
}

/// A variable of `Function`'s own frame, not a parameter: what it holds is
/// what the function put there.
static bool isOwnLocal(const VarDecl *VD, const FunctionDecl &Function) {
  return VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
         !VD->getType()->isReferenceType() &&
         VD->getParentFunctionOrMethod() ==
             static_cast<const DeclContext *>(&Function);
}

void ResponseObjects::forgetSharedReassignments() {
  auto Names = [](const ObjectKey &Key, const VarDecl *VD) {
    return Key.Kind == ObjectKey::Variable &&
           Key.Root == VD->getCanonicalDecl();
  };
  for (const VarDecl *VD : Reassigned) {
    llvm::SmallVector<const VarDecl *, 2> Sharing;
    for (const auto &[Other, Key] : Aliases)
      if (Names(Key, VD))
        Sharing.push_back(Other);
    for (const auto &[Other, Key] : StreamVariables)
      if (Names(Key, VD))
        Sharing.push_back(Other);
    if (Sharing.empty() && !Aliases.count(VD))
      continue;
    Reseated.insert(VD);
    for (const VarDecl *Other : Sharing) {
      Reseated.insert(Other);
      StreamVariables.erase(Other);
    }
  }
}

void ResponseObjects::collectAliases(const Stmt *S) {
  if (!S)
    return;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    // A lambda body is a function of its own, but calling it may change
    // the responses it captures.
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
          Capture.capturesThis() && Method &&
          Api.holdsResponse(Method->getParent()))
        HasResponses = true;
      if (const auto *VD = dyn_cast_or_null<VarDecl>(
              Capture.capturesVariable() ? Capture.getCapturedVar() : nullptr);
          VD && Api.holderFramework(VD->getType()))
        HasResponses = true;
    }
    return;
  }
  // A member function called on `*this` may change the responses it holds.
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S);
      Call && !HasResponses && Call->getImplicitObjectArgument() &&
      isa<CXXThisExpr>(skipTransparent(Call->getImplicitObjectArgument())) &&
      Api.holdsResponse(Call->getRecordDecl()))
    HasResponses = true;
  if (const auto *E = dyn_cast<Expr>(S);
      E && (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) &&
      Api.holderFramework(E->getType()))
    HasResponses = true;
  // A factory's object may never be named (`send(create(...))`), nor a
  // temporary's (`return Response(204);`).
  if (const auto *Call = dyn_cast<CallExpr>(S);
      Call && !HasResponses && Api.functionModel(Call->getDirectCallee()))
    HasResponses = true;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S);
      Construct && !HasResponses && Api.responseFramework(Construct->getType()))
    HasResponses = true;
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (VD && VD->getInit())
        if (std::optional<ObjectKey> Target = streamTarget(VD->getInit())) {
          StreamVariables[VD] = *Target;
          continue;
        }
      const bool Smart =
          VD && Api.smartPointerFramework(VD->getType()) != nullptr;
      if (!VD || !(isPointerOrReference(VD->getType()) || Smart) ||
          !VD->getInit())
        continue;
      // A pointer initialised by a factory owns what it creates; one
      // initialised with a handle (`h = get_output_headers(req)`) or bound
      // to a tracked object (a copy of a smart pointer too) stands for that
      // object.
      const Expr *Init = VD->getInit();
      const bool Tracked =
          Smart || Api.responseFramework(VD->getType()) != nullptr;
      if (asCreation(Init) || (!Tracked && !isHandle(Init)))
        continue;
      if (std::optional<ObjectKey> Target = resolve(Init)) {
        Aliases[VD] = *Target;
        if (!Tracked) {
          HandleVariables.insert(VD);
          HandleFrameworks[VD] = handleFramework(Init);
        }
      }
    }
  }
  // C declares first and assigns later:
  // `ngx_table_elt_t *h; ... h = ngx_list_push(&r->headers_out.headers);`.
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->getType()->isPointerType() &&
          !Api.responseFramework(VD->getType()))
        noteHandleAssignment(VD, BO);
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->getType()->isPointerType())
        (asCreation(BO->getRHS()) ? Reassigned : Reseated).insert(VD);
  // A smart pointer assigned again points elsewhere; a local one given what
  // a call returns holds that new object, as a declaration would.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && Api.smartPointerFramework(VD->getType())) {
        const auto *Call = dyn_cast<CallExpr>(skipTransparent(Op->getArg(1)));
        (Call && Call->isPRValue() && isOwnLocal(VD, Function) ? Reassigned
                                                               : Reseated)
            .insert(VD);
      }
  for (const Stmt *Child : S->children())
    collectAliases(Child);
}

bool ResponseObjects::isHandle(const Expr *E) const {
  return Api.handleOf(E).has_value();
}

void ResponseObjects::noteHandleAssignment(const VarDecl *VD,
                                           const BinaryOperator *Assign) {
  std::optional<ObjectKey> Target;
  const model::FrameworkModel *Framework = nullptr;
  if (Assign->getOpcode() == BO_Assign && isHandle(Assign->getRHS())) {
    Target = resolve(Assign->getRHS());
    Framework = handleFramework(Assign->getRHS());
  }
  auto [It, First] = AssignedHandles.try_emplace(VD, Target);
  if (!First) {
    if (It->second && !(Target && *It->second == *Target))
      It->second.reset();
    return;
  }
  // What the declaration gave it must be nothing, or a handle on the same
  // object.
  if (const Expr *Init = VD->getInit();
      Init && !Init->isNullPointerConstant(VD->getASTContext(),
                                           Expr::NPC_ValueDependentIsNotNull)) {
    auto Declared = Aliases.find(VD);
    if (!HandleVariables.count(VD) || Declared == Aliases.end() || !Target ||
        !(Declared->second == *Target))
      It->second.reset();
  }
  if (It->second)
    HandleFrameworks[VD] = Framework;
}

const model::FrameworkModel *
ResponseObjects::handleFramework(const Expr *E) const {
  E = skipTransparent(E);
  if (isa<CallExpr, MemberExpr>(E)) {
    std::optional<ApiLookup::Handle> Handle = Api.handleOf(E);
    return Handle ? Handle->Framework : nullptr;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !isHandleValue(DRE))
    return nullptr;
  auto It = HandleFrameworks.find(VD);
  return It == HandleFrameworks.end() ? nullptr : It->second;
}

std::optional<FieldAccess>
ResponseObjects::handleFieldAccess(const MemberExpr *ME) const {
  return memberPath(ME, [this](const MemberExpr *Member) {
    const Expr *Base = skipTransparent(Member->getBase());
    // `(&h->key)->data` is `h->key.data`: what macros such as nginx's
    // ngx_str_set write.
    if (const auto *AddressOf = dyn_cast<UnaryOperator>(Base);
        AddressOf && Member->isArrow() && AddressOf->getOpcode() == UO_AddrOf)
      Base = skipTransparent(AddressOf->getSubExpr());
    return std::make_pair(handleFramework(Base), Base);
  });
}

bool ResponseObjects::isHandleValue(const Expr *E) const {
  if (isHandle(E))
    return true;
  const auto *DRE = dyn_cast<DeclRefExpr>(skipTransparent(E));
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD)
    return false;
  if (auto Assigned = AssignedHandles.find(VD);
      Assigned != AssignedHandles.end())
    return Assigned->second.has_value();
  return HandleVariables.count(VD) && !Reseated.count(VD);
}

const CallExpr *ResponseObjects::asCreation(const Expr *E) const {
  // A method of a tracked object, a free function, or a member function of
  // a class the model does not track (`controller.createResponse(...)`).
  const auto *Call = dyn_cast_or_null<CallExpr>(skipTransparent(E));
  return Api.callEntry(Call, model::Effect::Create) ? Call : nullptr;
}

std::optional<ObjectKey> ResponseObjects::streamTarget(const Expr *E) const {
  E = skipTransparent(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2
               ? streamTarget(Op->getArg(0))
               : std::nullopt;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
    return Api.methodEntry(MCE, model::Effect::OpenStream)
               ? resolve(MCE->getImplicitObjectArgument())
               : std::nullopt;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const model::ApiEntry *Entry = Api.functionModel(Call->getDirectCallee())
                                       .entry(model::Effect::OpenStream);
    return Entry && static_cast<unsigned>(Entry->ObjectArg) < Call->getNumArgs()
               ? resolve(Call->getArg(Entry->ObjectArg))
               : std::nullopt;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      auto It = StreamVariables.find(VD);
      if (It != StreamVariables.end())
        return It->second;
    }
  return std::nullopt;
}

std::optional<ObjectKey> ResponseObjects::resolve(const Expr *E) const {
  E = skipTransparent(E);
  if (const CallExpr *Created = asCreation(E))
    return ObjectKey{ObjectKey::Temporary, Created, nullptr};
  if (std::optional<ApiLookup::Handle> Handle = Api.handleOf(E))
    return resolve(Handle->Target);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return resolve(UO->getSubExpr());
  // A smart pointer stands for the object it points to (`con->`, `*con`).
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) &&
      Op->getNumArgs() == 1 &&
      Api.smartPointerFramework(Op->getArg(0)->getType()))
    return resolve(Op->getArg(0));
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD ? resolveVariable(VD) : std::nullopt;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD)
      return std::nullopt;
    const Expr *Base = skipTransparent(ME->getBase());
    if (isa<CXXThisExpr>(Base))
      return ObjectKey{ObjectKey::This, nullptr, FD};
    std::optional<ObjectKey> Outer = resolve(Base);
    if (!Outer || Outer->Member)
      return std::nullopt;
    return ObjectKey{Outer->Kind, Outer->Root, FD};
  }
  // A copy carries the state of its source (`return res;`, by-value
  // arguments); any other construction makes a temporary of its own.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getConstructor()->isCopyOrMoveConstructor() &&
        Construct->getNumArgs() >= 1)
      return resolve(Construct->getArg(0));
    if (Api.responseFramework(Construct->getType()))
      return ObjectKey{ObjectKey::Temporary, Construct, nullptr};
    return std::nullopt;
  }
  if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E))
    return resolve(FCE->getSubExpr());
  // A builder method returning the response it was called on, by
  // reference or as a pointer (`res->writeStatus(s)->end()`).
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
    if ((MCE->isGLValue() || MCE->getType()->isPointerType()) &&
        Api.responseFramework(MCE->getType()) &&
        MCE->getImplicitObjectArgument() &&
        Api.objectFramework(MCE->getImplicitObjectArgument()))
      return resolve(MCE->getImplicitObjectArgument());
  return std::nullopt;
}

bool ResponseObjects::isReassignedPointer(const Expr *E) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(skipTransparent(E));
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && Reassigned.count(VD) && !Reseated.count(VD);
}

/// Whether a pointer's initialiser leaves it null.
static bool holdsNothing(const Expr *Init, ASTContext &Ctx) {
  Init = Init ? skipTransparent(Init) : nullptr;
  if (!Init)
    return true;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
    return Construct->getNumArgs() == 0 ||
           (Construct->getNumArgs() == 1 &&
            Construct->getArg(0)->isNullPointerConstant(
                Ctx, Expr::NPC_ValueDependentIsNotNull));
  return Init->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
}

bool ResponseObjects::ownsCreatedObject(const VarDecl *VD) const {
  const Expr *Init = VD->getInit();
  if (Init && asCreation(Init))
    return true;
  return Reassigned.count(VD) && !Reseated.count(VD) &&
         holdsNothing(Init, Function.getASTContext());
}

std::optional<ObjectKey>
ResponseObjects::resolveVariable(const VarDecl *VD) const {
  if (auto Assigned = AssignedHandles.find(VD);
      Assigned != AssignedHandles.end() && Assigned->second)
    return Assigned->second;
  if (Reseated.count(VD))
    return std::nullopt;
  auto It = Aliases.find(VD);
  if (It != Aliases.end())
    return It->second;
  return ObjectKey::variable(VD);
}

bool ResponseObjects::isVisibleAtExit(const ObjectKey &Key) const {
  if (Key.Kind == ObjectKey::This)
    return true;
  if (Key.Kind == ObjectKey::Temporary)
    return false;
  const auto *Var = static_cast<const VarDecl *>(Key.Root);
  // What a reference or a pointer reaches outlives the function, and so does
  // what a smart pointer shares (`s->get_con_from_hdl(hdl)`), unless a
  // factory made it here: that object leaves only where it is passed on or
  // returned.
  if (isPointerOrReference(Var->getType()) || Var->hasGlobalStorage() ||
      (Api.smartPointerFramework(Var->getType()) && !ownsCreatedObject(Var)))
    return true;
  // Captured by a lambda, or declared outside this function.
  return Var->getParentFunctionOrMethod() !=
         static_cast<const DeclContext *>(&Function);
}

} // namespace clang::tidy::http
