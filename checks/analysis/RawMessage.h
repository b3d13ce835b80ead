//===--- RawMessage.h - http-tidy -------------------------------*- C++ -*-===//
//
// Reads HTTP/1.x protocol text that a handler writes itself
// (`mg_printf(conn, "HTTP/1.1 204 No Content\r\n...")`): its status line,
// its header lines and where its content starts. A message may be
// written in several pieces, split anywhere: the bytes written on one path
// are one stream, and the phase says where the previous piece left it.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_ANALYSIS_RAWMESSAGE_H
#define HTTP_TIDY_ANALYSIS_RAWMESSAGE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace clang::tidy::http {

/// Where in a raw message the text written so far ends.
enum class RawPhase : uint8_t {
  None, ///< No status line written: the text is no raw message.
  /// Between messages: unknown code was handed the connection before
  /// anything was written to it, or an interim (1xx) response ended. Text
  /// that starts with a status line starts a message; other text cannot be
  /// placed, and neither can anything after it (Lost).
  Boundary,
  LineStart, ///< In the header section, at the start of a line.
  /// In the header section, on a line that holds nothing but `\r` so far: a
  /// `\n` makes it the blank line.
  LineCR,
  /// In the header section, inside a line begun earlier: the status line, or
  /// a header line whose name was read, or cannot be, where it began.
  InLine,
  Body, ///< After the blank line.
  /// Somewhere in a message that cannot be told (bytes that cannot be read
  /// were written in its header section): nothing more is read.
  Lost,
};

/// Whether `Phase` is inside a message's header section.
inline bool inHeaderSection(RawPhase Phase) {
  return Phase == RawPhase::LineStart || Phase == RawPhase::LineCR ||
         Phase == RawPhase::InLine;
}

/// Something a piece of raw message text says, at byte `Offset` of it.
struct RawPart {
  /// MessageEnd: the blank line of an interim response (1xx but 101), after
  /// which the final response's status line comes.
  /// Header: another header line, whose name was read. UnknownHeader: a
  /// header line whose name cannot be read where it starts.
  enum Kind {
    Status,
    ContentLength,
    TransferEncoding,
    Header,
    UnknownHeader,
    Content,
    MessageEnd
  };
  Kind K;
  unsigned Offset;
  /// For Status: the code, or 0 when the line spells none (`%d`).
  unsigned Code = 0;
  /// For Header: its name, and its value as far as this piece holds it
  /// (nothing when the line goes on in a later piece).
  llvm::StringRef Name;
  std::optional<llvm::StringRef> Value;
};

/// Where the code starts in a status line at the start of `Text`
/// (`HTTP/1.1 204 No Content`: byte 9), if `Text` starts with one.
std::optional<size_t> statusLineCodeAt(llvm::StringRef Text);

/// Parses `Text`, written when the message was in `Phase`, into `Out`, and
/// returns the phase after it. `Code` is the status of the message whose
/// header section `Phase` is in (0 when unknown or none). In phase None only
/// text that starts with an HTTP/1.x status line is a message; other text
/// gives nothing and leaves the phase None. A line ends at its `\n`,
/// whichever piece holds it; a header line's name is read only when the
/// piece that starts the line holds it whole, up to its colon.
RawPhase parseRawMessage(llvm::StringRef Text, RawPhase Phase, unsigned Code,
                         llvm::SmallVectorImpl<RawPart> &Out);

} // namespace clang::tidy::http

#endif // HTTP_TIDY_ANALYSIS_RAWMESSAGE_H
