//===--- StatusConstants.h - http-tidy --------------------------*- C++ -*-===//
//
// Finds the named constant for a status code in the translation unit, and
// spells it the way the file already names its namespace.
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

namespace clang::tidy::http {

/// The enumerator of the framework's status enum whose value is `Status`,
/// or null when the translation unit does not declare one.
const EnumConstantDecl *findStatusConstant(const model::FrameworkModel &FM,
                                           unsigned Status, ASTContext &Ctx);

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

/// Spells `Constant` fully qualified, or shorter through the shorthand
/// declared before `Use`, in the same file, that shortens it most.
std::string spellConstant(const EnumConstantDecl &Constant,
                          llvm::ArrayRef<Shorthand> Shorthands,
                          SourceLocation Use, const SourceManager &SM);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STATUSCONSTANTS_H
