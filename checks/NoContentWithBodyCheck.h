//===--- NoContentWithBodyCheck.h - http-tidy -------------------*- C++ -*-===//

#ifndef HTTP_TIDY_NOCONTENTWITHBODYCHECK_H
#define HTTP_TIDY_NOCONTENTWITHBODYCHECK_H

#include "ResponseFlowCheck.h"

namespace clang::tidy::http {

/// Finds content written to a response that is sent with a status that
/// forbids content (1xx, 204, 205, 304).
///
/// For the user-facing documentation see:
/// docs/checks/http-no-content-with-body.md
class NoContentWithBodyCheck : public ResponseFlowCheck {
public:
  using ResponseFlowCheck::ResponseFlowCheck;

protected:
  void report(const Violation &V) override;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_NOCONTENTWITHBODYCHECK_H
