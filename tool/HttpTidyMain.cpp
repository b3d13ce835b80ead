//===--- HttpTidyMain.cpp - the http-tidy command -------------------------===//
//
// http-tidy runs the `http` checks through clang-tidy's own library, so that
// configuration files, NOLINT comments, fixes and diagnostics behave exactly
// as under clang-tidy. What it adds is its defaults (only the http checks),
// a check that every input can be read, and exit statuses a CI step can act
// on:
//   0  no findings
//   1  findings
//   2  usage, configuration or compilation database error
//   3  a file could not be analysed (unreadable, or it does not compile)
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/WithColor.h"

using namespace clang;
using namespace clang::tidy;
namespace cl = llvm::cl;

namespace {

enum ExitStatus {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitNotAnalysed = 3,
};

cl::OptionCategory Category("http-tidy options");

const char DefaultChecks[] = "-*,http-*";

cl::opt<std::string> Checks("checks", cl::desc(R"(
Comma-separated list of globs with optional '-' prefix, added to the checks
of the configuration (default: '-*,http-*').)"),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors", cl::desc(R"(
Checks whose warnings are reported as errors, as a glob list.)"),
                                      cl::init(""), cl::cat(Category));
cl::opt<std::string> HeaderFilter("header-filter", cl::desc(R"(
Regular expression of the headers to report findings in, in addition to the
main files (default: none).)"),
                                  cl::init(""), cl::cat(Category));
cl::opt<bool> SystemHeaders("system-headers",
                            cl::desc("Report findings in system headers too."),
                            cl::init(false), cl::cat(Category));
cl::opt<std::string> Config("config", cl::desc(R"(
Configuration in YAML/JSON form, as in a .clang-tidy file, e.g.
--config="{Checks: 'http-*'}". Used instead of .clang-tidy files.)"),
                            cl::init(""), cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file", cl::desc(R"(
A .clang-tidy style configuration file to use instead of .clang-tidy files.)"),
                                cl::init(""), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply the suggested fixes."),
                  cl::init(false), cl::cat(Category));
cl::opt<bool> FixErrors("fix-errors", cl::desc(R"(
Apply fixes even when the file has compiler errors.)"),
                        cl::init(false), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes", cl::desc(R"(
Write the suggested fixes to this YAML file, in the format that
clang-apply-replacements reads.)"),
                                 cl::value_desc("filename"), cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print only the findings."),
                    cl::init(false), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the enabled checks and exit."),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config", cl::desc(R"(
Print the configuration that applies to the first file (or the current
directory) and exit.)"),
                         cl::init(false), cl::cat(Category));

void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "http-tidy") << Message << "\n";
}

/// Builds the options provider the way clang-tidy does, with http-tidy's
/// defaults; null after reporting a configuration error.
std::unique_ptr<ClangTidyOptionsProvider>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  ClangTidyGlobalOptions GlobalOptions;
  ClangTidyOptions DefaultOptions = ClangTidyOptions::getDefaults();
  DefaultOptions.Checks = DefaultChecks;
  DefaultOptions.WarningsAsErrors = "";
  DefaultOptions.HeaderFilterRegex = HeaderFilter;
  DefaultOptions.SystemHeaders = SystemHeaders;
  DefaultOptions.User = llvm::sys::Process::GetEnv("USER");

  ClangTidyOptions OverrideOptions;
  if (Checks.getNumOccurrences() > 0)
    OverrideOptions.Checks = Checks;
  if (WarningsAsErrors.getNumOccurrences() > 0)
    OverrideOptions.WarningsAsErrors = WarningsAsErrors;
  if (HeaderFilter.getNumOccurrences() > 0)
    OverrideOptions.HeaderFilterRegex = HeaderFilter;
  if (SystemHeaders.getNumOccurrences() > 0)
    OverrideOptions.SystemHeaders = SystemHeaders;

  auto FromText = [&](llvm::StringRef Text, llvm::StringRef Source)
      -> std::unique_ptr<ClangTidyOptionsProvider> {
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        parseConfiguration(llvm::MemoryBufferRef(Text, Source));
    if (!Parsed) {
      error("invalid configuration in '" + Source +
            "': " + Parsed.getError().message());
      return nullptr;
    }
    return std::make_unique<ConfigOptionsProvider>(
        std::move(GlobalOptions),
        ClangTidyOptions::getDefaults().merge(DefaultOptions, 0),
        std::move(*Parsed), std::move(OverrideOptions), std::move(FS));
  };
  if (!Config.empty() && !ConfigFile.empty()) {
    error("--config and --config-file cannot be used together");
    return nullptr;
  }
  if (!Config.empty())
    return FromText(Config, "--config");
  if (!ConfigFile.empty()) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(ConfigFile);
    if (!Text) {
      error("cannot read configuration file '" + ConfigFile +
            "': " + Text.getError().message());
      return nullptr;
    }
    return FromText((*Text)->getBuffer(), ConfigFile);
  }
  return std::make_unique<FileOptionsProvider>(
      std::move(GlobalOptions), std::move(DefaultOptions),
      std::move(OverrideOptions), std::move(FS));
}

