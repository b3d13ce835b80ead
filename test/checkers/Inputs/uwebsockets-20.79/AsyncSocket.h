// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/AsyncSocket.h: the socket base of HttpResponse. The opaque
// socket types come from uSockets (src/libusockets.h of its submodule).

#ifndef UWS_ASYNCSOCKET_H
#define UWS_ASYNCSOCKET_H

#include <string_view>
#include <utility>

struct us_socket_t;
struct us_listen_socket_t;
struct us_socket_context_t;

namespace uWS {

template <bool SSL> struct AsyncSocket {
protected:
  void *getNativeHandle();
  void timeout(unsigned int seconds);
  void shutdown();
  us_socket_t *pause();
  us_socket_t *resume();
  us_socket_t *close();
  void cork();
  bool isCorked();
  bool canCork();
  unsigned int getBufferedAmount();
  std::string_view getRemoteAddress();
  std::string_view getRemoteAddressAsText();
  unsigned int getRemotePort();
  std::pair<int, bool> write(const char *src, int length,
                             bool optionally = false, int nextLength = 0);
};

} // namespace uWS

#endif // UWS_ASYNCSOCKET_H
