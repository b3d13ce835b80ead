//===--- StatusReasonMismatchCheck.cpp - http-tidy ------------------------===//

#include "StatusReasonMismatchCheck.h"
#include "analysis/RawMessage.h"
#include "analysis/ReasonPhrases.h"
#include "analysis/StatusPositions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::http {

static constexpr llvm::StringLiteral PhraseMessage =
    "reason phrase '%0' is the phrase of status %1, not of %2%select{| (%4)}3";

void StatusReasonMismatchCheck::registerMatchers(MatchFinder *Finder) {
  // The phrases a setter keeps, or that are set after the code: what the
  // response-flow analysis finds.
  ResponseFlowCheck::registerMatchers(Finder);
  auto InUserCode = unless(isExpansionInSystemHeader());
  // Every call and construction: check() asks the models whether one of
  // its string literals is a phrase or a status line.
  Finder->addMatcher(callExpr(InUserCode).bind("call"), this);
  Finder->addMatcher(
      cxxConstructExpr(InUserCode, argumentCountAtLeast(2)).bind("construct"),
      this);
}

void StatusReasonMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    checkCall(*Call, *Result.Context);
  else if (const auto *Construct =
               Result.Nodes.getNodeAs<CXXConstructExpr>("construct"))
    checkConstruction(*Construct, *Result.Context);
  else
    ResponseFlowCheck::check(Result);
}

/// The entry that sets a status with a reason phrase, of the modelled
/// function or method `Call` calls.
static const model::ApiEntry *reasonSetter(const CallExpr &Call,
                                           const ApiLookup &Api) {
  const model::ApiEntry *Entry =
      Api.callModel(&Call).entry(model::Effect::SetStatus);
  return Entry && Entry->ReasonArg >= 0 && Entry->StatusArg >= 0 &&
                 static_cast<unsigned>(std::max(
                     Entry->ReasonArg, Entry->StatusArg)) < Call.getNumArgs()
             ? Entry
             : nullptr;
}

/// A code at the start of `Text` and the phrase after it: `204 No Content`
/// (also inside a status line, from `CodeAt`). The phrase ends at the line.
static std::optional<std::pair<unsigned, size_t>>
codeAndPhrase(llvm::StringRef Text, size_t CodeAt) {
  llvm::StringRef Rest = Text.substr(CodeAt);
  unsigned Code = 0;
  if (Rest.size() < 5 || Rest[3] != ' ' ||
      !llvm::all_of(Rest.take_front(3), llvm::isDigit) ||
      Rest.take_front(3).getAsInteger(10, Code))
    return std::nullopt;
  return std::make_pair(Code, CodeAt + 4);
}

void StatusReasonMismatchCheck::checkCall(const CallExpr &Call,
                                          ASTContext &Ctx) {
  const ApiLookup &Api = api();
  if (const model::ApiEntry *Entry = reasonSetter(Call, Api))
    if (const StringLiteral *Phrase =
            asStringLiteral(Call.getArg(Entry->ReasonArg)))
      if (std::optional<unsigned> Code =
              Api.evaluateStatus(Call.getArg(Entry->StatusArg), Ctx))
        checkPhrase(*Code, *Phrase, 0, Phrase->getString(), Ctx);
  // Status text (`writeStatus("200 Not Found")`) and status lines written
  // as protocol text (`"HTTP/1.1 404 OK\r\n"`).
  for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
    const StringLiteral *Text = asStringLiteral(Call.getArg(I));
    if (!Text || !Text->isOrdinary())
      continue;
    llvm::StringRef String = Text->getString();
    std::optional<size_t> CodeAt = statusLineCodeAt(String);
    if (CodeAt ? !appendingWriterOf(Call, I, Api)
               : !statusSetterOf(Call, I, Api))
      continue;
    if (std::optional<std::pair<unsigned, size_t>> Parsed =
            codeAndPhrase(String, CodeAt.value_or(0))) {
      llvm::StringRef Phrase =
          String.substr(Parsed->second).take_until([](char C) {
            return C == '\r' || C == '\n';
          });
      checkPhrase(Parsed->first, *Text, Parsed->second, Phrase, Ctx);
    }
  }
}

void StatusReasonMismatchCheck::checkConstruction(
    const CXXConstructExpr &Construct, ASTContext &Ctx) {
  // A status object built from a code and a phrase (`Status(204, "OK")`).
  const ApiLookup &Api = api();
  if (Construct.getNumArgs() < 2 ||
      !Api.statusTypeFramework(Construct.getType()))
    return;
  const StringLiteral *Phrase = asStringLiteral(Construct.getArg(1));
  std::optional<unsigned> Code = Api.evaluateStatus(Construct.getArg(0), Ctx);
  if (Phrase && Code)
    checkPhrase(*Code, *Phrase, 0, Phrase->getString(), Ctx);
}

