//===--- StatusConstants.cpp - http-tidy ----------------------------------===//

#include "StatusConstants.h"
#include "../compat/LLVMCompat.h"
#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Preprocessor.h"

namespace clang::tidy::http {

static const EnumConstantDecl *
findEnumerator(llvm::StringRef EnumName, unsigned Status, ASTContext &Ctx) {
  const EnumDecl *Enum = nullptr;
  for (const NamedDecl *D : lookupQualifiedName(EnumName, Ctx)) {
    // C names enumerations through typedefs: `typedef enum {...} Status;`.
    if (const auto *Typedef = dyn_cast<TypedefNameDecl>(D))
      D = Typedef->getUnderlyingType()->getAsTagDecl();
    if ((Enum = dyn_cast_or_null<EnumDecl>(D)))
      break;
  }
  if (!Enum || !(Enum = Enum->getDefinition()))
    return nullptr;
  for (const EnumConstantDecl *Constant : Enum->enumerators())
    if (Constant->getInitVal() == Status)
      return Constant;
  return nullptr;
}

/// Whether `Name` is defined at `Use` as exactly the number `Status`: the
/// model says what the macro should be, the translation unit decides.
static bool isMacroFor(llvm::StringRef Name, unsigned Status, Preprocessor &PP,
                       SourceLocation Use) {
  const IdentifierInfo *II = PP.getIdentifierInfo(Name);
  if (!II || !II->hadMacroDefinition())
    return false;
  const MacroInfo *MI = PP.getMacroDefinitionAtLoc(II, Use).getMacroInfo();
  if (!MI || MI->isFunctionLike() || MI->getNumTokens() != 1 ||
      !MI->getReplacementToken(0).is(tok::numeric_constant))
    return false;
  unsigned Value;
  return !llvm::StringRef(PP.getSpelling(MI->getReplacementToken(0)))
              .getAsInteger(0, Value) &&
         Value == Status;
}

/// Whether a constant of type `Constant` can replace an expression of type
/// `Replaced`: the same class, or numbers for a number.
static bool canReplace(QualType Constant, QualType Replaced) {
  if (Replaced.isNull())
    return true;
  const CXXRecordDecl *Want = Replaced->getAsCXXRecordDecl();
  const CXXRecordDecl *Have = Constant->getAsCXXRecordDecl();
  if (Want || Have)
    return Want && Have && Want->getCanonicalDecl() == Have->getCanonicalDecl();
  return Constant->isIntegralOrUnscopedEnumerationType() &&
         Replaced->isIntegralOrUnscopedEnumerationType();
}

/// Whether objects of type `T` hold their number in the integer data member
/// `Member`.
static bool hasCodeMember(QualType T, llvm::StringRef Member) {
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  if (Member.empty() || !Class)
    return false;
  for (const FieldDecl *Field : Class->fields())
    if (Field->getDeclName().isIdentifier() && Field->getName() == Member)
      return Field->getType()->isIntegerType();
  return false;
}

/// A static constant integer member of `Scope` (a class or namespace) whose
/// value is `Status`, spelled through `Scope`.
static std::optional<std::string> findMember(llvm::StringRef Scope,
                                             unsigned Status, ASTContext &Ctx) {
  for (const NamedDecl *D : lookupQualifiedName(Scope, Ctx)) {
    const auto *DC = dyn_cast<DeclContext>(D);
    if (!DC || !(isa<NamespaceDecl>(D) || isa<CXXRecordDecl>(D)))
      continue;
    for (const Decl *Member : DC->decls()) {
      const auto *VD = dyn_cast<VarDecl>(Member);
      if (!VD || !VD->getType().isConstQualified() ||
          !VD->getType()->isIntegralOrUnscopedEnumerationType() ||
          !VD->getDeclName().isIdentifier())
        continue;
      const VarDecl *Definition = nullptr;
      const Expr *Init = VD->getAnyInitializer(Definition);
      Expr::EvalResult Result;
      if (Init && !Init->isValueDependent() &&
          Init->EvaluateAsInt(Result, Ctx) && Result.Val.getInt() == Status)
        return (Scope + "::" + VD->getName()).str();
    }
  }
  return std::nullopt;
}

/// The type of what a named constant (`ns::name` or `ns::f()`) denotes, if
/// the translation unit declares it.
static std::optional<QualType> namedConstantType(llvm::StringRef Spelling,
                                                 ASTContext &Ctx) {
  const bool IsCall = Spelling.consume_back("()");
  for (const NamedDecl *D : lookupQualifiedName(Spelling, Ctx)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        IsCall && FD && FD->getMinRequiredArguments() == 0)
      return FD->getReturnType();
    if (const auto *VD = dyn_cast<ValueDecl>(D);
        !IsCall && VD && !isa<FunctionDecl>(VD))
      return VD->getType();
  }
  return std::nullopt;
}

