//===--- ApiLookup.h - http-tidy --------------------------------*- C++ -*-===//
//
// Answers "which framework API is this?" for AST nodes, using the tables in
// model/. Every question the analysis and the checks ask about a framework
// goes through here.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_APILOOKUP_H
#define HTTP_TIDY_ANALYSIS_APILOOKUP_H

#include "../model/FrameworkModel.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::http {

/// A reference or pointer type: through it, a function reaches an object
/// it does not own.
inline bool isPointerOrReference(QualType T) {
  return T->isReferenceType() || T->isPointerType();
}

/// The framework whose response type `T` names, looking through references
/// and pointers; null when `T` is not a modelled response.
const model::FrameworkModel *responseFramework(QualType T);

/// The framework of the response an object expression denotes, looking
/// through derived-to-base conversions (Beast's status members live in the
/// `header` base of `message`).
const model::FrameworkModel *objectFramework(const Expr *Object);

/// The entries of `FM` at `Where` named `Name` with effect `What`.
const model::ApiEntry *findEntry(const model::FrameworkModel &FM,
                                 model::Site Where, llvm::StringRef Name,
                                 model::Effect What);

/// A free function entry with effect `What` that `FD` is, and its framework.
std::pair<const model::FrameworkModel *, const model::ApiEntry *>
findFunctionEntry(const FunctionDecl *FD, model::Effect What);

/// The framework whose status type `T` is (the target of a number-to-status
/// cast), or null.
const model::FrameworkModel *statusTypeFramework(QualType T);

/// Skips what does not change which value or object an expression denotes:
/// parentheses, implicit conversions, temporaries, std::move/std::forward.
const Expr *skipTransparent(const Expr *E);

/// The constant value of a status expression, looking through the
/// frameworks' number-to-status conversions.
std::optional<unsigned> evaluateStatus(const Expr *E, const ASTContext &Ctx);

/// One value a status expression may take, and the conditions (with the
/// truth each must have) under which it is the one taken.
struct StatusChoice {
  std::optional<unsigned> Value; ///< std::nullopt: not a constant.
  llvm::SmallVector<std::pair<const Expr *, bool>, 1> Conditions;
};

/// The values a status expression may take: one per arm of a (nested)
/// conditional expression.
llvm::SmallVector<StatusChoice, 2> evaluateStatusChoices(const Expr *E,
                                                         const ASTContext &Ctx);

/// True when a content argument is provably empty: "", an empty or
/// default-constructed string, a null pointer, or a zero size argument.
bool isEmptyContent(const Expr *Content, const Expr *Size,
                    const ASTContext &Ctx);

/// The framing header a header-name argument names ("Content-Length",
/// field::transfer_encoding, or a constant holding one), if it names one.
std::optional<model::Framing> framingHeaderName(const Expr *Name);

/// Whether an optional-typed argument is empty (boost::none, std::nullopt,
/// `{}`), which makes Beast's content_length() remove the header.
bool isEmptyOptional(const Expr *E);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_APILOOKUP_H
