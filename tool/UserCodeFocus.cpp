//===--- UserCodeFocus.cpp - what of a unit the checks need ---------------===//

#include "UserCodeFocus.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace http_tidy {

namespace {

std::vector<std::unique_ptr<ASTConsumer>>
only(std::unique_ptr<ASTConsumer> Consumer) {
  std::vector<std::unique_ptr<ASTConsumer>> Consumers;
  Consumers.push_back(std::move(Consumer));
  return Consumers;
}

/// Finds the first templated entity under a declaration.
class TemplateFinder : public RecursiveASTVisitor<TemplateFinder> {
public:
  bool Found = false;
  bool VisitDecl(Decl *D) {
    if (D->isTemplated() || isa<TemplateDecl>(D))
      Found = true;
    return !Found;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    if (Lambda->getTemplateParameterList())
      Found = true;
    return !Found;
  }
};

/// Whether a templated entity is declared in or under \p Decls.
bool declaresTemplate(llvm::ArrayRef<Decl *> Decls) {
  TemplateFinder Finder;
  for (Decl *D : Decls)
    if (!Finder.TraverseDecl(D))
      break;
  return Finder.Found;
}

} // namespace

UserCodeFocus::UserCodeFocus(std::unique_ptr<ASTConsumer> Checks,
                             bool SystemHeaders, llvm::StringRef HeaderFilter,
                             Skipping Skip)
    : MultiplexConsumer(only(std::move(Checks))), SystemHeaders(SystemHeaders),
      SkipBodies(Skip != Skipping::None),
      KeepTemplates(Skip == Skipping::KeepTemplates) {
  if (!HeaderFilter.empty())
    this->HeaderFilter.emplace(HeaderFilter);
}

void UserCodeFocus::Initialize(ASTContext &Context) {
  Sources = &Context.getSourceManager();
  if (!KeepTemplates)
    if (std::optional<llvm::StringRef> Main =
            Sources->getBufferDataOrNone(Sources->getMainFileID()))
      KeepTemplates = looksTemplated(*Main);
  MultiplexConsumer::Initialize(Context);
}

bool UserCodeFocus::shouldSkipFunctionBody(Decl *D) {
  const FunctionDecl *Function = D->getAsFunction();
  if (!SkipBodies || !Sources || !Function)
    return false;
  // Outside system headers a function may be a helper the analysis follows.
  if (isUserLocation(Function->getLocation()))
    return false;
  if (Function->isTemplated()) {
    if (KeepTemplates)
      return false;
    SkippedTemplate = true;
  }
  return true;
}

void UserCodeFocus::HandleTranslationUnit(ASTContext &Context) {
  std::vector<Decl *> Scope = userDeclarations(Context);
  if (SkippedTemplate && declaresTemplate(Scope)) {
    Retry = true;
    return;
  }
  Context.setTraversalScope(Scope);
  MultiplexConsumer::HandleTranslationUnit(Context);
}

bool UserCodeFocus::mayReport(FileID File) {
  if (File == Sources->getMainFileID())
    return true;
  if (!SystemHeaders || !HeaderFilter)
    return false;
  auto [Known, New] = Reported.try_emplace(File, true);
  if (New) {
    OptionalFileEntryRef Entry = Sources->getFileEntryRefForID(File);
    // An invalid filter is clang-tidy's to report; keeping the bodies is
    // never wrong.
    Known->second = !Entry || !HeaderFilter->isValid() ||
                    HeaderFilter->match(Entry->getName());
  }
  return Known->second;
}

bool UserCodeFocus::isUserLocation(SourceLocation Loc) {
  SourceLocation Where = Sources->getExpansionLoc(Loc);
  return !Sources->isInSystemHeader(Where) ||
         mayReport(Sources->getFileID(Where));
}

bool UserCodeFocus::isUserCode(const Decl *D) {
  if (D->isImplicit())
    return false;
  if (isUserLocation(D->getLocation()))
    return true;
  // A namespace opened in a system header may include a file of the user's.
  if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D))
    for (const Decl *Member : cast<DeclContext>(D)->decls())
      if (isUserCode(Member))
        return true;
  return false;
}

std::vector<Decl *> UserCodeFocus::userDeclarations(ASTContext &Context) {
  std::vector<Decl *> Scope;
  for (Decl *D : Context.getTranslationUnitDecl()->decls())
    if (isUserCode(D))
      Scope.push_back(D);
  return Scope;
}

bool looksTemplated(llvm::StringRef Text) {
  LangOptions Options;
  Options.CPlusPlus = Options.CPlusPlus20 = true;
  Lexer Lex(SourceLocation(), Options, Text.begin(), Text.begin(), Text.end());
  Token Previous, Current;
  Previous.startToken();
  while (!Lex.LexFromRawLexer(Current)) {
    if (Current.is(tok::raw_identifier)) {
      llvm::StringRef Name = Current.getRawIdentifier();
      if (Name == "template" || Name == "concept" || Name == "requires" ||
          (Name == "auto" && Previous.isOneOf(tok::l_paren, tok::comma)))
        return true;
    }
    if (Current.is(tok::less) && Previous.is(tok::r_square))
      return true;
    Previous = Current;
  }
  return false;
}

} // namespace http_tidy
