//===--- AtomicFile.h - write a whole file or none --------------*- C++ -*-===//
//
// Every file http-tidy writes (fixed sources, cache entries, reports, the
// fixes it exports) is written to a temporary file in the same directory and
// renamed over the target, so that a reader, a concurrent run or a run killed
// half-way sees the old file or the new one, never part of one. LLVM's
// writeToOutput does the same but ignores a failed write: on a full disk it
// renamed the truncated file into place and then aborted the process.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_TOOL_ATOMICFILE_H
#define HTTP_TIDY_TOOL_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include <optional>
#include <system_error>

namespace http_tidy {

/// What the temporary files are named after: "<target>.http-tidy-XXXXXX".
/// A run killed while writing leaves one behind.
inline constexpr llvm::StringLiteral TemporaryFileMarker = ".http-tidy-";

/// Writes \p Content to \p Path through a temporary file and a rename, with
/// \p Permissions when given. On an error (a full disk, a read-only file
/// system) \p Path is as it was and the temporary file is gone.
std::error_code
writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content,
                    std::optional<llvm::sys::fs::perms> Permissions = {});

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_ATOMICFILE_H
