//===--- HttpTidyMain.cpp - the http-tidy command -------------------------===//
//
// http-tidy runs the `http` checks through clang-tidy's own library, so that
// configuration files, NOLINT comments, fixes and diagnostics behave exactly
// as under clang-tidy. What it adds is its defaults (only the http checks),
// one-line errors for bad input, and exit statuses a CI step can act on:
//   0  no findings
//   1  findings
//   2  usage, configuration or compilation database error
//   3  a file could not be analysed (unreadable, or it does not compile)
//
//===----------------------------------------------------------------------===//

#include "Inputs.h"
#include "Options.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "compat/LLVMCompat.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using namespace clang::tidy;
using namespace http_tidy;

namespace {

enum ExitStatus {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitNotAnalysed = 3,
};

const char Overview[] = R"(
http-tidy finds HTTP responses that break the no-content rules of RFC 9110
(content, Content-Length or Transfer-Encoding on a 204, 205, 304 or 1xx
response) and status codes written as numbers where the framework names them.

  http-tidy [options] <file>... [-- <compiler arguments>]

Exit status: 0 no findings, 1 findings, 2 usage or configuration error,
3 a file could not be analysed.
)";

bool isCompilerError(const ClangTidyError &E) {
  return E.DiagLevel == ClangTidyError::Error &&
         clang::tidy::http::compat::startsWith(E.DiagnosticName,
                                               "clang-diagnostic-");
}

int listOrDump(const ClangTidyOptions &Effective) {
  if (ListChecks) {
    llvm::outs() << "Enabled checks:";
    for (const std::string &Check : getCheckNames(Effective, false))
      llvm::outs() << "\n    " << Check;
    llvm::outs() << "\n\n";
    return ExitClean;
  }
  ClangTidyOptions WithCheckOptions = Effective;
  WithCheckOptions.CheckOptions = getCheckOptions(Effective, false);
  llvm::outs() << configurationAsText(ClangTidyOptions::getDefaults().merge(
                      WithCheckOptions, 0))
               << "\n";
  return ExitClean;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);

  // Everything after `--` is compiler arguments for every file.
  std::string FixedError;
  std::unique_ptr<tooling::CompilationDatabase> Fixed =
      tooling::FixedCompilationDatabase::loadFromCommandLine(argc, argv,
                                                             FixedError);
  if (!FixedError.empty()) {
    error(FixedError);
    return ExitUsage;
  }
  llvm::cl::HideUnrelatedOptions(Category);
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "http-tidy " HTTP_TIDY_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
  });
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  if (!llvm::cl::ParseCommandLineOptions(argc, argv, Overview,
                                         &ParseErrorStream)) {
    llvm::StringRef Message = llvm::StringRef(ParseErrors).trim();
    Message.consume_front(argv[0]);
    Message.consume_front(": ");
    error(Message.split('\n').first + " (see --help)");
    return ExitUsage;
  }

  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::unique_ptr<ClangTidyOptionsProvider> OptionsProvider =
      createOptionsProvider(BaseFS);
  if (!OptionsProvider)
    return ExitUsage;

  llvm::SmallString<256> ConfigFor(
      SourcePaths.empty() ? llvm::StringRef("dummy") : SourcePaths[0]);
  llvm::sys::fs::make_absolute(ConfigFor);
  ClangTidyOptions Effective = OptionsProvider->getOptions(ConfigFor);
  if (ListChecks || DumpConfig)
    return listOrDump(Effective);
  if (SourcePaths.empty()) {
    error("no input files; usage: http-tidy [options] <file>... "
          "[-- <compiler arguments>]");
    return ExitUsage;
  }
  if (getCheckNames(Effective, false).empty()) {
    error("no checks enabled; see --checks and the Checks: of .clang-tidy");
    return ExitUsage;
  }
  std::unique_ptr<tooling::CompilationDatabase> Compilations =
      loadCompilations(std::move(Fixed), SourcePaths);
  if (!Compilations)
    return ExitUsage;

  bool AllReadable = true;
  std::vector<std::string> Inputs = readableInputs(SourcePaths, AllReadable);

  ClangTidyContext Context(std::move(OptionsProvider));
  std::vector<ClangTidyError> Errors;
  if (!Inputs.empty())
    Errors = runClangTidy(Context, *Compilations, Inputs, BaseFS,
                          /*ApplyAnyFix=*/false);

  const bool CompilerErrors = llvm::any_of(Errors, isCompilerError);
  const bool Findings = llvm::any_of(
      Errors, [](const ClangTidyError &E) { return !isCompilerError(E); });
  FixBehaviour Behaviour = FB_NoFix;
  if (Fix && (!CompilerErrors || FixErrors))
    Behaviour = FB_Fix;
  else if (Fix)
    warning("fixes were not applied because of compiler errors "
            "(--fix-errors applies them anyway)");
  unsigned WarningsAsErrorsCount = 0;
  handleErrors(Errors, Context, Behaviour, WarningsAsErrorsCount, BaseFS);

  if (!ExportFixes.empty() && !Errors.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(ExportFixes, EC, llvm::sys::fs::OF_None);
    if (EC) {
      error("cannot write '" + ExportFixes + "': " + EC.message());
      return ExitUsage;
    }
    exportReplacements(Inputs.front(), Errors, OS);
  }

  if (!AllReadable || CompilerErrors) {
    if (CompilerErrors && !Quiet)
      error("some files have compiler errors; their findings may be "
            "incomplete");
    return ExitNotAnalysed;
  }
  return Findings ? ExitFindings : ExitClean;
}
