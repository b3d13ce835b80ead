//===--- ResponseEvents.h - http-tidy ---------------------------*- C++ -*-===//
//
// Turns the statements of one function into events on response objects:
// "status of `res` set to 204 here", "content written to `res` here", ...
// The flow analysis (ResponseFlow.h) replays these along CFG paths.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RESPONSEEVENTS_H
#define HTTP_TIDY_ANALYSIS_RESPONSEEVENTS_H

#include "../model/FrameworkModel.h"
#include "ApiLookup.h"
#include "ResponseObjects.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>
#include <optional>

namespace clang {
class ParentMap;
class FunctionDecl;
} // namespace clang

namespace clang::tidy::http {

struct HelperSummary;
class HelperSummaries;

/// How a call of one of the project's functions binds what its summary
/// speaks of to the caller's objects.
struct CallBinding {
  const HelperSummary *Summary = nullptr;
  /// Per parameter: the argument, and the object it denotes, if any.
  llvm::SmallVector<const Expr *, 4> Args;
  llvm::SmallVector<std::optional<ObjectKey>, 4> Objects;
  /// The object the call is made on, whose members the helper's `*this`
  /// members are; unset when it is the caller's own `*this`.
  std::optional<ObjectKey> Base;
  /// False when the call's object cannot be told: its members are unknown.
  bool BaseKnown = true;
  /// The object the returned response becomes, if it is kept.
  std::optional<ObjectKey> Result;
};

struct ResponseEvent {
  enum Kind {
    Reset,          ///< A fresh response (declaration, assignment).
    ResetUnknown,   ///< Replaced by a response of unknown state.
    CopyFrom,       ///< Replaced by a copy of `Source`.
    SetStatus,      ///< Status set to one of `Statuses` (a conditional
                    ///< expression gives one per arm; empty: unknown).
    WriteBody,      ///< Content written.
    AddContentFrom, ///< The content of `Source` (a buffer) added.
    ClearBody,      ///< Content removed.
    SetFraming,     ///< `Header` set; `Via` names an implicit setter.
    ClearFraming,   ///< `Header` removed.
    PreparePayload, ///< Content-Length computed; the status is checked now.
    Send,           ///< The response leaves the function here.
    Escape,         ///< Handed to unknown code that may change it.
    RawText,        ///< `Text` appended: content, or protocol text that
                    ///< the handler writes itself (a status line...).
    Call,           ///< A call of a project's function: each outcome of
                    ///< its summary, bound by `Binding`, is a path.
    AssignLocal,    ///< The variable `Local` given one of `Statuses`
                    ///< (empty: a value not followed); no object.
    SetHeaders,     ///< The tracked headers of `Headers` set (ApiLookup::
                    ///< trackedHeader); `EmptyValue`: to an empty value.
    RemoveHeaders,  ///< The tracked headers of `Headers` removed.
    UnknownHeaders, ///< Headers set that cannot be told: any tracked one
                    ///< may be set from here.
    SetReason,      ///< The reason phrase set to `ReasonText` (empty: not
                    ///< known); the code stays.
  };
  /// What a SetStatus does to the reason phrase.
  enum ReasonChange : uint8_t {
    ReasonUnknown, ///< Not followed: unknown from here.
    ReasonOfCode,  ///< The code's own phrase.
    ReasonGiven,   ///< `ReasonText`, a phrase the handler wrote.
    ReasonKept,    ///< The phrase set before stays.
  };
  Kind K;
  ObjectKey Object;
  const Stmt *At = nullptr;
  /// The values a SetStatus may store, one per path through a conditional
  /// expression.
  llvm::SmallVector<StatusChoice, 2> Statuses;
  model::Framing Header = model::Framing::ContentLength;
  llvm::StringRef Via;
  ObjectKey Source;
  /// For RawText: the literal written, and how much of it.
  const StringLiteral *Text = nullptr;
  unsigned TextLength = 0;
  /// SetFraming: the byte of `At` (a string literal of header lines) where
  /// the header's line starts.
  unsigned Byte = 0;
  /// The call, in the function analysed, through which a helper did this
  /// (`At` is then in the helper).
  const Stmt *Through = nullptr;
  /// SetStatus through `Through`: the status is that call's argument.
  bool StatusFromCaller = false;
  /// SetStatus: only where the path has set none before.
  bool IfUnset = false;
  /// WriteBody: the content is this parameter of the function analysed
  /// (its text, and its length if one is given), so a caller that passes
  /// empty content writes none. With `ReplacesContent`, the writer is a
  /// setter: empty content clears what was there.
  const ParmVarDecl *ContentParam = nullptr;
  bool ReplacesContent = false;
  /// SetHeaders, RemoveHeaders: the bits of the tracked headers.
  uint64_t Headers = 0;
  bool EmptyValue = false;
  /// SetHeaders of Content-Type: the value may be multipart/byteranges.
  bool MaybeByteranges = false;
  /// SetStatus, SetReason: the reason phrase.
  ReasonChange Reason = ReasonUnknown;
  llvm::StringRef ReasonText;
  const CallBinding *Binding = nullptr; ///< For Call.
  const VarDecl *Local = nullptr;       ///< For AssignLocal.
};

/// The SetHeaders (or RemoveHeaders) event of the tracked header `Name`
/// (lower case), whose bit is `Bit`, set to `Value` (nothing: not known).
ResponseEvent trackedHeaderEvent(bool Set, unsigned Bit, llvm::StringRef Name,
                                 std::optional<llvm::StringRef> Value,
                                 ObjectKey Key, const Stmt *At);

/// Finds response objects and events in one function body.
class ResponseEventExtractor {
public:
  /// `Summaries`, if given, follows calls of the project's own functions.
  ResponseEventExtractor(ResponseObjects Objects, ASTContext &Ctx,
                         const ParentMap &Parents,
                         HelperSummaries *Summaries = nullptr);

