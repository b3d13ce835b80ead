//===--- StatusPositions.h - http-tidy --------------------------*- C++ -*-===//
//
// Decides whether a number stands where a framework expects a status code:
// assigned to a status field, passed to a status setter or constructor,
// converted to the status type, or compared (==, !=, case) with a status
// getter. Ranges and arithmetic are not status positions.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_STATUSPOSITIONS_H
#define HTTP_TIDY_ANALYSIS_STATUSPOSITIONS_H

#include "../model/FrameworkModel.h"
#include "ApiLookup.h"
#include "HelperSummaries.h"
#include "clang/AST/Expr.h"
#include <optional>

namespace clang::tidy::http {

struct StatusPosition {
  const model::FrameworkModel *Framework;
  /// The expression a named constant replaces: the literal itself, or the
  /// whole conversion (`static_cast<status>(204)`, `int_to_status(204)`).
  const Expr *Replaced;
  /// The status getter compared with the literal, when it returns a plain
  /// integer; a scoped enum constant only compares with its typed twin.
  const Expr *IntegerGetter = nullptr;
  /// The typed getter to call instead (`result` for `result_int`), if any.
  llvm::StringRef TypedGetter;
  /// False when the constant would drop part of what `Replaced` says (the
  /// reason phrase of `Status(204, "Nothing")`): a warning without a fix.
  bool Fixable = true;
  /// The parameter type of the project's function the number is passed to
  /// (which passes it on as a status): a constant is a fix only if it
  /// converts to it.
  QualType HelperParameter;
};

/// Whether `Literal`, an operand of `Parent`, is in a status position.
/// `Parent` is the assignment, comparison, call, construction or cast whose
/// operand the literal is (through parentheses and implicit conversions),
/// the switch statement of a case label, or the return statement of
/// `Function`. With `Summaries`, an argument of a project's function that
/// becomes a status is a status position too.
std::optional<StatusPosition>
findStatusPosition(const IntegerLiteral &Literal, const Stmt &Parent,
                   const ApiLookup &Api, const FunctionDecl *Function = nullptr,
                   HelperSummaries *Summaries = nullptr);

/// The framework whose status setter `Call` calls with the status as
/// argument `Arg` (a number, or text such as "204 No Content"), or null.
const model::FrameworkModel *statusSetterOf(const CallExpr &Call, unsigned Arg,
                                            const ApiLookup &Api);

/// The framework whose appending writer `Call` calls with the content as
/// argument `Arg` (what a handler may write protocol text with), or null.
const model::FrameworkModel *
appendingWriterOf(const CallExpr &Call, unsigned Arg, const ApiLookup &Api);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STATUSPOSITIONS_H