std::optional<StatusConstant>
findStatusConstant(const model::FrameworkModel &FM, unsigned Status,
                   QualType Replaced, ASTContext &Ctx, Preprocessor *PP,
                   SourceLocation Use) {
  if (!FM.StatusEnum.empty())
    if (const EnumConstantDecl *Constant =
            findEnumerator(FM.StatusEnum, Status, Ctx))
      return StatusConstant{Constant, ""};
  auto Macro = FM.StatusMacros.find(Status);
  if (PP && Macro != FM.StatusMacros.end() &&
      isMacroFor(Macro->second, Status, *PP, Use))
    return StatusConstant{nullptr, Macro->second};
  if (Replaced.isNull() || !Replaced->isRecordType())
    for (const std::string &Scope : FM.ConstantScopes)
      if (std::optional<std::string> Member = findMember(Scope, Status, Ctx))
        return StatusConstant{nullptr, *Member};
  auto Named = FM.NamedConstants.find(Status);
  if (Named == FM.NamedConstants.end())
    return std::nullopt;
  for (const std::string &Spelling : Named->second)
    if (std::optional<QualType> T = namedConstantType(Spelling, Ctx);
        T && canReplace(*T, Replaced))
      return StatusConstant{nullptr, Spelling};
  // A number position takes the number a status object holds.
  if (!Replaced.isNull() && Replaced->isIntegerType())
    for (const std::string &Spelling : Named->second)
      if (std::optional<QualType> T = namedConstantType(Spelling, Ctx);
          T && hasCodeMember(*T, FM.CodeMember))
        return StatusConstant{nullptr, Spelling + "." + FM.CodeMember,
                              /*ThroughMember=*/true};
  return std::nullopt;
}

std::optional<Shorthand> shorthandFor(const Decl &D) {
  if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(&D)) {
    if (const NamespaceDecl *Target = Alias->getNamespace())
      return Shorthand{Alias->getLocation(), Target->getQualifiedNameAsString(),
                       Alias->getNameAsString()};
  } else if (const auto *Directive = dyn_cast<UsingDirectiveDecl>(&D)) {
    if (const NamespaceDecl *Target = Directive->getNominatedNamespace())
      return Shorthand{Directive->getLocation(),
                       Target->getQualifiedNameAsString(), ""};
  } else if (const auto *Using = dyn_cast<UsingDecl>(&D)) {
    for (const UsingShadowDecl *Shadow : Using->shadows())
      if (const auto *Type = dyn_cast<TypeDecl>(Shadow->getTargetDecl()))
        return Shorthand{Using->getLocation(), Type->getQualifiedNameAsString(),
                         Type->getNameAsString()};
  }
  return std::nullopt;
}

std::string spellConstant(const EnumConstantDecl &Constant,
                          llvm::ArrayRef<Shorthand> Shorthands,
                          SourceLocation Use, const SourceManager &SM,
                          const LangOptions &LangOpts, bool DropEnumName) {
  const auto *Enum = cast<EnumDecl>(Constant.getDeclContext());
  std::string Qualified;
  if (!LangOpts.CPlusPlus) {
    // C has one scope for enumerators: the name alone.
    Qualified = Constant.getNameAsString();
  } else if (!Enum->getIdentifier() || (DropEnumName && !Enum->isScoped())) {
    // An unnamed enumeration (`typedef enum {...} Status;`) has nothing to
    // qualify with; its enumerators live in the enclosing scope, which some
    // frameworks use as the constants' scope (`status_code::no_content`).
    const auto *Scope = dyn_cast<NamedDecl>(Enum->getDeclContext());
    Qualified = Scope ? Scope->getQualifiedNameAsString() + "::" : "";
    Qualified += Constant.getNameAsString();
  } else {
    Qualified =
        Enum->getQualifiedNameAsString() + "::" + Constant.getNameAsString();
  }
  return shortenQualified(Qualified, Shorthands, Use, SM);
}

std::string shortenQualified(const std::string &Qualified,
                             llvm::ArrayRef<Shorthand> Shorthands,
                             SourceLocation Use, const SourceManager &SM) {
  std::string Best = Qualified;
  for (const Shorthand &Short : Shorthands) {
    std::string Prefix = Short.Replaces + "::";
    // Only what the file itself declares: a header's fix must compile in
    // every file that includes it, not just in the one analysed.
    if (SM.getFileID(SM.getExpansionLoc(Short.Where)) !=
            SM.getFileID(SM.getExpansionLoc(Use)) ||
        !SM.isBeforeInTranslationUnit(Short.Where, Use) ||
        !compat::startsWith(Qualified, Prefix))
      continue;
    std::string Rest = Qualified.substr(Prefix.size());
    std::string Spelled =
        Short.Spelling.empty() ? Rest : Short.Spelling + "::" + Rest;
    if (Spelled.size() < Best.size())
      Best = Spelled;
  }
  return Best;
}

} // namespace clang::tidy::http
