//===--- LLVMCompat.h - http-tidy -------------------------------*- C++ -*-===//
//
// The one place for LLVM/Clang API differences between releases. LLVM 19 is
// the release built and tested; Debian packages 16 to 22, and an API that
// differs among them is wrapped here rather than #if'd where it is used.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_COMPAT_LLVMCOMPAT_H
#define HTTP_TIDY_COMPAT_LLVMCOMPAT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
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

/// An engine reporting to \p Client, set as the one clang-tidy's checks in
/// \p Context report through; it must outlive the context's use. The
/// engine owns its options before LLVM 21 (they are reference-counted
/// there); from 21 on the context keeps them.
inline std::unique_ptr<DiagnosticsEngine>
attachDiagnosticsEngine(ClangTidyContext &Context, DiagnosticConsumer *Client) {
#if LLVM_VERSION_MAJOR >= 21
  auto Options = std::make_unique<DiagnosticOptions>();
  std::unique_ptr<DiagnosticsEngine> Engine =
      makeDiagnosticsEngine(*Options, Client);
  Context.setDiagnosticsEngine(std::move(Options), Engine.get());
#else
  std::unique_ptr<DiagnosticsEngine> Engine =
      makeDiagnosticsEngine(*new DiagnosticOptions(), Client);
  Context.setDiagnosticsEngine(Engine.get());
#endif
  return Engine;
}

/// Calls \p Visit(Name, Content) for every file whose content the source
/// manager read. Its map is keyed by FileEntryRef from LLVM 18 on.
template <typename Callback>
void forEachLoadedFile(const SourceManager &Sources, Callback Visit) {
  for (auto It = Sources.fileinfo_begin(), End = Sources.fileinfo_end();
       It != End; ++It)
    if (std::optional<llvm::StringRef> Content =
            It->second->getBufferDataIfLoaded())
#if LLVM_VERSION_MAJOR >= 18
      Visit(It->first.getName(), *Content);
#else
      Visit(It->first->getName(), *Content);
#endif
}

} // namespace clang::tidy::http::compat

#endif // HTTP_TIDY_COMPAT_LLVMCOMPAT_H
