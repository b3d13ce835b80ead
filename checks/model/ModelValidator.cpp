//===--- ModelValidator.cpp - http-tidy -----------------------------------===//
//
// The second step of reading a model file: the raw image is checked against
// the rules of the schema and turned into a FrameworkModel. Every scalar kept
// where it was written, so an error points at the value that is wrong.
//
//===----------------------------------------------------------------------===//

#include "ModelValidator.h"
#include "ModelReader.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"

namespace clang::tidy::http::model {
namespace {

/// Argument roles, as bits.
enum Role : unsigned {
  RoleObject = 1 << 0,
  RoleStatus = 1 << 1,
  RoleContent = 1 << 2,
  RoleSize = 1 << 3,
  RoleName = 1 << 4,
  RoleValue = 1 << 5,
  RoleHeader = 1 << 6,
  RoleWhen = 1 << 7,
  RoleAppend = 1 << 8,
  RoleTypedGetter = 1 << 9,
  RoleNameTemplate = 1 << 10,
  RoleLines = 1 << 11,
  RoleList = 1 << 12,
  RoleValueIs = 1 << 13,
  RoleSizeMember = 1 << 14,
  RoleReason = 1 << 15,
  RoleSetsHeaders = 1 << 16,
  RoleKeepsReason = 1 << 17,
  RoleInstead = 1 << 18,
  RoleSetsStatus = 1 << 19,
  RoleIfUnset = 1 << 20,
};

constexpr unsigned siteBit(Site S) { return 1u << static_cast<unsigned>(S); }
constexpr unsigned AtField = siteBit(Site::Field);
constexpr unsigned AtMethod = siteBit(Site::Method);
constexpr unsigned AtConstructor = siteBit(Site::Constructor);
constexpr unsigned AtFunction = siteBit(Site::Function);
constexpr unsigned AtReturn = siteBit(Site::Return);
constexpr unsigned AtCallback = siteBit(Site::Callback);

/// Which sites an effect applies to, and which keys it reads.
struct EffectRule {
  Effect What;
  unsigned Sites;
  unsigned Uses;
  unsigned Needs;
};

constexpr EffectRule EffectRules[] = {
    {Effect::SetStatus,
     AtField | AtMethod | AtConstructor | AtFunction | AtReturn,
     RoleStatus | RoleReason | RoleKeepsReason | RoleInstead | RoleSetsStatus |
         RoleIfUnset,
     RoleStatus},
    {Effect::WriteBody, AtMethod | AtConstructor | AtFunction,
     RoleContent | RoleSize | RoleAppend | RoleSizeMember, 0},
    {Effect::BodyAccess, AtField | AtMethod, 0, 0},
    // One of 'name', 'name-template', 'lines', 'list': checked after these
    // rules. On a field, the value assigned is the name.
    // 'value': the argument that holds the value of the header set. A
    // constructor may set headers of its own (a media type argument).
    {Effect::SetHeader, AtField | AtMethod | AtConstructor | AtFunction,
     RoleName | RoleNameTemplate | RoleLines | RoleList | RoleSetsHeaders |
         RoleValue,
     0},
    // Without a name, the framing header 'header', or every header.
    {Effect::RemoveHeader, AtMethod | AtFunction,
     RoleName | RoleNameTemplate | RoleHeader, 0},
    {Effect::SetFraming, AtField | AtMethod | AtFunction,
     RoleHeader | RoleValue | RoleWhen, RoleHeader},
    {Effect::PreparePayload, AtMethod | AtFunction, 0, 0},
    {Effect::Send, AtMethod | AtFunction | AtCallback, 0, 0},
    {Effect::ReadStatus, AtField | AtMethod | AtFunction, RoleTypedGetter, 0},
    {Effect::ConvertStatus, AtFunction, RoleStatus, RoleStatus},
    {Effect::Create, AtMethod | AtFunction, 0, 0},
    {Effect::Handle, AtField | AtFunction, RoleObject, RoleObject},
    {Effect::ClearBody, AtMethod | AtFunction, 0, 0},
    // On a field, the value assigned is the phrase.
    {Effect::SetReason, AtField | AtMethod | AtFunction, RoleReason,
     RoleReason},
    // On a field: written or read, it changes nothing the checks follow.
    {Effect::Inspect, AtField | AtMethod | AtFunction, 0, 0},
    {Effect::OpenStream, AtMethod | AtFunction, 0, 0},
};

const EffectRule &ruleFor(Effect What) {
  for (const EffectRule &Rule : EffectRules)
    if (Rule.What == What)
      return Rule;
  llvm_unreachable("every effect has a rule");
}

const char *siteName(Site S) {
  switch (S) {
  case Site::Field:
    return "a field";
  case Site::Method:
    return "a method";
  case Site::Constructor:
    return "a constructor";
  case Site::Function:
    return "a function";
  case Site::Return:
    return "a return value";
  case Site::Callback:
    return "a callback";
  }
  llvm_unreachable("unknown site");
}

/// Checks a raw model and builds the model from it.
class Validator {
public:
  Validator(llvm::StringRef Text, llvm::StringRef FileName)
      : Text(Text), FileName(FileName) {}

