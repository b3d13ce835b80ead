// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/HttpResponse.h: the response a route handler writes. Every
// member that returns HttpResponse * returns this.

#ifndef UWS_HTTPRESPONSE_H
#define UWS_HTTPRESPONSE_H

#include "AsyncSocket.h"
#include "HttpContext.h"
#include "MoveOnlyFunction.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace uWS {

// The one status text upstream names.
static const char *HTTP_200_OK = "200 OK";

static const int HTTP_TIMEOUT_S = 10;

template <bool SSL> struct HttpResponse : public AsyncSocket<SSL> {
  typedef AsyncSocket<SSL> Super;

  using Super::close;
  using Super::getRemoteAddress;
  using Super::getRemoteAddressAsText;
  using Super::getRemotePort;
  using Super::getNativeHandle;

  HttpResponse *pause();
  HttpResponse *resume();
  HttpResponse *writeContinue();
  HttpResponse *writeStatus(std::string_view status);
  HttpResponse *writeHeader(std::string_view key, std::string_view value);
  HttpResponse *writeHeader(std::string_view key, uint64_t value);
  void beginWrite();
  void endWithoutBody(std::optional<size_t> reportedContentLength = std::nullopt,
                      bool closeConnection = false);
  void end(std::string_view data = {}, bool closeConnection = false);
  std::pair<bool, bool> tryEnd(std::string_view data, uintmax_t totalSize = 0,
                               bool closeConnection = false);
  bool write(std::string_view data);
  uintmax_t getWriteOffset();
  uint64_t maxRemainingBodyLength();
  void overrideWriteOffset(uintmax_t offset);
  bool hasResponded();
  template <typename UserData>
  void upgrade(UserData &&userData, std::string_view secWebSocketKey,
               std::string_view secWebSocketProtocol,
               std::string_view secWebSocketExtensions,
               struct us_socket_context_t *webSocketContext);
  HttpResponse *cork(MoveOnlyFunction<void()> &&handler);
  HttpResponse *onWritable(MoveOnlyFunction<bool(uintmax_t)> &&handler);
  HttpResponse *onAborted(MoveOnlyFunction<void()> &&handler);
  void onData(MoveOnlyFunction<void(std::string_view, bool)> &&handler);
  void onDataV2(MoveOnlyFunction<void(std::string_view, uint64_t)> &&handler);
};

} // namespace uWS

#endif // UWS_HTTPRESPONSE_H
