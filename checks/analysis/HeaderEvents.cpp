//===--- HeaderEvents.cpp - http-tidy -------------------------------------===//
//
// The events of the header setters the models describe: a header named by
// an argument, by a template argument, by header lines or by name-value
// pairs; and the uses of a response that may set headers no model
// describes.
//
//===----------------------------------------------------------------------===//

#include "RawMessage.h"
#include "ResponseEventsImpl.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::http {

std::optional<std::string>
ResponseEventExtractor::headerNamed(const ApiEntry &Entry, const Expr *Call,
                                    llvm::ArrayRef<const Expr *> Args) const {
  if (Entry.NameTemplateArg >= 0) {
    // `headers().add<Header::ContentLength>(n)`
    const auto *CE = dyn_cast<CallExpr>(Call);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    const TemplateArgumentList *Template =
        FD ? FD->getTemplateSpecializationArgs() : nullptr;
    const auto Index = static_cast<unsigned>(Entry.NameTemplateArg);
    if (!Template || Index >= Template->size() ||
        Template->get(Index).getKind() != TemplateArgument::Type)
      return std::nullopt;
    return api().headerType(Template->get(Index).getAsType());
  }
  if (Entry.NameArg < 0 || static_cast<size_t>(Entry.NameArg) >= Args.size())
    return std::nullopt;
  return api().headerName(Args[Entry.NameArg], Ctx);
}

/// The braced list of (name, value) pairs an argument is, written at the
/// call or as a local constant's initialiser; null for anything else.
static const InitListExpr *pairList(const Expr *E, unsigned Depth = 0) {
  E = skipTransparent(E);
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
    E = skipTransparent(List->getSubExpr());
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    return ILE;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() >= 1 && Depth < 4
               ? pairList(Construct->getArg(0), Depth + 1)
               : nullptr;
  // A constant map keeps the pairs it was initialised with.
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (VD && VD->isLocalVarDecl() && VD->getType().isConstQualified() &&
      VD->getInit() && Depth < 4)
    return pairList(VD->getInit(), Depth + 1);
  return nullptr;
}

/// Member `Index` of a pair written in a braced list: 0 the name, 1 the
/// value.
static const Expr *pairMember(const Expr *Pair, unsigned Index) {
  Pair = skipTransparent(Pair);
  if (const auto *ILE = dyn_cast<InitListExpr>(Pair))
    return ILE->getNumInits() > Index ? ILE->getInit(Index) : nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Pair))
    return Construct->getNumArgs() > Index ? Construct->getArg(Index) : nullptr;
  return nullptr;
}

void ResponseEventExtractor::extractHeaderSet(const ApiEntry &Entry,
                                              ObjectKey Key,
                                              llvm::ArrayRef<const Expr *> Args,
                                              Events &Out) {
  const auto Lines = static_cast<size_t>(Entry.HeaderLinesArg);
  if (Entry.HeaderLinesArg >= 0 && Lines < Args.size() && Args[Lines]) {
    const StringLiteral *Text = asStringLiteral(Args[Lines]);
    if (!Text || !Text->isOrdinary()) {
      Out.push_back(event(ResponseEvent::UnknownHeaders, Key, Args[Lines]));
      return;
    }
    llvm::SmallVector<RawPart, 2> Parts;
    parseRawMessage(Text->getString(), RawPhase::LineStart, 0, Parts);
    for (const RawPart &Part : Parts)
      if (Part.K == RawPart::ContentLength ||
          Part.K == RawPart::TransferEncoding)
        extractHeader(
            true,
            std::string(headerNameOf(Part.K == RawPart::ContentLength
                                         ? model::Framing::ContentLength
                                         : model::Framing::TransferEncoding)),
            std::nullopt, Key, Text, Part.Offset, Out);
      else if (Part.K == RawPart::Header)
        extractHeader(true, Part.Name.lower(), Part.Value, Key, Text,
                      Part.Offset, Out);
      else if (Part.K == RawPart::UnknownHeader)
        Out.push_back(event(ResponseEvent::UnknownHeaders, Key, Text));
    return;
  }
  const auto List = static_cast<size_t>(Entry.HeaderListArg);
  if (Entry.HeaderListArg < 0 || List >= Args.size() || !Args[List])
    return;
  // A defaulted list that is empty (`header = {}`) adds nothing.
  if (isa<CXXDefaultArgExpr>(Args[List]) &&
      isEmptyContent(Args[List], nullptr, Ctx))
    return;
  const InitListExpr *Pairs = pairList(Args[List]);
  if (!Pairs) {
    Out.push_back(event(ResponseEvent::UnknownHeaders, Key, Args[List]));
    return;
  }
  for (const Expr *Pair : Pairs->inits()) {
    const Expr *Name = pairMember(Pair, 0);
    extractHeader(true, Name ? api().headerName(Name, Ctx) : std::nullopt,
                  literalText(pairMember(Pair, 1)), Key, Name ? Name : Pair, 0,
                  Out);
  }
}

