//===--- ApiLookup.cpp - http-tidy ----------------------------------------===//

#include "ApiLookup.h"
#include "../model/ModelReader.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::FrameworkModel;

/// The name a tag declaration goes by: its own, or the typedef that names
/// an anonymous C struct.
static const NamedDecl *namedTag(const TagDecl *TD) {
  if (!TD)
    return nullptr;
  // An unnamed declaration has an empty identifier name, not none.
  if (TD->getIdentifier())
    return TD;
  return TD->getTypedefNameForAnonDecl();
}

/// A member of an instantiated class template goes by the template's name
/// (`ServerBase::Response`, not `ServerBase<HTTP>::Response`).
static const NamedDecl *memberPattern(const NamedDecl *D) {
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
    if (const CXXRecordDecl *From = RD->getInstantiatedFromMemberClass())
      return From;
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    if (const FunctionDecl *From = FD->getInstantiatedFromMemberFunction())
      return From;
  return D;
}

/// Finds `D` among candidates indexed by last name, comparing the qualified
/// name only when the cheap unqualified one matches.
template <typename Candidates>
static auto findByName(const Candidates &Index, const NamedDecl *D)
    -> decltype(&Index.begin()->second.front()) {
  if (!D || !D->getDeclName().isIdentifier())
    return nullptr;
  auto It = Index.find(D->getName());
  if (It == Index.end())
    return nullptr;
  std::string Qualified = memberPattern(D)->getQualifiedNameAsString();
  for (const auto &Candidate : It->second)
    if (std::get<0>(Candidate) == Qualified)
      return &Candidate;
  return nullptr;
}

llvm::StringRef lastComponent(llvm::StringRef QualifiedName) {
  size_t Colons = QualifiedName.rfind("::");
  return Colons == llvm::StringRef::npos ? QualifiedName
                                         : QualifiedName.substr(Colons + 2);
}

const ApiEntry *FunctionModel::entry(model::Effect What) const {
  for (const ApiEntry *E : Entries)
    if (E->What == What)
      return E;
  return nullptr;
}

ApiLookup::ApiLookup(std::shared_ptr<const model::ModelSet> TheModels,
                     std::vector<HeaderRule> TheRules)
    : Models(std::move(TheModels)), Rules(std::move(TheRules)) {
  auto Track = [&](llvm::StringRef Header) {
    if (TrackedHeaders.size() < MaxTrackedHeaders)
      TrackedHeaders.try_emplace(Header, TrackedHeaders.size());
  };
  for (const HeaderRule &Rule : Rules) {
    Track(Rule.Header);
    if (Rule.UnlessByteranges)
      Track("content-type");
  }
  auto AddNamespace = [&](llvm::StringRef Name) {
    size_t Scope = Name.find("::");
    if (Scope != llvm::StringRef::npos && Scope > 0)
      FrameworkNamespaces.insert(Name.take_front(Scope));
  };
  for (const auto &FM : Models->Models) {
    for (const std::string &Name : FM->Types) {
      Types[lastComponent(Name)].push_back({Name, FM.get()});
      AddNamespace(Name);
    }
    for (const std::string &Name : FM->StatusTypes)
      StatusTypes[lastComponent(Name)].push_back({Name, FM.get()});
    for (const ApiEntry &E : FM->Api)
      if (E.Where == model::Site::Function) {
        Functions[lastComponent(E.Name)].push_back({FM.get(), &E});
        AddNamespace(E.Name);
      }
    for (const auto &[Code, Names] : FM->NamedConstants)
      for (llvm::StringRef Name : Names) {
        Name.consume_back("()");
        NamedValues.try_emplace(Name, Code);
      }
    for (const auto &[Name, Header] : FM->HeaderNames)
      HeaderNames.try_emplace(Name, Header);
  }
}

std::optional<unsigned> ApiLookup::trackedHeader(llvm::StringRef Name) const {
  auto It = TrackedHeaders.find(Name);
  if (It == TrackedHeaders.end())
    return std::nullopt;
  return It->second;
}

bool ApiLookup::returnsResponse(const FunctionDecl &FD) const {
  QualType T = FD.getReturnType();
  return !isPointerOrReference(T) && holderFramework(T);
}

