//===--- HeaderRules.h - http-tidy ------------------------------*- C++ -*-===//
//
// The headers a status requires (RFC 9110 section 15): the built-in table,
// and a team's own rules from the option of http-missing-required-header.
// The flow analysis tracks, per response, the headers these rules name.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_HEADERRULES_H
#define HTTP_TIDY_ANALYSIS_HEADERRULES_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::http {

struct HeaderRule {
  unsigned Status = 0;
  /// The header, in lower case.
  std::string Header;
  /// How the header is written in messages ("WWW-Authenticate").
  std::string Spelling;
  /// Where the rule comes from ("RFC 9110 section 15.5.2"); empty for a
  /// team's rule.
  std::string Source;
  /// RFC 9110 says MUST (otherwise SHOULD).
  bool Must = true;
  /// A header set to an empty value is none (an empty challenge list).
  bool EmptyIsMissing = false;
  /// Not required when the content type is multipart/byteranges (206).
  bool UnlessByteranges = false;
};

/// RFC 9110's rules, one per status and header.
const std::vector<HeaderRule> &builtinHeaderRules();

/// The option that adds a team's rules: it is read where the analysis is
/// set up, since the analysis must track the headers it names.
inline constexpr llvm::StringLiteral ExtraHeaderRulesOption =
    "http-missing-required-header.ExtraRules";

/// Parses the option's value: `STATUS:Header` pairs separated by `;`
/// (`429:Retry-After;503:Retry-After`). On a mistake, `Error` says what is
/// wrong and nothing is returned.
std::optional<std::vector<HeaderRule>> parseHeaderRules(llvm::StringRef Value,
                                                        std::string &Error);

/// The built-in rules and those of the option (the option's own mistakes
/// are reported by the check; here it is then left out).
std::vector<HeaderRule> headerRulesFor(llvm::StringRef ExtraRules);

/// Most headers the analysis tracks per response (the bits of a mask).
constexpr unsigned MaxTrackedHeaders = 64;

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_HEADERRULES_H
