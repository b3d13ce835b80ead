//===--- CheckCatalog.h - what each http check is ---------------*- C++ -*-===//
//
// The name and descriptions of every check, in one table: the module
// registers the checks by these names and the SARIF output describes them
// as rules. A new check adds a row here and its page under docs/checks/.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_CHECKS_CHECKCATALOG_H
#define HTTP_TIDY_CHECKS_CHECKCATALOG_H

namespace clang::tidy::http {

struct CheckInfo {
  const char *Name;
  /// One sentence, shown as the title of an alert.
  const char *Summary;
  /// What is wrong and why, in a paragraph.
  const char *Description;
};

inline constexpr CheckInfo NoContentWithBodyInfo = {
    "http-no-content-with-body",
    "Content written to a response whose status forbids content",
    "A response with status 1xx, 204 (No Content), 205 (Reset Content) or "
    "304 (Not Modified) must not carry content (RFC 9110, sections 15.2, "
    "15.3.5, 15.3.6 and 15.4.5). Depending on the framework the content is "
    "dropped, sent anyway, or it breaks the framing of the connection."};

inline constexpr CheckInfo NoContentWithLengthInfo = {
    "http-no-content-with-length",
    "Content-Length or Transfer-Encoding set on a 1xx or 204 response",
    "A server must not send Content-Length or Transfer-Encoding in a 1xx or "
    "204 (No Content) response (RFC 9110 section 8.6, RFC 9112 section 6.1). "
    "Clients and "
    "proxies may wait for content that never comes, or treat the next "
    "response as that content."};

inline constexpr CheckInfo MagicStatusCodeInfo = {
    "http-magic-status-code",
    "HTTP status code written as a number where the framework names it",
    "The framework has a named constant for this status code. The name says "
    "what the response means, is checked by the compiler, and is what "
    "readers search for; a bare number is easy to get wrong."};

inline constexpr CheckInfo InvalidStatusCodeInfo = {
    "http-invalid-status-code", "HTTP status code outside 100 to 599",
    "A status code is three digits from 100 to 599 (RFC 9110 section 15). "
    "A response sent with another number, or with status text that does "
    "not start with such a code, cannot be read by clients and proxies as "
    "the status it was meant to be: most treat it as an error or refuse "
    "the response."};

inline constexpr CheckInfo StatusReasonMismatchInfo = {
    "http-status-reason-mismatch",
    "Reason phrase that names another HTTP status",
    "The reason phrase sent with a status code is the standard phrase of a "
    "different status (\"204 OK\"). Clients ignore the phrase (RFC 9112 "
    "section 4), but logs, proxies and people reading the traffic do not: "
    "the response says two different things."};

inline constexpr CheckInfo MissingRequiredHeaderInfo = {
    "http-missing-required-header",
    "Response sent without the header its status requires",
    "Some statuses promise a header: a redirect its Location, 401 its "
    "WWW-Authenticate challenge, 405 its Allow list, 206 and 416 their "
    "Content-Range, 101 and 426 their Upgrade (RFC 9110 section 15). "
    "Without it a client cannot follow the redirect, answer the challenge, "
    "retry with an allowed method or read the part it got."};

inline constexpr const CheckInfo *AllChecks[] = {
    &NoContentWithBodyInfo,    &NoContentWithLengthInfo,
    &MagicStatusCodeInfo,      &InvalidStatusCodeInfo,
    &StatusReasonMismatchInfo, &MissingRequiredHeaderInfo};

} // namespace clang::tidy::http

#endif // HTTP_TIDY_CHECKS_CHECKCATALOG_H
