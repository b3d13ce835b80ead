// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17 -fdelayed-template-parsing
// Without -fdelayed-template-parsing clang rejects a template of the Debian
// header pistache/async.h; the findings of this file are still reported.
// RUN: %check_http_tidy --expect-compiler-error=pistache/async.h:711:45: %s http-missing-required-header %t -- -- -std=c++17
// Pistache 0.0.5 from Debian's libpistache-dev. send(code, ...) and
// stream(code) give the status and send the headers added before them, so a
// header is always added before the status. addRaw(Raw(name, value)) names
// its header; the typed headers (add<Header::Location>(...)) name theirs by
// their class, which the model maps to the header's name.
// sendMethodNotAllowed(methods) sends 405 with Allow. Pistache adds none of
// the headers these rules ask for by itself.
#include <pistache/http.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

#define UNAUTHORIZED Http::Code::Unauthorized
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Unauthorized, "login first", MIME(Text, Plain));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
}

void denyByMacro(const Rest::Request &, Http::ResponseWriter response) {
  response.send(UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// Allow is added on one branch only.
void otherBranch(const Rest::Request &req, Http::ResponseWriter response) {
  if (req.query().has("verbose"))
    response.headers().addRaw(Http::Header::Raw("Allow", "GET, PUT"));
  response.send(Http::Code::Method_Not_Allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
}

// Removed before the response leaves.
void removed(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw("Allow", "GET"));
  response.headers().remove("Allow");
  response.send(Http::Code::Method_Not_Allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

void redirectByHand(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Found);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
}

// Location on another response.
void otherObject(Http::ResponseWriter response, Http::ResponseWriter &other) {
  other.headers().addRaw(Http::Header::Raw("Location", "/elsewhere"));
  response.send(Http::Code::Permanent_Redirect);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 308 (Permanent Redirect) has no Location header
}

// A stream takes no media type.
void partial(const Rest::Request &, Http::ResponseWriter response) {
  auto stream = response.stream(Http::Code::Partial_Content);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  stream << "abc";
  stream << Http::ends;
}

void rangeNotSatisfiable(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Requested_Range_Not_Satisfiable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
}

void upgradeRequired(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Upgrade_Required, "use HTTP/2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
}

void proxyAuth(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Proxy_Authentication_Required);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
}

// The status and the send are one call of a helper that answers on its
// caller's writer: the caller may have added the header before the call, so
// the finding is at the call, with notes in the helper.
static void answerNotAllowed(Http::ResponseWriter &response) {
  response.send(Http::Code::Method_Not_Allowed);
}

void statusThroughHelper(const Rest::Request &, Http::ResponseWriter response) {
  answerNotAllowed(response);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'answerNotAllowed'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: response sent here
}

// Cookies add only Set-Cookie.
void withCookie(const Rest::Request &, Http::ResponseWriter response) {
  response.cookies().add(Http::Cookie("session", "expired"));
  response.send(Http::Code::Unauthorized);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
}

// The status is one of two on a conditional: the 301 arm lacks Location.
void conditional(const Rest::Request &req, Http::ResponseWriter response) {
  response.send(req.query().has("old") ? Http::Code::Moved_Permanently
                                       : Http::Code::Ok);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: response sent with status 301 (Moved Permanently) has no Location header
}

// --- No findings ------------------------------------------------------------

void challenge(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(
      Http::Header::Raw("WWW-Authenticate", "Bearer realm=\"items\""));
  response.send(Http::Code::Unauthorized, "login first");
}

// Raw's value is not an argument of addRaw: an empty one is not seen, and
// an empty Allow is allowed anyway.
void nothingAllowed(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw("Allow", ""));
  response.send(Http::Code::Method_Not_Allowed);
}

void allowThroughConstant(const Rest::Request &,
                          Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw(kAllow, "GET"));
  response.send(Http::Code::Method_Not_Allowed);
}

// The framework's own answer: 405 with Allow.
void methodNotAllowed(const Rest::Request &, Http::ResponseWriter response) {
  response.sendMethodNotAllowed({Http::Method::Get, Http::Method::Put});
}

// Typed headers name theirs by their class.
void typedOther(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::CacheControl>(
      Http::CacheDirective(Http::CacheDirective::NoStore));
  response.send(Http::Code::Method_Not_Allowed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
}

void typedLocation(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::Location>("/items");
  response.send(Http::Code::Moved_Permanently);
}

void typedAllow(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().add<Http::Header::Allow>(Http::Method::Get);
  response.send(Http::Code::Method_Not_Allowed);
}

static void addAllow(Http::ResponseWriter &response) {
  response.headers().addRaw(Http::Header::Raw("Allow", "GET"));
}

void headerThroughHelper(const Rest::Request &, Http::ResponseWriter response) {
  addAllow(response);
  response.send(Http::Code::Method_Not_Allowed);
}

// A name the analysis cannot read may be the header.
void nameInVariable(const Rest::Request &, Http::ResponseWriter response,
                    const std::string &name) {
  response.headers().addRaw(Http::Header::Raw(name, "GET"));
  response.send(Http::Code::Method_Not_Allowed);
}

void decorate(Http::ResponseWriter &response);

void escapes(const Rest::Request &, Http::ResponseWriter response) {
  decorate(response);
  response.send(Http::Code::Unauthorized);
}

void contentRange(const Rest::Request &, Http::ResponseWriter response) {
  response.headers().addRaw(Http::Header::Raw("Content-Range", "bytes 0-2/10"));
  auto stream = response.stream(Http::Code::Partial_Content);
  stream << "abc";
  stream << Http::ends;
}

// A media type is not read: it may be multipart/byteranges, so a 206 sent
// with send() (whose media type may also come from setMime) is not
// reported.
void multipart(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Partial_Content, "--x\r\n...",
                Http::Mime::MediaType::fromString(
                    "multipart/byteranges; boundary=x"));
}

void multipartMime(const Rest::Request &, Http::ResponseWriter response) {
  response.setMime(
      Http::Mime::MediaType::fromString("multipart/byteranges; boundary=x"));
  auto stream = response.stream(Http::Code::Partial_Content);
  stream << "--x\r\n...";
  stream << Http::ends;
}

// Not required: 201 (Location optional), 300, 304.
void created(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Created);
}
void multipleChoices(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Multiple_Choices);
}
void notModified(const Rest::Request &, Http::ResponseWriter response) {
  response.send(Http::Code::Not_Modified);
}
