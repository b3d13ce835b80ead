// RUN: %check_http_tidy %s http-missing-required-header %t -- -- -std=c++17
// POCO Net 1.11.0 from Debian's libpoco-dev. The handler sends the response
// with send(), sendBuffer(), sendFile() or redirect(), with the headers set
// by then. redirect(uri, status) adds Location; requireAuthentication(realm)
// sets 401 and a Basic challenge;
// setContentType() and sendFile(path, type) set Content-Type. The server
// adds none of the headers these rules ask for.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Timestamp.h>

#include <ostream>
#include <string>

using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

#define UNAUTHORIZED HTTPResponse::HTTP_UNAUTHORIZED
static const char *const kAllow = "Allow";

// --- Findings ---------------------------------------------------------------

void deny(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header; RFC 9110 section 15.5.2 says it must have one [http-missing-required-header]
  res.setContentType("text/plain");
  res.send() << "login first";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response sent here
}

void denyByMacro(HTTPServerResponse &res) {
  res.setStatus(UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.sendBuffer("login first", 11);
}

// The status as text, which setStatus parses.
void denyByText(HTTPServerResponse &res) {
  res.setStatus("401");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.send();
}

// An empty challenge list is no challenge.
void emptyChallenge(HTTPServerResponse &res) {
  res.set("WWW-Authenticate", "");
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has an empty WWW-Authenticate header, with no challenge; RFC 9110 section 15.5.2 says it must have one
  res.send();
}

// Allow is set on one branch only.
void otherBranch(HTTPServerRequest &req, HTTPServerResponse &res) {
  if (req.has("X-Verbose"))
    res.set("Allow", "GET, PUT");
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header; RFC 9110 section 15.5.6 says it must have one
  res.send();
}

// Removed before the response leaves.
void erased(HTTPServerResponse &res) {
  res.set("Allow", "GET");
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  res.erase("Allow");
  res.send();
}

void redirectByHand(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_FOUND);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 302 (Found) has no Location header; RFC 9110 section 15.4.3 says it should have one
  res.setContentLength(0);
  res.send();
}

void partial(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type; RFC 9110 section 15.3.7 says it must have one
  res.setContentType("text/plain");
  res.sendBuffer("abc", 3);
}

// sendFile() sets Content-Type to its second argument.
void partialFile(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 206 (Partial Content) has no Content-Range header and no multipart/byteranges Content-Type
  res.sendFile("/srv/part.txt", "text/plain");
}

void rangeNotSatisfiable(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_REQUESTED_RANGE_NOT_SATISFIABLE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 416 (Range Not Satisfiable) has no Content-Range header; RFC 9110 section 15.5.17 says it should have one
  res.send();
}

void upgradeRequired(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UPGRADE_REQUIRED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 426 (Upgrade Required) has no Upgrade header; RFC 9110 section 15.5.22 says it must have one
  res.send();
}

void proxyAuth(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PROXY_AUTHENTICATION_REQUIRED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 407 (Proxy Authentication Required) has no Proxy-Authenticate header; RFC 9110 section 15.5.8 says it must have one
  res.send();
}

// The status comes from a helper; the header is never set.
static void setNotAllowed(HTTPServerResponse &res) {
  res.setStatus(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
}

void statusThroughHelper(HTTPServerResponse &res) {
  setNotAllowed(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 405 (Method Not Allowed) has no Allow header
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: status 405 set here, through the call of 'setNotAllowed'
  res.send();
}

// Connection, cookies and the date add none of these headers.
void keepAlive(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.setKeepAlive(false);
  res.setDate(Poco::Timestamp());
  res.send();
}

// --- No findings ------------------------------------------------------------

void challenge(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  res.set("WWW-Authenticate", "Bearer realm=\"items\"");
  res.send();
}

// Added after the status: what counts is what the response has when sent.
void challengeAfter(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  res.setContentType("text/plain");
  res.add("WWW-Authenticate", "Basic realm=\"items\"");
  res.send() << "login first";
}

// requireAuthentication() sets 401 and a Basic challenge.
void requireAuthentication(HTTPServerResponse &res) {
  res.requireAuthentication("items");
  res.send() << "login first";
}

void challengeErased(HTTPServerResponse &res) {
  res.requireAuthentication("items");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: response sent with status 401 (Unauthorized) has no WWW-Authenticate header
  res.erase("WWW-Authenticate");
  res.send();
}

// An empty Allow says no method is allowed: it is allowed.
void nothingAllowed(HTTPServerResponse &res) {
  res.set("Allow", "");
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  res.send();
}

void allowThroughConstant(HTTPServerResponse &res) {
  res.set(kAllow, "GET");
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  res.send();
}

// redirect() adds Location; its default status is 302.
void redirect(HTTPServerResponse &res) {
  res.redirect("/items", HTTPResponse::HTTP_MOVED_PERMANENTLY);
}

void redirectDefault(HTTPServerResponse &res) { res.redirect("/items"); }

static void addAllow(HTTPServerResponse &res) { res.set("Allow", "GET"); }

void headerThroughHelper(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  addAllow(res);
  res.send();
}

// A name the analysis cannot read may be the header.
void nameInVariable(HTTPServerResponse &res, const std::string &name) {
  res.set(name, "GET");
  res.setStatusAndReason(HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
  res.send();
}

void decorate(HTTPServerResponse &res);

void escapes(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
  decorate(res);
  res.send();
}

void multipart(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  res.setContentType("multipart/byteranges; boundary=x");
  res.send() << "--x\r\n...";
}

void multipartFile(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  res.sendFile("/srv/parts", "multipart/byteranges; boundary=x");
}

void contentRange(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  res.set("Content-Range", "bytes 0-2/10");
  res.sendBuffer("abc", 3);
}

// A media type object is not read: it may be multipart/byteranges.
void mediaTypeObject(HTTPServerResponse &res,
                     const Poco::Net::MediaType &type) {
  res.setStatusAndReason(HTTPResponse::HTTP_PARTIAL_CONTENT);
  res.setContentType(type);
  res.send();
}

// Not required: 201 (Location optional), 300, 304.
void created(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_CREATED);
  res.send();
}
void notModified(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_NOT_MODIFIED);
  res.send();
}

// A helper whose caller adds the header: the helper is not where the
// response is sent.
static void unauthorized(HTTPServerResponse &res) {
  res.setStatusAndReason(HTTPResponse::HTTP_UNAUTHORIZED);
}

void challengeAfterHelper(HTTPServerResponse &res) {
  unauthorized(res);
  res.set("WWW-Authenticate", "Bearer");
  res.send();
}
