//===--- ModelReader.h - http-tidy ------------------------------*- C++ -*-===//
//
// Reads a framework model file (YAML, the schema in docs/frameworks.md) and
// validates it strictly: a mistake is one error naming the file, line and
// column, never a partly read model.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_MODELREADER_H
#define HTTP_TIDY_MODEL_MODELREADER_H

#include "FrameworkModel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace clang::tidy::http::model {

/// Parses the model in `Text`; `FileName` is how errors name the file. The
/// error's message is one line: "<file>:<line>:<column>: <what is wrong>".
llvm::Expected<FrameworkModel> readModel(llvm::StringRef Text,
                                         llvm::StringRef FileName);

/// The line and column of \p At, a pointer into \p Text; 1:1 when it is
/// not one.
SourcePosition positionIn(llvm::StringRef Text, const char *At,
                          llvm::StringRef FileName);

/// "<file>:<line>:<column>: <Message>" for a position in a model file.
std::string positionedMessage(const SourcePosition &Position,
                              llvm::StringRef Message);

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_MODELREADER_H
