//===--- StatusCodes.h - http-tidy ------------------------------*- C++ -*-===//
//
// What RFC 9110 says each status code allows.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_STATUSCODES_H
#define HTTP_TIDY_ANALYSIS_STATUSCODES_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::http {

/// 1xx, 204, 205 and 304 responses carry no content (RFC 9110 sections
/// 15.2, 15.3.5, 15.3.6, 15.4.5).
inline bool forbidsContent(unsigned Status) {
  return (Status >= 100 && Status < 200) || Status == 204 || Status == 205 ||
         Status == 304;
}

/// A server must not send Content-Length (RFC 9110 section 8.6) or
/// Transfer-Encoding (RFC 9112 section 6.1) in a 1xx or 204 response. A 304
/// may carry Content-Length.
inline bool forbidsFraming(unsigned Status) {
  return (Status >= 100 && Status < 200) || Status == 204;
}

/// The reason phrase for the codes the checks talk about.
inline llvm::StringRef reasonPhrase(unsigned Status) {
  switch (Status) {
  case 100:
    return "Continue";
  case 101:
    return "Switching Protocols";
  case 102:
    return "Processing";
  case 103:
    return "Early Hints";
  case 204:
    return "No Content";
  case 205:
    return "Reset Content";
  case 304:
    return "Not Modified";
  default:
    return "Informational";
  }
}

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_STATUSCODES_H
