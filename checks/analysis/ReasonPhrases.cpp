//===--- ReasonPhrases.cpp - http-tidy ------------------------------------===//

#include "ReasonPhrases.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::http {

namespace {
struct Reason {
  unsigned Code;
  const char *Phrase;
  /// An earlier name of the code (RFC 2068, 2616, 7231, 4918).
  bool Earlier = false;
};
} // namespace

// The first entry of a code is its current phrase.
static constexpr Reason Reasons[] = {
    {100, "Continue"},
    {101, "Switching Protocols"},
    {102, "Processing"},
    {103, "Early Hints"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {203, "Non-Authoritative Information"},
    {204, "No Content"},
    {205, "Reset Content"},
    {206, "Partial Content"},
    {207, "Multi-Status"},
    {208, "Already Reported"},
    {226, "IM Used"},
    {300, "Multiple Choices"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {302, "Moved Temporarily", true},
    {303, "See Other"},
    {304, "Not Modified"},
    {305, "Use Proxy"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {402, "Payment Required"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"},
    {408, "Request Timeout"},
    {408, "Request Time-out", true},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Content Too Large"},
    {413, "Payload Too Large", true},
    {413, "Request Entity Too Large", true},
    {414, "URI Too Long"},
    {414, "Request-URI Too Long", true},
    {414, "Request-URI Too Large", true},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {416, "Requested Range Not Satisfiable", true},
    {417, "Expectation Failed"},
    {418, "I'm a teapot", true},
    {421, "Misdirected Request"},
    {422, "Unprocessable Content"},
    {422, "Unprocessable Entity", true},
    {423, "Locked"},
    {424, "Failed Dependency"},
    {425, "Too Early"},
    {426, "Upgrade Required"},
    {428, "Precondition Required"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {504, "Gateway Time-out", true},
    {505, "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates"},
    {507, "Insufficient Storage"},
    {508, "Loop Detected"},
    {510, "Not Extended"},
    {511, "Network Authentication Required"},
};

llvm::StringRef standardReason(unsigned Code) {
  for (const Reason &R : Reasons)
    if (R.Code == Code && !R.Earlier)
      return R.Phrase;
  return "";
}

llvm::SmallVector<unsigned, 1> codesNamedBy(llvm::StringRef Phrase) {
  Phrase = Phrase.trim(" \t");
  llvm::SmallVector<unsigned, 1> Codes;
  for (const Reason &R : Reasons)
    if (Phrase.equals_insensitive(R.Phrase) &&
        !llvm::is_contained(Codes, R.Code))
      Codes.push_back(R.Code);
  return Codes;
}

} // namespace clang::tidy::http
