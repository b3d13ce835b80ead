// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/HttpContext.h: the routes of an app, one per method and
// pattern.

#ifndef UWS_HTTPCONTEXT_H
#define UWS_HTTPCONTEXT_H

#include "AsyncSocket.h"
#include "HttpParser.h"
#include "MoveOnlyFunction.h"

#include <string>

namespace uWS {

template <bool> struct HttpResponse;

template <bool SSL> struct HttpContext {
  void filter(MoveOnlyFunction<void(HttpResponse<SSL> *, int)> &&filterHandler);
  void onHttp(std::string method, std::string pattern,
              MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler,
              bool upgrade = false);
  us_listen_socket_t *listen(const char *host, int port, int options);
};

} // namespace uWS

#endif // UWS_HTTPCONTEXT_H
