//===--- NoContentWithLengthCheck.h - http-tidy -----------------*- C++ -*-===//

#ifndef HTTP_TIDY_NOCONTENTWITHLENGTHCHECK_H
#define HTTP_TIDY_NOCONTENTWITHLENGTHCHECK_H

#include "ResponseFlowCheck.h"

namespace clang::tidy::http {

/// Finds Content-Length or Transfer-Encoding set, explicitly or by a call
/// known to set it, on a response sent with status 204 or 1xx.
///
/// For the user-facing documentation see:
/// docs/checks/http-no-content-with-length.md
class NoContentWithLengthCheck : public ResponseFlowCheck {
public:
  using ResponseFlowCheck::ResponseFlowCheck;

protected:
  void report(const Violation &V) override;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_NOCONTENTWITHLENGTHCHECK_H
