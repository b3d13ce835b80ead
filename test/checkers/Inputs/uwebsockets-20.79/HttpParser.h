// Declaration-only stand-in for uWebSockets v20.79.0 (uNetworking/uWebSockets,
// tag v20.79.0), written for http-tidy's lint tests. It declares the part of
// the public API that the tests and the model use, with the names,
// namespaces, signatures, default arguments and return types of that
// release, so that handler code parses as it does against the real headers.
// It is not the upstream code and has no implementation; tests only run
// -fsyntax-only against it; nothing links.
// Mirrors src/HttpParser.h, which declares uWS::HttpRequest (there is no
// HttpRequest.h in v20.79.0).

#ifndef UWS_HTTPPARSER_H
#define UWS_HTTPPARSER_H

#include <string_view>
#include <utility>

namespace uWS {

struct HttpRequest {
  struct HeaderIterator {
    bool operator!=(const HeaderIterator &other) const;
    HeaderIterator &operator++();
    std::pair<std::string_view, std::string_view> operator*() const;
  };

  bool isAncient();
  bool getYield();
  HeaderIterator begin();
  HeaderIterator end();
  void setYield(bool yield);
  std::string_view getHeader(std::string_view lowerCasedHeader);
  std::string_view getUrl();
  std::string_view getFullUrl();
  std::string_view getCaseSensitiveMethod();
  std::string_view getMethod();
  std::string_view getQuery();
  std::string_view getQuery(std::string_view key);
  std::string_view getParameter(std::string_view name);
  std::string_view getParameter(unsigned short index);
};

} // namespace uWS

#endif // UWS_HTTPPARSER_H
