//===--- NoContentWithBodyCheck.cpp - http-tidy ---------------------------===//

#include "NoContentWithBodyCheck.h"
#include "analysis/StatusCodes.h"

namespace clang::tidy::http {

void NoContentWithBodyCheck::report(const Violation &V) {
  if (V.K != Violation::ContentOnNoContent)
    return;
  diag(V.Loc, "content written to a response that is sent "
              "with status %0 (%1), which cannot have content")
      << V.Status << reasonPhrase(V.Status);
  addNotes(V, "content written");
}

} // namespace clang::tidy::http
