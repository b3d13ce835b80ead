//===--- CppHttplib.cpp - http-tidy ---------------------------------------===//
//
// cpp-httplib (yhirose/cpp-httplib). Checked against the Debian 0.11.4 header
// and the 0.15.3 API. The server sends the response after the handler
// returns; it adds Content-Length itself, so only what the handler writes is
// modelled. The StatusCode enum exists from 0.14.3 on.
//
//===----------------------------------------------------------------------===//

#include "FrameworkModel.h"

namespace clang::tidy::http::model {

FrameworkModel cppHttplibModel() {
  return {
      "cpp-httplib",
      {"httplib::Response"},
      {
          statusField("status"),
          // A defaulted status argument (302) is read from the default
          // argument.
          statusMethod("set_redirect", 1),
          bodyField("body"),
          bodyMethod("set_content", 0, 1),
          // Providers always stream content; the fixed-length overload's
          // first argument is the length, not the content.
          bodyMethod("set_content_provider", -1),
          bodyMethod("set_chunked_content_provider", -1),
          bodyMethod("set_file_content", -1),
          headerSetter("set_header", 0),
          statusReaderField("status"),
      },
      "httplib::StatusCode",
      {"httplib::StatusCode"},
  };
}

} // namespace clang::tidy::http::model
