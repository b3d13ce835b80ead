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

std::string spellConstant(const EnumConstantDecl &Constant,
                          llvm::ArrayRef<const NamespaceAliasDecl *> Aliases,
                          SourceLocation Use, const SourceManager &SM) {
  const auto *Enum = cast<EnumDecl>(Constant.getDeclContext());
  std::string Qualified =
      Enum->getQualifiedNameAsString() + "::" + Constant.getNameAsString();
  std::string Best = Qualified;
  for (const NamespaceAliasDecl *Alias : Aliases) {
    if (!SM.isBeforeInTranslationUnit(Alias->getLocation(), Use))
      continue;
    const NamespaceDecl *Target = Alias->getNamespace();
    if (!Target)
      continue;
    std::string Prefix = Target->getQualifiedNameAsString() + "::";
    if (!compat::startsWith(Qualified, Prefix))
      continue;
    std::string Spelled =
        Alias->getNameAsString() + "::" + Qualified.substr(Prefix.size());
    if (Spelled.size() < Best.size())
      Best = Spelled;
  }
  return Best;
}

} // namespace clang::tidy::http
