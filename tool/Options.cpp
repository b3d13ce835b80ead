//===--- Options.cpp - http-tidy command line -----------------------------===//
//
// The options keep clang-tidy's names and meaning, so that a clang-tidy
// command line works with http-tidy unchanged.
//
//===----------------------------------------------------------------------===//

#include "Options.h"
#include "clang-tidy/ClangTidy.h"
#include "compat/LLVMCompat.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/WithColor.h"

namespace cl = llvm::cl;
using clang::tidy::http::compat::startsWith;
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
cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format (default: text)."),
    cl::values(clEnumValN(OutputFormat::Text, "text",
                          "clang's diagnostics, with source line and caret"),
               clEnumValN(OutputFormat::Json, "json",
                          "one JSON document (docs/output-formats.md)"),
               clEnumValN(OutputFormat::Sarif, "sarif",
                          "SARIF 2.1.0, for code scanning"),
               clEnumValN(OutputFormat::Github, "github",
                          "GitHub Actions workflow commands (annotations)"),
               clEnumValN(OutputFormat::CodeQuality, "codequality",
                          "GitLab Code Quality report")),
    cl::init(OutputFormat::Text), cl::cat(Category));
cl::opt<std::string> Output("output", cl::desc(R"(
Write the findings to this file instead of standard output.)"),
                            cl::value_desc("filename"), cl::cat(Category));
