//===--- ApiLookup.cpp - http-tidy ----------------------------------------===//

#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::FrameworkModel;

/// Compares a declaration's qualified name with `QualifiedName`, testing the
/// cheap unqualified name first: this runs for every expression of class type.
static bool hasQualifiedName(const NamedDecl *D,
                             llvm::StringRef QualifiedName) {
  if (!D || !D->getDeclName().isIdentifier())
    return false;
  llvm::StringRef Last = QualifiedName.rsplit("::").second;
  if (Last.empty())
    Last = QualifiedName;
  if (D->getName() != Last)
    return false;
  return D->getQualifiedNameAsString() == QualifiedName;
}

static const NamedDecl *templateOrSelf(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate();
  return RD;
}

const FrameworkModel *responseFramework(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return nullptr;
  const NamedDecl *ND = templateOrSelf(RD);
  for (const FrameworkModel &FM : model::allFrameworks())
    for (llvm::StringRef Name : FM.ResponseTypes)
      if (hasQualifiedName(ND, Name))
        return &FM;
  return nullptr;
}

const FrameworkModel *objectFramework(const Expr *Object) {
  return Object ? responseFramework(skipTransparent(Object)->getType())
                : nullptr;
}

const ApiEntry *findEntry(const FrameworkModel &FM, model::Site Where,
                          llvm::StringRef Name, model::Effect What) {
  for (const ApiEntry &E : FM.Api)
    if (E.Where == Where && E.What == What && E.Name == Name)
      return &E;
  return nullptr;
}

std::pair<const FrameworkModel *, const ApiEntry *>
findFunctionEntry(const FunctionDecl *FD, model::Effect What) {
  if (!FD)
    return {};
  for (const FrameworkModel &FM : model::allFrameworks())
    for (const ApiEntry &E : FM.Api)
      if (E.Where == model::Site::Function && E.What == What &&
          hasQualifiedName(FD, E.Name))
        return {&FM, &E};
  return {};
}

const FrameworkModel *statusTypeFramework(QualType T) {
  if (T.isNull())
    return nullptr;
  const TagDecl *TD = T.getCanonicalType()->getAsTagDecl();
  for (const FrameworkModel &FM : model::allFrameworks())
    for (llvm::StringRef Name : FM.StatusTypes)
      if (hasQualifiedName(TD, Name))
        return &FM;
  return nullptr;
}

static bool isCallToStdForward(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  return FD && CE->getNumArgs() == 1 && FD->isInStdNamespace() &&
         FD->getDeclName().isIdentifier() && FD->getName() == "forward";
}

const Expr *skipTransparent(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = BTE->getSubExpr();
    else if (const auto *EWC = dyn_cast<ExprWithCleanups>(Next))
      Next = EWC->getSubExpr();
    else if (const auto *CE = dyn_cast<CallExpr>(Next);
             CE && (CE->isCallToStdMove() || isCallToStdForward(CE)))
      Next = CE->getArg(0);
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

std::optional<unsigned> evaluateStatus(const Expr *E, const ASTContext &Ctx) {
  E = skipTransparent(E);
  if (const auto *DAE = dyn_cast<CXXDefaultArgExpr>(E))
    E = skipTransparent(DAE->getExpr());
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    auto [FM, Entry] =
        findFunctionEntry(CE->getDirectCallee(), model::Effect::ConvertStatus);
    if (Entry && Entry->Arg >= 0 &&
        static_cast<unsigned>(Entry->Arg) < CE->getNumArgs())
      return evaluateStatus(CE->getArg(Entry->Arg), Ctx);
  }
  if (E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsInt(Result, Ctx))
    return std::nullopt;
  const llvm::APSInt &V = Result.Val.getInt();
  if (V.isNegative() || V.getActiveBits() > 16)
    return std::nullopt;
  return static_cast<unsigned>(V.getZExtValue());
}

