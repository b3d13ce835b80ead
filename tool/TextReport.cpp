//===--- TextReport.cpp - clang's diagnostic format -----------------------===//
//
// Printed with clang's own TextDiagnosticPrinter, as clang-tidy prints, so
// that the text of both front ends is the same.
//
//===----------------------------------------------------------------------===//

#include "Reports.h"
#include "Worker.h"
#include "compat/LLVMCompat.h"
#include "clang/Basic/DiagnosticFrontend.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

namespace {

class TextReporter {
public:
  TextReporter(llvm::raw_ostream &OS, bool Colors, SourceFiles &Contents)
      : Contents(Contents), Options(makeOptions(Colors)),
        Printer(OS, &*Options), FS(llvm::vfs::createPhysicalFileSystem()),
        Files(FileSystemOptions(), FS),
        Diags(tidy::http::compat::makeDiagnosticsEngine(*Options, &Printer)),
        Sources(*Diags, Files) {
    Diags->setSourceManager(&Sources);
    Printer.BeginSourceFile(LangOpts, nullptr);
  }
  ~TextReporter() { Printer.EndSourceFile(); }

  void report(const Finding &F) {
    const ClangTidyError &Error = F.Error;
    BuildDirectory = Error.BuildDirectory;
    // Paths are relative to the directory of the compile command.
    std::string Initial;
    if (auto Cwd = FS->getCurrentWorkingDirectory())
      Initial = *Cwd;
    if (!Error.BuildDirectory.empty())
      FS->setCurrentWorkingDirectory(Error.BuildDirectory);

    auto Level = static_cast<DiagnosticsEngine::Level>(Error.DiagLevel);
    std::string Name = Error.DiagnosticName;
    if (Error.IsWarningAsError) {
      Name += ",-warnings-as-errors";
      Level = DiagnosticsEngine::Error;
    }
    std::vector<SourceLocation> FixLocations;
    {
      auto Diag = Diags->Report(
                      locate(Error.Message.FilePath, Error.Message.FileOffset),
                      Diags->getCustomDiagID(Level, "%0 [%1]"))
                  << Error.Message.Message << Name;
      addRangesAndFixes(Diag, Error.Message);
      for (const auto &File : Error.Message.Fix)
        for (const tooling::Replacement &R : File.getValue())
          FixLocations.push_back(locate(R.getFilePath(), R.getOffset()));
    }
    if (F.Fix == Finding::Applied || F.Fix == Finding::Failed ||
        F.Fix == Finding::Conflict)
      for (SourceLocation Loc : FixLocations)
        Diags->Report(Loc, F.Fix == Finding::Applied ? diag::note_fixit_applied
                                                     : diag::note_fixit_failed);
    for (const tooling::DiagnosticMessage &Note : Error.Notes) {
      auto Diag =
          Diags->Report(locate(Note.FilePath, Note.FileOffset),
                        Diags->getCustomDiagID(DiagnosticsEngine::Note, "%0"))
          << Note.Message;
      addRangesAndFixes(Diag, Note);
    }
    FS->setCurrentWorkingDirectory(Initial);
  }

private:
  static llvm::IntrusiveRefCntPtr<DiagnosticOptions> makeOptions(bool Colors) {
    auto Options = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
    Options->ShowColors = Colors;
    return Options;
  }

  /// The location of a byte of a file, in its text as analysed (fixes may
  /// have been written since); none when the file cannot be read.
  SourceLocation locate(llvm::StringRef Path, unsigned Offset) {
    if (Path.empty())
      return SourceLocation();
    const llvm::MemoryBuffer *Content =
        Contents.content(absolutePath(Path, BuildDirectory));
    if (!Content || Offset > Content->getBufferSize())
      return SourceLocation();
    llvm::Expected<FileEntryRef> File = Files.getFileRef(Path);
    if (!File) {
      llvm::consumeError(File.takeError());
      return SourceLocation();
    }
    if (!Sources.isFileOverridden(*File))
      Sources.overrideFileContents(*File, Content->getMemBufferRef());
    FileID ID = Sources.getOrCreateFileID(*File, SrcMgr::C_User);
    return Sources.getLocForStartOfFile(ID).getLocWithOffset(Offset);
  }

  CharSourceRange range(llvm::StringRef Path, unsigned Offset,
                        unsigned Length) {
    SourceLocation Begin = locate(Path, Offset);
    SourceLocation End = locate(Path, Offset + Length);
    if (Begin.isInvalid() || End.isInvalid())
      return CharSourceRange();
    return CharSourceRange::getCharRange(Begin, End);
  }

  void addRangesAndFixes(DiagnosticBuilder &Diag,
                         const tooling::DiagnosticMessage &Message) {
    for (const tooling::FileByteRange &R : Message.Ranges) {
      CharSourceRange Range = range(R.FilePath, R.FileOffset, R.Length);
      if (Range.isValid())
        Diag << Range;
    }
    for (const auto &File : Message.Fix)
      for (const tooling::Replacement &R : File.getValue()) {
        CharSourceRange Range =
            range(R.getFilePath(), R.getOffset(), R.getLength());
        if (Range.isValid())
          Diag << FixItHint::CreateReplacement(Range, R.getReplacementText());
      }
  }

  SourceFiles &Contents;
  std::string BuildDirectory;
  llvm::IntrusiveRefCntPtr<DiagnosticOptions> Options;
  LangOptions LangOpts;
  TextDiagnosticPrinter Printer;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  FileManager Files;
  std::unique_ptr<DiagnosticsEngine> Diags;
  SourceManager Sources;
};

} // namespace

void writeText(llvm::raw_ostream &OS, RunResults &Results, bool Colors) {
  TextReporter Reporter(OS, Colors, Results.Files);
  for (const Finding &F : Results.Findings)
    if (!F.Baselined)
      Reporter.report(F);
}

} // namespace http_tidy