/// Keeps the inputs that can be read; names each one that cannot.
std::vector<std::string> readableInputs(llvm::ArrayRef<std::string> Paths,
                                        bool &AllReadable) {
  std::vector<std::string> Result;
  AllReadable = true;
  for (const std::string &Path : Paths) {
    llvm::SmallString<256> Absolute(Path);
    llvm::sys::fs::make_absolute(Absolute);
    llvm::sys::fs::file_status Status;
    std::error_code EC = llvm::sys::fs::status(Absolute, Status);
    if (!EC && llvm::sys::fs::is_directory(Status))
      EC = std::make_error_code(std::errc::is_a_directory);
    if (!EC)
      EC = llvm::sys::fs::access(Absolute, llvm::sys::fs::AccessMode::Exist);
    if (!EC) {
      // Opening, not only looking at permissions: root reads anything.
      llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Contents =
          llvm::MemoryBuffer::getFile(Absolute, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
      if (!Contents)
        EC = Contents.getError();
    }
    if (EC) {
      error("cannot analyse '" + Path + "': " + EC.message());
      AllReadable = false;
      continue;
    }
    Result.push_back(std::string(Path));
  }
  return Result;
}

bool isCompilerError(const ClangTidyError &E) {
  return E.DiagLevel == ClangTidyError::Error &&
         llvm::StringRef(E.DiagnosticName).starts_with("clang-diagnostic-");
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Category);
  llvm::Expected<tooling::CommonOptionsParser> Parser =
      tooling::CommonOptionsParser::create(argc, argv, Category,
                                           cl::ZeroOrMore, R"(
http-tidy finds HTTP responses that break the no-content rules of RFC 9110
(a body or Content-Length on a 204, 205, 304 or 1xx response) and status codes
written as numbers where the framework names them.

Exit status: 0 no findings, 1 findings, 2 usage or configuration error,
3 a file could not be analysed.
)");
  if (!Parser) {
    error(llvm::toString(Parser.takeError()));
    return ExitUsage;
  }

  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::unique_ptr<ClangTidyOptionsProvider> OptionsProvider =
      createOptionsProvider(BaseFS);
  if (!OptionsProvider)
    return ExitUsage;

  const std::vector<std::string> &Sources = Parser->getSourcePathList();
  llvm::SmallString<256> ConfigFor(Sources.empty() ? "dummy" : Sources[0]);
  llvm::sys::fs::make_absolute(ConfigFor);
  ClangTidyOptions EffectiveOptions = OptionsProvider->getOptions(ConfigFor);
  std::vector<std::string> EnabledChecks =
      getCheckNames(EffectiveOptions, /*AllowEnablingAnalyzerAlphaCheckers=*/false);

  if (ListChecks) {
    llvm::outs() << "Enabled checks:";
    for (const std::string &Check : EnabledChecks)
      llvm::outs() << "\n    " << Check;
    llvm::outs() << "\n\n";
    return ExitClean;
  }
  if (DumpConfig) {
    EffectiveOptions.CheckOptions =
        getCheckOptions(EffectiveOptions, /*AllowEnablingAnalyzerAlphaCheckers=*/false);
    llvm::outs() << configurationAsText(ClangTidyOptions::getDefaults().merge(
                        EffectiveOptions, 0))
                 << "\n";
    return ExitClean;
  }
  if (Sources.empty()) {
    error("no input files; usage: http-tidy [options] <file>... "
          "[-- <compiler arguments>]");
    return ExitUsage;
  }
  if (EnabledChecks.empty()) {
    error("no checks enabled; see --checks and the Checks: of .clang-tidy");
    return ExitUsage;
  }

  bool AllReadable = true;
  std::vector<std::string> Inputs = readableInputs(Sources, AllReadable);

  ClangTidyContext Context(std::move(OptionsProvider));
  std::vector<ClangTidyError> Errors;
  if (!Inputs.empty())
    Errors = runClangTidy(Context, Parser->getCompilations(), Inputs, BaseFS,
                          /*ApplyAnyFix=*/false);

  const bool CompilerErrors = llvm::any_of(Errors, isCompilerError);
  const bool Findings = llvm::any_of(Errors, [](const ClangTidyError &E) {
    return !isCompilerError(E);
  });
  FixBehaviour Behaviour = FB_NoFix;
  if (Fix && (!CompilerErrors || FixErrors))
    Behaviour = FB_Fix;
  else if (Fix && !Quiet)
    llvm::errs() << "Found compiler errors, but -fix-errors was not "
                    "specified.\nFixes have NOT been applied.\n\n";
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
      error("some files had compiler errors; their findings may be "
            "incomplete");
    return ExitNotAnalysed;
  }
  return Findings ? ExitFindings : ExitClean;
}
