//===--- BodySkipping.cpp - bodies the parser need not build --------------===//

#include "BodySkipping.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace http_tidy {

BodySkipper::BodySkipper(bool SystemHeaders, llvm::StringRef HeaderFilter)
    : SystemHeaders(SystemHeaders) {
  if (!HeaderFilter.empty())
    this->HeaderFilter.emplace(HeaderFilter);
}

void BodySkipper::Initialize(ASTContext &Context) {
  Sources = &Context.getSourceManager();
}

bool BodySkipper::shouldSkipFunctionBody(Decl *D) {
  const FunctionDecl *Function = D->getAsFunction();
  // A template's body is what its instantiations are made from, and a
  // lambda of the main file given to a framework template is instantiated
  // through it; the analysis sees the lambda's body only then.
  if (!Sources || !Function || Function->isTemplated())
    return false;
  // Outside system headers a function may be a helper the analysis follows.
  SourceLocation Where = Sources->getExpansionLoc(Function->getLocation());
  if (!Sources->isInSystemHeader(Where))
    return false;
  return !mayReport(Sources->getFileID(Where));
}

bool BodySkipper::mayReport(FileID File) {
  if (File == Sources->getMainFileID())
    return true;
  if (!SystemHeaders || !HeaderFilter)
    return false;
  auto [Known, New] = Reported.try_emplace(File, true);
  if (New) {
    OptionalFileEntryRef Entry = Sources->getFileEntryRefForID(File);
    // An invalid filter is clang-tidy's to report; keeping the bodies is
    // never wrong.
    Known->second = !Entry || !HeaderFilter->isValid() ||
                    HeaderFilter->match(Entry->getName());
  }
  return Known->second;
}

} // namespace http_tidy
