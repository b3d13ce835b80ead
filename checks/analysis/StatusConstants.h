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
#include <string>

namespace clang::tidy::http {

/// The enumerator of the framework's status enum whose value is `Status`,
/// or null when the translation unit does not declare one.
const EnumConstantDecl *findStatusConstant(const model::FrameworkModel &FM,
                                           unsigned Status, ASTContext &Ctx);

/// Spells `Constant` fully qualified, shortened through the innermost
/// namespace alias in `Aliases` that is declared before `Use`.
std::string spellConstant(const EnumConstantDecl &Constant,
                          llvm::ArrayRef<const NamespaceAliasDecl *> Aliases,
                          SourceLocation Use, const SourceManager &SM);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STATUSCONSTANTS_H
