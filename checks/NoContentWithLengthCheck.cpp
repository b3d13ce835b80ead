//===--- NoContentWithLengthCheck.cpp - http-tidy -------------------------===//

#include "NoContentWithLengthCheck.h"
#include "analysis/StatusCodes.h"

namespace clang::tidy::http {

void NoContentWithLengthCheck::report(const Violation &V) {
  if (V.K != Violation::FramingOnNoContent)
    return;
  const int Header = V.Header == model::Framing::ContentLength ? 0 : 1;
  if (V.Via.empty())
    diag(V.Loc,
         "%select{Content-Length|Transfer-Encoding}0 set on a response that "
         "is sent with status %1 (%2), which must not carry it")
        << Header << V.Status << reasonPhrase(V.Status);
  else
    diag(V.Loc,
         "'%0()' sets %select{Content-Length|Transfer-Encoding}1 on a "
         "response that is sent with status %2 (%3), which must not carry "
         "it; do not call it for this response")
        << V.Via << Header << V.Status << reasonPhrase(V.Status);
  addNotes(V, Header == 0 ? "Content-Length set" : "Transfer-Encoding set");
}

} // namespace clang::tidy::http
