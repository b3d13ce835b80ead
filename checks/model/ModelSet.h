//===--- ModelSet.h - http-tidy ---------------------------------*- C++ -*-===//
//
// The framework models in effect: the built-in ones, compiled into the
// binary, and the user's model files. Each file is read once per process.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_MODELSET_H
#define HTTP_TIDY_MODEL_MODELSET_H

#include "FrameworkModel.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::http::model {

struct ModelSet {
  /// Built-in models first, in file name order, then the user's, in the
  /// order named.
  std::vector<std::shared_ptr<const FrameworkModel>> Models;
};

struct LoadedModels {
  std::shared_ptr<const ModelSet> Models;
  /// One line each: "<file>:<line>:<column>: <what is wrong>". A file with an
  /// error contributes no model; the others are still used.
  std::vector<std::string> Errors;
};

/// The built-in models and those in `UserFiles` (absolute paths). The result
/// for the same list of files is shared by every caller in the process.
LoadedModels loadModels(llvm::ArrayRef<std::string> UserFiles);

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_MODELSET_H
