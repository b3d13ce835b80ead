//===--- MagicStatusCodeCheck.cpp - http-tidy -----------------------------===//

#include "MagicStatusCodeCheck.h"
#include "CodeListOption.h"
#include "StatusOperandMatchers.h"
#include "analysis/StatusConstants.h"
#include "analysis/StatusPositions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::http {

MagicStatusCodeCheck::MagicStatusCodeCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Models(*this, Context),
      RawIgnoredCodes(Options.get("IgnoredCodes", "")) {
  for (unsigned Code :
       parseCodeList(RawIgnoredCodes, 0, ~0u, [&](StringRef Bad) {
         configurationDiag("invalid status code '%0' in option "
                           "'IgnoredCodes'; expected a ';'-separated list "
                           "of numbers")
             << Bad;
       }))
    IgnoredCodes.push_back(Code);
}

void MagicStatusCodeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IgnoredCodes", RawIgnoredCodes);
  Models.storeOptions(Opts);
}

void MagicStatusCodeCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  Finder->addMatcher(
      decl(anyOf(namespaceAliasDecl(), usingDirectiveDecl(), usingDecl()),
           hasDeclContext(translationUnitDecl()),
           unless(isExpansionInSystemHeader()))
          .bind("shorthand"),
      this);
  addStatusOperandMatchers(*Finder, this, /*Comparisons=*/true);
  auto Literal = ignoringParenImpCasts(integerLiteral().bind("literal"));
  auto InUserCode = unless(isExpansionInSystemHeader());
  // A handler whose return value may be its request's status
  // (`return 204;`): check() decides from the models and walks the body.
  Finder->addMatcher(functionDecl(InUserCode, isDefinition(),
                                  hasAnyParameter(hasType(qualType(
                                      anyOf(pointerType(), referenceType())))))
                         .bind("handler"),
                     this);
  Finder->addMatcher(switchStmt(InUserCode, forEachSwitchCase(caseStmt(
                                                hasCaseConstant(Literal))))
                         .bind("parent"),
                     this);
}

void MagicStatusCodeCheck::check(const MatchFinder::MatchResult &Result) {
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    Models.checkAgainst(*Result.Context);
    return;
  }
  if (const auto *D = Result.Nodes.getNodeAs<Decl>("shorthand")) {
    if (std::optional<Shorthand> Short = shorthandFor(*D))
      Shorthands.push_back(std::move(*Short));
    return;
  }
  if (const auto *Handler = Result.Nodes.getNodeAs<FunctionDecl>("handler")) {
    if (Handler->getBody() && !Models.api().statusReturns(*Handler).empty())
      checkReturns(Handler->getBody(), *Handler, Result);
    return;
  }
  const auto *Literal = Result.Nodes.getNodeAs<IntegerLiteral>("literal");
  const auto *Parent = Result.Nodes.getNodeAs<Stmt>("parent");
  if (Literal && Parent)
    checkLiteral(*Literal, *Parent, nullptr, Result);
}

/// Whether `Constant` can be passed for a parameter of type `Param`: an
/// enumerator of the same enum, an unscoped enumerator or a number for an
/// integer.
static bool convertsTo(const StatusConstant &Constant, QualType Param,
                       const ASTContext &Ctx) {
  QualType T =
      Param.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  if (!Constant.Enumerator)
    return T->isIntegerType() && !T->isEnumeralType();
  const auto *Enum = cast<EnumDecl>(Constant.Enumerator->getDeclContext());
  if (Ctx.hasSameUnqualifiedType(T, Ctx.getEnumType(Enum)))
    return true;
  return !Enum->isScoped() && T->isIntegerType() && !T->isEnumeralType();
}

/// The number literals a returned value may be: itself, or the arms of a
/// conditional.
static void
returnedLiterals(const Expr *E,
                 llvm::SmallVectorImpl<const IntegerLiteral *> &Out) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Literal = dyn_cast_or_null<IntegerLiteral>(E))
    Out.push_back(Literal);
  else if (const auto *Conditional = dyn_cast_or_null<ConditionalOperator>(E)) {
    returnedLiterals(Conditional->getTrueExpr(), Out);
    returnedLiterals(Conditional->getFalseExpr(), Out);
  }
}

