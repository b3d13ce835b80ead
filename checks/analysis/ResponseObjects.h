//===--- ResponseObjects.h - http-tidy -------------------------*- C++ -*-===//
//
// Which tracked object an expression denotes inside one function: a
// variable, through every reference or pointer bound to it once (and through
// handles on its parts), a member of a variable or of `*this`, or the object
// a factory call creates. Two responses are two objects. What shape an
// expression has (ObjectExpressions.h) is told once; this adds what the
// function's bindings say of its variables.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H
#define HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H

#include "ApiLookup.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <tuple>

namespace clang::tidy::http {

/// Identifies one tracked object inside a function: a variable (through
/// any reference or pointer bound to it), a member of a variable or of
/// `*this`, or the object a factory call returns.
struct ObjectKey {
  enum RootKind : uint8_t {
    Variable,  ///< Root is the VarDecl.
    This,      ///< Root is null: `*this`.
    Temporary, ///< Root is the factory's call or the temporary's
               ///< construction.
  };
  RootKind Kind = Variable;
  const void *Root = nullptr;
  const ValueDecl *Member = nullptr; ///< Field of Root, if any.
  static ObjectKey variable(const VarDecl *VD) {
    return {Variable, VD->getCanonicalDecl(), nullptr};
  }
  auto tied() const { return std::tie(Kind, Root, Member); }
  bool operator<(const ObjectKey &O) const { return tied() < O.tied(); }
  bool operator==(const ObjectKey &O) const { return tied() == O.tied(); }
};

class ResponseObjects {
public:
  ResponseObjects(const FunctionDecl &Function, const ApiLookup &Api);

  /// True if the body mentions any modelled object.
  bool any() const { return HasResponses; }

  /// Resolves an expression of a tracked type, or a handle on a part of
  /// one, to the object it denotes.
  std::optional<ObjectKey> resolve(const Expr *E) const;
  /// The object a variable denotes (itself, or what it is bound to).
  std::optional<ObjectKey> resolveVariable(const VarDecl *VD) const;

  /// Whether the response is visible to the caller when the function returns
  /// (a reference or pointer parameter, a member of `*this`, a captured or
  /// global object): the framework sends it after the handler returns.
  bool isVisibleAtExit(const ObjectKey &Key) const;

  /// The factory call `E` is, if it is one: it creates a new object.
  const CallExpr *asCreation(const Expr *E) const;
  /// Whether `E` names a local smart pointer that holds what a call
  /// returns: each time it is assigned, it is given an object no other
  /// name shares.
  bool isReassignedPointer(const Expr *E) const;
  /// The object whose content a stream expression writes: a call that
  /// opens a stream on it, a variable initialised with one, or an insertion
  /// into one (`res.send() << a << b`).
  std::optional<ObjectKey> streamTarget(const Expr *E) const;
  /// Whether `E` calls a function returning a handle on a part of an object.
  bool isHandle(const Expr *E) const;
  /// Whether `E` is a handle: such a call, or a variable holding one.
  bool isHandleValue(const Expr *E) const;
  /// The member path `ME` reaches from a handle (`h->key.data`, also
  /// written `(&h->key)->data`), and the handle's framework.
  std::optional<FieldAccess> handleFieldAccess(const MemberExpr *ME) const;

  const ApiLookup &api() const { return Api; }
  const FunctionDecl &function() const { return Function; }

private:
  void noteHandleAssignment(const VarDecl *VD, const BinaryOperator *Assign);
  /// Whether the variable holds a handle where it is used: the one it was
  /// declared with, or every one it is assigned is on the same object.
  bool holdsHandle(const VarDecl *VD) const;
  /// The framework of the handle `E` is, or null.
  const model::FrameworkModel *handleFramework(const Expr *E) const;
  void collectAliases(const Stmt *S);
  /// A pointer given a new object while another variable still stands for
  /// the old one (or it stands for another object itself) is not followed.
  void forgetSharedReassignments();
  /// Whether the smart pointer `VD` holds only what this function's calls
  /// give it: a factory's object in its initialiser, or nothing there and
  /// one by each assignment.
  bool ownsCreatedObject(const VarDecl *VD) const;

  const FunctionDecl &Function;
  const ApiLookup &Api;
  /// References and pointers bound once to a known response object.
  llvm::DenseMap<const VarDecl *, ObjectKey> Aliases;
  /// Variables holding a handle on a part of an object.
  llvm::DenseSet<const VarDecl *> HandleVariables;
  /// The framework of each handle a variable holds.
  llvm::DenseMap<const VarDecl *, const model::FrameworkModel *>
      HandleFrameworks;
  /// Pointers assigned after their declaration, and the object they stand
  /// for while every value they get is a handle on that one object (none
  /// once they get anything else).
  llvm::DenseMap<const VarDecl *, std::optional<ObjectKey>> AssignedHandles;
  /// Variables holding a stream on an object's content.
  llvm::DenseMap<const VarDecl *, ObjectKey> StreamVariables;
  /// Pointers re-seated after their declaration: their target is unknown.
  llvm::DenseSet<const VarDecl *> Reseated;
  /// Local pointers assigned the result of a call (a smart one) or of a
  /// factory (a raw one) after their declaration.
  llvm::DenseSet<const VarDecl *> Reassigned;
  bool HasResponses = false;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEOBJECTS_H
