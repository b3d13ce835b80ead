//===--- RawMessage.cpp - http-tidy ---------------------------------------===//

#include "RawMessage.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

namespace clang::tidy::http {

/// The status line at the start of `Text`: `HTTP/1.x NNN reason`. Sets the
/// code (0 when the three characters are not digits) and its offset.
std::optional<size_t> statusLineCodeAt(llvm::StringRef Text) {
  llvm::StringRef Rest = Text;
  if (!Rest.consume_front("HTTP/1.") || Rest.empty() ||
      !llvm::isDigit(Rest.front()))
    return std::nullopt;
  Rest = Rest.drop_front();
  if (!Rest.consume_front(" "))
    return std::nullopt;
  return Text.size() - Rest.size();
}

static bool statusLine(llvm::StringRef Text, RawPart &Status) {
  std::optional<size_t> CodeAt = statusLineCodeAt(Text);
  if (!CodeAt)
    return false;
  llvm::StringRef Rest = Text.substr(*CodeAt);
  Status = {RawPart::Status, static_cast<unsigned>(*CodeAt)};
  llvm::StringRef Code = Rest.take_while(llvm::isDigit);
  if (Code.size() == 3)
    Code.getAsInteger(10, Status.Code);
  return true;
}

/// What a header line, written from its start at `Offset`, says. The name
/// needs its colon: a name cut short may go on in a later write
/// (`Content-` ... `Length: 0`), so it cannot be read. Its value may come
/// later (`"Content-Length: %d\r\n"`, or a value in a later write).
static std::optional<RawPart> headerLine(llvm::StringRef Line,
                                         unsigned Offset) {
  // A line that starts with whitespace goes on with the previous line's
  // value (obsolete line folding): it names no header.
  if (Line.starts_with(" ") || Line.starts_with("\t"))
    return std::nullopt;
  size_t Colon = Line.find(':');
  if (Colon == llvm::StringRef::npos)
    return RawPart{RawPart::UnknownHeader, Offset};
  llvm::StringRef Name = Line.take_front(Colon).rtrim(" \t");
  if (Name.equals_insensitive("content-length"))
    return RawPart{RawPart::ContentLength, Offset};
  if (Name.equals_insensitive("transfer-encoding"))
    return RawPart{RawPart::TransferEncoding, Offset};
  RawPart Part{RawPart::Header, Offset};
  Part.Name = Name;
  if (Line.ends_with("\n"))
    Part.Value = Line.drop_front(Colon + 1).trim(" \t\r\n");
  return Part;
}

/// An interim response ends at its blank line and the final response
/// follows on the connection. 101 ends the connection's HTTP instead: what
/// follows is another protocol's.
static bool isInterim(unsigned Code) {
  return Code >= 100 && Code < 200 && Code != 101;
}

RawPhase parseRawMessage(llvm::StringRef Text, RawPhase Phase, unsigned Code,
                         llvm::SmallVectorImpl<RawPart> &Out) {
  size_t At = 0;
  while (Phase != RawPhase::Lost) {
    if (Phase == RawPhase::None || Phase == RawPhase::Boundary) {
      RawPart Status{RawPart::Status, 0};
      if (!statusLine(Text.substr(At), Status))
        return Phase == RawPhase::None ? Phase : RawPhase::Lost;
      Status.Offset += At;
      Out.push_back(Status);
      At = Status.Offset;
      Code = Status.Code;
      Phase = RawPhase::InLine;
    }
    while (inHeaderSection(Phase) && At < Text.size()) {
      llvm::StringRef Rest = Text.substr(At);
      if (Phase == RawPhase::InLine) {
        size_t Newline = Rest.find('\n');
        if (Newline == llvm::StringRef::npos)
          return Phase;
        At += Newline + 1;
        Phase = RawPhase::LineStart;
        continue;
      }
      // A line of nothing but `\r` before its `\n` is the blank line.
      size_t Returns = Rest.find_first_not_of('\r');
      if (Returns == llvm::StringRef::npos)
        return RawPhase::LineCR;
      if (Rest[Returns] == '\n') {
        At += Returns + 1;
        Phase = RawPhase::Body;
        break;
      }
      // A `\r` that ends no line leaves a line whose name cannot be read.
      if (Returns > 0 || Phase == RawPhase::LineCR) {
        Out.push_back({RawPart::UnknownHeader, static_cast<unsigned>(At)});
        At += Returns;
        Phase = RawPhase::InLine;
        continue;
      }
      size_t LineEnd = Rest.find('\n');
      if (std::optional<RawPart> Header = headerLine(
              Rest.take_front(LineEnd == llvm::StringRef::npos ? Rest.size()
                                                               : LineEnd + 1),
              static_cast<unsigned>(At)))
        Out.push_back(*Header);
      Phase = RawPhase::InLine;
    }
    if (Phase != RawPhase::Body || !isInterim(Code))
      break;
    Out.push_back({RawPart::MessageEnd, static_cast<unsigned>(At)});
    Phase = RawPhase::Boundary;
    if (At == Text.size())
      return Phase;
  }
  if (Phase == RawPhase::Body && At < Text.size())
    Out.push_back({RawPart::Content, static_cast<unsigned>(At)});
  return Phase;
}

} // namespace clang::tidy::http
