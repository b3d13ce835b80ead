//===--- StableConditions.h - http-tidy -------------------------*- C++ -*-===//
//
// Branch conditions on variables that a function never changes after their
// initialisation. A path that took `if (quiet)` one way takes every later
// `if (quiet)` or `if (!quiet)` the matching way; the flow analysis uses
// this to skip paths that cannot happen. The same holds of comparisons of
// such a variable with a constant (`status == 204`, `case 204:`): a path
// that took one keeps only the values it admits. Also the variables whose
// every change the function's CFG shows, whose value a path can follow.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_STABLECONDITIONS_H
#define HTTP_TIDY_ANALYSIS_STABLECONDITIONS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>

namespace clang {
class ParentMap;
} // namespace clang

namespace clang::tidy::http {

/// A test of an integer value against a constant, in one of two forms:
/// whether it equals `Constant`, or is below it; `Holds` is the outcome
/// (`s != 204` is `s == 204` failing, `s >= 300` is `s < 300` failing).
struct ValueTest {
  enum Kind : uint8_t { Equal, Below };
  Kind K = Equal;
  int64_t Constant = 0;
  bool Holds = true;

  bool admits(int64_t Value) const {
    return (K == Equal ? Value == Constant : Value < Constant) == Holds;
  }
  ValueTest negated() const { return {K, Constant, !Holds}; }
  auto tied() const { return std::tie(K, Constant, Holds); }
  bool operator<(const ValueTest &O) const { return tied() < O.tied(); }
  bool operator==(const ValueTest &O) const { return tied() == O.tied(); }
  bool operator!=(const ValueTest &O) const { return !(*this == O); }
};

/// Whether some integer passes all of `Tests`.
bool satisfiable(llvm::ArrayRef<ValueTest> Tests);

/// A condition that compares an expression with a constant: it holds
/// exactly when `Test` holds for the value of `Subject`.
struct Comparison {
  const Expr *Subject; ///< Without parentheses and implicit conversions.
  ValueTest Test;
};

class StableConditions {
public:
  StableConditions(const Stmt *Body, const ParentMap &Parents);

  /// The variable a condition tests and the value the variable's truth
  /// takes when the condition holds: `quiet` gives (quiet, true), `!quiet`
  /// gives (quiet, false). Nothing for any other condition.
  std::optional<std::pair<const VarDecl *, bool>>
  decompose(const Expr *Condition) const;

  /// The comparison of an integer (or enumeration) with a constant a
  /// condition makes: `s == 204`, `204 != s`, `s < 300`, `!(s >= 200)`.
  /// Nothing for any other condition.
  std::optional<Comparison> compare(const Expr *Condition,
                                    const ASTContext &Ctx) const;

  /// The variable `E` reads, if the function never changes it after its
  /// initialisation (a parameter: its value is the caller's argument).
  const VarDecl *stableVariable(const Expr *E) const;
  bool isStable(const VarDecl *VD) const;

  /// Whether `VD` changes only by assignments, increments and decrements
  /// of it by name: no pointer or non-const reference to it, no lambda
  /// capturing it by reference, could change it behind the path's back.
  bool writtenOnlyByName(const VarDecl *VD) const {
    return !ChangedIndirectly.count(VD);
  }

private:
  void collectWrites(const Stmt *S, const ParentMap &Parents);
  /// Variables used other than by reading their value.
  llvm::DenseSet<const VarDecl *> Changed;
  /// Variables used other than by reading their value or by assigning,
  /// incrementing or decrementing them.
  llvm::DenseSet<const VarDecl *> ChangedIndirectly;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STABLECONDITIONS_H
