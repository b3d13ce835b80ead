//===--- Options.cpp - http-tidy command line -----------------------------===//
//
// The options keep clang-tidy's names and meaning, so that a clang-tidy
// command line works with http-tidy unchanged.
//
//===----------------------------------------------------------------------===//

#include "Options.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

namespace cl = llvm::cl;
using namespace clang::tidy;

namespace http_tidy {

cl::OptionCategory Category("http-tidy options");

static const char DefaultChecks[] = "-*,http-*";

cl::list<std::string> SourcePaths(cl::Positional, cl::desc("<source file>..."),
                                  cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc(R"(
Build directory holding compile_commands.json.)"),
                               cl::value_desc("build dir"), cl::cat(Category));
cl::list<std::string> ArgsAfter("extra-arg", cl::desc(R"(
Compiler argument to append to the compile command.)"),
                                cl::cat(Category));
cl::list<std::string> ArgsBefore("extra-arg-before", cl::desc(R"(
Compiler argument to prepend to the compile command.)"),
                                 cl::cat(Category));
static cl::opt<std::string> Checks("checks", cl::desc(R"(
Comma-separated list of globs with optional '-' prefix, added to the checks
of the configuration (default: '-*,http-*').)"),
                                   cl::init(""), cl::cat(Category));
static cl::opt<std::string> WarningsAsErrors("warnings-as-errors", cl::desc(R"(
Checks whose warnings are reported as errors, as a glob list.)"),
                                             cl::init(""), cl::cat(Category));
static cl::opt<std::string> HeaderFilter("header-filter", cl::desc(R"(
Regular expression of the headers to report findings in, in addition to the
main files (default: none).)"),
                                         cl::init(""), cl::cat(Category));
static cl::opt<bool>
    SystemHeaders("system-headers",
                  cl::desc("Report findings in system headers too."),
                  cl::init(false), cl::cat(Category));
static cl::opt<std::string> Config("config", cl::desc(R"(
Configuration in YAML/JSON form, as in a .clang-tidy file, e.g.
--config="{Checks: 'http-*'}". Used instead of .clang-tidy files.)"),
                                   cl::init(""), cl::cat(Category));
static cl::opt<std::string> ConfigFile("config-file", cl::desc(R"(
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

void warning(const llvm::Twine &Message) {
  llvm::WithColor::warning(llvm::errs(), "http-tidy") << Message << "\n";
}

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

  auto FromText =
      [&](llvm::StringRef Text,
          llvm::StringRef Source) -> std::unique_ptr<ClangTidyOptionsProvider> {
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        parseConfiguration(llvm::MemoryBufferRef(Text, Source));
    if (!Parsed) {
      error("invalid configuration in '" + Source +
            "': " + Parsed.getError().message());
      return nullptr;
    }
    return std::make_unique<ConfigOptionsProvider>(
        std::move(GlobalOptions), std::move(DefaultOptions), std::move(*Parsed),
        std::move(OverrideOptions), std::move(FS));
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

} // namespace http_tidy
