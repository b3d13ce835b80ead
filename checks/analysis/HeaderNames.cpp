//===--- HeaderNames.cpp - http-tidy --------------------------------------===//
//
// Which header a header-name argument names: a string, an enumerator, a
// constant holding one of those, or a declaration, class or macro that a
// model lists in `header-names`. Names are compared in lower case, as HTTP
// compares them.
//
//===----------------------------------------------------------------------===//

#include "ApiLookup.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::http {

std::optional<model::Framing> framingOf(llvm::StringRef HeaderName) {
  if (HeaderName == "content-length")
    return model::Framing::ContentLength;
  if (HeaderName == "transfer-encoding")
    return model::Framing::TransferEncoding;
  return std::nullopt;
}

llvm::StringRef headerNameOf(model::Framing F) {
  return F == model::Framing::ContentLength ? "content-length"
                                            : "transfer-encoding";
}

/// The header name an expression spells, in lower case with '-': a string
/// literal, a header enumerator (`field::www_authenticate`), or a constant
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

std::optional<std::string> ApiLookup::headerName(const Expr *Name,
                                                 const ASTContext &Ctx) const {
  if (!Name)
    return std::nullopt;
  if (std::optional<std::string> Spelled = spelledHeaderName(Name))
    return Spelled;
  if (HeaderNames.empty())
    return std::nullopt;
  const Expr *E = skipValueWrappers(Name);
  if (const NamedDecl *D = namedConstant(E);
      D && D->getDeclName().isIdentifier()) {
    auto It = HeaderNames.find(D->getQualifiedNameAsString());
    if (It != HeaderNames.end())
      return It->second;
  }
  // A macro naming the header (`H2O_TOKEN_CONTENT_LENGTH`), however deep
  // in other macros the argument is written.
  const SourceManager &SM = Ctx.getSourceManager();
  for (SourceLocation Loc = Name->getBeginLoc(); Loc.isMacroID();
       Loc = SM.getImmediateMacroCallerLoc(Loc)) {
    auto It = HeaderNames.find(
        Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()));
    if (It != HeaderNames.end())
      return It->second;
  }
  // A header object (`std::make_shared<Header::ContentLength>(n)`).
  return headerType(E->getType());
}

std::optional<std::string> ApiLookup::headerType(QualType T) const {
  if (T.isNull() || HeaderNames.empty())
    return std::nullopt;
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
      Spec && Spec->getTemplateArgs().size() > 0 &&
      Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
    // A smart pointer to a header object.
    if (std::optional<std::string> Name =
            headerType(Spec->getTemplateArgs()[0].getAsType()))
      return Name;
  if (!RD || !RD->getDeclName().isIdentifier())
    return std::nullopt;
  auto It = HeaderNames.find(RD->getQualifiedNameAsString());
  if (It == HeaderNames.end())
    return std::nullopt;
  return It->second;
}

std::optional<model::Framing>
ApiLookup::framingHeaderName(const Expr *Name, const ASTContext &Ctx) const {
  std::optional<std::string> Header = headerName(Name, Ctx);
  return Header ? framingOf(*Header) : std::nullopt;
}

std::optional<model::Framing> ApiLookup::framingHeaderType(QualType T) const {
  std::optional<std::string> Header = headerType(T);
  return Header ? framingOf(*Header) : std::nullopt;
}

} // namespace clang::tidy::http
