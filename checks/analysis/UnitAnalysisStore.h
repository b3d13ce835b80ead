//===--- UnitAnalysisStore.h - http-tidy ------------------------*- C++ -*-===//
//
// What the http checks of one translation unit compute once and share: the
// violations the response-flow analysis finds in each function, and the
// summaries of the project's helpers. Every enabled check asks the same
// store, so a function is analysed once however many checks report from it.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_UNITANALYSISSTORE_H
#define HTTP_TIDY_ANALYSIS_UNITANALYSISSTORE_H

#include "HelperSummaries.h"
#include "ResponseFlow.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace clang::tidy::http {

class UnitAnalysisStore {
public:
  /// The store of the unit `Ctx` belongs to, for the model set `Api`: made
  /// at the first request of the unit. A check holds it until the end of
  /// the unit; when no check holds it any more, it is gone, so a later unit
  /// whose ASTContext has the same address starts afresh.
  static std::shared_ptr<UnitAnalysisStore> get(ASTContext &Ctx,
                                                const ApiLookup &Api);

  UnitAnalysisStore(ASTContext &Ctx, const ApiLookup &Api);

  /// The violations in `Function`'s body, in source order: analysed on the
  /// first request.
  const std::vector<Violation> &violations(const FunctionDecl &Function);

  /// The summaries a status-position check (`Asker`) asks about the calls
  /// it meets: each such check has its own.
  HelperSummaries &statusSummaries(const void *Asker);

private:
  ASTContext &Ctx;
  const ApiLookup &Api;
  /// The summaries the flow analysis follows calls through. A summary
  /// computed while some function is being analysed leaves out the calls
  /// that recursion or depth cut there, and it is kept: which summaries a
  /// unit ends up with depends on the order they are asked for. The flow
  /// analysis asks in the same order whichever checks are enabled; each
  /// status-position check asks in its own. Each keeps its own cache, so
  /// that a check finds the same with or without the others.
  HelperSummaries FlowSummaries;
  llvm::DenseMap<const void *, std::unique_ptr<HelperSummaries>>
      StatusSummaries;
  llvm::DenseMap<const FunctionDecl *, std::vector<Violation>> Found;
  /// Whether code of the unit calls `Function` by name (found in one walk
  /// of the unit, at the first question).
  bool isCalledInUnit(const FunctionDecl &Function);
  llvm::DenseSet<const FunctionDecl *> Callees;
  bool CalleesKnown = false;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_UNITANALYSISSTORE_H
