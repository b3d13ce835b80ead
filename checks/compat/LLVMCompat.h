//===--- LLVMCompat.h - http-tidy -------------------------------*- C++ -*-===//
//
// The one place for LLVM/Clang API differences between releases. LLVM 19 is
// the release built and tested; Debian packages 16 to 22, and an API that
// differs among them is wrapped here rather than #if'd where it is used.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_COMPAT_LLVMCOMPAT_H
#define HTTP_TIDY_COMPAT_LLVMCOMPAT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"

#if LLVM_VERSION_MAJOR < 16
#error "http-tidy needs LLVM 16 or newer (std::optional in Clang's APIs)"
#endif

namespace clang::tidy::http::compat {

/// StringRef::starts_with arrived in LLVM 18 and replaced startswith.
inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
#if LLVM_VERSION_MAJOR >= 18
  return S.starts_with(Prefix);
#else
  return S.startswith(Prefix);
#endif
}

} // namespace clang::tidy::http::compat

#endif // HTTP_TIDY_COMPAT_LLVMCOMPAT_H
