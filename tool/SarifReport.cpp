//===--- SarifReport.cpp - SARIF 2.1.0 ------------------------------------===//
//
// Shaped for code scanning: paths relative to %SRCROOT% so that alerts keep
// their identity from run to run, a rule per check with its documentation,
// the status-setting notes as related locations, fix-its as fixes, and a
// fingerprint of our own so that alerts survive unrelated edits above them.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "Reports.h"
#include "SourceFiles.h"
#include "Worker.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace clang;
using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;

namespace http_tidy {

namespace {

/// A path as a URI reference: unreserved characters and '/' stay.
std::string uriEscape(llvm::StringRef Path) {
  std::string Result;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Result += C;
    else
      Result += llvm::formatv("%{0:X2}", C).str();
  }
  return Result;
}

class SarifWriter {
public:
  SarifWriter(llvm::StringRef Root, SourceFiles &Files)
      : Root(Root), Files(Files), Fingerprint(Root, Files) {}

  Object location(const std::string &Path, unsigned Offset) {
    Object Artifact;
    if (std::optional<std::string> Relative = pathUnder(Root, Path)) {
      Artifact["uri"] = uriEscape(*Relative);
      Artifact["uriBaseId"] = "%SRCROOT%";
    } else {
      Artifact["uri"] = "file://" + uriEscape(Path);
    }
    Object Physical{{"artifactLocation", std::move(Artifact)}};
    Position At = Files.locate(Path, Offset);
    if (At.Line)
      Physical["region"] =
          Object{{"startLine", At.Line}, {"startColumn", At.CodePointColumn}};
    return Physical;
  }

  Object region(const std::string &Path, unsigned Offset, unsigned Length) {
    Position Begin = Files.locate(Path, Offset);
    Position End = Files.locate(Path, Offset + Length);
    return Object{{"startLine", Begin.Line},
                  {"startColumn", Begin.CodePointColumn},
                  {"endLine", End.Line},
                  {"endColumn", End.CodePointColumn}};
  }

  Object result(const ClangTidyError &E, unsigned RuleIndex) {
    auto Where = [&](const tooling::DiagnosticMessage &M) {
      return location(absolutePath(M.FilePath, E.BuildDirectory), M.FileOffset);
    };
    Object Result{
        {"ruleId", E.DiagnosticName},
        {"ruleIndex", RuleIndex},
        {"level", E.IsWarningAsError ? "error" : "warning"},
        {"message", Object{{"text", E.Message.Message}}},
        {"locations", Array{Object{{"physicalLocation", Where(E.Message)}}}},
        {"partialFingerprints", Object{{"httpTidy/v1", Fingerprint.next(E)}}}};
    Array Related;
    for (const tooling::DiagnosticMessage &Note : E.Notes)
      Related.push_back(Object{{"id", Related.size() + 1},
                               {"physicalLocation", Where(Note)},
                               {"message", Object{{"text", Note.Message}}}});
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    Array Changes;
    for (const auto &File : E.Message.Fix) {
      std::string FixPath = absolutePath(File.getKey(), E.BuildDirectory);
      Array Replacements;
      for (const tooling::Replacement &R : File.getValue())
        Replacements.push_back(Object{
            {"deletedRegion", region(FixPath, R.getOffset(), R.getLength())},
            {"insertedContent", Object{{"text", R.getReplacementText()}}}});
      Object Artifact = location(FixPath, 0);
      Changes.push_back(
          Object{{"artifactLocation",
                  std::move(*Artifact.getObject("artifactLocation"))},
                 {"replacements", std::move(Replacements)}});
    }
    if (!Changes.empty())
      Result["fixes"] = Array{
          Object{{"description", Object{{"text", "Apply the suggested fix"}}},
                 {"artifactChanges", std::move(Changes)}}};
    return Result;
  }

