//===--- Runner.h - analyse files in worker processes -----------*- C++ -*-===//

#ifndef HTTP_TIDY_TOOL_RUNNER_H
#define HTTP_TIDY_TOOL_RUNNER_H

#include "UnitResult.h"
#include "Worker.h"
#include "llvm/ADT/ArrayRef.h"
#include <functional>
#include <optional>

namespace http_tidy {

/// Analyses each item in a worker process forked from this one, at most
/// \p Jobs at a time: the child runs \p Analyse, which writes the result as
/// JSON to standard output and returns the exit status. \p OnResult is
/// called on this thread in the order of \p Items, whatever order the
/// workers finish in, so that the output does not depend on -j.
/// When given, \p Lookup is asked first about every item (on \p Jobs
/// threads, all joined before the first fork): a result it has starts no
/// process; \p Store gets each result a process made.
void runWorkers(
    std::function<int(const WorkItem &)> Analyse,
    llvm::ArrayRef<WorkItem> Items, unsigned Jobs,
    std::function<void(size_t Index, UnitResult &)> OnResult,
    std::function<std::optional<UnitResult>(size_t Index)> Lookup = nullptr,
    std::function<void(size_t Index, const UnitResult &)> Store = nullptr);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_RUNNER_H
