// cpp-httplib 0.11 from Debian's libcpp-httplib-dev.
#include <httplib.h>

using httplib::Request;
using httplib::Response;

#define NO_CONTENT 204
static const char *const kContentLength = "Content-Length";

// --- Findings ---------------------------------------------------------------

void deleteItem(const Request &, Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "16");
}

void transferEncoding(const Request &, Response &res) {
  res.set_header("transfer-encoding", "chunked");
  res.status = NO_CONTENT;
}

void informational(const Request &, Response &res) {
  res.status = 103;
  res.set_header("Content-Length", "0");
}

void throughPointer(const Request &req, Response &res) {
  Response *out = &res;
  if (req.has_header("X-Quiet"))
    out->status = 204;
  out->set_header("Content-Length", "0");
}

// A constant holding the name is followed.
void nameInConstant(const Request &, Response &res) {
  res.status = 204;
  res.set_header(kContentLength, "0");
}

// --- No findings ------------------------------------------------------------

// RFC 9110 allows Content-Length on a 304.
void notModified(const Request &, Response &res) {
  res.status = 304;
  res.set_header("Content-Length", "1024");
}

void metadataOnNoContent(const Request &, Response &res) {
  res.status = 204;
  res.set_header("ETag", "\"v2\"");
  res.set_header("Location", "/items/2");
  res.set_header("Cache-Control", "no-store");
}

void earlyReturn(const Request &req, Response &res) {
  if (req.has_header("X-Quiet")) {
    res.status = 204;
    return;
  }
  res.set_header("Content-Length", "5");
  res.set_content("hello", "text/plain");
}

void statusOverwritten(const Request &, Response &res) {
  res.status = 204;
  res.set_header("Content-Length", "5");
  res.status = 200;
}

// A header name held in a variable that may change is not followed.
void nameInVariable(const Request &, Response &res, const char *name) {
  res.status = 204;
  res.set_header(name, "0");
}

// The framework adds Content-Length: 0 to an empty 204 by itself: nothing in
// the handler to fix.
void emptyNoContent(const Request &, Response &res) { res.status = 204; }
