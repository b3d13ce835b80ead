//===--- StatusConstants.h - http-tidy --------------------------*- C++ -*-===//
//
// Finds the named constant for a status code in the translation unit (an
// enumerator or a macro), and spells it the way the file already names its
// namespace.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_STATUSCONSTANTS_H
#define HTTP_TIDY_ANALYSIS_STATUSCONSTANTS_H

#include "../model/FrameworkModel.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace clang {
class Preprocessor;
} // namespace clang

namespace clang::tidy::http {

/// A framework's name for a status code.
struct StatusConstant {
  /// The enumerator of the framework's status enum, or null for the others.
  const EnumConstantDecl *Enumerator = nullptr;
  /// How the others are written: a macro's name, a qualified constant, or a
  /// call (`restinio::status_no_content()`).
  std::string Spelling;
  /// The spelling reads the number out of a status object
  /// (`Status::CODE_204.code`): not a constant expression.
  bool ThroughMember = false;
};

/// The framework's constant for `Status` that the translation unit declares
/// at `Use`, and that can stand where an expression of type `Replaced` is:
/// an enumerator of its status enum, a macro the model names that is
/// defined there as that number, a static constant of one of its constant
/// scopes, or one of its named constants. Nothing when there is none.
std::optional<StatusConstant>
findStatusConstant(const model::FrameworkModel &FM, unsigned Status,
                   QualType Replaced, ASTContext &Ctx, Preprocessor *PP,
                   SourceLocation Use);

/// A shorter way the file names a scope: a namespace alias
/// (`namespace http = boost::beast::http;`), a using-directive
/// (`using namespace boost::beast;`) or a using-declaration of the status
/// type (`using httplib::StatusCode;`).
struct Shorthand {
  SourceLocation Where;
  std::string Replaces; ///< Qualified scope, e.g. "boost::beast::http".
  std::string Spelling; ///< What names it instead: "http", or "" for a
                        ///< using-directive.
};

/// The shorthand a file-scope declaration introduces, if it is one.
std::optional<Shorthand> shorthandFor(const Decl &D);

/// Spells `Constant` fully qualified (in C: by its name alone), or shorter
/// through the shorthand declared before `Use`, in the same file, that
/// shortens it most.
std::string spellConstant(const EnumConstantDecl &Constant,
                          llvm::ArrayRef<Shorthand> Shorthands,
                          SourceLocation Use, const SourceManager &SM,
                          const LangOptions &LangOpts, bool DropEnumName);

/// Spells the qualified name `Qualified` through the shorthand declared
/// before `Use`, in the same file, that shortens it most.
std::string shortenQualified(const std::string &Qualified,
                             llvm::ArrayRef<Shorthand> Shorthands,
                             SourceLocation Use, const SourceManager &SM);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STATUSCONSTANTS_H