bool ApiLookup::holdsResponse(const CXXRecordDecl *Class) const {
  return Class && Class->hasDefinition() &&
         llvm::any_of(Class->fields(), [&](const FieldDecl *Field) {
           return holderFramework(Field->getType()) != nullptr;
         });
}

bool ApiLookup::isFrameworkCode(const FunctionDecl &FD) const {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&FD))
    if (responseFramework(
            MD->getParent()->getASTContext().getRecordType(MD->getParent())))
      return true;
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = FD.getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && !NS->isInline())
      Outermost = NS;
  return Outermost && Outermost->getIdentifier() &&
         FrameworkNamespaces.contains(Outermost->getName());
}

const ParmVarDecl *ApiLookup::statusParameter(const Expr *E,
                                              unsigned Depth) const {
  return dyn_cast_or_null<ParmVarDecl>(statusVariable(E, Depth));
}

const VarDecl *ApiLookup::statusVariable(const Expr *E, unsigned Depth) const {
  if (!E || Depth > 4)
    return nullptr;
  E = skipTransparent(E);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return statusVariable(Cast->getSubExpr(), Depth + 1);
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const ApiEntry *Entry = functionModel(CE->getDirectCallee())
                                .entry(model::Effect::ConvertStatus);
    return Entry && static_cast<unsigned>(Entry->StatusArg) < CE->getNumArgs()
               ? statusVariable(CE->getArg(Entry->StatusArg), Depth + 1)
               : nullptr;
  }
  // A status object built from the number (`http_status_code_t{code}`),
  // or a copy of one.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return statusTypeFramework(Construct->getType()) &&
                   Construct->getNumArgs() >= 1
               ? statusVariable(Construct->getArg(0), Depth + 1)
               : nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() ||
      (!isa<ParmVarDecl>(VD) && VD->getType()->isReferenceType()))
    return nullptr;
  return VD;
}

static const NamedDecl *templateOrSelf(const RecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate();
  return namedTag(RD);
}

const std::pair<llvm::StringRef, const FrameworkModel *> *
ApiLookup::trackedType(QualType T) const {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  const RecordDecl *RD = T->getAsRecordDecl();
  return RD ? findByName(Types, templateOrSelf(RD)) : nullptr;
}

const FrameworkModel *ApiLookup::responseFramework(QualType T) const {
  const auto *Found = trackedType(T);
  return Found ? Found->second : nullptr;
}

/// Whether `RD` or one of its bases declares `operator->`.
static bool hasArrowOperator(const CXXRecordDecl *RD, unsigned Depth = 0) {
  if (!RD || !(RD = RD->getDefinition()) || Depth > 4)
    return false;
  ASTContext &Ctx = RD->getASTContext();
  if (!RD->lookup(Ctx.DeclarationNames.getCXXOperatorName(OO_Arrow)).empty())
    return true;
  return llvm::any_of(RD->bases(), [&](const CXXBaseSpecifier &Base) {
    return hasArrowOperator(Base.getType()->getAsCXXRecordDecl(), Depth + 1);
  });
}

QualType ApiLookup::smartPointee(QualType T) const {
  if (T.isNull())
    return {};
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return {};
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  if (First.getKind() != TemplateArgument::Type ||
      isPointerOrReference(First.getAsType()) ||
      !responseFramework(First.getAsType()) || !hasArrowOperator(Spec))
    return {};
  return First.getAsType();
}

const FrameworkModel *ApiLookup::smartPointerFramework(QualType T) const {
  QualType Pointee = smartPointee(T);
  return Pointee.isNull() ? nullptr : responseFramework(Pointee);
}

const FrameworkModel *ApiLookup::holderFramework(QualType T) const {
  if (const FrameworkModel *FM = responseFramework(T))
    return FM;
  return smartPointerFramework(T);
}

llvm::StringRef ApiLookup::trackedTypeName(QualType T) const {
  const auto *Found = trackedType(T);
  return Found ? Found->first : llvm::StringRef();
}

const FrameworkModel *ApiLookup::objectFramework(const Expr *Object) const {
  return Object ? responseFramework(skipTransparent(Object)->getType())
                : nullptr;
}

