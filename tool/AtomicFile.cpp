//===--- AtomicFile.cpp - write a whole file or none ----------------------===//

#include "AtomicFile.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/raw_ostream.h"

namespace http_tidy {

std::error_code
writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content,
                    std::optional<llvm::sys::fs::perms> Permissions) {
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Path + TemporaryFileMarker + "%%%%%%");
  if (!Temp)
    return llvm::errorToErrorCode(Temp.takeError());
  auto Discard = [&](std::error_code EC) {
    llvm::consumeError(Temp->discard());
    return EC;
  };
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    OS << Content;
    OS.flush();
    // A write that failed must not reach the rename; and a stream destroyed
    // with its error unread aborts the process.
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      return Discard(EC);
    }
  }
  if (Permissions)
    if (std::error_code EC =
            llvm::sys::fs::setPermissions(Temp->FD, *Permissions))
      return Discard(EC);
  return llvm::errorToErrorCode(Temp->keep(Path));
}

} // namespace http_tidy
