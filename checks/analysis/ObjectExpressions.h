//===--- ObjectExpressions.h - http-tidy ------------------------*- C++ -*-===//
//
// What an expression is to the tracking of objects, told from its shape and
// the models alone: a new object, a variable, a member, or a way of reaching
// the object another expression denotes (a handle, a dereference, a smart
// pointer, a copy, a builder's chain). Every question of which object an
// expression denotes starts here; ResponseObjects adds what the function's
// own bindings say (which variable stands for which object).
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_OBJECTEXPRESSIONS_H
#define HTTP_TIDY_ANALYSIS_OBJECTEXPRESSIONS_H

#include "ApiLookup.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::http {

struct ObjectExpression {
  enum Kind : uint8_t {
    /// Denotes no object the analysis follows.
    Unrelated,
    /// A call whose model creates an object (`create_response(s)`,
    /// `req->create_response()`): `Self` is a new object.
    Creation,
    /// A tracked type constructed anew (`Response(204)`): `Self` is a new
    /// object.
    Construction,
    /// A variable, `Var`: the object itself, or a reference or pointer
    /// bound to one.
    Variable,
    /// The field `Field` of the object `Inner` denotes, or of `*this` when
    /// `Inner` is null.
    Member,
    /// A handle on a part of the object `Inner` denotes: a call or a field
    /// the model marks (`evhttp_request_get_output_headers(req)`,
    /// `r->headers_out`). `Framework` is the handle's.
    Handle,
    /// The object `Inner` denotes, reached another way: `*p`, `&x`, a smart
    /// pointer's `->` or `*`, a copy or move, a functional cast, or a
    /// builder method that returns the object it was called on
    /// (`res->writeStatus(s)`).
    Through,
  };
  Kind K = Unrelated;
  /// The expression classified, without what skipTransparent skips.
  const Expr *Self = nullptr;
  const Expr *Inner = nullptr;
  const VarDecl *Var = nullptr;
  const FieldDecl *Field = nullptr;
  const model::FrameworkModel *Framework = nullptr;
};

/// Classifies `E`. A creation is told before a handle, and both before the
/// other shapes: a factory's call is a new object whatever it returns.
ObjectExpression classifyObject(const Expr *E, const ApiLookup &Api);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_OBJECTEXPRESSIONS_H
