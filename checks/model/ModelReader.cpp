//===--- ModelReader.cpp - http-tidy --------------------------------------===//
//
// The file is read in two steps: LLVM's YAML I/O fills a raw image of it
// (syntax, keys, types of values), then the raw image is checked against the
// rules of the schema and turned into a FrameworkModel. Every scalar keeps
// where it was written, so that the second step can point at the value that
// is wrong.
//
//===----------------------------------------------------------------------===//

#include "ModelReader.h"
#include "ModelValidator.h"
#include "RawModel.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/YAMLTraits.h"
#include <optional>

namespace clang::tidy::http::model {
namespace {

/// The message of the last scalar that did not parse. The YAML reader
/// reports it at once, so one buffer is enough.
std::string &scalarError() {
  static thread_local std::string Message;
  return Message;
}

template <typename E, size_t N>
llvm::StringRef parseSpelling(llvm::StringRef Scalar, E &Value,
                              const Spelling<E> (&Table)[N],
                              llvm::StringRef What) {
  for (const Spelling<E> &S : Table)
    if (Scalar == S.Text) {
      Value = S.Value;
      return {};
    }
  std::string Known;
  for (const Spelling<E> &S : Table)
    Known += (Known.empty() ? "" : ", ") + std::string(S.Text);
  scalarError() =
      ("unknown " + What + " '" + Scalar + "'; expected one of: " + Known)
          .str();
  return scalarError();
}

llvm::StringRef parseScalar(llvm::StringRef Scalar, int &Value) {
  unsigned Parsed;
  if (Scalar.getAsInteger(10, Parsed) || Parsed > 64)
    return "expected an argument index: a number from 0 to 64";
  Value = static_cast<int>(Parsed);
  return {};
}
llvm::StringRef parseScalar(llvm::StringRef Scalar, std::string &Value) {
  if (Scalar.empty())
    return "expected a name";
  Value = Scalar.str();
  return {};
}
llvm::StringRef parseScalar(llvm::StringRef Scalar, Effect &Value) {
  return parseSpelling(Scalar, Value, EffectSpellings, "effect");
}
llvm::StringRef parseScalar(llvm::StringRef Scalar, Framing &Value) {
  return parseSpelling(Scalar, Value, FramingSpellings, "header");
}
llvm::StringRef parseScalar(llvm::StringRef Scalar, SetsWhen &Value) {
  return parseSpelling(Scalar, Value, SetsWhenSpellings, "'sets-when' value");
}
llvm::StringRef parseScalar(llvm::StringRef Scalar, bool &Value) {
  return parseSpelling(Scalar, Value, BoolSpellings, "truth value");
}

} // namespace
} // namespace clang::tidy::http::model

