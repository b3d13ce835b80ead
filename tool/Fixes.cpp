//===--- Fixes.cpp - applying and exporting fix-its -----------------------===//

#include "Fixes.h"
#include "AtomicFile.h"
#include "Options.h"
#include "Worker.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

namespace {

struct Edit {
  unsigned Offset;
  unsigned Length;
  std::string Text;
  bool operator==(const Edit &Other) const {
    return Offset == Other.Offset && Length == Other.Length &&
           Text == Other.Text;
  }
};

/// Two edits conflict when they touch the same bytes, or start at the same
/// place (where only their order would decide the result).
bool conflicts(const Edit &A, const Edit &B) {
  if (A == B)
    return false;
  return A.Offset == B.Offset ||
         (A.Offset < B.Offset + B.Length && B.Offset < A.Offset + A.Length);
}

/// The edits of a finding's fix-it, by absolute file path.
std::map<std::string, std::vector<Edit>> editsOf(const ClangTidyError &Error) {
  std::map<std::string, std::vector<Edit>> Edits;
  for (const auto &File : Error.Message.Fix)
    for (const tooling::Replacement &R : File.getValue())
      Edits[absolutePath(R.getFilePath(), Error.BuildDirectory)].push_back(
          {R.getOffset(), R.getLength(), std::string(R.getReplacementText())});
  return Edits;
}

/// Writes \p Content over the file \p Path names, with its permissions, so
/// that an interrupted run leaves either the old or the new file, never half
/// of one.
std::error_code writeAtomically(llvm::StringRef Path, llvm::StringRef Content) {
  llvm::SmallString<256> Target;
  if (llvm::sys::fs::real_path(Path, Target))
    Target = Path; // A symlink is followed: the file it names is written.
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Target, Status))
    return EC;
  return writeFileAtomically(Target, Content, Status.permissions());
}

} // namespace

void planFixes(std::vector<Finding> &Findings) {
  // Every edit with the finding it belongs to, by file. Two findings whose
  // edits conflict are both left out: which one is right depends on how the
  // file is compiled (a header under two configurations, say).
  std::map<std::string, std::vector<std::pair<Edit, size_t>>> EditsByFile;
  for (size_t I = 0; I < Findings.size(); ++I) {
    if (!Findings[I].Fixable || Findings[I].Error.Message.Fix.empty())
      continue;
    Findings[I].Fix = Finding::Planned;
    for (auto &File : editsOf(Findings[I].Error))
      for (Edit &E : File.second)
        EditsByFile[File.first].emplace_back(std::move(E), I);
  }
  for (auto &File : EditsByFile)
    for (size_t A = 0; A < File.second.size(); ++A)
      for (size_t B = A + 1; B < File.second.size(); ++B)
        if (conflicts(File.second[A].first, File.second[B].first))
          for (size_t Owner : {File.second[A].second, File.second[B].second})
            Findings[Owner].Fix = Finding::Conflict;
  for (const Finding &F : Findings)
    if (F.Fix == Finding::Conflict)
      warning("the fix for [" + F.Error.DiagnosticName + "] in '" +
              F.Error.Message.FilePath +
              "' conflicts with another fix of the same code; neither is "
              "applied");
}

bool applyFixes(std::vector<Finding> &Findings,
                const llvm::StringMap<std::string> &Digests) {
  // Every distinct edit, by file; a finding is applied when all its files
  // are written.
  std::map<std::string, std::vector<Edit>> EditsByFile;
  for (const Finding &F : Findings)
    if (F.Fix == Finding::Planned)
      for (auto &File : editsOf(F.Error))
        for (Edit &E : File.second)
          if (!llvm::is_contained(EditsByFile[File.first], E))
            EditsByFile[File.first].push_back(std::move(E));

  std::set<std::string> Unwritten;
  for (auto &File : EditsByFile) {
    const std::string &Path = File.first;
    auto Fail = [&](const llvm::Twine &Why) {
      error("not fixing '" + Path + "': " + Why);
      Unwritten.insert(Path);
    };
    auto Content =
        llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
    if (!Content) {
      Fail(Content.getError().message());
      continue;
    }
    llvm::StringRef Old = (*Content)->getBuffer();
    auto Digest = Digests.find(Path);
    if (Digest == Digests.end() || Digest->getValue() != contentDigest(Old)) {
      Fail("it changed on disk after it was analysed; run http-tidy again");
      continue;
    }
    std::vector<Edit> &Edits = File.second;
    llvm::sort(Edits, [](const Edit &A, const Edit &B) {
      return A.Offset < B.Offset;
    });
    std::string New;
    unsigned Done = 0;
    bool InRange = true;
    for (const Edit &E : Edits) {
      if (E.Offset < Done || E.Offset + E.Length > Old.size()) {
        InRange = false;
        break;
      }
      New += Old.slice(Done, E.Offset);
      New += E.Text;
      Done = E.Offset + E.Length;
    }
    if (!InRange) {
      Fail("a fix lies outside the file");
      continue;
    }
    New += Old.substr(Done);
    if (std::error_code EC = writeAtomically(Path, New))
      Fail(EC.message());
  }

  for (Finding &F : Findings) {
    if (F.Fix != Finding::Planned)
      continue;
    bool Written = llvm::none_of(editsOf(F.Error), [&](const auto &File) {
      return Unwritten.count(File.first);
    });
    F.Fix = Written ? Finding::Applied : Finding::Failed;
  }
  return Unwritten.empty();
}

bool exportFixes(llvm::StringRef Path, llvm::StringRef MainFile,
                 const std::vector<Finding> &Findings) {
  std::vector<ClangTidyError> Errors;
  for (const Finding &F : Findings) {
    if (F.Fix != Finding::Planned && F.Fix != Finding::Applied)
      continue;
    // Absolute paths: clang-apply-replacements may run from anywhere.
    ClangTidyError Error = F.Error;
    Error.Message.Fix.clear();
    for (const auto &File : F.Error.Message.Fix)
      for (const tooling::Replacement &R : File.getValue()) {
        std::string Absolute =
            absolutePath(R.getFilePath(), F.Error.BuildDirectory);
        llvm::consumeError(Error.Message.Fix[Absolute].add(tooling::Replacement(
            Absolute, R.getOffset(), R.getLength(), R.getReplacementText())));
      }
    Errors.push_back(std::move(Error));
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  exportReplacements(absolutePath(MainFile, ""), Errors, OS);
  if (std::error_code EC = writeFileAtomically(Path, OS.str())) {
    error("cannot write '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

} // namespace http_tidy