bool StatusReasonMismatchCheck::checkPhrase(unsigned Code,
                                            const StringLiteral &Literal,
                                            size_t Begin,
                                            llvm::StringRef Phrase,
                                            ASTContext &Ctx) {
  // A code no client can read is the invalid-code check's finding alone.
  if (Code < 100 || Code > 599 || !Literal.isOrdinary())
    return false;
  llvm::SmallVector<unsigned, 1> Named = codesNamedBy(Phrase);
  if (Named.empty() || llvm::is_contained(Named, Code))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  auto ByteLoc = [&](size_t Byte) {
    return Literal.getLocationOfByte(Byte, SM, Ctx.getLangOpts(),
                                     Ctx.getTargetInfo());
  };
  const SourceLocation Start = ByteLoc(Begin);
  llvm::StringRef Own = standardReason(Code);
  auto Diag = diag(Start, PhraseMessage)
              << Phrase << Named.front() << Code << !Own.empty() << Own;
  // A literal written at the call as a macro's argument (cpprestsdk's
  // `U("OK")`) is replaced there; one written in a macro's definition, as
  // an argument of another macro or not, is not.
  auto Written = [&](SourceLocation Loc) {
    if (!Loc.isMacroID() || !SM.isMacroArgExpansion(Loc))
      return Loc;
    const SourceLocation Spelled = SM.getSpellingLoc(Loc);
    return Spelled == SM.getFileLoc(Loc) ? Spelled : Loc;
  };
  const SourceLocation From = Written(Start);
  const SourceLocation To = Written(ByteLoc(Begin + Phrase.size()));
  if (Own.empty() || From.isMacroID() || To.isMacroID() ||
      SM.getFileID(From) != SM.getFileID(To))
    return true;
  Diag << FixItHint::CreateReplacement(CharSourceRange::getCharRange(From, To),
                                       Own);
  return true;
}

/// The methods named `Name` of `Record` and of its bases.
static void methodsNamed(const CXXRecordDecl *Record, llvm::StringRef Name,
                         llvm::SmallVectorImpl<const CXXMethodDecl *> &Out) {
  if (!Record || !Record->hasDefinition())
    return;
  Record = Record->getDefinition();
  for (const NamedDecl *D :
       Record->lookup(&Record->getASTContext().Idents.get(Name)))
    if (const auto *MD = dyn_cast<CXXMethodDecl>(D->getUnderlyingDecl()))
      Out.push_back(MD);
  for (const CXXBaseSpecifier &Base : Record->bases())
    methodsNamed(Base.getType()->getAsCXXRecordDecl(), Name, Out);
}

/// Whether `Other` takes the arguments `Called` takes, as they are.
static bool takesSameArguments(const CXXMethodDecl &Called,
                               const CXXMethodDecl &Other, unsigned NumArgs) {
  if (NumArgs < Other.getMinRequiredArguments() ||
      NumArgs > Other.getNumParams() || Other.isStatic())
    return false;
  for (unsigned I = 0; I < NumArgs; ++I) {
    QualType A = Called.getParamDecl(I)->getType().getNonReferenceType();
    QualType B = Other.getParamDecl(I)->getType().getNonReferenceType();
    if (A.getCanonicalType().getUnqualifiedType() !=
        B.getCanonicalType().getUnqualifiedType())
      return false;
  }
  return true;
}

std::optional<FixItHint>
StatusReasonMismatchCheck::insteadFix(const Stmt *Setter) const {
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(Setter);
  const CXXMethodDecl *Called = Call ? Call->getMethodDecl() : nullptr;
  if (!Called || Call->getNumArgs() > Called->getNumParams())
    return std::nullopt;
  CallModel Model = api().callModel(Call);
  const model::ApiEntry *Entry =
      Model.Receiver ? Model.entry(model::Effect::SetStatus) : nullptr;
  const auto *Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
  if (!Entry || Entry->Instead.empty() || !Member ||
      Member->getMemberLoc().isMacroID())
    return std::nullopt;
  llvm::SmallVector<const CXXMethodDecl *, 4> Candidates;
  methodsNamed(Call->getRecordDecl(), Entry->Instead, Candidates);
  if (llvm::none_of(Candidates, [&](const CXXMethodDecl *Other) {
        return takesSameArguments(*Called, *Other, Call->getNumArgs());
      }))
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Member->getMemberLoc()), Entry->Instead);
}

void StatusReasonMismatchCheck::report(const Violation &V) {
  if (V.K != Violation::PairedReasonMismatch || !Context)
    return;
  const auto *Phrase = dyn_cast<StringLiteral>(V.At);
  const auto *Setter = dyn_cast<CallExpr>(V.At);
  if (Phrase && !V.Through) {
    // A phrase set after the code: the phrase is what is wrong.
    if (!checkPhrase(V.Status, *Phrase, 0, Phrase->getString(), *Context))
      return;
  } else if (Phrase) {
    llvm::StringRef Own = standardReason(V.Status);
    diag(V.Loc, PhraseMessage) << V.Reason << codesNamedBy(V.Reason).front()
                               << V.Status << !Own.empty() << Own;
  } else if (const FunctionDecl *Callee =
                 Setter ? Setter->getDirectCallee() : nullptr;
             Callee || isa<BinaryOperator>(V.At)) {
    // A setter call, or an assignment to a status field.
    auto Diag = diag(V.Loc, "%select{the assignment|%4}0 changes the status to "
                            "%1 and keeps the reason phrase '%2' (of status "
                            "%3): the response goes out as '%1 %2'")
                << (Callee != nullptr) << V.Status << V.Reason
                << codesNamedBy(V.Reason).front() << Callee;
    if (Setter && !V.Through)
      if (std::optional<FixItHint> Fix = insteadFix(Setter))
        Diag << *Fix;
  } else {
    return;
  }
  if (V.Through)
    diag(V.WriteLoc,
         "%select{status %1 set|phrase set}0 here, through the call of %2",
         DiagnosticIDs::Note)
        << (Phrase != nullptr) << V.Status << helperName(V.Through);
  diag(V.SentLoc, "%select{response sent here|sent when the function returns}0",
       DiagnosticIDs::Note)
      << V.SentAtExit;
}

} // namespace clang::tidy::http
