//===--- LLVMCompat.h - http-tidy -------------------------------*- C++ -*-===//
//
// The one place for LLVM/Clang API differences between releases. LLVM 19 is
// the release built and tested; Debian packages 16 to 22, and an API that
// differs among them is wrapped here rather than #if'd where it is used.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_COMPAT_LLVMCOMPAT_H
#define HTTP_TIDY_COMPAT_LLVMCOMPAT_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include <memory>

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

/// A diagnostics engine reporting to \p Client, which it does not own. Its
/// options are held by reference from LLVM 21 on, by pointer before.
inline std::unique_ptr<DiagnosticsEngine>
makeDiagnosticsEngine(DiagnosticOptions &Options, DiagnosticConsumer *Client) {
#if LLVM_VERSION_MAJOR >= 21
  return std::make_unique<DiagnosticsEngine>(
      llvm::makeIntrusiveRefCnt<DiagnosticIDs>(), Options, Client,
      /*ShouldOwnClient=*/false);
#else
  return std::make_unique<DiagnosticsEngine>(
      llvm::makeIntrusiveRefCnt<DiagnosticIDs>(), &Options, Client,
      /*ShouldOwnClient=*/false);
#endif
}

} // namespace clang::tidy::http::compat

#endif // HTTP_TIDY_COMPAT_LLVMCOMPAT_H
