//===--- UnitAnalysisStore.cpp - http-tidy --------------------------------===//

#include "UnitAnalysisStore.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include <map>

namespace clang::tidy::http {

std::shared_ptr<UnitAnalysisStore>
UnitAnalysisStore::get(ASTContext &Ctx, const ApiLookup &Api) {
  // Weak: the checks of the unit own the store. Checks with other model
  // files (another ApiLookup) find other results, so they get their own.
  static std::map<std::pair<const ASTContext *, const ApiLookup *>,
                  std::weak_ptr<UnitAnalysisStore>>
      Stores;
  for (auto It = Stores.begin(); It != Stores.end();)
    It = It->second.expired() ? Stores.erase(It) : std::next(It);
  std::weak_ptr<UnitAnalysisStore> &Slot = Stores[{&Ctx, &Api}];
  std::shared_ptr<UnitAnalysisStore> Store = Slot.lock();
  if (!Store) {
    Store = std::make_shared<UnitAnalysisStore>(Ctx, Api);
    Slot = Store;
  }
  return Store;
}

UnitAnalysisStore::UnitAnalysisStore(ASTContext &Ctx, const ApiLookup &Api)
    : Ctx(Ctx), Api(Api), FlowSummaries(Api, Ctx) {}

HelperSummaries &UnitAnalysisStore::statusSummaries(const void *Asker) {
  std::unique_ptr<HelperSummaries> &Summaries = StatusSummaries[Asker];
  if (!Summaries)
    Summaries = std::make_unique<HelperSummaries>(Api, Ctx);
  return *Summaries;
}

namespace {
/// Collects the functions that the project's code calls by name.
class CalleeCollector : public RecursiveASTVisitor<CalleeCollector> {
public:
  CalleeCollector(const SourceManager &SM,
                  llvm::DenseSet<const FunctionDecl *> &Called)
      : SM(SM), Called(Called) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }
  bool TraverseDecl(Decl *D) {
    // The frameworks' and the system's code call no handler of the project.
    if (D && !isa<TranslationUnitDecl>(D) &&
        SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Called.insert(Callee->getCanonicalDecl());
    return true;
  }

private:
  const SourceManager &SM;
  llvm::DenseSet<const FunctionDecl *> &Called;
};
} // namespace

bool UnitAnalysisStore::isCalledInUnit(const FunctionDecl &Function) {
  if (!CalleesKnown) {
    CalleeCollector(Ctx.getSourceManager(), Callees)
        .TraverseDecl(Ctx.getTranslationUnitDecl());
    CalleesKnown = true;
  }
  // An instance of a template is called where its template is named.
  const FunctionDecl *Named = &Function;
  if (const FunctionDecl *Pattern = Function.getTemplateInstantiationPattern())
    if (Callees.count(Pattern->getCanonicalDecl()))
      return true;
  return Callees.count(Named->getCanonicalDecl()) != 0;
}

const std::vector<Violation> &
UnitAnalysisStore::violations(const FunctionDecl &Function) {
  auto [It, New] = Found.try_emplace(&Function);
  if (New)
    It->second = analyzeResponseFlow(Function, Ctx, Api, &FlowSummaries,
                                     [&] { return isCalledInUnit(Function); });
  return It->second;
}

} // namespace clang::tidy::http
