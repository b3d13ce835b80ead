//===--- JsonReport.cpp - the JSON and GitHub formats ---------------------===//

#include "Options.h"
#include "Reports.h"
#include "SourceFiles.h"
#include "Worker.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;

namespace http_tidy {

namespace {

const char *levelName(const ClangTidyError &Error) {
  if (Error.IsWarningAsError || Error.DiagLevel == ClangTidyError::Error)
    return "error";
  return Error.DiagLevel == ClangTidyError::Remark ? "remark" : "warning";
}

const char *statusName(UnitResult::StatusKind Status) {
  switch (Status) {
  case UnitResult::Analysed:
    return "analysed";
  case UnitResult::CompilerErrors:
    return "compiler-errors";
  case UnitResult::NotAnalysed:
    return "not-analysed";
  }
  return "not-analysed";
}

Object locationJSON(SourceFiles &Files, const std::string &Path,
                    unsigned Offset) {
  Position At = Files.locate(Path, Offset);
  return Object{{"file", Path},
                {"line", At.Line},
                {"column", At.Column},
                {"offset", Offset}};
}

/// \p Text escaped for a workflow command: as a message, or as the value of
/// a property (which also ends at ',' and ':').
std::string escapeForGithub(llvm::StringRef Text, bool Property) {
  std::string Result;
  for (char C : Text) {
    switch (C) {
    case '%':
      Result += "%25";
      break;
    case '\r':
      Result += "%0D";
      break;
    case '\n':
      Result += "%0A";
      break;
    case ':':
      Result += Property ? "%3A" : ":";
      break;
    case ',':
      Result += Property ? "%2C" : ",";
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

} // namespace

void writeJson(llvm::raw_ostream &OS, RunResults &Results) {
  SourceFiles &Files = Results.Files;
  Array Units, Findings;
  for (const UnitResult &Unit : Results.Units) {
    Object Entry{{"file", Unit.Header.empty() ? Unit.Source : Unit.Header},
                 {"status", statusName(Unit.Status)}};
    if (!Unit.Header.empty())
      Entry["through"] = Unit.Source;
    Units.push_back(std::move(Entry));
  }
  for (const Finding &F : Results.Findings) {
    if (F.Baselined)
      continue;
    const ClangTidyError &E = F.Error;
    auto Where = [&](const tooling::DiagnosticMessage &M) {
      return locationJSON(Files, absolutePath(M.FilePath, E.BuildDirectory),
                          M.FileOffset);
    };
    Object Entry = Where(E.Message);
    Entry["check"] = E.DiagnosticName;
    Entry["level"] = levelName(E);
    Entry["message"] = E.Message.Message;
    Array Notes, Fixes;
    for (const tooling::DiagnosticMessage &Note : E.Notes) {
      Object N = Where(Note);
      N["message"] = Note.Message;
      Notes.push_back(std::move(N));
    }
    for (const auto &File : E.Message.Fix)
      for (const tooling::Replacement &R : File.getValue()) {
        Object Fix =
            locationJSON(Files, absolutePath(R.getFilePath(), E.BuildDirectory),
                         R.getOffset());
        Fix["length"] = R.getLength();
        Fix["replacement"] = R.getReplacementText();
        Fixes.push_back(std::move(Fix));
      }
    Entry["notes"] = std::move(Notes);
    Entry["fixes"] = std::move(Fixes);
    Findings.push_back(std::move(Entry));
  }
  OS << llvm::formatv(
      "{0:2}\n",
      llvm::json::Value(Object{{"version", 1},
                               {"tool", Object{{"name", "http-tidy"},
                                               {"version", HTTP_TIDY_VERSION}}},
                               {"files", std::move(Units)},
                               {"findings", std::move(Findings)}}));
}

void writeGithub(llvm::raw_ostream &OS, RunResults &Results,
                 llvm::StringRef Root) {
  SourceFiles &Files = Results.Files;
  for (const Finding &F : Results.Findings) {
    if (F.Baselined)
      continue;
    const ClangTidyError &E = F.Error;
    std::string Path = absolutePath(E.Message.FilePath, E.BuildDirectory);
    Position At = Files.locate(Path, E.Message.FileOffset);
    std::string Message = E.Message.Message;
    for (const tooling::DiagnosticMessage &Note : E.Notes) {
      Position NoteAt = Files.locate(
          absolutePath(Note.FilePath, E.BuildDirectory), Note.FileOffset);
      Message += "\nnote: " + Note.Message + " (line " +
                 std::to_string(NoteAt.Line) + ")";
    }
    OS << "::" << levelName(E) << " file="
       << escapeForGithub(pathUnder(Root, Path).value_or(Path), true)
       << ",line=" << At.Line << ",col=" << At.Column
       << ",title=" << escapeForGithub(E.DiagnosticName, true)
       << "::" << escapeForGithub(Message, false) << "\n";
  }
}

void writeCodeQuality(llvm::raw_ostream &OS, RunResults &Results,
                      llvm::StringRef Root) {
  Fingerprints Fingerprint(Root, Results.Files);
  Array Issues;
  for (const Finding &F : Results.Findings) {
    const ClangTidyError &E = F.Error;
    if (isCompilerError(E))
      continue;
    // Counted whether reported or not: a finding's fingerprint does not
    // depend on a baseline.
    std::string Print = Fingerprint.next(E);
    if (F.Baselined)
      continue;
    std::string Path = absolutePath(E.Message.FilePath, E.BuildDirectory);
    Position At = Results.Files.locate(Path, E.Message.FileOffset);
    Issues.push_back(Object{
        {"type", "issue"},
        {"check_name", E.DiagnosticName},
        {"description", E.Message.Message},
        {"categories", Array{"Bug Risk"}},
        {"severity",
         std::string(levelName(E)) == "error" ? "critical" : "major"},
        {"fingerprint", std::move(Print)},
        {"location", Object{{"path", pathUnder(Root, Path).value_or(Path)},
                            {"lines", Object{{"begin", At.Line}}}}}});
  }
  OS << llvm::formatv("{0:2}\n", llvm::json::Value(std::move(Issues)));
}

FindingPlace findingPlace(const ClangTidyError &Error, llvm::StringRef Root,
                          SourceFiles &Files) {
  std::string Path = absolutePath(Error.Message.FilePath, Error.BuildDirectory);
  Position At = Files.locate(Path, Error.Message.FileOffset);
  return {pathUnder(Root, Path).value_or(Path), At.LineText};
}

std::string Fingerprints::next(const ClangTidyError &Error) {
  FindingPlace Place = findingPlace(Error, Root, Files);
  std::string Key =
      (Error.DiagnosticName + "\n" + Place.File + "\n" + Place.LineText.trim())
          .str();
  return contentDigest(Key) + ":" + std::to_string(++Seen[Key]);
}

void readSources(RunResults &Results) {
  auto Read = [&](const ClangTidyError &E, llvm::StringRef Path) {
    Results.Files.content(absolutePath(Path, E.BuildDirectory));
  };
  for (const Finding &F : Results.Findings) {
    Read(F.Error, F.Error.Message.FilePath);
    for (const tooling::DiagnosticMessage &Note : F.Error.Notes)
      Read(F.Error, Note.FilePath);
    for (const auto &File : F.Error.Message.Fix)
      Read(F.Error, File.getKey());
  }
}

std::optional<std::string> pathUnder(llvm::StringRef Root,
                                     llvm::StringRef Path) {
  llvm::StringRef Rest = Path;
  if (!Rest.consume_front(Root) || !Rest.consume_front("/") || Rest.empty())
    return std::nullopt;
  return Rest.str();
}

std::string reportRoot() {
  llvm::SmallString<256> Dir;
  if (!SarifRoot.empty()) {
    Dir = absolutePath(SarifRoot, "");
    return std::string(Dir);
  }
  llvm::sys::fs::current_path(Dir);
  for (llvm::StringRef Candidate = Dir; !Candidate.empty();
       Candidate = llvm::sys::path::parent_path(Candidate)) {
    llvm::SmallString<256> Git(Candidate);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      return std::string(Candidate);
  }
  return std::string(Dir);
}

} // namespace http_tidy
