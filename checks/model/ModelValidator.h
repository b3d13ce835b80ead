//===--- ModelValidator.h - http-tidy ---------------------------*- C++ -*-===//
//
// The rules of the model schema (docs/frameworks.md) beyond what the YAML
// reader checks: which keys an entry needs and may have, names that must be
// identifiers, status codes in range.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_MODELVALIDATOR_H
#define HTTP_TIDY_MODEL_MODELVALIDATOR_H

#include "RawModel.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::http::model {

/// Checks \p Raw, read from \p Text, and builds the model from it; on a
/// mistake, nothing, and \p Error is "<file>:<line>:<column>: <what>".
std::optional<FrameworkModel> validateModel(const RawModel &Raw,
                                            llvm::StringRef Text,
                                            llvm::StringRef FileName,
                                            std::string &Error);

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_MODELVALIDATOR_H