namespace llvm::yaml {
using namespace clang::tidy::http::model;

template <typename T> struct ScalarTraits<Located<T>> {
  static void output(const Located<T> &, void *, raw_ostream &) {}
  static StringRef input(StringRef Scalar, void *, Located<T> &Out) {
    Out.At = Scalar.data();
    return parseScalar(Scalar, Out.Value);
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <typename T> struct SequenceElementTraits<Located<T>> {
  static const bool flow = true;
};
template <> struct SequenceElementTraits<RawEntry> {
  static const bool flow = false;
};

/// Where the mapping being read starts.
static const char *mappingStart(IO &Io) {
  const Node *N = static_cast<Input &>(Io).getCurrentNode();
  return N ? N->getSourceRange().Start.getPointer() : nullptr;
}

template <> struct MappingTraits<RawEntry> {
  static void mapping(IO &Io, RawEntry &E) {
    E.At = mappingStart(Io);
    Io.mapOptional("field", E.Field);
    Io.mapOptional("method", E.Method);
    Io.mapOptional("constructor", E.Constructor);
    Io.mapOptional("function", E.Function);
    Io.mapOptional("returns", E.Returns);
    Io.mapOptional("callback", E.Callback);
    // Required keys are checked after reading, so that a misspelt key is
    // reported as unknown rather than as a required key missing.
    Io.mapOptional("effects", E.Effects);
    Io.mapOptional("object", E.Object);
    Io.mapOptional("status", E.Status);
    Io.mapOptional("reason", E.Reason);
    Io.mapOptional("content", E.Content);
    Io.mapOptional("size", E.Size);
    Io.mapOptional("name", E.HeaderName);
    Io.mapOptional("name-template", E.NameTemplate);
    Io.mapOptional("lines", E.HeaderLines);
    Io.mapOptional("list", E.HeaderList);
    Io.mapOptional("params", E.Params);
    Io.mapOptional("value", E.Value);
    Io.mapOptional("value-is", E.ValueIs);
    Io.mapOptional("header", E.Header);
    Io.mapOptional("sets-when", E.When);
    Io.mapOptional("append", E.Append);
    Io.mapOptional("typed-getter", E.TypedGetter);
    Io.mapOptional("size-member", E.SizeMember);
    Io.mapOptional("sets-headers", E.SetsHeaders);
    Io.mapOptional("keeps-reason", E.KeepsReason);
    Io.mapOptional("sets-status", E.SetsStatus);
    Io.mapOptional("if-unset", E.IfUnset);
    Io.mapOptional("instead", E.Instead);
  }
};

template <typename V> struct CustomMappingTraits<RawKeyed<V>> {
  static void inputOne(IO &Io, StringRef Key, RawKeyed<V> &Keyed) {
    typename RawKeyed<V>::Item Item{Key.str(), {}};
    Io.mapRequired(Item.Key.c_str(), Item.Value);
    Keyed.Items.push_back(std::move(Item));
  }
  static void output(IO &, RawKeyed<V> &) {}
};

/// A mapping is not a name list: read as one without keys, so that any key
/// it has is reported as unknown.
struct NotANameList {};
template <> struct MappingTraits<NotANameList> {
  static void mapping(IO &, NotANameList &) {}
};

template <> struct PolymorphicTraits<RawNameList> {
  static NodeKind getKind(const RawNameList &L) {
    return L.Items.size() == 1 ? NodeKind::Scalar : NodeKind::Sequence;
  }
  static Name &getAsScalar(RawNameList &L) {
    L.Items.resize(1);
    return L.Items.front();
  }
  static std::vector<Name> &getAsSequence(RawNameList &L) { return L.Items; }
  static NotANameList &getAsMap(RawNameList &) {
    static NotANameList None;
    return None;
  }
};

template <> struct MappingTraits<RawConstants> {
  static void mapping(IO &Io, RawConstants &C) {
    Io.mapOptional("enum", C.Enum);
    Io.mapOptional("drop-enum-name", C.DropEnumName);
    Io.mapOptional("macros", C.Macros);
    Io.mapOptional("members", C.Members);
    Io.mapOptional("names", C.Names);
    Io.mapOptional("code-member", C.CodeMember);
  }
};

template <> struct MappingTraits<RawSendable> {
  static void mapping(IO &Io, RawSendable &S) {
    Io.mapOptional("codes", S.Codes);
    Io.mapOptional("otherwise", S.Otherwise);
  }
};

template <> struct MappingTraits<RawModel> {
  static void mapping(IO &Io, RawModel &M) {
    Io.mapOptional("name", M.Title);
    Io.mapOptional("types", M.Types);
    Io.mapOptional("api", M.Api);
    Io.mapOptional("constants", M.Constants);
    Io.mapOptional("status-types", M.StatusTypes);
    Io.mapOptional("header-names", M.HeaderNames);
    Io.mapOptional("sendable-statuses", M.Sendable);
    Io.mapOptional("adds-headers", M.AddsHeaders);
    Io.mapOptional("initial-reason", M.InitialReason);
  }
};

} // namespace llvm::yaml

namespace clang::tidy::http::model {

std::string positionedMessage(const SourcePosition &Position,
                              llvm::StringRef Message) {
  // A message quotes what the file says, and a quoted or folded YAML scalar
  // can hold line breaks: escaped, the error stays one line.
  std::string OneLine;
  for (char C : Message) {
    if (C == '\n')
      OneLine += "\\n";
    else if (C == '\r')
      OneLine += "\\r";
    else if (C == '\t')
      OneLine += "\\t";
    else if (static_cast<unsigned char>(C) < 0x20 || C == 0x7f)
      OneLine += "\\x" + llvm::utohexstr(static_cast<unsigned char>(C),
                                         /*LowerCase=*/false, /*Width=*/2);
    else
      OneLine += C;
  }
  return (Position.File + ":" + llvm::Twine(Position.Line) + ":" +
          llvm::Twine(Position.Column) + ": " + OneLine)
      .str();
}

int ApiEntry::highestArgument() const {
  return std::max({ObjectArg, StatusArg, ReasonArg, ContentArg, SizeArg,
                   NameArg, ValueArg, HeaderLinesArg, HeaderListArg});
}

SourcePosition positionIn(llvm::StringRef Text, const char *At,
                          llvm::StringRef FileName) {
  SourcePosition P{FileName.str(), 1, 1};
  if (!At || At < Text.begin() || At > Text.end())
    return P;
  llvm::StringRef Before(Text.begin(), At - Text.begin());
  P.Line = 1 + Before.count('\n');
  P.Column = 1 + Before.size() - (Before.rfind('\n') + 1);
  return P;
}

namespace {

/// Where the YAML parser's first diagnostic goes, with what positions it.
struct FirstDiagnostic {
  llvm::StringRef Text;
  llvm::StringRef FileName;
  std::string Error;
};

/// The first diagnostic of the YAML parser, as one positioned line. Some
/// (a mapping key that is not a scalar) come without a line: then the
/// position is that of the node, or the start of the file.
void keepFirstDiagnostic(const llvm::SMDiagnostic &D, void *Context) {
  auto &First = *static_cast<FirstDiagnostic *>(Context);
  if (!First.Error.empty())
    return;
  SourcePosition Position =
      D.getLineNo() > 0
          ? SourcePosition{First.FileName.str(),
                           static_cast<unsigned>(D.getLineNo()),
                           static_cast<unsigned>(D.getColumnNo() + 1)}
          : positionIn(First.Text, D.getLoc().getPointer(), First.FileName);
  First.Error = positionedMessage(Position, D.getMessage());
}

/// What a model file's YAML stream holds, seen before yaml::Input reads it.
/// Input skips documents without content and, when nothing else follows,
/// steps past the end of the stream, so it is used only on a stream of one
/// document that has content.
struct StreamShape {
  /// The first syntax error, positioned; empty when there is none.
  FirstDiagnostic SyntaxError;
  unsigned Documents = 0;
  unsigned DocumentsWithContent = 0;
  /// Where the second document starts: its '---'.
  const char *SecondAt = nullptr;
};

StreamShape shapeOf(llvm::StringRef Text, llvm::StringRef FileName) {
  StreamShape Shape;
  Shape.SyntaxError.Text = Text;
  Shape.SyntaxError.FileName = FileName;
  llvm::SourceMgr Sources;
  Sources.setDiagHandler(keepFirstDiagnostic, &Shape.SyntaxError);
  llvm::yaml::Stream Stream(llvm::MemoryBufferRef(Text, FileName), Sources);
  for (llvm::yaml::Document &Document : Stream) {
    llvm::yaml::Node *Root = Document.getRoot();
    if (Stream.failed() || !Root)
      break;
    if (++Shape.Documents == 2) {
      // The marker before the root: a root without content has no text of
      // its own to point at.
      const char *RootAt = Root->getSourceRange().Start.getPointer();
      size_t Limit = RootAt && RootAt >= Text.begin() && RootAt <= Text.end()
                         ? RootAt - Text.begin()
                         : Text.size();
      size_t Marker = Text.take_front(Limit).rfind("---");
      Shape.SecondAt =
          Text.data() + (Marker == llvm::StringRef::npos ? Limit : Marker);
    }
    if (!llvm::isa<llvm::yaml::NullNode>(Root))
      ++Shape.DocumentsWithContent;
  }
  if (Stream.failed() && Shape.SyntaxError.Error.empty())
    Shape.SyntaxError.Error = FileName.str() + ":1:1: not a model";
  return Shape;
}

} // namespace

llvm::Expected<FrameworkModel> readModel(llvm::StringRef Text,
                                         llvm::StringRef FileName) {
  auto Failure = [](const std::string &Message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
  };
  if (Text.trim().empty())
    return Failure(FileName.str() + ":1:1: the model file is empty");

  const StreamShape Shape = shapeOf(Text, FileName);
  if (!Shape.SyntaxError.Error.empty())
    return Failure(Shape.SyntaxError.Error);
  if (Shape.Documents > 1)
    return Failure(positionedMessage(
        positionIn(Text, Shape.SecondAt, FileName),
        "a model file holds one document; remove the '---' that starts a "
        "second one"));
  if (Shape.DocumentsWithContent == 0)
    return Failure(FileName.str() +
                   ":1:1: the model file holds no model, only comments or "
                   "an empty document");

  FirstDiagnostic First{Text, FileName, ""};
  RawModel Raw;
  llvm::yaml::Input In(llvm::MemoryBufferRef(Text, FileName), nullptr,
                       keepFirstDiagnostic, &First);
  In >> Raw;
  if (In.error())
    return Failure(First.Error.empty() ? FileName.str() + ":1:1: not a model"
                                       : First.Error);

  std::string Error;
  std::optional<FrameworkModel> Model =
      validateModel(Raw, Text, FileName, Error);
  if (!Model)
    return Failure(Error);
  return std::move(*Model);
}

} // namespace clang::tidy::http::model
