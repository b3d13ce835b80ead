//===--- RawMessage.h - http-tidy -------------------------------*- C++ -*-===//
//
// Reads HTTP/1.x protocol text that a handler writes itself
// (`mg_printf(conn, "HTTP/1.1 204 No Content\r\n...")`): its status line,
// its framing header lines and where its content starts. A message may be
// written in several pieces; the phase says where the previous one ended.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RAWMESSAGE_H
#define HTTP_TIDY_ANALYSIS_RAWMESSAGE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace clang::tidy::http {

/// Where in a raw message the text written so far ends.
enum class RawPhase : uint8_t {
  None,    ///< No status line written: the text is no raw message.
  Headers, ///< After the status line, before the blank line.
  Body,    ///< After the blank line.
};

/// Something a piece of raw message text says, at byte `Offset` of it.
struct RawPart {
  enum Kind { Status, ContentLength, TransferEncoding, Content };
  Kind K;
  unsigned Offset;
  /// For Status: the code, or 0 when the line spells none (`%d`).
  unsigned Code = 0;
};

/// Parses `Text`, written when the message was in `Phase`, into `Out`, and
/// returns the phase after it. In phase None only text that starts with an
/// HTTP/1.x status line is a message; other text gives nothing.
RawPhase parseRawMessage(llvm::StringRef Text, RawPhase Phase,
                         llvm::SmallVectorImpl<RawPart> &Out);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RAWMESSAGE_H
