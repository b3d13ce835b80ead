//===--- Reports.h - the output formats -------------------------*- C++ -*-===//
//
// Every format is written from the same merged results, after all files
// have been analysed and fixes applied, so that they agree and do not
// depend on -j. docs/output-formats.md describes each one.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_REPORTS_H
#define HTTP_TIDY_TOOL_REPORTS_H

#include "Fixes.h"
#include "SourceFiles.h"
#include "UnitResult.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace http_tidy {

struct RunResults {
  std::vector<Finding> Findings;
  /// What happened to each file (their findings moved to Findings).
  std::vector<UnitResult> Units;
  std::vector<std::string> EnabledChecks;
  /// A check reported a bad option value.
  bool ConfigurationErrors = false;
  /// A --baseline was applied (SARIF then gives each result its state).
  bool WithBaseline = false;
  /// Content hash of each file with a fix, as analysed.
  llvm::StringMap<std::string> Digests;
  /// The text of the files, as analysed (see readSources).
  SourceFiles Files;
};

/// Reads every file a finding points into, before fixes change them.
void readSources(RunResults &Results);

/// clang's format: file:line:col: warning: message [check], with the source
/// line, a caret and fix-it hints.
void writeText(llvm::raw_ostream &OS, RunResults &Results, bool Colors);
/// One JSON document: the files and the findings, with notes and fixes.
void writeJson(llvm::raw_ostream &OS, RunResults &Results);
/// GitHub Actions workflow commands: one annotation per finding.
void writeGithub(llvm::raw_ostream &OS, RunResults &Results,
                 llvm::StringRef Root);
/// GitLab's Code Quality report (a JSON array), paths relative to \p Root.
void writeCodeQuality(llvm::raw_ostream &OS, RunResults &Results,
                      llvm::StringRef Root);
/// SARIF 2.1.0, with paths relative to \p Root (%SRCROOT%).
void writeSarif(llvm::raw_ostream &OS, RunResults &Results,
                llvm::StringRef Root);

/// What every SARIF log of http-tidy says about itself; --merge-sarif
/// accepts only logs that say so.
inline constexpr llvm::StringLiteral SarifToolName = "http-tidy";
inline constexpr llvm::StringLiteral SarifVersion = "2.1.0";
/// tool.driver of a run: this version of http-tidy, with \p Rules.
llvm::json::Object sarifDriver(llvm::json::Array Rules);
/// A SARIF log with \p Runs, as writeSarif writes it.
void printSarif(llvm::raw_ostream &OS, llvm::json::Array Runs);

/// The runs of the SARIF logs \p Inputs (written by this version of
/// http-tidy) as one: rules once, results in input order, a result that
/// several inputs hold once. Nothing after reporting a bad input.
std::optional<llvm::json::Array> mergeSarif(llvm::ArrayRef<std::string> Inputs);

/// A SARIF log's text and the name that errors give it.
struct SarifLog {
  std::string Name;
  llvm::StringRef Text;
};

/// mergeSarif on logs already read. On a bad log, nothing, and \p Error is
/// the one-line message that names it.
std::optional<llvm::json::Array> mergeSarifLogs(llvm::ArrayRef<SarifLog> Logs,
                                                std::string &Error);

/// The directory SARIF and GitHub paths are relative to: --sarif-root, else
/// the git work tree around the current directory, else that directory.
std::string reportRoot();

/// Where a finding is, as its identity from one run to the next names it:
/// its file under \p Root (absolute when outside it) and the text of its
/// line, not the line number, which edits above it change. The fingerprints
/// and the baseline entries are both built on it.
struct FindingPlace {
  std::string File;
  llvm::StringRef LineText;
};
FindingPlace findingPlace(const clang::tidy::ClangTidyError &Error,
                          llvm::StringRef Root, SourceFiles &Files);

/// Identifies a finding from one run to the next: its check, its place
/// (findingPlace) and which occurrence of those it is.
class Fingerprints {
public:
  Fingerprints(llvm::StringRef Root, SourceFiles &Files)
      : Root(Root), Files(Files) {}
  std::string next(const clang::tidy::ClangTidyError &Error);

private:
  std::string Root;
  SourceFiles &Files;
  llvm::StringMap<unsigned> Seen;
};

/// \p Path relative to \p Root, when it lies under it.
std::optional<std::string> pathUnder(llvm::StringRef Root,
                                     llvm::StringRef Path);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_REPORTS_H
