//===--- MissingRequiredHeaderCheck.h - http-tidy ---------------*- C++ -*-===//

#ifndef HTTP_TIDY_MISSINGREQUIREDHEADERCHECK_H
#define HTTP_TIDY_MISSINGREQUIREDHEADERCHECK_H

#include "ResponseFlowCheck.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::http {

/// Finds responses sent with a status that requires a header (a 405
/// without Allow, a redirect without Location, ...) on a path where the
/// header is never set.
///
/// For the user-facing documentation see:
/// docs/checks/http-missing-required-header.md
class MissingRequiredHeaderCheck : public ResponseFlowCheck {
public:
  MissingRequiredHeaderCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  void report(const Violation &V) override;

private:
  /// `STATUS:Header;...`: a team's own rules, read by the analysis too
  /// (ModelConfig), which tracks the headers they name.
  std::string ExtraRules;
  /// `STATUS;...`: statuses whose rules are not checked.
  std::string IgnoredStatusesOption;
  llvm::SmallVector<unsigned, 4> IgnoredStatuses;
};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_MISSINGREQUIREDHEADERCHECK_H
