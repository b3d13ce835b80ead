//===--- RawModel.h - http-tidy ---------------------------------*- C++ -*-===//
//
// The raw image of a model file, as LLVM's YAML I/O fills it: the keys and
// the types of their values, each scalar with where it was written. The
// reader (ModelReader.cpp) fills it; the validator (ModelValidator.cpp)
// checks it against the schema's rules and builds the FrameworkModel.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_RAWMODEL_H
#define HTTP_TIDY_MODEL_RAWMODEL_H

#include "FrameworkModel.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::http::model {

/// A scalar and where it was written. The YAML reader hands plain scalars
/// over as slices of the file, so the slice's start is the position.
template <typename T> struct Located {
  T Value{};
  const char *At = nullptr;
};

using Index = std::optional<Located<int>>;
using Name = Located<std::string>;

struct RawEntry {
  std::optional<Name> Field, Method, Constructor, Function, Returns, Callback;
  std::vector<Located<Effect>> Effects;
  Index Object, Status, Content, Size, HeaderName, NameTemplate, HeaderLines,
      HeaderList, Value, Reason;
  std::optional<std::vector<Name>> Params;
  std::optional<std::vector<Name>> ValueIs;
  std::optional<Located<Framing>> Header;
  std::optional<Located<SetsWhen>> When;
  std::optional<Located<bool>> Append;
  std::optional<Name> TypedGetter;
  std::optional<Name> SizeMember;
  std::optional<std::vector<Name>> SetsHeaders;
  std::optional<Located<bool>> KeepsReason;
  std::optional<Name> SetsStatus;
  std::optional<Located<bool>> IfUnset;
  std::optional<Name> Instead;
  const char *At = nullptr;
};

/// A mapping whose keys are data (status codes, declaration names), in the
/// order written.
template <typename V> struct RawKeyed {
  struct Item {
    std::string Key;
    V Value;
  };
  std::vector<Item> Items;
};

/// One name or a list of them.
struct RawNameList {
  std::vector<Name> Items;
};

struct RawConstants {
  std::optional<Name> Enum;
  std::optional<Located<bool>> DropEnumName;
  RawKeyed<Name> Macros;
  std::vector<Name> Members;
  RawKeyed<RawNameList> Names;
  std::optional<Name> CodeMember;
};

/// The codes a framework can send, and what it sends for the others.
struct RawSendable {
  std::vector<Name> Codes;
  std::optional<Name> Otherwise;
};

struct RawModel {
  Name Title;
  std::vector<Name> Types;
  std::vector<RawEntry> Api;
  RawConstants Constants;
  std::vector<Name> StatusTypes;
  RawKeyed<Name> HeaderNames;
  std::optional<RawSendable> Sendable;
  RawKeyed<RawNameList> AddsHeaders;
  std::optional<Name> InitialReason;
};

template <typename E> struct Spelling {
  const char *Text;
  E Value;
};

inline constexpr Spelling<Effect> EffectSpellings[] = {
    {"set-status", Effect::SetStatus},
    {"write-body", Effect::WriteBody},
    {"body-access", Effect::BodyAccess},
    {"set-header", Effect::SetHeader},
    {"remove-header", Effect::RemoveHeader},
    {"set-framing", Effect::SetFraming},
    {"prepare-payload", Effect::PreparePayload},
    {"send", Effect::Send},
    {"read-status", Effect::ReadStatus},
    {"convert-status", Effect::ConvertStatus},
    {"create", Effect::Create},
    {"handle", Effect::Handle},
    {"clear-body", Effect::ClearBody},
    {"set-reason", Effect::SetReason},
    {"inspect", Effect::Inspect},
    {"open-stream", Effect::OpenStream},
};
inline constexpr Spelling<Framing> FramingSpellings[] = {
    {"content-length", Framing::ContentLength},
    {"transfer-encoding", Framing::TransferEncoding},
};
inline constexpr Spelling<SetsWhen> SetsWhenSpellings[] = {
    {"always", SetsWhen::Always},
    {"true", SetsWhen::True},
    {"has-value", SetsWhen::HasValue},
};
inline constexpr Spelling<bool> BoolSpellings[] = {{"true", true},
                                                   {"false", false}};

template <typename E>
const char *spellingOf(E Value, llvm::ArrayRef<Spelling<E>> Table) {
  for (const Spelling<E> &S : Table)
    if (S.Value == Value)
      return S.Text;
  return "?";
}

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_RAWMODEL_H
