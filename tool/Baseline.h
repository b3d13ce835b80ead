//===--- Baseline.h - findings recorded as known ----------------*- C++ -*-===//
//
// A team that turns http-tidy on for code it already has records today's
// findings (--write-baseline) and from then on is told only of new ones
// (--baseline). A finding is known by its check, its file under the report
// root, the text of its line (whitespace runs read as one space) and which
// occurrence of those three it is: not by its line number, which edits
// above it change. docs/baselines.md describes the file.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_BASELINE_H
#define HTTP_TIDY_TOOL_BASELINE_H

#include "Reports.h"
#include <optional>
#include <string>

namespace http_tidy {

/// Writes one entry per finding of a check (not the compiler's errors),
/// sorted, to \p Path. On failure, the one-line message in \p Error.
bool writeBaseline(llvm::StringRef Path, RunResults &Results,
                   llvm::StringRef Root, std::string &Error);

/// What a baseline did to a run.
struct BaselineUse {
  /// Findings it holds: not reported, not counted.
  unsigned Baselined = 0;
  /// Entries that match no finding of the run: fixed, or moved.
  unsigned Stale = 0;
};

/// Marks the findings that the baseline at \p Path holds. Nothing, and the
/// one-line message in \p Error, when the file cannot be read or is not a
/// baseline.
std::optional<BaselineUse> applyBaseline(llvm::StringRef Path,
                                         RunResults &Results,
                                         llvm::StringRef Root,
                                         std::string &Error);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_BASELINE_H
