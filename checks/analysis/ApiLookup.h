//===--- ApiLookup.h - http-tidy --------------------------------*- C++ -*-===//
//
// Answers "which framework API is this?" for AST nodes, using the models in
// effect (model/ModelSet.h). Every question the analysis and the checks ask
// about a framework goes through here.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_APILOOKUP_H
#define HTTP_TIDY_ANALYSIS_APILOOKUP_H

#include "../model/FrameworkModel.h"
#include "../model/ModelSet.h"
#include "HeaderRules.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>

namespace clang::tidy::http {

/// A reference or pointer type: through it, a function reaches an object
/// it does not own.
inline bool isPointerOrReference(QualType T) {
  return T->isReferenceType() || T->isPointerType();
}

/// One value a status expression may take, and the conditions (with the
/// truth each must have) under which it is the one taken.
struct StatusChoice {
  std::optional<unsigned> Value; ///< std::nullopt: not a constant.
  llvm::SmallVector<std::pair<const Expr *, bool>, 1> Conditions;
  /// When not a constant: the parameter whose value it is, through the
  /// framework's conversions (`res.result(code)`), if any.
  const ParmVarDecl *Param = nullptr;
  /// When not a constant: the variable of the function, a parameter too,
  /// whose value it is there; the path that reaches it may know the value.
  const VarDecl *Local = nullptr;
};

/// The model entries of one free function.
struct FunctionModel {
  const model::FrameworkModel *Framework = nullptr;
  llvm::SmallVector<const model::ApiEntry *, 4> Entries;
  explicit operator bool() const { return Framework != nullptr; }
  /// The entry with effect `What`, if the function has one.
  const model::ApiEntry *entry(model::Effect What) const;
};

/// The model entries of one call, and the object each acts on. A method
/// called on a tracked object acts on that object (its `Receiver`); any
/// other call (a free function, or a member function of a class the models
/// do not track, named by its qualified name) acts on the argument each
/// entry names.
struct CallModel : FunctionModel {
  const CallExpr *Call = nullptr;
  /// The tracked object a method is called on; null for a function.
  const Expr *Receiver = nullptr;
  /// The expression of the object `Entry` acts on: the receiver, or the
  /// argument it names. Null where it names none the call has.
  const Expr *objectOf(const model::ApiEntry &Entry) const;
  /// The object the call's entry with effect `What` acts on, if it has one.
  const Expr *objectFor(model::Effect What) const {
    const model::ApiEntry *Entry = entry(What);
    return Entry ? objectOf(*Entry) : nullptr;
  }
};

/// A data member reached from a tracked object through a path of members
/// (`r->headers_out.status`: the object `r`, the path `headers_out.status`).
struct FieldAccess {
  const model::FrameworkModel *Framework = nullptr;
  const Expr *Object = nullptr;
  std::string Path;
};

class ApiLookup {
public:
  /// `Rules`: the headers statuses require, whose presence the analysis
  /// tracks per response.
  explicit ApiLookup(std::shared_ptr<const model::ModelSet> Models,
                     std::vector<HeaderRule> Rules = builtinHeaderRules());

  /// The framework whose tracked type `T` names, looking through references
  /// and pointers; null when `T` is not a modelled type.
  const model::FrameworkModel *responseFramework(QualType T) const;

  /// The framework of the object a smart pointer of type `T` points to: a
  /// class template instantiated with a tracked type that overloads `->`
  /// (`std::shared_ptr<Response>`). Null for anything else.
  const model::FrameworkModel *smartPointerFramework(QualType T) const;
  /// The tracked type a smart pointer of type `T` points to; null for
  /// anything else.
  QualType smartPointee(QualType T) const;
  /// The framework of what a value of type `T` holds: a tracked object
  /// (`responseFramework`) or a smart pointer to one.
  const model::FrameworkModel *holderFramework(QualType T) const;

  /// Whether a function returns a tracked object of its own (by value, or
  /// as a smart pointer).
  bool returnsResponse(const FunctionDecl &FD) const;

  /// Whether a class holds a tracked object (or a smart pointer to one) as
  /// a member.
  bool holdsResponse(const CXXRecordDecl *Class) const;

  /// The name, as the model spells it, of the tracked type `T` names; empty
  /// when `T` is not one.
  llvm::StringRef trackedTypeName(QualType T) const;

  /// The framework of the object an expression denotes, looking through
  /// derived-to-base conversions (Beast's status members live in the
  /// `header` base of `message`).
  const model::FrameworkModel *objectFramework(const Expr *Object) const;

