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
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace clang::tidy::http {

class ApiLookup;

struct Violation {
  enum Kind { ContentOnNoContent, FramingOnNoContent };
  Kind K;
  const Stmt *At;       ///< The content or header write.
  const Stmt *StatusAt; ///< Where the forbidding status was set.
  unsigned Status;
  model::Framing Header; ///< For FramingOnNoContent.
  llvm::StringRef Via;   ///< Call that set the header implicitly, if any.
  /// Where to report: the start of `At` and `StatusAt`, or a place inside
  /// them (the header line of protocol text the handler writes itself).
  SourceLocation Loc, StatusLoc;
};

/// Analyses the body of `Function` with the models `Api` looks up; returns
/// each violation once, in source order.
std::vector<Violation> analyzeResponseFlow(const FunctionDecl &Function,
                                           ASTContext &Ctx,
                                           const ApiLookup &Api);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEFLOW_H
