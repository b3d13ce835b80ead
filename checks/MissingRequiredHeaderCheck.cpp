//===--- MissingRequiredHeaderCheck.cpp - http-tidy -----------------------===//

#include "MissingRequiredHeaderCheck.h"
#include "CodeListOption.h"
#include "analysis/HeaderRules.h"
#include "analysis/ReasonPhrases.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::http {

MissingRequiredHeaderCheck::MissingRequiredHeaderCheck(
    StringRef Name, ClangTidyContext *Context)
    : ResponseFlowCheck(Name, Context),
      ExtraRules(Options.get("ExtraRules", "")),
      IgnoredStatusesOption(Options.get("IgnoredStatuses", "")) {
  std::string Error;
  if (!parseHeaderRules(ExtraRules, Error))
    configurationDiag("invalid rule in option 'ExtraRules': %0") << Error;
  for (unsigned Status :
       parseCodeList(IgnoredStatusesOption, 100, 599, [&](StringRef Bad) {
         configurationDiag(
             "invalid status code '%0' in option 'IgnoredStatuses'")
             << Bad;
       }))
    IgnoredStatuses.push_back(Status);
}

void MissingRequiredHeaderCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  ResponseFlowCheck::storeOptions(Opts);
  Options.store(Opts, "ExtraRules", ExtraRules);
  Options.store(Opts, "IgnoredStatuses", IgnoredStatusesOption);
}

void MissingRequiredHeaderCheck::report(const Violation &V) {
  if (V.K != Violation::MissingHeader || !V.Rule ||
      llvm::is_contained(IgnoredStatuses, V.Status))
    return;
  const HeaderRule &Rule = *V.Rule;
  // What is missing: the header, a challenge in it, or the header and the
  // multipart/byteranges content type that would do instead.
  const int Missing = V.EmptyHeader ? 1 : Rule.UnlessByteranges ? 2 : 0;
  if (Rule.Source.empty())
    diag(V.Loc, "response sent with status %0 (%1) has %select{no|an empty}2 "
                "%3 header; this project's rules require one")
        << V.Status << standardReason(V.Status) << V.EmptyHeader
        << Rule.Spelling;
  else
    diag(V.Loc, "response sent with status %0 (%1) has %select{no %2 "
                "header|an empty %2 header, with no challenge|no %2 header "
                "and no multipart/byteranges Content-Type}3; %4 says it "
                "%select{should|must}5 have one")
        << V.Status << standardReason(V.Status) << Rule.Spelling << Missing
        << Rule.Source << Rule.Must;
  if (V.Through)
    diag(V.WriteLoc, "status %0 set here, through the call of %1",
         DiagnosticIDs::Note)
        << V.Status << helperName(V.Through);
  if (V.SentLoc.isValid())
    diag(V.SentLoc,
         "%select{response sent here|sent when the function "
         "returns}0",
         DiagnosticIDs::Note)
        << V.SentAtExit;
}

} // namespace clang::tidy::http