cl::opt<std::string> SarifRoot("sarif-root", cl::desc(R"(
Directory that SARIF file locations are relative to (%SRCROOT%); default: the
enclosing git work tree, else the current directory.)"),
                               cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> BaselineFile("baseline", cl::desc(R"(
Report and count only the findings that this baseline file does not hold
(docs/baselines.md). Entries that match no finding are counted in one line.)"),
                                  cl::value_desc("filename"),
                                  cl::cat(Category));
cl::opt<std::string> WriteBaselineFile("write-baseline", cl::desc(R"(
Record the findings of this run in a baseline file, sorted text that a
review can read, and report none of them.)"),
                                       cl::value_desc("filename"),
                                       cl::cat(Category));
cl::opt<std::string> DiffRevision("diff", cl::ValueOptional, cl::desc(R"(
Report only findings on the lines that `git diff <rev>` adds or changes
(default rev: HEAD, the staged and unstaged changes). Without files, analyse
the C and C++ files it touches.)"),
                                  cl::value_desc("rev"), cl::cat(Category));
cl::opt<bool> DiffStaged("diff-staged", cl::desc(R"(
The same as --diff, with the staged changes only (git diff --cached): for a
pre-commit hook.)"),
                         cl::init(false), cl::cat(Category));
cl::opt<std::string> LineFilterJson("line-filter", cl::desc(R"(
Report only findings on these lines, in clang-tidy's form:
[{"name":"file.cpp","lines":[[1,3],[5,5]]},{"name":"other.h"}]. A file
without "lines" counts whole; a name matches the end of a path.)"),
                                    cl::value_desc("json"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc(R"(
Number of files analysed in parallel (default: the number of cores). Output
order does not depend on it.)"),
                       cl::init(0), cl::cat(Category));
cl::opt<bool> AllowCompilerPlugins("allow-compiler-plugins", cl::desc(R"(
Keep arguments of the compilation database that load code into http-tidy
(-fplugin=, -fpass-plugin=). By default they are dropped with a warning, so
that linting an untrusted repository cannot run its code.)"),
                                   cl::init(false), cl::cat(Category));
cl::opt<std::string> ShardOption("shard", cl::desc(R"(
Analyse only part K of N of the files (1 <= K <= N), for a CI matrix of N
jobs. Files are dealt out by size, the same way on every machine; together
the N parts are the whole run. Merge their SARIF with --merge-sarif.)"),
                                 cl::value_desc("K/N"), cl::cat(Category));
cl::opt<bool> MergeSarif("merge-sarif", cl::desc(R"(
Instead of analysing, merge the SARIF files that http-tidy wrote (given in
place of the source files) into one, on standard output or --output.)"),
                         cl::init(false), cl::cat(Category));
cl::opt<bool> SkipFunctionBodies("skip-function-bodies", cl::desc(R"(
Do not build the bodies of functions in system headers where nothing is
reported: they cannot change a finding, and skipping them makes the parse
faster (default: on). Template bodies are kept when the file's own code has
templates. --skip-function-bodies=false builds every body, as the compiler
and clang-tidy do.)"),
                                 cl::init(true), cl::cat(Category));
cl::opt<std::string> CacheDir("cache-dir", cl::desc(R"(
Directory of the result cache: a file whose source, included files, compile
command, options, model files and http-tidy are all unchanged is not parsed
again, its findings are replayed (default: $XDG_CACHE_HOME/http-tidy, else
$HOME/.cache/http-tidy; see docs/cache.md).)"),
                              cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoCache("no-cache", cl::desc(R"(
Neither read nor write the result cache.)"),
                      cl::init(false), cl::cat(Category));
cl::opt<std::string> CacheSize("cache-size", cl::desc(R"(
Bound of the result cache, in bytes or with a K, M or G suffix (default:
256M). The least recently used results are removed beyond it.)"),
                               cl::value_desc("size"), cl::cat(Category));
cl::opt<bool> CacheStats("cache-stats", cl::desc(R"(
Print how many files the result cache answered, on standard error.)"),
                         cl::init(false), cl::cat(Category));
cl::opt<std::string> WorkerSource("worker", cl::Hidden, cl::desc(R"(
Internal: analyse this one file and write the result as JSON.)"),
                                  cl::cat(Category));
cl::opt<std::string> WorkerHeader("worker-header", cl::Hidden, cl::desc(R"(
Internal: report only the findings in this header of the --worker file.)"),
                                  cl::cat(Category));

void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "http-tidy") << Message << "\n";
}

void warning(const llvm::Twine &Message) {
  llvm::WithColor::warning(llvm::errs(), "http-tidy") << Message << "\n";
}

namespace {

/// clang-tidy's provider of .clang-tidy files, reading them with our parser
/// so that a broken file is an error rather than a warning followed by
/// silently different options.
class CheckedFileOptionsProvider : public FileOptionsProvider {
public:
  CheckedFileOptionsProvider(ClangTidyGlobalOptions GlobalOptions,
                             ClangTidyOptions DefaultOptions,
                             ClangTidyOptions OverrideOptions,
                             llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : FileOptionsProvider(std::move(GlobalOptions), std::move(DefaultOptions),
                            std::move(OverrideOptions), std::move(FS)) {
    ConfigHandlers = {
        {".clang-tidy",
         [](llvm::MemoryBufferRef Text) -> llvm::ErrorOr<ClangTidyOptions> {
           if (std::optional<ClangTidyOptions> Parsed =
                   parseConfigurationFile(Text))
             return std::move(*Parsed);
           // Already reported; the run stops before anything is analysed.
           return ClangTidyOptions();
         }}};
  }
};

} // namespace

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
  // A header named on the command line is analysed through a file that
  // includes it: its findings must pass the header filter, whatever the
  // configuration says. The worker keeps only that header's findings.
  if (!WorkerHeader.empty())
    OverrideOptions.HeaderFilterRegex =
        "(^|/)" + llvm::Regex::escape(llvm::sys::path::filename(WorkerHeader)) +
        "$";

  if (!Config.empty() && !ConfigFile.empty()) {
    error("--config and --config-file cannot be used together");
    return nullptr;
  }
  auto FromText =
      [&](llvm::StringRef Text,
          llvm::StringRef Source) -> std::unique_ptr<ClangTidyOptionsProvider> {
    std::optional<ClangTidyOptions> Parsed =
        parseConfigurationFile(llvm::MemoryBufferRef(Text, Source));
    if (!Parsed)
      return nullptr;
    return std::make_unique<ConfigOptionsProvider>(
        std::move(GlobalOptions), std::move(DefaultOptions), std::move(*Parsed),
        std::move(OverrideOptions), std::move(FS));
  };
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
  return std::make_unique<CheckedFileOptionsProvider>(
      std::move(GlobalOptions), std::move(DefaultOptions),
      std::move(OverrideOptions), std::move(FS));
}

static unsigned ConfigurationErrors = 0;

bool configurationIsValid() { return ConfigurationErrors == 0; }

std::optional<ClangTidyOptions>
parseConfigurationFile(llvm::MemoryBufferRef Text) {
  std::string Problem;
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfigurationWithDiags(Text, [&](const llvm::SMDiagnostic &Diag) {
        if (Problem.empty())
          Problem =
              (llvm::Twine(Diag.getLineNo()) + ":" +
               llvm::Twine(Diag.getColumnNo() + 1) + ": " + Diag.getMessage())
                  .str();
      });
  if (!Parsed) {
    if (Problem.empty())
      Problem = Parsed.getError().message();
    error("invalid configuration in '" + Text.getBufferIdentifier() +
          "': " + Problem);
    ++ConfigurationErrors;
    return std::nullopt;
  }
  // Options of other checks are clang-tidy's business; a misspelt option of
  // ours would silently leave the default in force.
  static const llvm::StringSet<> Known =
      getAllChecksAndOptions(/*AllowEnablingAnalyzerAlphaCheckers=*/false)
          .Options;
  for (const auto &Option : Parsed->CheckOptions) {
    llvm::StringRef Name = Option.getKey();
    if (startsWith(Name, "http-") && !Known.contains(Name)) {
      error("invalid configuration in '" + Text.getBufferIdentifier() +
            "': unknown option '" + Name + "' (see --dump-config)");
      ++ConfigurationErrors;
      return std::nullopt;
    }
  }
  return std::move(*Parsed);
}

} // namespace http_tidy
