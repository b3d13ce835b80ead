// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/App.h: TemplatedApp<SSL> and its App / SSLApp typedefs. Route
// handlers are taken as MoveOnlyFunction<void(HttpResponse<SSL> *,
// HttpRequest *)>, whose conversion from a lambda instantiates the lambda's
// call with those types (generic lambdas included).

#ifndef UWS_APP_H
#define UWS_APP_H

#include <string>
#include <string_view>

#include "HttpContext.h"
#include "HttpResponse.h"

namespace uWS {

struct SocketContextOptions {
  const char *key_file_name = nullptr;
  const char *cert_file_name = nullptr;
  const char *passphrase = nullptr;
  const char *dh_params_file_name = nullptr;
  const char *ca_file_name = nullptr;
  const char *ssl_ciphers = nullptr;
  int ssl_prefer_low_memory_usage = 0;
};

template <bool SSL> struct TemplatedApp {
  TemplatedApp(SocketContextOptions options = {});
  TemplatedApp(TemplatedApp &&other);
  TemplatedApp(const TemplatedApp &other) = delete;
  ~TemplatedApp();

  TemplatedApp &&get(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&post(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&options(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&del(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&patch(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&put(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&head(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&connect(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&trace(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&any(std::string pattern, MoveOnlyFunction<void(HttpResponse<SSL> *, HttpRequest *)> &&handler);
  TemplatedApp &&filter(
      MoveOnlyFunction<void(HttpResponse<SSL> *, int)> &&filterHandler);
  TemplatedApp &&listen(std::string host, int port,
                        MoveOnlyFunction<void(us_listen_socket_t *)> &&handler);
  TemplatedApp &&listen(std::string host, int port, int options,
                        MoveOnlyFunction<void(us_listen_socket_t *)> &&handler);
  TemplatedApp &&listen(int port,
                        MoveOnlyFunction<void(us_listen_socket_t *)> &&handler);
  TemplatedApp &&listen(int port, int options,
                        MoveOnlyFunction<void(us_listen_socket_t *)> &&handler);
  TemplatedApp &&run();
  TemplatedApp &&close();
};

typedef uWS::TemplatedApp<false> App;
typedef uWS::TemplatedApp<true> SSLApp;

} // namespace uWS

#endif // UWS_APP_H
