//===--- ResponseEventsImpl.h - http-tidy -----------------------*- C++ -*-===//
//
// Shared by the files that implement ResponseEventExtractor
// (ResponseEvents.cpp, ModelledCallEvents.cpp, CallArgumentEvents.cpp); not
// part of the analysis' interface.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RESPONSEEVENTSIMPL_H
#define HTTP_TIDY_ANALYSIS_RESPONSEEVENTSIMPL_H

#include "ResponseEvents.h"

namespace clang::tidy::http {

using model::ApiEntry;
using model::Effect;
using model::FrameworkModel;
using model::Site;
using Events = llvm::SmallVectorImpl<ResponseEvent>;

inline ResponseEvent event(ResponseEvent::Kind K, ObjectKey Object,
                           const Stmt *At) {
  ResponseEvent E{K, Object, At};
  return E;
}

inline bool isSame(const Expr *A, const Expr *B) {
  return A && B && A->IgnoreParenImpCasts() == B->IgnoreParenImpCasts();
}

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RESPONSEEVENTSIMPL_H