const ApiEntry *findEntry(const FrameworkModel &FM, model::Site Where,
                          llvm::StringRef Name, model::Effect What,
                          const FunctionDecl *Callee) {
  for (const ApiEntry &E : FM.Api)
    if (E.Where == Where && E.What == What && E.Name == Name &&
        (!Callee || entryAppliesTo(E, Callee)))
      return &E;
  return nullptr;
}

FunctionModel ApiLookup::functionModel(const FunctionDecl *FD) const {
  FunctionModel Result;
  if (!FD || !FD->getDeclName().isIdentifier())
    return Result;
  auto It = Functions.find(FD->getName());
  if (It == Functions.end())
    return Result;
  std::string Qualified = memberPattern(FD)->getQualifiedNameAsString();
  for (const auto &[FM, Entry] : It->second) {
    if (Entry->Name != Qualified ||
        (Result.Framework && Result.Framework != FM) ||
        !entryAppliesTo(*Entry, FD))
      continue;
    Result.Framework = FM;
    Result.Entries.push_back(Entry);
  }
  return Result;
}

std::optional<FieldAccess> ApiLookup::fieldAccess(const MemberExpr *ME) const {
  return memberPath(ME, [this](const MemberExpr *Member) {
    return std::make_pair(objectFramework(Member->getBase()),
                          Member->getBase());
  });
}

const ApiEntry *ApiLookup::fieldEntry(const FieldAccess &Access,
                                      model::Effect What) const {
  return findEntry(*Access.Framework, model::Site::Field, Access.Path, What);
}

CallModel ApiLookup::callModel(const CallExpr *Call) const {
  CallModel Result;
  Result.Call = Call;
  if (!Call)
    return Result;
  const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call);
  const Expr *Receiver = MCE ? MCE->getImplicitObjectArgument() : nullptr;
  const FrameworkModel *FM = objectFramework(Receiver);
  if (!FM) {
    static_cast<FunctionModel &>(Result) =
        functionModel(Call->getDirectCallee());
    return Result;
  }
  // An operator or a conversion of a tracked type is no method a model can
  // name.
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!MD || !MD->getDeclName().isIdentifier())
    return Result;
  Result.Framework = FM;
  Result.Receiver = Receiver;
  for (const ApiEntry &E : FM->Api)
    if (E.Where == model::Site::Method && E.Name == MD->getName() &&
        entryAppliesTo(E, MD))
      Result.Entries.push_back(&E);
  return Result;
}

const Expr *CallModel::objectOf(const model::ApiEntry &Entry) const {
  if (Receiver)
    return Receiver;
  return Call && Entry.ObjectArg >= 0 &&
                 static_cast<unsigned>(Entry.ObjectArg) < Call->getNumArgs()
             ? Call->getArg(Entry.ObjectArg)
             : nullptr;
}

const ApiEntry *ApiLookup::callbackEntry(QualType Argument,
                                         model::Effect What) const {
  // A smart pointer stands for the object it points to.
  QualType Object = smartPointee(Argument);
  if (Object.isNull())
    Object = Argument;
  const FrameworkModel *FM = responseFramework(Object);
  return FM ? findEntry(*FM, model::Site::Callback, trackedTypeName(Object),
                        What)
            : nullptr;
}