void ResponseEventExtractor::extractHeader(
    bool Set, const std::optional<std::string> &Name,
    std::optional<llvm::StringRef> Value, ObjectKey Key, const Stmt *At,
    unsigned Byte, Events &Out) {
  if (!Name) {
    // Any header may be the one set; a header removed that cannot be told
    // leaves those known to be set as set, which only costs findings.
    if (Set)
      Out.push_back(event(ResponseEvent::UnknownHeaders, Key, At));
    return;
  }
  if (std::optional<model::Framing> F = framingOf(*Name)) {
    ResponseEvent E = event(
        Set ? ResponseEvent::SetFraming : ResponseEvent::ClearFraming, Key, At);
    E.Header = *F;
    E.Byte = Byte;
    Out.push_back(E);
    return;
  }
  std::optional<unsigned> Bit = api().trackedHeader(*Name);
  if (!Bit)
    return;
  ResponseEvent E = trackedHeaderEvent(Set, *Bit, *Name, Value, Key, At);
  E.Byte = Byte;
  Out.push_back(E);
}

ResponseEvent trackedHeaderEvent(bool Set, unsigned Bit, llvm::StringRef Name,
                                 std::optional<llvm::StringRef> Value,
                                 ObjectKey Key, const Stmt *At) {
  ResponseEvent E = event(
      Set ? ResponseEvent::SetHeaders : ResponseEvent::RemoveHeaders, Key, At);
  E.Headers = uint64_t(1) << Bit;
  E.EmptyValue = Value && Value->trim(" \t\r\n").empty();
  E.MaybeByteranges =
      Name == "content-type" &&
      (!Value || Value->trim().starts_with_insensitive("multipart/byteranges"));
  return E;
}

/// Whether a member of this type can hold headers: a structure, a class, or
/// a pointer to one (a header map, a list of header entries, an entry). A
/// number, a flag or text cannot.
static bool mayHoldHeaders(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Pointer = T->getAs<PointerType>())
    T = Pointer->getPointeeType();
  return T->isRecordType() || T->isArrayType();
}

void ResponseEventExtractor::extractUnmodelledUse(const Expr *Use,
                                                  ObjectKey Key, Events &Out) {
  if (!mayHoldHeaders(Use->getType()))
    return;
  // Read by value, or through a const member function or reference: the
  // object stays as it is.
  const Stmt *P = Parents.getParent(Use);
  while (P && (isa<ParenExpr>(P) || isa<MaterializeTemporaryExpr>(P)))
    P = Parents.getParent(P);
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(P);
      Cast && Cast->getCastKind() != CK_NoOp &&
      Cast->getCastKind() != CK_DerivedToBase &&
      Cast->getCastKind() != CK_UncheckedDerivedToBase)
    return;
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(P)) {
    const auto *Call =
        dyn_cast_or_null<CXXMemberCallExpr>(Parents.getParent(Member));
    const auto *MD = Call ? Call->getMethodDecl() : nullptr;
    if (MD && MD->isConst())
      return;
    // A data member of it, read or written: that access is the use.
    if (!Call && isa<FieldDecl>(Member->getMemberDecl()))
      return;
  }
  if (isa_and_nonnull<UnaryExprOrTypeTraitExpr>(P) ||
      isa_and_nonnull<DeclRefExpr>(P))
    return;
  // `(&r->field)->member`, as a macro writes a member: that access is the
  // use.
  if (const auto *AddrOf = dyn_cast_or_null<UnaryOperator>(P);
      AddrOf && AddrOf->getOpcode() == UO_AddrOf) {
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(usingParent(AddrOf));
        Member && isa<FieldDecl>(Member->getMemberDecl()))
      return;
  }
  // What a modelled function does with it is in its model.
  if (const auto *Call = dyn_cast_or_null<CallExpr>(usingParent(
          dyn_cast_or_null<UnaryOperator>(P) ? cast<Expr>(P) : Use));
      Call && api().functionModel(Call->getDirectCallee()))
    return;
  Out.push_back(event(ResponseEvent::UnknownHeaders, Key, Use));
}

} // namespace clang::tidy::http