  /// The response objects of the function.
  const ResponseObjects &objects() const { return Objects; }

  /// Appends the events the CFG element `S` causes, in evaluation order.
  void extract(const Stmt *S, llvm::SmallVectorImpl<ResponseEvent> &Out);

private:
  void extractDecl(const VarDecl *VD,
                   llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A value given to a variable that may hold a status: its declaration,
  /// an assignment, an increment. False when `S` gives none.
  bool extractLocalAssignment(const Stmt *S,
                              llvm::SmallVectorImpl<ResponseEvent> &Out);
  void extractInit(ObjectKey Key, const Expr *Init, const Stmt *At,
                   llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A construction of a tracked type that is no declared variable's
  /// initialiser: a temporary response (`return Response(204);`).
  bool isTemporaryResponse(const CXXConstructExpr *Construct) const;
  void extractConstruction(ObjectKey Key, const CXXConstructExpr *Construct,
                           llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A handler's return value that is the status of its request.
  void extractReturnedStatus(const ReturnStmt *Return,
                             llvm::SmallVectorImpl<ResponseEvent> &Out);
  void extractMemberAccess(const Expr *Access, ObjectKey Key,
                           const model::ApiEntry &Entry,
                           llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A method call: a modelled call, or a write to a stream on an object.
  void extractMemberCall(const CXXMemberCallExpr *Call,
                         llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The events of a call the models describe (ApiLookup::callModel): on
  /// the object it creates, or on the object each entry acts on.
  void extractModelledCall(const CallModel &Model,
                           llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The events of one effect of a call on the object `Key`; `Args` are the
  /// call's arguments as the model counts them.
  void extractEffect(const model::ApiEntry &Entry, ObjectKey Key,
                     const Expr *Call, llvm::ArrayRef<const Expr *> Args,
                     llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The header a set-header or remove-header call names, in lower case;
  /// nothing when it cannot be read.
  std::optional<std::string>
  headerNamed(const model::ApiEntry &Entry, const Expr *Call,
              llvm::ArrayRef<const Expr *> Args) const;
  /// The events of setting (or removing) the header `Name` (nothing: a
  /// name that cannot be read) to `Value` (nothing: not known).
  void extractHeader(bool Set, const std::optional<std::string> &Name,
                     std::optional<llvm::StringRef> Value, ObjectKey Key,
                     const Stmt *At, unsigned Byte,
                     llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A use of a tracked object that no model entry describes and that may
  /// change it (`res.headers.emplace(...)`): the headers it has are not
  /// known from here.
  void extractUnmodelledUse(const Expr *Use, ObjectKey Key,
                            llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// Content written into a stream on the object `Key`.
  void extractStreamWrite(ObjectKey Key, const Expr *At, const Expr *Content,
                          const Expr *Size,
                          llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The parameter of the function analysed that is the whole content
  /// written, with `Size` its length or none; null if there is none.
  const ParmVarDecl *contentParameter(const Expr *Content,
                                      const Expr *Size) const;
  void extractContent(const model::ApiEntry &Entry, ObjectKey Key,
                      const Expr *Call, const Expr *Content, const Expr *Size,
                      llvm::SmallVectorImpl<ResponseEvent> &Out);
  void extractCallArguments(const CallExpr *Call,
                            llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The framing headers a `lines` or `list` argument sets.
  void extractHeaderSet(const model::ApiEntry &Entry, ObjectKey Key,
                        llvm::ArrayRef<const Expr *> Args,
                        llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A callable object given a tracked object (`callback(resp)`): the
  /// models' `callback` entries. False when none applies.
  bool extractCallbackCall(const CallExpr *Call,
                           llvm::SmallVectorImpl<ResponseEvent> &Out);
  void extractConstructArguments(const CXXConstructExpr *Construct,
                                 llvm::SmallVectorImpl<ResponseEvent> &Out);
  void extractArgument(const Expr *Arg, QualType ParamType, const Stmt *At,
                       llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// A call of one of the project's functions that has a summary: its
  /// Call event. False when the call is not followed.
  bool extractHelperCall(const CallExpr *Call,
                         llvm::SmallVectorImpl<ResponseEvent> &Out);
  /// The summarised call whose returned response `E` is, if any.
  const CallExpr *helperResult(const Expr *E) const;
  /// The object a call's returned response becomes: a declared variable, the
  /// left side of an assignment, or a temporary.
  std::optional<ObjectKey> resultObject(const CallExpr *Call) const;
  const Expr *usingParent(const Expr *E) const;
  const ApiLookup &api() const { return Objects.api(); }

  ASTContext &Ctx;
  const ParentMap &Parents;
  ResponseObjects Objects;
  HelperSummaries *Summaries;
  std::deque<CallBinding> Bindings;
  /// Parameters whose object's status the function's return value is.
  llvm::SmallVector<const ParmVarDecl *, 1> StatusReturns;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEEVENTS_H
