// Declaration-only stand-in for include/crow/http_response.h of Crow v1.3.3
// (CrowCpp/Crow), written for http-tidy's lint tests. It declares
// `crow::response` with upstream's data members, every public constructor
// and the members a handler uses to set the status, the body and the
// headers and to finish the response. Copying is deleted as upstream (the
// copy assignment is deleted and a move constructor is declared), so a
// response is returned by value as a temporary or moved. Not upstream code;
// the members that write the response on the socket are left out.

#pragma once

#include <string>
#include <sys/stat.h>

#include "crow/ci_map.h"
#include "crow/http_request.h"
#include "crow/returnable.h"

namespace crow {

struct response {
  int code{200};
  std::string body;
  ci_map headers;

#ifdef CROW_ENABLE_COMPRESSION
  bool compressed = true;
#endif
  bool skip_body = false;
  bool manual_length_header = false;

  // set_header replaces a header of that name; add_header adds one.
  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);

  const std::string &get_header_value(const std::string &key);

  static bool validate_mime_type(const std::string &candidate) noexcept;
  static std::string get_mime_type(const std::string &contentType);

  response();
  explicit response(int code_);
  response(std::string body_);
  response(int code_, std::string body_);
  response(returnable &&value);
  response(returnable &value);
  response(int code_, returnable &value);
  response(int code_, returnable &&value);
  response(response &&r);
  response(std::string contentType, std::string body_);
  response(int code_, std::string contentType, std::string body_);

  response &operator=(const response &r) = delete;
  response &operator=(response &&r) noexcept;

  bool is_completed() const noexcept;

  // Empties the body and the headers and sets the code back to 200.
  void clear();

  // 307, 308, 302 and 301, each with a Location header.
  void redirect(const std::string &location);
  void redirect_perm(const std::string &location);
  void moved(const std::string &location);
  void moved_perm(const std::string &location);

  // Appends to the body.
  void write(const std::string &body_part);

  // Sends the response; end(part) appends part to the body first.
  void end();
  void end(const std::string &body_part);

  bool is_alive();
  bool is_static_type();

  struct static_file_info {
    std::string path = "";
    struct stat statbuf;
    int statResult;
  };

  // The file becomes the body, with its Content-Length and code 200, or the
  // code becomes 404 when it is not a regular file.
  void set_static_file_info(std::string path, std::string content_type = "");
  void set_static_file_info_unsafe(std::string path,
                                   std::string content_type = "");
};

} // namespace crow