void MagicStatusCodeCheck::checkReturns(
    const Stmt *S, const FunctionDecl &Handler,
    const MatchFinder::MatchResult &Result) {
  // A lambda's returns are its own (its call operator is matched itself).
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
    llvm::SmallVector<const IntegerLiteral *, 2> Literals;
    returnedLiterals(Return->getRetValue(), Literals);
    for (const IntegerLiteral *Literal : Literals)
      checkLiteral(*Literal, *Return, &Handler, Result);
    return;
  }
  for (const Stmt *Child : S->children())
    checkReturns(Child, Handler, Result);
}

void MagicStatusCodeCheck::checkLiteral(
    const IntegerLiteral &TheLiteral, const Stmt &Parent,
    const FunctionDecl *Function, const MatchFinder::MatchResult &Result) {
  const IntegerLiteral *Literal = &TheLiteral;
  // A number that comes from a macro is already a name.
  if (Literal->getBeginLoc().isMacroID())
    return;
  const llvm::APInt &Value = Literal->getValue();
  if (Value.ult(100) || Value.ugt(999))
    return;
  const unsigned Status = Value.getZExtValue();
  if (llvm::is_contained(IgnoredCodes, Status))
    return;
  if (!Store)
    Store = UnitAnalysisStore::get(*Result.Context, Models.api());
  std::optional<StatusPosition> Position = findStatusPosition(
      *Literal, Parent, Models.api(), Function, &Store->statusSummaries(this));
  if (!Position)
    return;
  std::optional<StatusConstant> Constant = findStatusConstant(
      *Position->Framework, Status, Position->Replaced->getType(),
      *Result.Context, PP, Literal->getBeginLoc());
  if (!Constant)
    return;

  const SourceManager &SM = *Result.SourceManager;
  std::string Spelling =
      Constant->Enumerator
          ? spellConstant(*Constant->Enumerator, Shorthands,
                          Literal->getBeginLoc(), SM, getLangOpts(),
                          Position->Framework->DropEnumName)
      : getLangOpts().CPlusPlus &&
              Constant->Spelling.find("::") != std::string::npos
          ? shortenQualified(Constant->Spelling, Shorthands,
                             Literal->getBeginLoc(), SM)
          : Constant->Spelling;
  auto Diag =
      diag(Literal->getBeginLoc(), "status code %0 written as a number; use %1")
      << Status << Spelling;

  // A scoped enumerator does not compare with the integer a getter like
  // result_int() returns: switch to the typed getter, or offer no fix.
  const auto *Enum =
      Constant->Enumerator
          ? cast<EnumDecl>(Constant->Enumerator->getDeclContext())
          : nullptr;
  if (Position->IntegerGetter && Enum && Enum->isScoped()) {
    const auto *Getter = dyn_cast<CXXMemberCallExpr>(Position->IntegerGetter);
    const auto *Callee =
        Getter ? dyn_cast<MemberExpr>(Getter->getCallee()) : nullptr;
    if (Position->TypedGetter.empty() || !Callee)
      return;
    Diag << FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Callee->getMemberLoc()),
        Position->TypedGetter);
  }
  SourceRange Range = Position->Replaced->getSourceRange();
  if (!Position->HelperParameter.isNull() &&
      !convertsTo(*Constant, Position->HelperParameter, *Result.Context))
    return;
  if (!Position->Fixable || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return;
  // A case label needs a constant expression, which a member of a status
  // object is not.
  if (Constant->ThroughMember && isa<SwitchStmt>(Parent))
    return;
  // A status object declared with its number (`code_t c(204);`): the
  // construction's range is the declarator, which the constant cannot
  // replace. Rare enough to ask for the parents here.
  if (isa<CXXConstructExpr>(Position->Replaced) &&
      llvm::any_of(Result.Context->getParents(*Position->Replaced),
                   [](const DynTypedNode &P) { return P.get<VarDecl>(); }))
    return;
  Diag << FixItHint::CreateReplacement(Range, Spelling);
}

} // namespace clang::tidy::http
