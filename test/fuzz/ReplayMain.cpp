//===--- ReplayMain.cpp - http-tidy ---------------------------------------===//
//
// main() for a fuzz target in the ordinary build, without libFuzzer: runs the
// target once on each file named (or each file of each directory named), so
// that the test suite replays the inputs the fuzzers kept. A crash or an
// abort of the target fails the run.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

int main(int argc, char **argv) {
  std::vector<std::string> Files;
  for (int I = 1; I < argc; ++I) {
    if (!llvm::sys::fs::is_directory(argv[I])) {
      Files.push_back(argv[I]);
      continue;
    }
    std::vector<std::string> InDirectory;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(argv[I], EC), End;
         It != End && !EC; It.increment(EC))
      if (llvm::sys::fs::is_regular_file(It->path()))
        InDirectory.push_back(It->path());
    std::sort(InDirectory.begin(), InDirectory.end());
    Files.insert(Files.end(), InDirectory.begin(), InDirectory.end());
  }
  for (const std::string &File : Files) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Input =
        llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
    if (!Input) {
      llvm::errs() << argv[0] << ": cannot read '" << File
                   << "': " << Input.getError().message() << "\n";
      return 2;
    }
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>((*Input)->getBufferStart()),
        (*Input)->getBufferSize());
  }
  llvm::outs() << "replayed " << Files.size() << " inputs\n";
  return Files.empty() ? 2 : 0;
}
