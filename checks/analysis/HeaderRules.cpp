//===--- HeaderRules.cpp - http-tidy --------------------------------------===//

#include "HeaderRules.h"
#include "../model/FrameworkModel.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"

namespace clang::tidy::http {

namespace {
struct BuiltinRow {
  unsigned Status;
  const char *Spelling;
  const char *Section;
  bool Must;
  bool EmptyIsMissing;
  bool UnlessByteranges;
};
} // namespace

/// RFC 9110 section 15. Left out on purpose: 201 (Location is optional),
/// 300 (a preferred choice is optional), 304 (no redirection), 305 and 306
/// (deprecated, unused).
static constexpr BuiltinRow Builtin[] = {
    {101, "Upgrade", "15.2.2", true, false, false},
    {206, "Content-Range", "15.3.7", true, false, true},
    {301, "Location", "15.4.2", false, false, false},
    {302, "Location", "15.4.3", false, false, false},
    {303, "Location", "15.4.4", false, false, false},
    {307, "Location", "15.4.8", false, false, false},
    {308, "Location", "15.4.9", false, false, false},
    {401, "WWW-Authenticate", "15.5.2", true, true, false},
    {405, "Allow", "15.5.6", true, false, false},
    {407, "Proxy-Authenticate", "15.5.8", true, true, false},
    {416, "Content-Range", "15.5.17", false, false, false},
    {426, "Upgrade", "15.5.22", true, false, false},
};

const std::vector<HeaderRule> &builtinHeaderRules() {
  static const std::vector<HeaderRule> Rules = [] {
    std::vector<HeaderRule> Out;
    for (const BuiltinRow &Row : Builtin)
      Out.push_back({Row.Status, llvm::StringRef(Row.Spelling).lower(),
                     Row.Spelling,
                     (llvm::Twine("RFC 9110 section ") + Row.Section).str(),
                     Row.Must, Row.EmptyIsMissing, Row.UnlessByteranges});
    return Out;
  }();
  return Rules;
}

std::optional<std::vector<HeaderRule>> parseHeaderRules(llvm::StringRef Value,
                                                        std::string &Error) {
  std::vector<HeaderRule> Rules;
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Value.split(Items, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    auto [Code, Header] = Item.split(':');
    Code = Code.trim();
    Header = Header.trim();
    unsigned Status = 0;
    if (Code.size() != 3 || Code.getAsInteger(10, Status) || Status < 100 ||
        Status > 599) {
      Error = ("'" + Item + "' does not start with a status code from 100 " +
               "to 599 and ':'")
                  .str();
      return std::nullopt;
    }
    if (!model::isHeaderFieldName(Header)) {
      Error = ("'" + Item + "' does not name a header after the ':'").str();
      return std::nullopt;
    }
    Rules.push_back(
        {Status, Header.lower(), Header.str(), "", true, false, false});
  }
  return Rules;
}

std::vector<HeaderRule> headerRulesFor(llvm::StringRef ExtraRules) {
  std::vector<HeaderRule> Rules = builtinHeaderRules();
  std::string Error;
  if (std::optional<std::vector<HeaderRule>> Extra =
          parseHeaderRules(ExtraRules, Error))
    Rules.insert(Rules.end(), Extra->begin(), Extra->end());
  return Rules;
}

} // namespace clang::tidy::http
