//===--- Fixes.h - applying and exporting fix-its ---------------*- C++ -*-===//

#ifndef HTTP_TIDY_TOOL_FIXES_H
#define HTTP_TIDY_TOOL_FIXES_H

#include "UnitResult.h"
#include "llvm/ADT/StringMap.h"
#include <vector>

namespace http_tidy {

/// A finding of the run, from the unit that reported it.
struct Finding {
  clang::tidy::ClangTidyError Error;
  /// Whether its fix may be applied: a finding of a check, in a file
  /// without compiler errors (or --fix-errors).
  bool Fixable = false;
  /// What happened to its fix-it.
  enum FixState { NoFix, Planned, Conflict, Applied, Failed } Fix = NoFix;
  /// Recorded in the --baseline given: not reported, not counted, not
  /// fixed; SARIF keeps it as a suppressed result.
  bool Baselined = false;
};

/// Decides which fix-its can be applied together. Findings whose fixes
/// overlap differently (not the same edit, as when two files include one
/// header) are all left out, with a warning. Marks each fixable finding
/// that has a fix Planned or Conflict.
void planFixes(std::vector<Finding> &Findings);

/// Applies the planned fixes (Planned -> Applied or Failed). A file is
/// written through a temporary file in its directory and a rename, keeping
/// its permissions, and only when its content is still what was analysed
/// (\p Digests); otherwise it is left alone with an error. Returns false
/// when some file could not be written.
bool applyFixes(std::vector<Finding> &Findings,
                const llvm::StringMap<std::string> &Digests);

/// Writes the planned fixes in the YAML format of clang-apply-replacements.
bool exportFixes(llvm::StringRef Path, llvm::StringRef MainFile,
                 const std::vector<Finding> &Findings);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_FIXES_H