/// The names a parameter type goes by: its spelling without references and
/// top-level const, the typedefs it is written with, and its class or
/// enumeration without template arguments; a pointer to a class or
/// enumeration, by one of the pointee's names followed by `*`.
static bool parameterTypeIs(QualType T, llvm::StringRef Wanted) {
  if (Wanted == "*")
    return true;
  T = T.getNonReferenceType().getUnqualifiedType();
  for (QualType Sugar = T;;) {
    if (const auto *TT = Sugar->getAs<TypedefType>()) {
      if (TT->getDecl()->getQualifiedNameAsString() == Wanted)
        return true;
      QualType Next = TT->desugar();
      if (Next == Sugar)
        break;
      Sugar = Next.getUnqualifiedType();
      continue;
    }
    break;
  }
  // Clang spells a pointer to a class with its tag keyword (`class
  // QIODevice *`), which the model does not write.
  if (const auto *Pointer = T->getAs<PointerType>();
      Pointer && Pointer->getPointeeType()->getAsTagDecl()) {
    QualType Pointee = Pointer->getPointeeType();
    llvm::StringRef Name = Wanted;
    if (!Name.consume_back("*"))
      return false;
    Name = Name.rtrim();
    if (Name.consume_front("const ") != Pointee.isConstQualified())
      return false;
    return parameterTypeIs(Pointee, Name);
  }
  QualType Canonical = T.getCanonicalType().getUnqualifiedType();
  if (const TagDecl *TD = Canonical->getAsTagDecl()) {
    const NamedDecl *D = TD;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(TD))
      D = Spec->getSpecializedTemplate();
    return memberPattern(D)->getQualifiedNameAsString() == Wanted;
  }
  return Canonical.getAsString() == Wanted;
}

bool entryAppliesTo(const ApiEntry &Entry, const FunctionDecl *Callee) {
  if (!Entry.RestrictsParams)
    return true;
  if (!Callee || Callee->getNumParams() != Entry.Params.size())
    return false;
  for (unsigned I = 0; I < Entry.Params.size(); ++I)
    if (!parameterTypeIs(Callee->getParamDecl(I)->getType(), Entry.Params[I]))
      return false;
  return true;
}

llvm::SmallVector<std::pair<const ParmVarDecl *, const FrameworkModel *>, 1>
ApiLookup::statusReturns(const FunctionDecl &FD) const {
  llvm::SmallVector<std::pair<const ParmVarDecl *, const FrameworkModel *>, 1>
      Result;
  for (const ParmVarDecl *P : FD.parameters()) {
    if (!isPointerOrReference(P->getType()))
      continue;
    const auto *Found = trackedType(P->getType());
    if (Found && findEntry(*Found->second, model::Site::Return, Found->first,
                           model::Effect::SetStatus))
      Result.push_back({P, Found->second});
  }
  return Result;
}

const FrameworkModel *ApiLookup::statusTypeFramework(QualType T) const {
  if (T.isNull())
    return nullptr;
  // A C status type is often only a typedef name (`typedef enum {...}
  // Status;`, whose enumeration has no name of its own).
  for (QualType Sugar = T; const auto *Typedef = Sugar->getAs<TypedefType>();
       Sugar = Typedef->desugar())
    if (const auto *Found = findByName(StatusTypes, Typedef->getDecl()))
      return Found->second;
  const auto *Found =
      findByName(StatusTypes, namedTag(T.getCanonicalType()->getAsTagDecl()));
  return Found ? Found->second : nullptr;
}

llvm::SmallVector<const NamedDecl *, 2>
lookupQualifiedName(llvm::StringRef QualifiedName, ASTContext &Ctx) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  const DeclContext *Scope = Ctx.getTranslationUnitDecl();
  llvm::SmallVector<const NamedDecl *, 2> Found;
  for (size_t I = 0; I < Parts.size(); ++I) {
    DeclContextLookupResult Result =
        Scope->getPrimaryContext()->lookup(&Ctx.Idents.get(Parts[I]));
    if (I + 1 == Parts.size()) {
      Found.append(Result.begin(), Result.end());
      break;
    }
    Scope = nullptr;
    for (const NamedDecl *Candidate : Result) {
      if (const auto *Template = dyn_cast<ClassTemplateDecl>(Candidate))
        Candidate = Template->getTemplatedDecl();
      if (isa<NamespaceDecl>(Candidate) || isa<TagDecl>(Candidate)) {
        Scope = cast<DeclContext>(Candidate);
        break;
      }
    }
    if (!Scope)
      break;
  }
  return Found;
}

/// The functions among `Decls`, looking through templates; false when one
/// of them takes any number of arguments (variadic, a parameter pack, or no
/// prototype).
static bool collectFunctions(llvm::ArrayRef<const NamedDecl *> Decls,
                             llvm::SmallVectorImpl<const FunctionDecl *> &Out) {
  for (const NamedDecl *D : Decls) {
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      D = Template->getTemplatedDecl();
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD)
      continue;
    // A C declaration without a prototype (`f()`) takes any arguments.
    if (FD->isVariadic() || !FD->hasPrototype() ||
        llvm::any_of(FD->parameters(),
                     [](const ParmVarDecl *P) { return P->isParameterPack(); }))
      return false;
    Out.push_back(FD);
  }
  return true;
}