  Object notification(const char *Level, llvm::StringRef Text) {
    return Object{{"level", Level}, {"message", Object{{"text", Text}}}};
  }

private:
  std::string Root;
  SourceFiles &Files;
  Fingerprints Fingerprint;
};

Object rule(llvm::StringRef Id) {
  for (const tidy::http::CheckInfo *Info : tidy::http::AllChecks) {
    if (Id != Info->Name)
      continue;
    std::string Name;
    for (llvm::StringRef Word : llvm::split(Id, '-'))
      Name += (Word.take_front(1).upper() + Word.drop_front(1)).str();
    return Object{{"id", Id},
                  {"name", Name},
                  {"shortDescription", Object{{"text", Info->Summary}}},
                  {"fullDescription", Object{{"text", Info->Description}}},
                  {"helpUri", (HTTP_TIDY_DOCS_URL + Id + ".md").str()},
                  {"help", Object{{"text", Info->Description}}},
                  {"defaultConfiguration", Object{{"level", "warning"}}}};
  }
  return Object{{"id", Id}, {"shortDescription", Object{{"text", Id}}}};
}

} // namespace

void writeSarif(llvm::raw_ostream &OS, RunResults &Results,
                llvm::StringRef Root) {
  SarifWriter Writer(Root, Results.Files);
  std::vector<std::string> RuleIds = Results.EnabledChecks;
  auto RuleIndex = [&](llvm::StringRef Id) {
    auto It = llvm::find(RuleIds, Id);
    if (It == RuleIds.end())
      It = RuleIds.insert(RuleIds.end(), Id.str());
    return static_cast<unsigned>(It - RuleIds.begin());
  };

  Array Findings, Notifications;
  bool Successful = true;
  for (const UnitResult &Unit : Results.Units) {
    Successful &= Unit.Status == UnitResult::Analysed;
    for (const ToolMessage &Message : Unit.Messages)
      Notifications.push_back(Writer.notification(
          Message.IsError ? "error" : "warning", Message.Text));
  }
  for (const Finding &F : Results.Findings) {
    if (isCompilerError(F.Error)) {
      Object Notification =
          Writer.notification("error", F.Error.Message.Message);
      Notification["locations"] =
          Array{Object{{"physicalLocation",
                        Writer.location(absolutePath(F.Error.Message.FilePath,
                                                     F.Error.BuildDirectory),
                                        F.Error.Message.FileOffset)}}};
      Notifications.push_back(std::move(Notification));
      continue;
    }
    Object Result = Writer.result(F.Error, RuleIndex(F.Error.DiagnosticName));
    // A baselined result stays in the log, suppressed: code scanning closes
    // the alert of a result that is missing from the next log.
    if (Results.WithBaseline)
      Result["baselineState"] = F.Baselined ? "unchanged" : "new";
    if (F.Baselined)
      Result["suppressions"] = Array{
          Object{{"kind", "external"},
                 {"justification", "recorded in the http-tidy baseline"}}};
    Findings.push_back(std::move(Result));
  }

  Array Rules;
  for (const std::string &Id : RuleIds)
    Rules.push_back(rule(Id));
  Object Invocation{{"executionSuccessful", Successful}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  std::string RootUri = "file://" + uriEscape(Root) +
                        (!Root.empty() && Root.back() == '/' ? "" : "/");
  Object Run{{"tool", Object{{"driver", sarifDriver(std::move(Rules))}}},
             {"originalUriBaseIds",
              Object{{"%SRCROOT%", Object{{"uri", std::move(RootUri)}}}}},
             {"columnKind", "unicodeCodePoints"},
             {"invocations", Array{std::move(Invocation)}},
             {"results", std::move(Findings)}};
  printSarif(OS, Array{std::move(Run)});
}

Object sarifDriver(Array Rules) {
  return Object{{"name", SarifToolName},
                {"version", HTTP_TIDY_VERSION},
                {"semanticVersion", HTTP_TIDY_VERSION},
                {"informationUri", HTTP_TIDY_HOME_URL},
                {"rules", std::move(Rules)}};
}

void printSarif(llvm::raw_ostream &OS, Array Runs) {
  OS << llvm::formatv(
      "{0:2}\n",
      llvm::json::Value(
          Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", SarifVersion},
                 {"runs", std::move(Runs)}}));
}

} // namespace http_tidy
