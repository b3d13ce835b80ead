//===--- StableConditions.h - http-tidy -------------------------*- C++ -*-===//
//
// Branch conditions on variables that a function never changes after their
// initialisation. A path that took `if (quiet)` one way takes every later
// `if (quiet)` or `if (!quiet)` the matching way; the flow analysis uses
// this to skip paths that cannot happen. Also the variables whose every
// change the function's CFG shows, whose value a path can follow.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_STABLECONDITIONS_H
#define HTTP_TIDY_ANALYSIS_STABLECONDITIONS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <utility>

namespace clang {
class ParentMap;
} // namespace clang

namespace clang::tidy::http {

class StableConditions {
public:
  StableConditions(const Stmt *Body, const ParentMap &Parents);

  /// The variable a condition tests and the value the variable's truth
  /// takes when the condition holds: `quiet` gives (quiet, true), `!quiet`
  /// gives (quiet, false). Nothing for any other condition.
  std::optional<std::pair<const VarDecl *, bool>>
  decompose(const Expr *Condition) const;

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
