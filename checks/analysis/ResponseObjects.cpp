//===--- ResponseObjects.cpp - http-tidy ----------------------------------===//

#include "ResponseObjects.h"
#include "ApiLookup.h"
#include "ObjectExpressions.h"
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
  return classifyObject(E, Api).K == ObjectExpression::Handle;
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
  ObjectExpression O = classifyObject(E, Api);
  if (O.K == ObjectExpression::Handle)
    return O.Framework;
  if (O.K != ObjectExpression::Variable || !holdsHandle(O.Var))
    return nullptr;
  auto It = HandleFrameworks.find(O.Var);
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
  ObjectExpression O = classifyObject(E, Api);
  return O.K == ObjectExpression::Handle ||
         (O.K == ObjectExpression::Variable && holdsHandle(O.Var));
}

bool ResponseObjects::holdsHandle(const VarDecl *VD) const {
  if (auto Assigned = AssignedHandles.find(VD);
      Assigned != AssignedHandles.end())
    return Assigned->second.has_value();
  return HandleVariables.count(VD) && !Reseated.count(VD);
}

const CallExpr *ResponseObjects::asCreation(const Expr *E) const {
  ObjectExpression O = classifyObject(E, Api);
  return O.K == ObjectExpression::Creation ? cast<CallExpr>(O.Self) : nullptr;
}

std::optional<ObjectKey> ResponseObjects::streamTarget(const Expr *E) const {
  E = skipTransparent(E);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2
               ? streamTarget(Op->getArg(0))
               : std::nullopt;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    CallModel Model = Api.callModel(Call);
    const Expr *Object = Model.objectFor(model::Effect::OpenStream);
    return Object ? resolve(Object) : std::nullopt;
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
  ObjectExpression O = classifyObject(E, Api);
  switch (O.K) {
  case ObjectExpression::Unrelated:
    return std::nullopt;
  case ObjectExpression::Creation:
  case ObjectExpression::Construction:
    return ObjectKey{ObjectKey::Temporary, O.Self, nullptr};
  case ObjectExpression::Variable:
    return resolveVariable(O.Var);
  case ObjectExpression::Member: {
    if (!O.Inner)
      return ObjectKey{ObjectKey::This, nullptr, O.Field};
    // One level of members: a member of a member is not told apart.
    std::optional<ObjectKey> Outer = resolve(O.Inner);
    if (!Outer || Outer->Member)
      return std::nullopt;
    return ObjectKey{Outer->Kind, Outer->Root, O.Field};
  }
  case ObjectExpression::Handle:
  case ObjectExpression::Through:
    return resolve(O.Inner);
  }
  llvm_unreachable("unknown object expression");
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
