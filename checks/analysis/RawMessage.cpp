//===--- RawMessage.cpp - http-tidy ---------------------------------------===//

#include "RawMessage.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::http {

/// The status line at the start of `Text`: `HTTP/1.x NNN reason`. Returns
/// the offset just after its line end (or the end of the text), and the code
/// (0 when the three characters are not digits) with its offset.
static bool statusLine(llvm::StringRef Text, size_t &End, RawPart &Status) {
  llvm::StringRef Rest = Text;
  if (!Rest.consume_front("HTTP/1.") || Rest.empty() ||
      !llvm::isDigit(Rest.front()))
    return false;
  Rest = Rest.drop_front();
  if (!Rest.consume_front(" "))
    return false;
  Status = {RawPart::Status, static_cast<unsigned>(Text.size() - Rest.size())};
  llvm::StringRef Code = Rest.take_while(llvm::isDigit);
  if (Code.size() == 3)
    Code.getAsInteger(10, Status.Code);
  size_t Newline = Text.find('\n');
  End = Newline == llvm::StringRef::npos ? Text.size() : Newline + 1;
  return true;
}

RawPhase parseRawMessage(llvm::StringRef Text, RawPhase Phase,
                         llvm::SmallVectorImpl<RawPart> &Out) {
  size_t At = 0;
  if (Phase == RawPhase::None) {
    RawPart Status{RawPart::Status, 0};
    if (!statusLine(Text, At, Status))
      return RawPhase::None;
    Out.push_back(Status);
    Phase = RawPhase::Headers;
  }
  while (Phase == RawPhase::Headers && At < Text.size()) {
    llvm::StringRef Rest = Text.substr(At);
    size_t Newline = Rest.find('\n');
    llvm::StringRef Line = Rest.substr(0, Newline).rtrim('\r');
    if (Line.empty() && Newline != llvm::StringRef::npos) {
      Phase = RawPhase::Body;
      At += Newline + 1;
      break;
    }
    // A header's name may be written before its value is (`"Content-Length:
    // %d\r\n"`, or a value in a later write).
    llvm::StringRef Name = Line.split(':').first.trim();
    if (Line.contains(':')) {
      if (Name.equals_insensitive("content-length"))
        Out.push_back({RawPart::ContentLength, static_cast<unsigned>(At)});
      else if (Name.equals_insensitive("transfer-encoding"))
        Out.push_back({RawPart::TransferEncoding, static_cast<unsigned>(At)});
    }
    if (Newline == llvm::StringRef::npos)
      return Phase;
    At += Newline + 1;
  }
  if (Phase == RawPhase::Body && At < Text.size())
    Out.push_back({RawPart::Content, static_cast<unsigned>(At)});
  return Phase;
}

} // namespace clang::tidy::http
