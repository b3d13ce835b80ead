//===--- CodeListOption.h - http-tidy ---------------------------*- C++ -*-===//
//
// The value of a check option that lists status codes, `204;304`: read the
// same way by every check that takes one.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_CODELISTOPTION_H
#define HTTP_TIDY_CODELISTOPTION_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::http {

/// The codes of the `;`-separated list `Value`. Each item that is not a
/// number from `Min` to `Max` is left out and handed to `Invalid`, trimmed,
/// so that the check can say which option it came from.
inline llvm::SmallVector<unsigned, 4>
parseCodeList(llvm::StringRef Value, unsigned Min, unsigned Max,
              llvm::function_ref<void(llvm::StringRef)> Invalid) {
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Value.split(Items, ';', -1, /*KeepEmpty=*/false);
  llvm::SmallVector<unsigned, 4> Codes;
  for (llvm::StringRef Item : Items) {
    unsigned Code = 0;
    if (Item.trim().getAsInteger(10, Code) || Code < Min || Code > Max)
      Invalid(Item.trim());
    else
      Codes.push_back(Code);
  }
  return Codes;
}

} // namespace clang::tidy::http

#endif // HTTP_TIDY_CODELISTOPTION_H
