//===--- ModelConfig.h - http-tidy ------------------------------*- C++ -*-===//
//
// The framework models a check uses for the translation unit at hand: the
// built-in ones and the user's model files, named by the global option
// `http.FrameworkModels`. Every http check holds one; mistakes in a model
// file are reported once per translation unit, as clang-tidy reports a bad
// option.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODELCONFIG_H
#define HTTP_TIDY_MODELCONFIG_H

#include "analysis/ApiLookup.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <string>

namespace clang::tidy::http {

class ModelConfig {
public:
  /// The option's name in CheckOptions. It belongs to no single check: all
  /// of them read it.
  static constexpr llvm::StringLiteral OptionName = "http.FrameworkModels";

  ModelConfig(ClangTidyCheck &Check, ClangTidyContext *Context);

  const ApiLookup &api() const { return *Api; }

  /// Adds the option to what --dump-config shows, when it is set.
  void storeOptions(ClangTidyOptions::OptionMap &Opts) const;

  /// Reports entries that the translation unit's declarations contradict
  /// (an argument index past a function's parameters). Once per unit.
  void checkAgainst(ASTContext &Ctx);

private:
  void report(const std::string &Message) const;

  ClangTidyCheck &Check;
  ClangTidyContext *Context;
  std::string RawOption;
  std::shared_ptr<const ApiLookup> Api;
};

/// The model files a value of the option names, as absolute paths. A
/// relative path is taken relative to `BaseDirectory`.
std::vector<std::string> modelFilePaths(llvm::StringRef OptionValue,
                                        llvm::StringRef BaseDirectory);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_MODELCONFIG_H
