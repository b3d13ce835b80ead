//===--- ReasonPhrases.h - http-tidy ----------------------------*- C++ -*-===//
//
// The standard reason phrases of the registered status codes: RFC 9110's,
// the other codes of the IANA registry, and the names the same codes had in
// earlier RFCs ("Moved Temporarily", "Request Entity Too Large").
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_REASONPHRASES_H
#define HTTP_TIDY_ANALYSIS_REASONPHRASES_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::http {

/// The current standard phrase of `Code`; empty for an unregistered code.
llvm::StringRef standardReason(unsigned Code);

/// The codes whose standard phrase, current or earlier, `Phrase` is,
/// compared without regard to case or surrounding blanks.
llvm::SmallVector<unsigned, 1> codesNamedBy(llvm::StringRef Phrase);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_REASONPHRASES_H
