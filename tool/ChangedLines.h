//===--- ChangedLines.h - report only what a change touched -----*- C++ -*-===//
//
// --diff reports only the findings on lines that `git diff` adds or
// changes, in the files it touches; --line-filter takes the lines in
// clang-tidy's JSON form. Both leave the analysis as it is (a finding on a
// changed line may come from a status set on an old one) and filter what is
// reported. docs/changed-lines.md describes them.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_CHANGEDLINES_H
#define HTTP_TIDY_TOOL_CHANGEDLINES_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace http_tidy {

/// Files and, for each, the line ranges that count (inclusive, 1-based);
/// a file without ranges counts whole.
class LineFilter {
public:
  struct File {
    std::string Name;
    std::vector<std::pair<unsigned, unsigned>> Lines;
  };

  /// Whether a finding at \p Line of the file at the absolute \p Path is
  /// reported.
  bool contains(llvm::StringRef Path, unsigned Line) const;
  /// The files that exist, as absolute paths: what --diff analyses when no
  /// file is named.
  std::vector<std::string> existingFiles() const;

  std::vector<File> Files;
  /// A file's name is the end of a path (clang-tidy's --line-filter), not
  /// an absolute path (--diff).
  bool NamesAreSuffixes = false;
};

/// clang-tidy's --line-filter: `[{"name":"file.cpp","lines":[[1,3]]}]`.
/// Nothing, and the one-line message in \p Error, when it is not that.
std::optional<LineFilter> parseLineFilter(llvm::StringRef Json,
                                          std::string &Error);

/// The lines that `git diff` adds or changes against \p Revision (the
/// staged changes when \p Staged), in the C and C++ files of the git work
/// tree around the current directory.
std::optional<LineFilter> diffLines(llvm::StringRef Revision, bool Staged,
                                    std::string &Error);

/// The added lines of each file of a `git diff -U0` output, paths under
/// \p Root. Only C and C++ files count; a deleted file has none.
LineFilter parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Root);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_CHANGEDLINES_H
