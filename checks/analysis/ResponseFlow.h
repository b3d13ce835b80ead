//===--- ResponseFlow.h - http-tidy -----------------------------*- C++ -*-===//
//
// The path-sensitive response-flow analysis shared by the no-content checks.
// For each path through a function's CFG it follows every response object's
// status, content and framing headers, and reports where a response is sent
// (at a send call, a return, or when the handler exits) with a status that
// forbids what it carries.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RESPONSEFLOW_H
#define HTTP_TIDY_ANALYSIS_RESPONSEFLOW_H

#include "../model/FrameworkModel.h"
#include "HeaderRules.h"
#include "HelperSummaries.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace clang::tidy::http {

class ApiLookup;

struct Violation {
  enum Kind {
    ContentOnNoContent,
    FramingOnNoContent,
    MissingHeader,
    /// The phrase a status goes out with names another status; `At` is the
    /// call that kept an earlier phrase, or the phrase set after the code.
    PairedReasonMismatch,
  };
  Kind K;
  const Stmt *At;       ///< The content or header write.
  const Stmt *StatusAt; ///< Where the forbidding status was set.
  unsigned Status;
  model::Framing Header; ///< For FramingOnNoContent.
  llvm::StringRef Via;   ///< Call that set the header implicitly, if any.
  /// Where to report: the start of `At` and `StatusAt`, or a place inside
  /// them (the header line of protocol text the handler writes itself).
  /// When a helper wrote `At`, `Loc` is the call in the function analysed
  /// and `WriteLoc` is where `At` is.
  SourceLocation Loc, StatusLoc, WriteLoc;
  const Stmt *Through = nullptr; ///< That call.
  /// MissingHeader: the rule broken, and where the response is sent (an
  /// invalid location: when the function returns).
  const HeaderRule *Rule = nullptr;
  SourceLocation SentLoc;
  bool SentAtExit = false;
  /// The header is there with an empty value, which the rule does not take.
  bool EmptyHeader = false;
  /// PairedReasonMismatch: the phrase sent.
  llvm::StringRef Reason;
};

/// Analyses the body of `Function` with the models `Api` looks up, following
/// calls of the project's functions through `Summaries` (if given); returns
/// each violation once, in source order. `CalledInUnit` says whether code
/// of the unit calls `Function`, so that the responses its callers hold are
/// not sent when it returns (asked only when it matters).
std::vector<Violation>
analyzeResponseFlow(const FunctionDecl &Function, ASTContext &Ctx,
                    const ApiLookup &Api, HelperSummaries *Summaries = nullptr,
                    llvm::function_ref<bool()> CalledInUnit = nullptr);

/// The summary of `Definition`: what each of its paths does to the objects
/// its callers can see. Nothing when it cannot be told in full (too many
/// paths, too long a loop): such a helper is not followed.
std::optional<HelperSummary>
summarizeResponseFlow(const FunctionDecl &Definition, ASTContext &Ctx,
                      HelperSummaries &Summaries);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEFLOW_H