/// The definition of the class a qualified name names, if it has one.
static const CXXRecordDecl *lookupClass(llvm::StringRef Name, ASTContext &Ctx) {
  for (const NamedDecl *D : lookupQualifiedName(Name, Ctx)) {
    if (const auto *Template = dyn_cast<ClassTemplateDecl>(D))
      D = Template->getTemplatedDecl();
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      return RD->getDefinition();
  }
  return nullptr;
}

std::vector<std::string> ApiLookup::contradictions(ASTContext &Ctx) const {
  std::vector<std::string> Result;
  for (const auto &FM : Models->Models) {
    const model::ApiEntry *Previous = nullptr;
    for (const ApiEntry &E : FM->Api) {
      // The effects of one written entry share its arguments.
      bool SameEntry = Previous && Previous->Position.Line == E.Position.Line &&
                       Previous->Position.Column == E.Position.Column;
      Previous = &E;
      const int Highest = E.highestArgument();
      if (SameEntry || Highest < 0)
        continue;
      llvm::SmallVector<const FunctionDecl *, 4> Candidates;
      bool Checkable = true;
      if (E.Where == model::Site::Function) {
        Checkable =
            collectFunctions(lookupQualifiedName(E.Name, Ctx), Candidates);
      } else {
        llvm::SmallVector<llvm::StringRef, 2> Classes;
        if (E.Where == model::Site::Constructor)
          Classes.push_back(E.Name);
        else
          Classes.append(FM->Types.begin(), FM->Types.end());
        for (llvm::StringRef Class : Classes) {
          const CXXRecordDecl *RD = lookupClass(Class, Ctx);
          if (!RD)
            continue;
          llvm::SmallVector<const NamedDecl *, 4> Members;
          if (E.Where == model::Site::Constructor) {
            // ctors() leaves out constructor templates.
            for (const Decl *D : RD->decls())
              if (const auto *ND = dyn_cast<NamedDecl>(D);
                  ND &&
                  isa_and_nonnull<CXXConstructorDecl>(ND->getAsFunction()))
                Members.push_back(ND);
          } else if (E.Where == model::Site::Method)
            for (const NamedDecl *M : RD->lookup(&Ctx.Idents.get(E.Name)))
              Members.push_back(M);
          Checkable &= collectFunctions(Members, Candidates);
        }
      }
      if (!Checkable || Candidates.empty() ||
          llvm::any_of(Candidates, [&](const FunctionDecl *FD) {
            return static_cast<int>(FD->getNumParams()) > Highest;
          }))
        continue;
      unsigned Most = 0;
      for (const FunctionDecl *FD : Candidates)
        Most = std::max(Most, FD->getNumParams());
      Result.push_back(model::positionedMessage(
          E.Position, "argument index " + std::to_string(Highest) +
                          " does not exist: '" + E.Name + "' takes " +
                          std::to_string(Most) + " argument" +
                          (Most == 1 ? "" : "s") + " (indexes count from 0)"));
    }
  }
  return Result;
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

const NamedDecl *namedConstant(const Expr *E) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl();
  if (const auto *CE = dyn_cast<CallExpr>(E); CE && CE->getNumArgs() == 0)
    return CE->getDirectCallee();
  return nullptr;
}

/// The code a status text starts with: three digits, alone or followed by
/// a space and a reason phrase.
static std::optional<unsigned> statusOfText(const StringLiteral *SL) {
  if (!SL->isOrdinary())
    return std::nullopt;
  llvm::StringRef Text = SL->getString();
  unsigned Code = 0;
  if (Text.size() < 3 || (Text.size() > 3 && Text[3] != ' ') ||
      !llvm::all_of(Text.take_front(3),
                    [](char C) { return llvm::isDigit(C); }) ||
      Text.take_front(3).getAsInteger(10, Code))
    return std::nullopt;
  return Code;
}

