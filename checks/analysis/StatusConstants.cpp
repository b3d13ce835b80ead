//===--- StatusConstants.cpp - http-tidy ----------------------------------===//

#include "StatusConstants.h"
#include "../compat/LLVMCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::http {

/// Looks a qualified name up from the translation unit, one scope at a time.
static const NamedDecl *lookupQualified(llvm::StringRef QualifiedName,
                                        ASTContext &Ctx) {
  const DeclContext *Scope = Ctx.getTranslationUnitDecl();
  const NamedDecl *Found = nullptr;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  for (llvm::StringRef Part : Parts) {
    if (!Scope)
      return nullptr;
    DeclContextLookupResult Result =
        Scope->getPrimaryContext()->lookup(&Ctx.Idents.get(Part));
    Found = nullptr;
    for (const NamedDecl *Candidate : Result)
      if (isa<NamespaceDecl>(Candidate) || isa<TagDecl>(Candidate)) {
        Found = Candidate;
        break;
      }
    if (!Found)
      return nullptr;
    Scope = dyn_cast<DeclContext>(Found);
  }
  return Found;
}

const EnumConstantDecl *findStatusConstant(const model::FrameworkModel &FM,
                                           unsigned Status, ASTContext &Ctx) {
  if (FM.StatusEnum.empty())
    return nullptr;
  const auto *Enum =
      dyn_cast_or_null<EnumDecl>(lookupQualified(FM.StatusEnum, Ctx));
  if (!Enum || !(Enum = Enum->getDefinition()))
    return nullptr;
  for (const EnumConstantDecl *Constant : Enum->enumerators())
    if (Constant->getInitVal() == Status)
      return Constant;
  return nullptr;
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
                          SourceLocation Use, const SourceManager &SM) {
  const auto *Enum = cast<EnumDecl>(Constant.getDeclContext());
  std::string Qualified =
      Enum->getQualifiedNameAsString() + "::" + Constant.getNameAsString();
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
