//===--- HelperSummaries.h - http-tidy --------------------------*- C++ -*-===//
//
// What the project's own functions do to the responses they are given.
// A handler that passes its response to `add_cors_headers(res)` or
// `reply(res, 404, "not found")` keeps knowing its response: the call
// replays, on the caller's path, what the helper's paths did to the objects
// the caller can see (its parameters' objects, members of `*this`, captured
// and global objects, the response it returns), and what it did to a
// response it made and sent itself with a status the caller passed
// (`send_json(connection, 204, body)`). Summaries are computed lazily, once
// per function and translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_HELPERSUMMARIES_H
#define HTTP_TIDY_ANALYSIS_HELPERSUMMARIES_H

#include "ResponseEvents.h"
#include "StableConditions.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace clang::tidy::http {

/// One way through a helper.
struct HelperOutcome {
  /// The truth each of these parameters (by index) has on this path.
  llvm::SmallVector<std::pair<unsigned, bool>, 2> Assumed;
  /// The comparisons with constants these parameters (by index) pass or
  /// fail on this path.
  llvm::SmallVector<std::pair<unsigned, ValueTest>, 1> Compared;
  /// The events on objects the caller can see, in order. Their objects are
  /// the helper's; a SetStatus may name a parameter as its value.
  std::vector<ResponseEvent> Trace;
};

struct HelperSummary {
  const FunctionDecl *Function = nullptr; ///< The definition.
  std::vector<HelperOutcome> Outcomes;
  /// The parameters (by index) whose value becomes a status, and the
  /// framework of that status.
  llvm::SmallVector<std::pair<unsigned, const model::FrameworkModel *>, 1>
      StatusParams;
  /// The responses the helper makes and sends itself with a status its
  /// caller passes: in a trace, each goes from a Reset to its Send, and is a
  /// fresh object of the caller's path at every call.
  llvm::SmallVector<ObjectKey, 1> Made;
  /// Whether the summary changes nothing the caller can see.
  bool isNoOp() const {
    return Outcomes.size() == 1 && Outcomes.front().Trace.empty() &&
           Outcomes.front().Assumed.empty() &&
           Outcomes.front().Compared.empty();
  }
};

/// The object that stands, in a summary, for the response a helper returns.
ObjectKey returnedObject();

class HelperSummaries {
public:
  /// How deep helpers calling helpers are followed.
  static constexpr unsigned MaxDepth = 4;

  HelperSummaries(const ApiLookup &Api, ASTContext &Ctx) : Api(Api), Ctx(Ctx) {}

  /// The summary of the function `Call` calls; null when the call is not
  /// followed: no body in the translation unit, a virtual call, a call
  /// through a pointer, the framework's own code, a recursive call, too
  /// deep, or too many ways through it.
  const HelperSummary *forCall(const CallExpr *Call);

  /// The parameter `Call`'s argument `Arg` binds to (a member operator
  /// call's object is argument 0 and binds to none).
  static std::optional<unsigned> parameterOf(const CallExpr *Call,
                                             unsigned Arg);

  /// While a function is analysed, the calls of it that it makes (or that
  /// the helpers it calls make) are not followed: recursion is cut.
  void enter(const FunctionDecl &Definition) { InProgress.insert(&Definition); }
  void leave(const FunctionDecl &Definition) { InProgress.erase(&Definition); }

  const ApiLookup &api() const { return Api; }

private:
  const HelperSummary *forFunction(const FunctionDecl &Definition);

  const ApiLookup &Api;
  ASTContext &Ctx;
  /// Null: the function is not followed.
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<HelperSummary>> Done;
  llvm::DenseSet<const FunctionDecl *> InProgress;
  unsigned Depth = 0;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_HELPERSUMMARIES_H
