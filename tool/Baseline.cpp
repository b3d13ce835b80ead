//===--- Baseline.cpp - findings recorded as known ------------------------===//
//
// The file is text, one finding a line, sorted, so that a review of a
// change to it shows what was added or fixed:
//
//   # http-tidy baseline 1: check, file, occurrence, line text (tabs between)
//   http-magic-status-code<TAB>src/api.cpp<TAB>1<TAB>res.status = 204;
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"
#include "AtomicFile.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace http_tidy {

namespace {

constexpr llvm::StringLiteral Header =
    "# http-tidy baseline 1: check, file, occurrence, line text (tabs "
    "between)";

/// The line's text, trimmed, with each run of whitespace as one space: a
/// re-indented or re-wrapped line is the same line.
std::string normalizedLine(llvm::StringRef Text) {
  std::string Result;
  bool Space = false;
  for (char C : Text.trim()) {
    if (llvm::isSpace(C)) {
      Space = true;
      continue;
    }
    if (Space)
      Result += ' ';
    Space = false;
    Result += C;
  }
  return Result;
}

/// The entry of each finding, in the run's order; empty for the compiler's
/// own errors, which are never baselined.
std::vector<std::string> entries(RunResults &Results, llvm::StringRef Root) {
  llvm::StringMap<unsigned> Seen;
  std::vector<std::string> Entries;
  for (const Finding &F : Results.Findings) {
    const clang::tidy::ClangTidyError &E = F.Error;
    if (isCompilerError(E)) {
      Entries.emplace_back();
      continue;
    }
    FindingPlace Place = findingPlace(E, Root, Results.Files);
    std::string Where = E.DiagnosticName + "\t" + Place.File + "\t";
    std::string Line = normalizedLine(Place.LineText);
    unsigned Occurrence = ++Seen[Where + Line];
    Entries.push_back(Where + std::to_string(Occurrence) + "\t" + Line);
  }
  return Entries;
}

} // namespace

bool writeBaseline(llvm::StringRef Path, RunResults &Results,
                   llvm::StringRef Root, std::string &Error) {
  std::vector<std::string> Lines = entries(Results, Root);
  Lines.erase(std::remove(Lines.begin(), Lines.end(), ""), Lines.end());
  llvm::sort(Lines);
  std::string Text = Header.str() + "\n";
  for (const std::string &Line : Lines)
    Text += Line + "\n";
  if (std::error_code EC = writeFileAtomically(Path, Text)) {
    Error = ("cannot write the baseline '" + Path + "': " + EC.message()).str();
    return false;
  }
  return true;
}

std::optional<BaselineUse> applyBaseline(llvm::StringRef Path,
                                         RunResults &Results,
                                         llvm::StringRef Root,
                                         std::string &Error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> File =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!File) {
    Error = ("cannot read the baseline '" + Path +
             "': " + File.getError().message())
                .str();
    return std::nullopt;
  }
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*File)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
  if (Lines.empty() || Lines.front().rtrim("\r") != Header) {
    Error = ("'" + Path +
             "' is not an http-tidy baseline (write one with "
             "--write-baseline)")
                .str();
    return std::nullopt;
  }
  llvm::StringMap<unsigned> Known;
  for (unsigned I = 1; I < Lines.size(); ++I) {
    llvm::StringRef Line = Lines[I].rtrim("\r");
    if (Line.count('\t') < 3) {
      Error = ("'" + Path + "' line " + llvm::Twine(I + 1) +
               ": not a baseline entry (check, file, occurrence and line "
               "text, separated by tabs)")
                  .str();
      return std::nullopt;
    }
    ++Known[Line];
  }
  BaselineUse Use;
  std::vector<std::string> Keys = entries(Results, Root);
  for (size_t I = 0; I < Keys.size(); ++I) {
    auto It = Keys[I].empty() ? Known.end() : Known.find(Keys[I]);
    if (It == Known.end() || It->second == 0)
      continue;
    --It->second;
    Results.Findings[I].Baselined = true;
    ++Use.Baselined;
  }
  for (const auto &Entry : Known)
    Use.Stale += Entry.getValue();
  return Use;
}

} // namespace http_tidy