  /// What the models say about the free function `FD`.
  FunctionModel functionModel(const FunctionDecl *FD) const;

  /// The member path `ME` reaches from the nearest tracked object under it,
  /// at most a few members deep.
  std::optional<FieldAccess> fieldAccess(const MemberExpr *ME) const;

  /// The entry with effect `What` of the field `Access` reaches, if any.
  const model::ApiEntry *fieldEntry(const FieldAccess &Access,
                                    model::Effect What) const;

  /// What the models say about the call `Call`: the entries of the method
  /// of a tracked object it calls, else of the function it calls.
  CallModel callModel(const CallExpr *Call) const;

  /// The `callback` entry with effect `What` for a callable given an
  /// argument of type `Argument` (a tracked object, or a smart pointer to
  /// one), if any.
  const model::ApiEntry *callbackEntry(QualType Argument,
                                       model::Effect What) const;

  /// The parameters of `FD` whose object's status its return value is (a
  /// `returns` entry of the parameter's type), with their framework.
  llvm::SmallVector<
      std::pair<const ParmVarDecl *, const model::FrameworkModel *>, 1>
  statusReturns(const FunctionDecl &FD) const;

  /// The header a header-name argument names, in lower case: a string
  /// ("Location"), an enumerator (`field::www_authenticate`), a constant
  /// holding one, or a declaration, class or macro the models list in
  /// `header-names` (HeaderNames.cpp).
  std::optional<std::string> headerName(const Expr *Name,
                                        const ASTContext &Ctx) const;
  /// The header a type names through `header-names` (a template argument,
  /// or the class of a header object).
  std::optional<std::string> headerType(QualType T) const;
  /// The same, where only a framing header matters.
  std::optional<model::Framing> framingHeaderName(const Expr *Name,
                                                  const ASTContext &Ctx) const;
  std::optional<model::Framing> framingHeaderType(QualType T) const;

  /// The rules of the headers statuses require.
  llvm::ArrayRef<HeaderRule> headerRules() const { return Rules; }
  /// The bit of a header (lower case) whose presence the analysis tracks
  /// per response: one a rule names, and Content-Type where a rule looks
  /// at it; nothing for another.
  std::optional<unsigned> trackedHeader(llvm::StringRef Name) const;
  /// The bit of Content-Type, if it is tracked.
  std::optional<unsigned> contentTypeBit() const {
    return trackedHeader("content-type");
  }

  /// The framework whose status type `T` is (the target of a
  /// number-to-status cast), or null.
  const model::FrameworkModel *statusTypeFramework(QualType T) const;

  /// The constant value of a status expression, looking through the
  /// frameworks' number-to-status conversions, their named constants and
  /// their status objects built from a number.
  std::optional<unsigned> evaluateStatus(const Expr *E, const ASTContext &Ctx,
                                         unsigned Depth = 0) const;

  /// The values a status expression may take: one per arm of a (nested)
  /// conditional expression.
  llvm::SmallVector<StatusChoice, 2>
  evaluateStatusChoices(const Expr *E, const ASTContext &Ctx) const;

  /// The parameter a status expression is, through the framework's
  /// conversions and casts (`static_cast<status>(code)`), if it is one.
  const ParmVarDecl *statusParameter(const Expr *E, unsigned Depth = 0) const;
  /// The same for a variable of the function's own (a parameter, or a
  /// local one that is no reference).
  const VarDecl *statusVariable(const Expr *E, unsigned Depth = 0) const;

  /// Whether `FD` is a framework's own code rather than the project's: a
  /// member of a tracked type, or a function in a namespace the models
  /// name. Such code is described by the models, never followed.
  bool isFrameworkCode(const FunctionDecl &FD) const;

  /// Entries that the declarations of the translation unit contradict: an
  /// argument index past the parameters of every overload of the function,
  /// method or constructor named. One positioned message each.
  std::vector<std::string> contradictions(ASTContext &Ctx) const;

  /// Every model in effect.
  llvm::ArrayRef<std::shared_ptr<const model::FrameworkModel>> models() const {
    return Models->Models;
  }

private:
  const std::pair<llvm::StringRef, const model::FrameworkModel *> *
  trackedType(QualType T) const;

