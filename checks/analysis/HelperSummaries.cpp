//===--- HelperSummaries.cpp - http-tidy ----------------------------------===//

#include "HelperSummaries.h"
#include "ResponseFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::http {

ObjectKey returnedObject() {
  static const char Slot = 0;
  return {ObjectKey::Temporary, &Slot, nullptr};
}

std::optional<unsigned> HelperSummaries::parameterOf(const CallExpr *Call,
                                                     unsigned Arg) {
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
      MD && isa<CXXOperatorCallExpr>(Call) && MD->isInstance())
    return Arg == 0 ? std::nullopt : std::optional<unsigned>(Arg - 1);
  return Arg;
}

const HelperSummary *HelperSummaries::forCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return nullptr; // Through a pointer, or a callable object.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee); MD && MD->isVirtual())
    return nullptr;
  const FunctionDecl *Definition = nullptr;
  if (!Callee->hasBody(Definition) || !Definition || !Definition->getBody() ||
      Definition->isDependentContext())
    return nullptr;
  if (auto It = Done.find(Definition); It != Done.end())
    return It->second.get();
  // Code that is not the project's is never followed: remembered, since the
  // analysis meets its calls everywhere.
  if (Ctx.getSourceManager().isInSystemHeader(Definition->getLocation()) ||
      Api.functionModel(Callee) || Api.isFrameworkCode(*Definition)) {
    Done[Definition] = nullptr;
    return nullptr;
  }
  // A recursive call, or one too deep, is not followed: not remembered
  // either, since a call from elsewhere may follow it.
  if (InProgress.count(Definition) || Depth >= MaxDepth)
    return nullptr;
  InProgress.insert(Definition);
  ++Depth;
  std::optional<HelperSummary> Summary =
      summarizeResponseFlow(*Definition, Ctx, *this);
  --Depth;
  InProgress.erase(Definition);
  std::unique_ptr<HelperSummary> &Slot = Done[Definition];
  if (Summary)
    Slot = std::make_unique<HelperSummary>(std::move(*Summary));
  return Slot.get();
}

} // namespace clang::tidy::http
