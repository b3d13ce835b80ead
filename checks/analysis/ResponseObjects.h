//===--- ResponseObjects.h - http-tidy -------------------------*- C++ -*-===//
//
// Which response object an expression denotes inside one function: a
// variable, through every reference or pointer bound to it once, a member of
// a variable or of `*this`. Two responses are two objects.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H
#define HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <tuple>

namespace clang::tidy::http {

/// Identifies one response object inside a function: a variable (through
/// any reference or pointer bound to it), a member of a variable or of
/// `*this`.
struct ObjectKey {
  const void *Root = nullptr;        ///< VarDecl or the `this` marker.
  const ValueDecl *Member = nullptr; ///< Field of Root, if any.
  bool operator<(const ObjectKey &O) const {
    return std::tie(Root, Member) < std::tie(O.Root, O.Member);
  }
  bool operator==(const ObjectKey &O) const {
    return Root == O.Root && Member == O.Member;
  }
};

class ResponseObjects {
public:
  explicit ResponseObjects(const FunctionDecl &Function);

  /// True if the body mentions any modelled response object.
  bool any() const { return HasResponses; }

  /// Resolves an expression of response type to the object it denotes.
  std::optional<ObjectKey> resolve(const Expr *E) const;
  /// The object a variable denotes (itself, or what it is bound to).
  std::optional<ObjectKey> resolveVariable(const VarDecl *VD) const;

  /// Whether the response is visible to the caller when the function returns
  /// (a reference or pointer parameter, a member of `*this`, a captured or
  /// global object): the framework sends it after the handler returns.
  bool isVisibleAtExit(const ObjectKey &Key) const;

private:
  void collectAliases(const Stmt *S);

  const FunctionDecl &Function;
  /// References and pointers bound once to a known response object.
  llvm::DenseMap<const VarDecl *, ObjectKey> Aliases;
  /// Pointers re-seated after their declaration: their target is unknown.
  llvm::DenseSet<const VarDecl *> Reseated;
  bool HasResponses = false;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H