llvm::SmallVector<StatusChoice, 2>
evaluateStatusChoices(const Expr *E, const ASTContext &Ctx) {
  const auto *Conditional =
      dyn_cast<AbstractConditionalOperator>(skipTransparent(E));
  if (!Conditional)
    return {StatusChoice{evaluateStatus(E, Ctx), {}}};
  llvm::SmallVector<StatusChoice, 2> Choices;
  for (bool Holds : {true, false}) {
    const Expr *Arm =
        Holds ? Conditional->getTrueExpr() : Conditional->getFalseExpr();
    for (StatusChoice Choice : evaluateStatusChoices(Arm, Ctx)) {
      Choice.Conditions.insert(Choice.Conditions.begin(),
                               {Conditional->getCond(), Holds});
      Choices.push_back(std::move(Choice));
    }
  }
  return Choices;
}

/// Looks through the wrappers that build a string or an optional from its
/// source value, so that the source literal can be inspected.
static const Expr *skipValueWrappers(const Expr *E) {
  while (E) {
    E = skipTransparent(E);
    if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = FCE->getSubExpr();
      continue;
    }
    const auto *CCE = dyn_cast<CXXConstructExpr>(E);
    if (!CCE || CCE->getNumArgs() == 0 ||
        isa<CXXDefaultArgExpr>(CCE->getArg(0)))
      return E;
    E = CCE->getArg(0);
  }
  return E;
}

static bool isZero(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult Result;
  return E && !E->isValueDependent() && E->EvaluateAsInt(Result, Ctx) &&
         Result.Val.getInt().isZero();
}

bool isEmptyContent(const Expr *Content, const Expr *Size,
                    const ASTContext &Ctx) {
  if (Size && !isa<CXXDefaultArgExpr>(Size) && isZero(Size, Ctx))
    return true;
  if (!Content)
    return false;
  // std::string(ptr, 0) and similar: a zero length makes it empty.
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(skipTransparent(Content));
      CCE && CCE->getNumArgs() >= 2 &&
      !isa<CXXDefaultArgExpr>(CCE->getArg(1)) &&
      CCE->getArg(1)->getType()->isIntegerType() && isZero(CCE->getArg(1), Ctx))
    return true;
  const Expr *E = skipValueWrappers(Content);
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(E))
    return CCE->getNumArgs() == 0 || isa<CXXDefaultArgExpr>(CCE->getArg(0));
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    return ILE->getNumInits() == 0;
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getLength() == 0;
  if (!E->isValueDependent() &&
      E->isNullPointerConstant(const_cast<ASTContext &>(Ctx),
                               Expr::NPC_ValueDependentIsNotNull))
    return true;
  return false;
}

/// The header name an expression spells, in lower case with '-': a string
/// literal, a header enumerator (`field::content_length`), or a constant
/// variable initialised with one of those.
static std::optional<std::string> spelledHeaderName(const Expr *Name,
                                                    unsigned Depth = 0) {
  const Expr *E = skipValueWrappers(Name);
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (!SL->isOrdinary())
      return std::nullopt;
    return SL->getString().lower();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  if (!DRE)
    return std::nullopt;
  if (const auto *ECD = dyn_cast<EnumConstantDecl>(DRE->getDecl())) {
    if (!ECD->getDeclName().isIdentifier())
      return std::nullopt;
    std::string Spelled = ECD->getName().lower();
    std::replace(Spelled.begin(), Spelled.end(), '_', '-');
    return Spelled;
  }
  // A constant cannot hold another name by the time it is used.
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (VD && VD->getType().isConstQualified() && VD->getInit() && Depth < 4)
    return spelledHeaderName(VD->getInit(), Depth + 1);
  return std::nullopt;
}

std::optional<model::Framing> framingHeaderName(const Expr *Name) {
  std::optional<std::string> Spelled = spelledHeaderName(Name);
  if (!Spelled)
    return std::nullopt;
  if (*Spelled == "content-length")
    return model::Framing::ContentLength;
  if (*Spelled == "transfer-encoding")
    return model::Framing::TransferEncoding;
  return std::nullopt;
}

bool isEmptyOptional(const Expr *E) {
  E = skipTransparent(E);
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    return ILE->getNumInits() == 0;
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(E)) {
    if (CCE->getNumArgs() == 0)
      return true;
    return isEmptyOptional(CCE->getArg(0));
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *VD = DRE->getDecl();
    return VD->getDeclName().isIdentifier() &&
           (VD->getName() == "none" || VD->getName() == "nullopt");
  }
  return false;
}

} // namespace clang::tidy::http
