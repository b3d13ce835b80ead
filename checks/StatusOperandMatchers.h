//===--- StatusOperandMatchers.h - http-tidy --------------------*- C++ -*-===//
//
// The matchers of the checks that look at numbers in status positions: a
// number literal (bound as "literal") that is a direct operand of an
// assignment, a call, a construction or an explicit cast (bound as
// "parent"), or an arm of a conditional operand (`quiet ? 204 : 200`).
// StatusPositions then decides whether the operand is a status position.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_STATUSOPERANDMATCHERS_H
#define HTTP_TIDY_STATUSOPERANDMATCHERS_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::http {

/// With `Comparisons`, the operands of `==` and `!=` too.
inline void
addStatusOperandMatchers(ast_matchers::MatchFinder &Finder,
                         ast_matchers::MatchFinder::MatchCallback *Check,
                         bool Comparisons) {
  using namespace ast_matchers;
  // Matched from the operator down to the literal: the status positions
  // are all direct operands, so no parent map is needed. The location test
  // comes first: it is the cheap one, and most statements of a translation
  // unit are in system headers. One matcher per node kind, so that the
  // finder only tries each on the statements of that kind.
  auto Literal = ignoringParenImpCasts(integerLiteral().bind("literal"));
  auto InUserCode = unless(isExpansionInSystemHeader());
  auto Operand =
      forEach(expr(anyOf(Literal, ignoringParenImpCasts(conditionalOperator(
                                      eachOf(hasTrueExpression(Literal),
                                             hasFalseExpression(Literal)))))));
  // Except for binary operators: the begin location of `a + b + ... + z`
  // is found by walking down its left operands, so testing it on every
  // operator of a long chain is quadratic. The operator name is cheaper.
  if (Comparisons)
    Finder.addMatcher(
        binaryOperator(hasAnyOperatorName("=", "==", "!="), InUserCode, Operand)
            .bind("parent"),
        Check);
  else
    Finder.addMatcher(binaryOperator(hasOperatorName("="), InUserCode, Operand)
                          .bind("parent"),
                      Check);
  Finder.addMatcher(callExpr(InUserCode, Operand).bind("parent"), Check);
  Finder.addMatcher(cxxConstructExpr(InUserCode, Operand).bind("parent"),
                    Check);
  Finder.addMatcher(explicitCastExpr(InUserCode, Operand).bind("parent"),
                    Check);
}

} // namespace clang::tidy::http

#endif // HTTP_TIDY_STATUSOPERANDMATCHERS_H
