//===--- SarifMergeFuzzer.cpp - http-tidy ---------------------------------===//
//
// Fuzz target for a SARIF log given to --merge-sarif (tool/SarifMerge): the
// input is merged, as two files, by the real merger (mergeSarifLogs), which
// also tries what it does with a result two shards both hold. A log it
// refuses must get a one-line error; one it accepts must be printed as JSON
// that parses again. Built with HTTP_TIDY_FUZZ=ON and run by
// scripts/fuzz-inputs.sh; in the ordinary build it is a replay tool
// (ReplayMain.cpp).
//
//===----------------------------------------------------------------------===//

#include "Reports.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace http_tidy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  const SarifLog Logs[] = {{"a.sarif", Text}, {"b.sarif", Text}};
  std::string Error;
  std::optional<llvm::json::Array> Runs = mergeSarifLogs(Logs, Error);
  if (!Runs) {
    if (Error.empty() || llvm::StringRef(Error).contains('\n')) {
      std::fprintf(stderr, "not a one-line error: %s\n", Error.c_str());
      std::abort();
    }
    return 0;
  }
  std::string Merged;
  llvm::raw_string_ostream OS(Merged);
  printSarif(OS, std::move(*Runs));
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(OS.str());
  if (!Parsed) {
    std::fprintf(stderr, "the merged log is not JSON: %s\n",
                 llvm::toString(Parsed.takeError()).c_str());
    std::abort();
  }
  return 0;
}
