//===--- UnitAnalysisStore.cpp - http-tidy --------------------------------===//

#include "UnitAnalysisStore.h"
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

const std::vector<Violation> &
UnitAnalysisStore::violations(const FunctionDecl &Function) {
  auto [It, New] = Found.try_emplace(&Function);
  if (New)
    It->second = analyzeResponseFlow(Function, Ctx, Api, &FlowSummaries);
  return It->second;
}

} // namespace clang::tidy::http
