//===--- ModelFuzzer.cpp - http-tidy --------------------------------------===//
//
// Fuzz target for a framework model file: the input goes through the real
// reader and the schema's validation (readModel), as a file named by
// http.FrameworkModels does. A model that reads is indexed as the checks
// index it. Besides crashes and sanitizer reports, an error that is not one
// line naming the file, line and column is a finding: that is the promise of
// docs/frameworks.md. Built with HTTP_TIDY_FUZZ=ON and run by
// scripts/fuzz-inputs.sh; in the ordinary build it is a replay tool
// (ReplayMain.cpp) that runs kept inputs once each.
//
//===----------------------------------------------------------------------===//

#include "analysis/ApiLookup.h"
#include "model/ModelReader.h"
#include "model/ModelSet.h"
#include "llvm/ADT/StringExtras.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace clang::tidy::http;

namespace {

/// "<file>:<line>:<column>: <message>" on one line.
bool isPositionedLine(llvm::StringRef Message, llvm::StringRef File) {
  if (!Message.consume_front(File) || !Message.consume_front(":") ||
      Message.contains('\n'))
    return false;
  for (int Field = 0; Field < 2; ++Field) {
    llvm::StringRef Digits =
        Message.take_while([](char C) { return llvm::isDigit(C); });
    if (Digits.empty() || !Message.drop_front(Digits.size()).starts_with(":"))
      return false;
    Message = Message.drop_front(Digits.size() + 1);
  }
  return Message.starts_with(" ") && Message.size() > 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  constexpr llvm::StringLiteral File = "fuzz.yaml";
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<model::FrameworkModel> Model = model::readModel(Text, File);
  if (!Model) {
    std::string Message = llvm::toString(Model.takeError());
    if (!isPositionedLine(Message, File)) {
      std::fprintf(stderr, "not a one-line positioned error: %s\n",
                   Message.c_str());
      std::abort();
    }
    return 0;
  }
  auto Set = std::make_shared<model::ModelSet>();
  Set->Models.push_back(
      std::make_shared<const model::FrameworkModel>(std::move(*Model)));
  ApiLookup Lookup(Set);
  return 0;
}