std::optional<unsigned> ApiLookup::evaluateStatus(const Expr *E,
                                                  const ASTContext &Ctx,
                                                  unsigned Depth) const {
  // Status objects are built from constants that are built from numbers: a
  // few levels are enough.
  if (!E || Depth > 4)
    return std::nullopt;
  E = skipTransparent(E);
  if (const auto *DAE = dyn_cast<CXXDefaultArgExpr>(E))
    E = skipTransparent(DAE->getExpr());
  if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E))
    E = skipTransparent(FCE->getSubExpr());
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const ApiEntry *Entry = functionModel(CE->getDirectCallee())
                                .entry(model::Effect::ConvertStatus);
    if (Entry && static_cast<unsigned>(Entry->StatusArg) < CE->getNumArgs())
      return evaluateStatus(CE->getArg(Entry->StatusArg), Ctx, Depth + 1);
  }
  if (const NamedDecl *D = NamedValues.empty() ? nullptr : namedConstant(E);
      D && D->getDeclName().isIdentifier()) {
    auto It = NamedValues.find(D->getQualifiedNameAsString());
    if (It != NamedValues.end())
      return It->second;
  }
  // A status given as text: `writeStatus("204 No Content")`.
  if (const StringLiteral *SL = asStringLiteral(E))
    return statusOfText(SL);
  // Code that does not compile can leave an expression without a type.
  if (E->getType().isNull())
    return std::nullopt;
  if (!E->getType()->isIntegralOrEnumerationType()) {
    if (!statusTypeFramework(E->getType()))
      return std::nullopt;
    // A status object: built from its code (`http_status_code_t{204}`,
    // `Status(204, "No Content")`), or a constant that was.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      return Construct->getNumArgs() == 0
                 ? std::nullopt
                 : evaluateStatus(Construct->getArg(0), Ctx, Depth + 1);
    if (const auto *ILE = dyn_cast<InitListExpr>(E))
      return ILE->getNumInits() == 0
                 ? std::nullopt
                 : evaluateStatus(ILE->getInit(0), Ctx, Depth + 1);
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (VD && VD->getType().isConstQualified() && VD->getInit())
      return evaluateStatus(VD->getInit(), Ctx, Depth + 1);
    return std::nullopt;
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
ApiLookup::evaluateStatusChoices(const Expr *E, const ASTContext &Ctx) const {
  // Also a conditional of status texts, converted to the parameter's string
  // type as a whole (`writeStatus(q ? "204 No Content" : "200 OK")`).
  const auto *Conditional =
      dyn_cast<AbstractConditionalOperator>(skipTransparent(E));
  if (!Conditional)
    Conditional =
        dyn_cast_or_null<AbstractConditionalOperator>(skipValueWrappers(E));
  if (!Conditional) {
    StatusChoice Choice{evaluateStatus(E, Ctx), {}};
    if (!Choice.Value) {
      Choice.Local = statusVariable(E);
      Choice.Param = dyn_cast_or_null<ParmVarDecl>(Choice.Local);
    }
    return {Choice};
  }
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

const Expr *skipValueWrappers(const Expr *E) {
  while (E) {
    E = skipTransparent(E);
    if (const auto *FCE = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = FCE->getSubExpr();
      continue;
    }
    // A string converted to a view of it (`std::string` to `string_view`).
    if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(E);
        Conversion &&
        isa_and_nonnull<CXXConversionDecl>(Conversion->getMethodDecl())) {
      E = Conversion->getImplicitObjectArgument();
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

const StringLiteral *asStringLiteral(const Expr *E) {
  return dyn_cast_or_null<StringLiteral>(skipValueWrappers(E));
}

std::optional<llvm::StringRef> literalText(const Expr *E) {
  const StringLiteral *Text = E ? asStringLiteral(E) : nullptr;
  if (!Text || !Text->isOrdinary())
    return std::nullopt;
  return Text->getString();
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
  // A defaulted content argument is its default (`send(code, body = "")`).
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Content))
    Content = Default->getExpr();
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

bool isEmptyOptional(const Expr *E) {
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    E = Default->getExpr();
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