  std::optional<FrameworkModel> build(const RawModel &Raw);
  const std::string &error() const { return Error; }

private:
  SourcePosition positionOf(const char *At) const;
  bool fail(const char *At, const llvm::Twine &Message);
  bool checkTypeName(const Name &N, llvm::StringRef What);
  bool checkIdentifier(const Name &N, llvm::StringRef What);
  bool checkFieldPath(const Name &N);
  /// A header's name: a token (RFC 9110 section 5.1).
  bool checkHeaderName(const Name &N);
  std::optional<unsigned> statusCode(llvm::StringRef Key, const char *At);
  bool buildSendable(const RawSendable &Raw, const char *ModelAt,
                     FrameworkModel &Model);
  bool buildEntry(const RawEntry &Raw, const FrameworkModel &Model,
                  std::vector<ApiEntry> &Out);

  llvm::StringRef Text;
  llvm::StringRef FileName;
  std::string Error;
};

bool Validator::buildSendable(const RawSendable &Raw, const char *ModelAt,
                              FrameworkModel &Model) {
  const char *At = !Raw.Codes.empty() ? Raw.Codes.front().At
                   : Raw.Otherwise    ? Raw.Otherwise->At
                                      : ModelAt;
  if (Raw.Codes.empty() || !Raw.Otherwise)
    return fail(At,
                "'sendable-statuses' needs 'codes', a list of the codes the "
                "framework sends, and 'otherwise', what it sends instead");
  for (const Name &Code : Raw.Codes) {
    std::optional<unsigned> Value = statusCode(Code.Value, Code.At);
    if (!Value)
      return false;
    Model.SendableCodes.push_back(*Value);
  }
  llvm::sort(Model.SendableCodes);
  if (llvm::StringRef(Raw.Otherwise->Value).trim().empty() ||
      Raw.Otherwise->Value.find_first_of("\r\n") != std::string::npos)
    return fail(Raw.Otherwise->At,
                "'otherwise' is one line saying what goes out instead");
  Model.SentInstead = Raw.Otherwise->Value;
  return true;
}

SourcePosition Validator::positionOf(const char *At) const {
  return positionIn(Text, At, FileName);
}

bool Validator::fail(const char *At, const llvm::Twine &Message) {
  if (Error.empty())
    Error = positionedMessage(positionOf(At), Message.str());
  return false;
}

/// A qualified name: identifiers joined by "::".
static bool isQualifiedName(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  S.split(Parts, "::");
  return llvm::all_of(Parts, [](llvm::StringRef Part) {
    return !Part.empty() && !llvm::isDigit(Part.front()) &&
           llvm::all_of(Part,
                        [](char C) { return llvm::isAlnum(C) || C == '_'; });
  });
}

bool Validator::checkTypeName(const Name &N, llvm::StringRef What) {
  if (!isQualifiedName(N.Value))
    return fail(N.At, "'" + N.Value + "' is not a " + What +
                          " (a name such as ns::Type)");
  return true;
}

bool Validator::checkIdentifier(const Name &N, llvm::StringRef What) {
  if (!isQualifiedName(N.Value) || llvm::StringRef(N.Value).contains("::"))
    return fail(N.At, "'" + N.Value + "' is not a " + What);
  return true;
}

std::optional<unsigned> Validator::statusCode(llvm::StringRef Key,
                                              const char *At) {
  unsigned Code;
  if (Key.getAsInteger(10, Code) || Code < 100 || Code > 599) {
    fail(At, "'" + Key + "' is not a status code (a number from 100 to 599)");
    return std::nullopt;
  }
  return Code;
}

bool Validator::checkFieldPath(const Name &N) {
  llvm::SmallVector<llvm::StringRef, 2> Parts;
  llvm::StringRef(N.Value).split(Parts, '.');
  for (llvm::StringRef Part : Parts)
    if (!isQualifiedName(Part) || Part.contains("::"))
      return fail(N.At, "'" + N.Value +
                            "' is not a member name or a path of them "
                            "(headers_out.status)");
  return true;
}

bool Validator::checkHeaderName(const Name &N) {
  if (!isHeaderFieldName(N.Value))
    return fail(N.At, "'" + N.Value + "' is not a header's name");
  return true;
}

bool Validator::buildEntry(const RawEntry &Raw, const FrameworkModel &Model,
                           std::vector<ApiEntry> &Out) {
  // The site.
  const std::pair<const std::optional<Name> *, Site> Sites[] = {
      {&Raw.Field, Site::Field},
      {&Raw.Method, Site::Method},
      {&Raw.Constructor, Site::Constructor},
      {&Raw.Function, Site::Function},
      {&Raw.Returns, Site::Return},
      {&Raw.Callback, Site::Callback}};
  const Name *SiteName = nullptr;
  Site Where = Site::Method;
  for (const auto &[Key, S] : Sites) {
    if (!*Key)
      continue;
    if (SiteName)
      return fail((*Key)->At, "an entry has one of 'field', 'method', "
                              "'constructor', 'function', 'returns' and "
                              "'callback', not two");
    SiteName = &**Key;
    Where = S;
  }
  if (!SiteName)
    return fail(Raw.At, "an entry needs one of 'field', 'method', "
                        "'constructor', 'function', 'returns' or "
                        "'callback'");
  bool NameOk;
  switch (Where) {
  case Site::Function:
    NameOk = checkTypeName(*SiteName, "function name");
    break;
  case Site::Constructor:
  case Site::Return:
  case Site::Callback:
    NameOk = checkTypeName(*SiteName, "type name");
    break;
  case Site::Field:
    NameOk = checkFieldPath(*SiteName);
    break;
  case Site::Method:
    NameOk = checkIdentifier(*SiteName, "member name");
    break;
  }
  if (!NameOk)
    return false;
  if ((Where == Site::Constructor || Where == Site::Return ||
       Where == Site::Callback) &&
      !llvm::is_contained(Model.Types, SiteName->Value))
    return fail(SiteName->At,
                llvm::Twine(Where == Site::Constructor ? "constructor of '"
                            : Where == Site::Return    ? "return value of '"
                                                       : "callback taking '") +
                    SiteName->Value +
                    "', which is not one of the model's 'types'");
  if (Raw.Params && !(Where == Site::Method || Where == Site::Function ||
                      Where == Site::Constructor))
    return fail(Raw.Params->empty() ? Raw.At : Raw.Params->front().At,
                llvm::Twine("key 'params' does not apply to ") +
                    siteName(Where));
  if (Raw.ValueIs && !(Where == Site::Method || Where == Site::Function ||
                       Where == Site::Constructor))
    return fail(Raw.ValueIs->empty() ? Raw.At : Raw.ValueIs->front().At,
                llvm::Twine("key 'value-is' does not apply to ") +
                    siteName(Where));

  // The effects and the keys they read.
  if (Raw.Effects.empty())
    return fail(Raw.At, "an entry needs 'effects', a list of at least one "
                        "effect");
  auto Has = [&](Effect E) {
    return llvm::any_of(Raw.Effects,
                        [&](const Located<Effect> &L) { return L.Value == E; });
  };
  unsigned Uses = 0;
  for (size_t I = 0; I < Raw.Effects.size(); ++I) {
    const Located<Effect> &E = Raw.Effects[I];
    const char *Spelled = spellingOf<Effect>(E.Value, EffectSpellings);
    const EffectRule &Rule = ruleFor(E.Value);
    if (!(Rule.Sites & siteBit(Where)))
      return fail(E.At, llvm::Twine("effect '") + Spelled +
                            "' does not apply to " + siteName(Where));
    for (size_t J = 0; J < I; ++J)
      if (Raw.Effects[J].Value == E.Value)
        return fail(E.At,
                    llvm::Twine("effect '") + Spelled + "' is listed twice");
    if ((E.Value == Effect::Handle || E.Value == Effect::Inspect ||
         E.Value == Effect::ConvertStatus) &&
        Raw.Effects.size() > 1)
      return fail(E.At, llvm::Twine("effect '") + Spelled +
                            "' cannot be combined with other effects");
    Uses |= Rule.Uses;
  }
  const bool IsFunction = Where == Site::Function;
  const bool ObjectIsResult = Has(Effect::Create);
  if (IsFunction && !ObjectIsResult && !Has(Effect::ConvertStatus))
    Uses |= RoleObject;
  // A field's status is the value assigned to it, and its object the one
  // it is a member of; a return value is the status of the parameter.
  if (Where == Site::Field || Where == Site::Return)
    Uses &= ~(RoleStatus | RoleObject | RoleReason);
  if (Where == Site::Field)
    Uses &= ~(RoleName | RoleNameTemplate | RoleLines | RoleList);
  // The entry applies only when the argument 'value' is one of the
  // constants named, whatever its effects.
  if (Raw.ValueIs)
    Uses |= RoleValue | RoleValueIs;

  struct KeyInfo {
    Role R;
    const char *Key;
    const char *At;
  };
  auto at = [](const auto &Opt) -> const char * {
    return Opt ? Opt->At : nullptr;
  };
  const KeyInfo Keys[] = {
      {RoleObject, "object", at(Raw.Object)},
      {RoleStatus, "status", at(Raw.Status)},
      {RoleReason, "reason", at(Raw.Reason)},
      {RoleContent, "content", at(Raw.Content)},
      {RoleSize, "size", at(Raw.Size)},
      {RoleName, "name", at(Raw.HeaderName)},
      {RoleNameTemplate, "name-template", at(Raw.NameTemplate)},
      {RoleLines, "lines", at(Raw.HeaderLines)},
      {RoleList, "list", at(Raw.HeaderList)},
      {RoleValue, "value", at(Raw.Value)},
      {RoleHeader, "header", at(Raw.Header)},
      {RoleWhen, "sets-when", at(Raw.When)},
      {RoleAppend, "append", at(Raw.Append)},
      {RoleTypedGetter, "typed-getter", at(Raw.TypedGetter)},
      {RoleSizeMember, "size-member", at(Raw.SizeMember)},
      {RoleKeepsReason, "keeps-reason", at(Raw.KeepsReason)},
      {RoleInstead, "instead", at(Raw.Instead)},
      {RoleSetsStatus, "sets-status", at(Raw.SetsStatus)},
      {RoleIfUnset, "if-unset", at(Raw.IfUnset)},
      {RoleSetsHeaders, "sets-headers",
       Raw.SetsHeaders
           ? (Raw.SetsHeaders->empty() ? Raw.At : Raw.SetsHeaders->front().At)
           : nullptr},
      {RoleValueIs, "value-is",
       Raw.ValueIs && !Raw.ValueIs->empty() ? Raw.ValueIs->front().At
                                            : nullptr},
  };
  for (const KeyInfo &K : Keys)
    if (K.At && !(Uses & K.R))
      return fail(K.At, llvm::Twine("key '") + K.Key +
                            "' has no meaning for this entry's effects" +
                            (K.R == RoleObject && ObjectIsResult
                                 ? " (the object is what 'create' returns)"
                                 : ""));
  auto Given = [&](Role R) {
    return llvm::any_of(Keys,
                        [&](const KeyInfo &K) { return K.R == R && K.At; });
  };
  for (const Located<Effect> &E : Raw.Effects) {
    unsigned Needs = ruleFor(E.Value).Needs;
    if (Where == Site::Field || Where == Site::Return)
      Needs &= ~(RoleStatus | RoleObject | RoleReason);
    // A call that sets a fixed status takes none.
    if (Raw.SetsStatus)
      Needs &= ~RoleStatus;
    if (E.Value == Effect::SetFraming && Raw.When &&
        Raw.When->Value != SetsWhen::Always && Where != Site::Field)
      Needs |= RoleValue;
    for (const KeyInfo &K : Keys)
      if ((Needs & K.R) && !K.At)
        return fail(E.At, llvm::Twine("effect '") +
                              spellingOf<Effect>(E.Value, EffectSpellings) +
                              "' needs the key '" + K.Key + "'");
  }
  // A getter's result is compared wherever it is called, whatever it reads:
  // a member function (`HTTPResponse::getStatus`) has no argument for it.
  const bool ReadsStatusOnly =
      Raw.Effects.size() == 1 && Has(Effect::ReadStatus);
  if (IsFunction && (Uses & RoleObject) && !Given(RoleObject) &&
      !ReadsStatusOnly)
    return fail(SiteName->At, "a function entry needs 'object', the index "
                              "of the argument that is the object it acts "
                              "on");
  const char *Namings[] = {at(Raw.HeaderName), at(Raw.NameTemplate),
                           at(Raw.HeaderLines), at(Raw.HeaderList),
                           Raw.SetsHeaders && !Raw.SetsHeaders->empty()
                               ? Raw.SetsHeaders->front().At
                               : nullptr};
  const auto NamingCount =
      llvm::count_if(Namings, [](const char *At) { return At != nullptr; });
  if (NamingCount > 1)
    return fail(*llvm::find_if(llvm::reverse(Namings),
                               [](const char *At) { return At != nullptr; }),
                "an entry names its headers with one of 'name' (an argument), "
                "'name-template' (a template argument), 'lines' (header "
                "lines), 'list' (name-value pairs) and 'sets-headers' (the "
                "headers the call adds by itself), not two");
  if (Has(Effect::SetHeader) && NamingCount == 0 && Where != Site::Field)
    return fail(SiteName->At, "effect 'set-header' needs the key 'name', "
                              "'name-template', 'lines', 'list' or "
                              "'sets-headers'");
  if (Raw.SetsHeaders) {
    if (Raw.SetsHeaders->empty())
      return fail(Raw.At, "key 'sets-headers' needs at least one header");
    for (const Name &Header : *Raw.SetsHeaders)
      if (!checkHeaderName(Header))
        return false;
  }
  if (Has(Effect::RemoveHeader) && (Raw.HeaderName || Raw.NameTemplate) &&
      Raw.Header)
    return fail(Raw.Header->At, "'remove-header' takes a name (an argument) "
                                "or 'header' (a fixed framing header), not "
                                "both");
  if (Raw.TypedGetter && !checkIdentifier(*Raw.TypedGetter, "member name"))
    return false;
  if (Raw.SizeMember) {
    if (!Raw.Content)
      return fail(Raw.SizeMember->At, "key 'size-member' needs the key "
                                      "'content', the structure it reads");
    if (!checkFieldPath(*Raw.SizeMember))
      return false;
  }
  if (Raw.ValueIs) {
    if (Raw.ValueIs->empty())
      return fail(Raw.At, "key 'value-is' needs at least one constant's name");
    if (!Raw.Value)
      return fail(Raw.ValueIs->front().At,
                  "key 'value-is' needs the key 'value', the argument it "
                  "tests");
    if (Raw.When && Raw.When->Value != SetsWhen::Always)
      return fail(Raw.When->At, "'sets-when' and 'value-is' both read "
                                "'value': give one of them");
    for (const Name &Constant : *Raw.ValueIs)
      if (!checkTypeName(Constant, "constant's name"))
        return false;
  }

  std::optional<unsigned> FixedStatus;
  if (Raw.SetsStatus) {
    if (Where == Site::Field || Where == Site::Return)
      return fail(Raw.SetsStatus->At, llvm::Twine("key 'sets-status' does not "
                                                  "apply to ") +
                                          siteName(Where));
    if (Raw.Status)
      return fail(Raw.SetsStatus->At, "a status setter takes its status from "
                                      "an argument ('status') or sets a fixed "
                                      "one ('sets-status'), not both");
    FixedStatus = statusCode(Raw.SetsStatus->Value, Raw.SetsStatus->At);
    if (!FixedStatus)
      return false;
  }
  // An assignment to a field always sets it.
  const bool IfUnset = Raw.IfUnset && Raw.IfUnset->Value;
  if (IfUnset && (Where == Site::Field || Where == Site::Return))
    return fail(Raw.IfUnset->At,
                llvm::Twine("key 'if-unset' does not apply to ") +
                    siteName(Where));
  const bool KeepsReason = Raw.KeepsReason && Raw.KeepsReason->Value;
  if (KeepsReason && Raw.Reason)
    return fail(Raw.KeepsReason->At, "a setter that takes a reason phrase "
                                     "('reason') does not keep the one set "
                                     "before ('keeps-reason')");
  if (Raw.Instead) {
    if (!KeepsReason || Where != Site::Method)
      return fail(Raw.Instead->At, "key 'instead' names the method to call in "
                                   "place of a method that keeps the reason "
                                   "phrase: it goes with 'method' and "
                                   "'keeps-reason: true'");
    if (!checkIdentifier(*Raw.Instead, "member name"))
      return false;
  }

  auto Value = [](const Index &I) { return I ? I->Value : -1; };
  ApiEntry Shared;
  Shared.Where = Where;
  Shared.Name = SiteName->Value;
  Shared.ObjectArg = Value(Raw.Object);
  Shared.StatusArg = Value(Raw.Status);
  Shared.ReasonArg = Value(Raw.Reason);
  Shared.ContentArg = Value(Raw.Content);
  Shared.SizeArg = Value(Raw.Size);
  Shared.NameArg = Value(Raw.HeaderName);
  Shared.NameTemplateArg = Value(Raw.NameTemplate);
  Shared.HeaderLinesArg = Value(Raw.HeaderLines);
  Shared.HeaderListArg = Value(Raw.HeaderList);
  if (Raw.Params) {
    Shared.RestrictsParams = true;
    for (const Name &P : *Raw.Params)
      Shared.Params.push_back(llvm::StringRef(P.Value).trim().str());
  }
  Shared.ValueArg = Value(Raw.Value);
  if (Raw.SizeMember)
    Shared.SizeMember = Raw.SizeMember->Value;
  if (Raw.ValueIs)
    for (const Name &Constant : *Raw.ValueIs)
      Shared.ValueIs.push_back(Constant.Value);
  Shared.Appends = Raw.Append && Raw.Append->Value;
  Shared.CreatesObject = ObjectIsResult;
  if (Raw.Header) {
    Shared.Header = Raw.Header->Value;
    Shared.FixedHeader = true;
  }
  if (Raw.When)
    Shared.When = Raw.When->Value;
  if (Raw.TypedGetter)
    Shared.TypedGetter = Raw.TypedGetter->Value;
  if (Raw.SetsHeaders)
    for (const Name &Header : *Raw.SetsHeaders)
      Shared.SetsHeaders.push_back(llvm::StringRef(Header.Value).lower());
  Shared.KeepsReason = KeepsReason;
  Shared.FixedStatus = FixedStatus.value_or(0);
  Shared.IfUnset = IfUnset;
  if (Raw.Instead)
    Shared.Instead = Raw.Instead->Value;
  Shared.Position = positionOf(SiteName->At);
  for (const Located<Effect> &E : Raw.Effects) {
    Out.push_back(Shared);
    Out.back().What = E.Value;
  }
  return true;
}

std::optional<FrameworkModel> Validator::build(const RawModel &Raw) {
  FrameworkModel Model;
  if (llvm::StringRef(Raw.Title.Value).trim().empty()) {
    fail(Raw.Title.At, "a model needs 'name', the framework's name");
    return std::nullopt;
  }
  Model.Name = Raw.Title.Value;
  if (Raw.Types.empty()) {
    fail(Raw.Title.At, "a model needs 'types', a list of at least one type");
    return std::nullopt;
  }
  for (const Name &T : Raw.Types) {
    if (!checkTypeName(T, "type name"))
      return std::nullopt;
    Model.Types.push_back(T.Value);
  }
  for (const Name &T : Raw.StatusTypes) {
    if (!checkTypeName(T, "type name"))
      return std::nullopt;
    Model.StatusTypes.push_back(T.Value);
  }
  if (Raw.Constants.Enum) {
    if (!checkTypeName(*Raw.Constants.Enum, "enumeration name"))
      return std::nullopt;
    Model.StatusEnum = Raw.Constants.Enum->Value;
  }
  if (Raw.Constants.DropEnumName) {
    if (!Raw.Constants.Enum) {
      fail(Raw.Constants.DropEnumName->At, "'drop-enum-name' goes with 'enum'");
      return std::nullopt;
    }
    Model.DropEnumName = Raw.Constants.DropEnumName->Value;
  }
  for (const auto &[Key, Macro] : Raw.Constants.Macros.Items) {
    std::optional<unsigned> Code = statusCode(Key, Macro.At);
    if (!Code || !checkIdentifier(Macro, "macro name"))
      return std::nullopt;
    Model.StatusMacros[*Code] = Macro.Value;
  }
  for (const Name &Scope : Raw.Constants.Members) {
    if (!checkTypeName(Scope, "class or namespace name"))
      return std::nullopt;
    Model.ConstantScopes.push_back(Scope.Value);
  }
  for (const auto &[Key, Names] : Raw.Constants.Names.Items) {
    const char *At = Names.Items.empty() ? nullptr : Names.Items[0].At;
    std::optional<unsigned> Code = statusCode(Key, At);
    if (!Code)
      return std::nullopt;
    if (Names.Items.empty()) {
      fail(Raw.Title.At, "status " + Key + " in 'names' has no name");
      return std::nullopt;
    }
    for (const Name &N : Names.Items) {
      llvm::StringRef Spelled(N.Value);
      Spelled.consume_back("()");
      if (!isQualifiedName(Spelled)) {
        fail(N.At, "'" + N.Value +
                       "' is not a constant's name (ns::name, or ns::f() "
                       "for a function)");
        return std::nullopt;
      }
      Model.NamedConstants[*Code].push_back(N.Value);
    }
  }
  if (const std::optional<Name> &Member = Raw.Constants.CodeMember) {
    if (!checkIdentifier(*Member, "member name"))
      return std::nullopt;
    if (Raw.Constants.Names.Items.empty()) {
      fail(Member->At, "'code-member' goes with 'names'");
      return std::nullopt;
    }
    Model.CodeMember = Member->Value;
  }
  for (const auto &[Declaration, Header] : Raw.HeaderNames.Items) {
    if (!isQualifiedName(Declaration)) {
      fail(Header.At,
           "'" + Declaration + "' is not the name of a declaration or macro");
      return std::nullopt;
    }
    if (!checkHeaderName(Header))
      return std::nullopt;
    Model.HeaderNames[Declaration] = llvm::StringRef(Header.Value).lower();
  }
  if (Raw.Sendable && !buildSendable(*Raw.Sendable, Raw.Title.At, Model))
    return std::nullopt;
  for (const auto &[Code, Headers] : Raw.AddsHeaders.Items) {
    const char *At =
        Headers.Items.empty() ? Raw.Title.At : Headers.Items.front().At;
    std::optional<unsigned> Status = statusCode(Code, At);
    if (!Status)
      return std::nullopt;
    for (const Name &Header : Headers.Items) {
      if (!checkHeaderName(Header))
        return std::nullopt;
      Model.AddedHeaders[*Status].push_back(
          llvm::StringRef(Header.Value).lower());
    }
  }
  if (const std::optional<Name> &Reason = Raw.InitialReason) {
    if (llvm::StringRef(Reason->Value).trim().empty()) {
      fail(Reason->At, "'initial-reason' needs the phrase a response starts "
                       "with");
      return std::nullopt;
    }
    Model.InitialReason = Reason->Value;
  }
  for (const RawEntry &Entry : Raw.Api)
    if (!buildEntry(Entry, Model, Model.Api))
      return std::nullopt;
  return Model;
}

} // namespace

std::optional<FrameworkModel> validateModel(const RawModel &Raw,
                                            llvm::StringRef Text,
                                            llvm::StringRef FileName,
                                            std::string &Error) {
  Validator Check(Text, FileName);
  std::optional<FrameworkModel> Model = Check.build(Raw);
  if (!Model)
    Error = Check.error();
  return Model;
}

} // namespace clang::tidy::http::model