  template <typename T>
  using ByLastName = llvm::StringMap<llvm::SmallVector<T, 1>>;
  std::shared_ptr<const model::ModelSet> Models;
  /// Indexes by the last component of the qualified name, the cheap test
  /// that comes first: this runs for every expression of class type.
  ByLastName<std::pair<llvm::StringRef, const model::FrameworkModel *>> Types;
  ByLastName<std::pair<llvm::StringRef, const model::FrameworkModel *>>
      StatusTypes;
  ByLastName<std::pair<const model::FrameworkModel *, const model::ApiEntry *>>
      Functions;
  /// The codes of the models' named constants, by qualified name (without
  /// the `()` of a function).
  llvm::StringMap<unsigned> NamedValues;
  /// `header-names`: declaration, class or macro name -> header name.
  llvm::StringMap<std::string> HeaderNames;
  std::vector<HeaderRule> Rules;
  llvm::StringMap<unsigned> TrackedHeaders;
  /// The outermost namespaces of the models' types and functions.
  llvm::StringSet<> FrameworkNamespaces;
};

/// The declarations a qualified name names in the translation unit, looked
/// up one scope (namespace, class) at a time.
llvm::SmallVector<const NamedDecl *, 2>
lookupQualifiedName(llvm::StringRef QualifiedName, ASTContext &Ctx);

/// The first entry of `FM` at `Where` named `Name` with effect `What` (and,
/// given `Callee`, that applies to that overload).
const model::ApiEntry *findEntry(const model::FrameworkModel &FM,
                                 model::Site Where, llvm::StringRef Name,
                                 model::Effect What,
                                 const FunctionDecl *Callee = nullptr);

/// Whether `Entry` describes the overload `Callee`: always, unless it
/// names its parameter types (`params`).
bool entryAppliesTo(const model::ApiEntry &Entry, const FunctionDecl *Callee);

/// The last component of a qualified name: `write` for
/// `boost::beast::http::write`.
llvm::StringRef lastComponent(llvm::StringRef QualifiedName);

/// Skips what does not change which value or object an expression denotes:
/// parentheses, implicit conversions, temporaries, std::move/std::forward.
const Expr *skipTransparent(const Expr *E);

/// The member path `ME` reads (`headers_out.status` of
/// `r->headers_out.status`) from the nearest base that `Owner` gives a
/// framework for, at most four members deep: deep enough for
/// `r->headers_out.content_length_n`, and for C structs that nest one more
/// level. `Owner(Member)` returns the framework of `Member`'s base and the
/// expression that stands for that base (the base as written, or what a
/// spelling of it stands for); the walk goes on into that expression.
template <typename OwnerOf>
std::optional<FieldAccess> memberPath(const MemberExpr *ME, OwnerOf Owner) {
  constexpr unsigned MaxDepth = 4;
  std::string Path;
  for (unsigned Depth = 0; ME && Depth < MaxDepth; ++Depth) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field || !Field->getDeclName().isIdentifier())
      return std::nullopt;
    Path = Path.empty() ? Field->getName().str()
                        : (Field->getName() + "." + Path).str();
    auto [Framework, Base] = Owner(ME);
    if (Framework)
      return FieldAccess{Framework, Base, std::move(Path)};
    ME = dyn_cast<MemberExpr>(skipTransparent(Base));
  }
  return std::nullopt;
}

/// The framing header a lower-case header name is, if it is one.
std::optional<model::Framing> framingOf(llvm::StringRef HeaderName);
/// The lower-case name of a framing header.
llvm::StringRef headerNameOf(model::Framing F);

/// The declaration a constant expression names: a variable, an enumerator,
/// or a function called without arguments.
const NamedDecl *namedConstant(const Expr *E);

/// Looks through the wrappers that build a string or an optional from its
/// source value, so that the source literal can be inspected.
const Expr *skipValueWrappers(const Expr *E);

/// The string literal an argument is, through the conversions that build a
/// string from it; null for anything else.
const StringLiteral *asStringLiteral(const Expr *E);

/// The text of a string literal argument (through the conversions that
/// build a string from it), if it is one.
std::optional<llvm::StringRef> literalText(const Expr *E);

/// True when a content argument is provably empty: "", an empty or
/// default-constructed string, a null pointer, or a zero size argument.
bool isEmptyContent(const Expr *Content, const Expr *Size,
                    const ASTContext &Ctx);

/// Whether an optional-typed argument is empty (boost::none, std::nullopt,
/// `{}`), which makes Beast's content_length() remove the header.
bool isEmptyOptional(const Expr *E);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_APILOOKUP_H
