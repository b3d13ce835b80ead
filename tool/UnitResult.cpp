//===--- UnitResult.cpp - what analysing one file produced ----------------===//

#include "UnitResult.h"
#include "compat/LLVMCompat.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/xxhash.h"

using namespace clang;
using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace http_tidy {

namespace {

const Array *arrayField(const Value &V, llvm::StringRef Key) {
  const Object *O = V.getAsObject();
  return O ? O->getArray(Key) : nullptr;
}

/// An offset or length: a non-negative number that fits in unsigned.
bool mapUnsigned(llvm::json::ObjectMapper &O, llvm::StringLiteral Key,
                 unsigned &Out) {
  int64_t Value = 0;
  if (!O.map(Key, Value) || Value < 0 || Value > UINT32_MAX)
    return false;
  Out = static_cast<unsigned>(Value);
  return true;
}

Value messageToJSON(const tooling::DiagnosticMessage &Message) {
  Array Fixes;
  for (const auto &File : Message.Fix)
    for (const tooling::Replacement &R : File.second)
      Fixes.push_back(Object{{"file", R.getFilePath()},
                             {"offset", R.getOffset()},
                             {"length", R.getLength()},
                             {"text", R.getReplacementText()}});
  Array Ranges;
  for (const tooling::FileByteRange &R : Message.Ranges)
    Ranges.push_back(Object{
        {"file", R.FilePath}, {"offset", R.FileOffset}, {"length", R.Length}});
  return Object{{"text", Message.Message},
                {"file", Message.FilePath},
                {"offset", Message.FileOffset},
                {"fixes", std::move(Fixes)},
                {"ranges", std::move(Ranges)}};
}

bool messageFromJSON(const Value &V, tooling::DiagnosticMessage &Message,
                     llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  const Array *Fixes = arrayField(V, "fixes");
  const Array *Ranges = arrayField(V, "ranges");
  if (!O || !O.map("text", Message.Message) ||
      !O.map("file", Message.FilePath) ||
      !mapUnsigned(O, "offset", Message.FileOffset) || !Fixes || !Ranges)
    return false;
  for (const Value &Fix : *Fixes) {
    llvm::json::ObjectMapper F(Fix, P.field("fixes"));
    std::string File, Text;
    unsigned Offset = 0, Length = 0;
    if (!F || !F.map("file", File) || !mapUnsigned(F, "offset", Offset) ||
        !mapUnsigned(F, "length", Length) || !F.map("text", Text))
      return false;
    // Replacements from one diagnostic never conflict with each other: the
    // worker's clang-tidy already checked that.
    llvm::consumeError(Message.Fix[File].add(
        tooling::Replacement(File, Offset, Length, Text)));
  }
  for (const Value &Range : *Ranges) {
    llvm::json::ObjectMapper R(Range, P.field("ranges"));
    tooling::FileByteRange Byte;
    if (!R || !R.map("file", Byte.FilePath) ||
        !mapUnsigned(R, "offset", Byte.FileOffset) ||
        !mapUnsigned(R, "length", Byte.Length))
      return false;
    Message.Ranges.push_back(std::move(Byte));
  }
  return true;
}

Value errorToJSON(const ClangTidyError &Error) {
  Array Notes;
  for (const tooling::DiagnosticMessage &Note : Error.Notes)
    Notes.push_back(messageToJSON(Note));
  return Object{{"check", Error.DiagnosticName},
                {"level", static_cast<int>(Error.DiagLevel)},
                {"warningAsError", Error.IsWarningAsError},
                {"buildDirectory", Error.BuildDirectory},
                {"message", messageToJSON(Error.Message)},
                {"notes", std::move(Notes)}};
}

bool errorFromJSON(const Value &V, std::vector<ClangTidyError> &Errors,
                   llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  std::string Check, BuildDirectory;
  int Level = 0;
  bool WarningAsError = false;
  const Value *Message =
      V.getAsObject() ? V.getAsObject()->get("message") : nullptr;
  const Array *Notes = arrayField(V, "notes");
  if (!O || !O.map("check", Check) || !O.map("level", Level) ||
      !O.map("warningAsError", WarningAsError) ||
      !O.map("buildDirectory", BuildDirectory) || !Notes || !Message)
    return false;
  // A number that names no level would be undefined behaviour as a Level.
  if (Level < ClangTidyError::Remark || Level > ClangTidyError::Error)
    return false;
  ClangTidyError Error(Check, static_cast<ClangTidyError::Level>(Level),
                       BuildDirectory, WarningAsError);
  if (!messageFromJSON(*Message, Error.Message, P.field("message")))
    return false;
  for (const Value &Note : *Notes)
    if (!messageFromJSON(Note, Error.Notes.emplace_back(), P.field("notes")))
      return false;
  Errors.push_back(std::move(Error));
  return true;
}

} // namespace

Value toJSON(const UnitResult &Result) {
  Array Errors, Messages;
  for (const ClangTidyError &Error : Result.Errors)
    Errors.push_back(errorToJSON(Error));
  for (const ToolMessage &Message : Result.Messages)
    Messages.push_back(
        Object{{"error", Message.IsError}, {"text", Message.Text}});
  Object Digests;
  for (const auto &Digest : Result.Digests)
    Digests[Digest.getKey()] = Digest.getValue();
  Array Inputs;
  for (const InputFile &Input : Result.Inputs)
    Inputs.push_back(Array{Input.Path, Input.Digest});
  return Object{{"source", Result.Source},
                {"header", Result.Header},
                {"status", static_cast<int>(Result.Status)},
                {"errors", std::move(Errors)},
                {"messages", std::move(Messages)},
                {"digests", std::move(Digests)},
                {"inputs", std::move(Inputs)}};
}

bool fromJSON(const Value &V, UnitResult &Result, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  int Status = 0;
  const Array *Errors = arrayField(V, "errors");
  const Array *Messages = arrayField(V, "messages");
  std::map<std::string, std::string> Digests;
  std::vector<std::vector<std::string>> Inputs;
  if (!O || !O.map("source", Result.Source) ||
      !O.map("header", Result.Header) || !O.map("status", Status) || !Errors ||
      !Messages || !O.map("digests", Digests) || !O.map("inputs", Inputs))
    return false;
  if (Status < UnitResult::Analysed || Status > UnitResult::NotAnalysed)
    return false;
  Result.Status = static_cast<UnitResult::StatusKind>(Status);
  for (const Value &Error : *Errors)
    if (!errorFromJSON(Error, Result.Errors, P.field("errors")))
      return false;
  for (const Value &Message : *Messages) {
    llvm::json::ObjectMapper M(Message, P.field("messages"));
    ToolMessage &Out = Result.Messages.emplace_back();
    if (!M || !M.map("error", Out.IsError) || !M.map("text", Out.Text))
      return false;
  }
  for (auto &Digest : Digests)
    Result.Digests[Digest.first] = std::move(Digest.second);
  for (std::vector<std::string> &Input : Inputs) {
    if (Input.size() != 2)
      return false;
    Result.Inputs.push_back({std::move(Input[0]), std::move(Input[1])});
  }
  return true;
}

bool isCompilerError(const ClangTidyError &Error) {
  return Error.DiagLevel == ClangTidyError::Error &&
         http::compat::startsWith(Error.DiagnosticName, "clang-diagnostic-");
}

std::string contentDigest(llvm::StringRef Content) {
  llvm::MD5 Hash;
  Hash.update(Content);
  llvm::MD5::MD5Result Digest;
  Hash.final(Digest);
  return std::string(Digest.digest().str());
}

std::string inputDigest(llvm::StringRef Content) {
  llvm::XXH128_hash_t Hash = llvm::xxh3_128bits(llvm::ArrayRef(
      reinterpret_cast<const uint8_t *>(Content.data()), Content.size()));
  std::string Hex;
  llvm::raw_string_ostream(Hex) << llvm::format_hex_no_prefix(Hash.high64, 16)
                                << llvm::format_hex_no_prefix(Hash.low64, 16);
  return Hex;
}

} // namespace http_tidy
