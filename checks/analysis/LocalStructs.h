//===--- LocalStructs.h - http-tidy -----------------------------*- C++ -*-===//
//
// What a structure of the function's own holds in one of its members, read
// from everything the function does to it: a C API may take its content as
// a structure whose member gives the length (nginx's complex value, whose
// `value.len` is the length of its text).
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_LOCALSTRUCTS_H
#define HTTP_TIDY_ANALYSIS_LOCALSTRUCTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class ParentMap;
} // namespace clang

namespace clang::tidy::http {

/// Whether `Object` (a structure, or its address) is a local variable of
/// `Function` whose member at `Path` (`value.len`) is 0 wherever the
/// function reads it: the variable is zero-initialised (`= {0}`, `{}`, a
/// `memset` of it to 0) or the member is assigned, every assignment to the
/// member is of 0, and nothing else may change it (an assignment to the
/// whole or to a part that holds the member, its address handed on). The
/// order of these is not looked at. False when it cannot be told.
bool localMemberIsZero(const Expr *Object, llvm::StringRef Path,
                       const FunctionDecl &Function, const ParentMap &Parents,
                       ASTContext &Ctx);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_LOCALSTRUCTS_H
