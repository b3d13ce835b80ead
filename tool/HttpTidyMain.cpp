//===--- HttpTidyMain.cpp - the http-tidy command -------------------------===//
//
// http-tidy runs the `http` checks through clang-tidy's own library, so that
// configuration files, NOLINT comments and diagnostics behave exactly as
// under clang-tidy. What it adds: its defaults (only the http checks), one
// worker process per file (run in parallel, reported in a fixed order),
// output formats for CI, safe fixes, one-line errors for bad input, and exit
// statuses a CI step can act on:
//   0  no findings
//   1  findings
//   2  usage, configuration or compilation database error
//   3  a file could not be analysed (unreadable, does not compile, or the
//      analysis failed), or a fix could not be written
//
//===----------------------------------------------------------------------===//

#include "AtomicFile.h"
#include "Baseline.h"
#include "ChangedLines.h"
#include "Fixes.h"
#include "Inputs.h"
#include "Options.h"
#include "Reports.h"
#include "ResultCache.h"
#include "Runner.h"
#include "Shards.h"
#include "Worker.h"
#include "clang-tidy/ClangTidy.h"
#include "model/ModelSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <set>

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
  http-tidy -p <build dir> [options]      (every file of the database)
  http-tidy -p <build dir> --shard=K/N    (part K of N, for a CI matrix)
  http-tidy --merge-sarif <file.sarif>... [--output=<file>]

Exit status: 0 no findings, 1 findings, 2 usage or configuration error,
3 a file could not be analysed or fixed.
)";

/// Reported by clang-tidy for a bad option value.
bool isConfigurationError(const ClangTidyError &Error) {
  return Error.DiagnosticName == "clang-tidy-config";
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

/// The command line as given, `--` and all: a forked worker builds the
/// compilation database of the arguments after `--` from it again.
std::vector<const char *> CommandLine;

std::unique_ptr<tooling::CompilationDatabase> fixedDatabase() {
  int Argc = static_cast<int>(CommandLine.size());
  std::string Error;
  return tooling::FixedCompilationDatabase::loadFromCommandLine(
      Argc, CommandLine.data(), Error);
}

/// The worker side of Runner: one file, the result as JSON on stdout.
int workerMain(const WorkItem &Item,
               std::unique_ptr<tooling::CompilationDatabase> Fixed) {
  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  llvm::StringSet<> Dropped;
  std::vector<ToolMessage> DroppedMessages;
  std::unique_ptr<tooling::CompilationDatabase> Compilations = loadCompilations(
      std::move(Fixed), {Item.Source},
      [&](llvm::StringRef File, llvm::StringRef Arg) {
        if (Dropped.insert(Arg).second)
          DroppedMessages.push_back(
              {false, "ignoring '" + Arg.str() +
                          "' in the compile command of '" + File.str() +
                          "': http-tidy does not load "
                          "compiler plugins unless given "
                          "--allow-compiler-plugins"});
      });
  UnitResult Result;
  if (Compilations) {
    Result = analyseUnit(Item, *Compilations, BaseFS);
  } else {
    // The driver loaded it a moment ago: it changed or vanished since.
    Result.Source = Item.Source;
    Result.Status = UnitResult::NotAnalysed;
    Result.Messages.push_back({true, "cannot analyse '" + Item.Source +
                                         "': the compilation database can no "
                                         "longer be read"});
  }
  Result.Messages.insert(Result.Messages.begin(), DroppedMessages.begin(),
                         DroppedMessages.end());
  llvm::outs() << llvm::json::Value(toJSON(Result));
  return ExitClean;
}

/// The files to analyse: those named (or changed, with --diff), else every
/// file of the database.
std::optional<std::vector<std::string>>
inputPaths(const tooling::CompilationDatabase &Compilations,
           llvm::ArrayRef<std::string> Named) {
  if (!Named.empty())
    return Named.vec();
  if (BuildPath.empty()) {
    error("no input files; usage: http-tidy [options] <file>... "
          "[-- <compiler arguments>], or http-tidy -p <build dir>");
    return std::nullopt;
  }
  std::vector<std::string> All = Compilations.getAllFiles();
  if (All.empty()) {
    error("the compilation database in '" + BuildPath +
          "' has no entries; nothing to analyse");
    return std::nullopt;
  }
  llvm::sort(All);
  return All;
}

/// -j, by default the number of cores.
unsigned jobCount() {
  return Jobs ? Jobs : llvm::hardware_concurrency().compute_thread_count();
}

/// Takes a worker's result into the run: its messages are shown now, its
/// findings join the others (once: a header included by two files gives
/// the same finding twice).
void collect(RunResults &Results, std::set<std::string> &Seen,
             UnitResult &Unit) {
  const std::string &Name = Unit.Header.empty() ? Unit.Source : Unit.Header;
  for (const ToolMessage &Message : Unit.Messages)
    (Message.IsError ? error : warning)(Message.Text);
  if (Unit.Status == UnitResult::CompilerErrors)
    error("'" + Name + "' has compiler errors; its findings may be incomplete");

  const bool Fixable = Unit.Status == UnitResult::Analysed || FixErrors;
  bool FixesHeldBack = false;
  for (ClangTidyError &Error : Unit.Errors) {
    // A bad option value, reported by the check that reads it, once.
    if (isConfigurationError(Error)) {
      if (Seen.insert("config\n" + Error.Message.Message).second)
        error("invalid configuration for '" + Name +
              "': " + Error.Message.Message);
      Results.ConfigurationErrors = true;
      continue;
    }
    std::string Key =
        Error.DiagnosticName + "\n" +
        absolutePath(Error.Message.FilePath, Error.BuildDirectory) + "\n" +
        std::to_string(Error.Message.FileOffset) + "\n" + Error.Message.Message;
    if (!Seen.insert(Key).second)
      continue;
    const bool IsFinding = !isCompilerError(Error);
    FixesHeldBack |= IsFinding && !Fixable && !Error.Message.Fix.empty();
    Results.Findings.push_back({std::move(Error), IsFinding && Fixable});
  }
  Unit.Errors.clear();
  if ((Fix || !ExportFixes.empty()) && FixesHeldBack)
    warning("no fixes for '" + Name +
            "' because it has compiler errors (--fix-errors applies them "
            "anyway)");
  for (const auto &Digest : Unit.Digests) {
    // Two workers that read different contents of one file: it changed
    // during the run, and no digest matches it now.
    auto Inserted =
        Results.Digests.try_emplace(Digest.getKey(), Digest.getValue());
    if (!Inserted.second && Inserted.first->getValue() != Digest.getValue())
      Inserted.first->getValue() = "changed during the run";
  }
  Results.Units.push_back(std::move(Unit));
}

/// Writes through \p Write to --output, else stdout. A file is written
/// through a temporary file, so that a CI step never reads half a report.
bool writeOutput(
    llvm::function_ref<void(llvm::raw_ostream &OS, bool Colors)> Write) {
  if (Output.empty()) {
    Write(llvm::outs(), llvm::outs().has_colors());
    llvm::outs().flush();
    return true;
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  Write(OS, false);
  if (std::error_code EC = writeFileAtomically(Output, OS.str())) {
    error("cannot write '" + Output + "': " + EC.message());
    return false;
  }
  return true;
}

/// Writes the results in the chosen format, to --output or stdout.
bool writeReport(RunResults &Results) {
  return writeOutput([&](llvm::raw_ostream &OS, bool Colors) {
    switch (Format) {
    case OutputFormat::Text:
      writeText(OS, Results, Colors);
      break;
    case OutputFormat::Json:
      writeJson(OS, Results);
      break;
    case OutputFormat::Sarif:
      writeSarif(OS, Results, reportRoot());
      break;
    case OutputFormat::Github:
      writeGithub(OS, Results, reportRoot());
      break;
    case OutputFormat::CodeQuality:
      writeCodeQuality(OS, Results, reportRoot());
      break;
    }
  });
}

/// --merge-sarif: the files named are SARIF logs, not sources. Options that
/// only mean something for an analysis are refused rather than ignored.
int mergeMain(bool HaveCompilerArguments) {
  const std::pair<bool, llvm::StringRef> AnalysisOptions[] = {
      {HaveCompilerArguments, "'--'"},
      {!BuildPath.empty(), "-p"},
      {ShardOption.getNumOccurrences() > 0, "--shard"},
      {Fix || FixErrors, "--fix"},
      {!ExportFixes.empty(), "--export-fixes"},
      {!BaselineFile.empty() || !WriteBaselineFile.empty(), "a baseline"},
      {DiffRevision.getNumOccurrences() || DiffStaged ||
           !LineFilterJson.empty(),
       "--diff or --line-filter"},
      {Format.getNumOccurrences() && Format != OutputFormat::Sarif,
       "--format"}};
  for (const auto &[Given, Name] : AnalysisOptions)
    if (Given) {
      error("--merge-sarif cannot be used with " + Name);
      return ExitUsage;
    }
  if (SourcePaths.empty()) {
    error("no SARIF files to merge; usage: http-tidy --merge-sarif "
          "<file.sarif>... [--output=<file>]");
    return ExitUsage;
  }
  std::optional<llvm::json::Array> Runs = mergeSarif(
      std::vector<std::string>(SourcePaths.begin(), SourcePaths.end()));
  if (!Runs)
    return ExitUsage;
  if (!writeOutput([&](llvm::raw_ostream &OS, bool) {
        printSarif(OS, std::move(*Runs));
      }))
    return ExitUsage;
  return ExitClean;
}

/// What the cache key of every file shares: the program itself (a rebuilt
/// http-tidy of the same version may report differently; the LLVM libraries
/// are known by their version), the settings that change a worker's result
/// without being clang-tidy options, the working directory (relative paths
/// in messages) and the environment the compiler driver reads.
std::string runKey(llvm::StringRef Program) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << "http-tidy " HTTP_TIDY_VERSION " LLVM " LLVM_VERSION_STRING "\n"
     << "program=" << Program << "\n";
  // Its content, not its time: a CI job that builds http-tidy afresh each
  // time still finds the results of the last job.
  if (auto Content = llvm::MemoryBuffer::getFile(Program, /*IsText=*/false,
                                                 /*RequiresNullTerminator=*/
                                                 false))
    OS << "program-digest=" << inputDigest((*Content)->getBuffer()) << "\n";
  OS << "skip-function-bodies=" << SkipFunctionBodies << "\n";
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  OS << "cwd=" << Cwd << "\n";
  for (const char *Name :
       {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "OBJC_INCLUDE_PATH",
        "OBJCPLUS_INCLUDE_PATH", "CCC_OVERRIDE_OPTIONS", "COMPILER_PATH",
        "SDKROOT", "MACOSX_DEPLOYMENT_TARGET"})
    if (std::optional<std::string> Value = llvm::sys::Process::GetEnv(Name))
      OS << Name << "=" << Value->size() << ":" << *Value << "\n";
  return Text;
}

/// The manifest key of each item. Without `--` or -p, each worker looks for
/// the compilation database above its own file, so the key does too.
std::vector<std::string>
manifestKeys(llvm::ArrayRef<WorkItem> Items,
             const tooling::CompilationDatabase &Compilations,
             bool DatabasePerFile, ClangTidyOptionsProvider &OptionsProvider,
             llvm::StringRef Program) {
  const std::string Run = runKey(Program);
  std::map<std::string, std::unique_ptr<tooling::CompilationDatabase>> Found;
  std::vector<std::string> Keys;
  for (const WorkItem &Item : Items) {
    const std::string Source = absolutePath(Item.Source, "");
    const tooling::CompilationDatabase *Database = &Compilations;
    if (DatabasePerFile) {
      std::unique_ptr<tooling::CompilationDatabase> &Own =
          Found[llvm::sys::path::parent_path(Source).str()];
      if (!Own)
        Own = loadCompilations(
            nullptr, {Item.Source}, [](llvm::StringRef, llvm::StringRef) {},
            /*WarnIfNone=*/false);
      Database = Own.get();
    }
    Keys.push_back(ResultCache::manifestKey(
        Item,
        Database ? Database->getCompileCommands(Source)
                 : std::vector<tooling::CompileCommand>(),
        OptionsProvider.getOptions(Source), Run));
  }
  return Keys;
}

/// --write-baseline and --baseline, before fixes are planned: a baselined
/// finding is neither reported nor fixed. False on a bad baseline file.
bool useBaseline(RunResults &Results) {
  if (WriteBaselineFile.empty() && BaselineFile.empty())
    return true;
  readSources(Results);
  const std::string Root = reportRoot();
  std::string Error;
  if (!WriteBaselineFile.empty()) {
    if (!writeBaseline(WriteBaselineFile, Results, Root, Error)) {
      error(Error);
      return false;
    }
    unsigned Recorded = 0;
    for (Finding &F : Results.Findings)
      if (!isCompilerError(F.Error)) {
        F.Baselined = true;
        F.Fixable = false;
        ++Recorded;
      }
    Results.WithBaseline = true;
    if (!Quiet)
      llvm::errs() << "http-tidy: recorded " << Recorded << " finding"
                   << (Recorded == 1 ? "" : "s") << " in the baseline '"
                   << WriteBaselineFile << "'\n";
    return true;
  }
  std::optional<BaselineUse> Use =
      applyBaseline(BaselineFile, Results, Root, Error);
  if (!Use) {
    error(Error);
    return false;
  }
  Results.WithBaseline = true;
  for (Finding &F : Results.Findings)
    F.Fixable &= !F.Baselined;
  if (!Quiet && Use->Baselined)
    llvm::errs() << "http-tidy: " << Use->Baselined << " finding"
                 << (Use->Baselined == 1 ? " is" : "s are")
                 << " in the baseline and not reported\n";
  if (!Quiet && Use->Stale)
    llvm::errs() << "http-tidy: " << Use->Stale
                 << (Use->Stale == 1 ? " entry" : " entries")
                 << " of the baseline match" << (Use->Stale == 1 ? "es" : "")
                 << " no finding (fixed, or the line changed); "
                    "--write-baseline drops "
                 << (Use->Stale == 1 ? "it" : "them") << "\n";
  return true;
}

/// --diff, --diff-staged and --line-filter: the lines whose findings are
/// reported. Nothing when none is given; false on a bad one.
bool readLineFilter(std::optional<LineFilter> &Filter) {
  const unsigned Given = (DiffRevision.getNumOccurrences() > 0) + DiffStaged +
                         !LineFilterJson.empty();
  if (!Given)
    return true;
  if (Given > 1) {
    error("give one of --diff, --diff-staged and --line-filter");
    return false;
  }
  std::string Error;
  if (!LineFilterJson.empty())
    Filter = parseLineFilter(LineFilterJson, Error);
  else
    Filter = diffLines(DiffStaged             ? ""
                       : DiffRevision.empty() ? llvm::StringRef("HEAD")
                                              : llvm::StringRef(DiffRevision),
                       DiffStaged, Error);
  if (!Filter)
    error(Error);
  return Filter.has_value();
}

/// Drops the findings outside the lines of \p Filter (the compiler's errors
/// stay: a file that did not compile was not analysed completely).
void filterLines(RunResults &Results, const LineFilter &Filter) {
  const size_t Before = Results.Findings.size();
  llvm::erase_if(Results.Findings, [&](const Finding &F) {
    if (isCompilerError(F.Error))
      return false;
    std::string Path =
        absolutePath(F.Error.Message.FilePath, F.Error.BuildDirectory);
    return !Filter.contains(
        Path, Results.Files.locate(Path, F.Error.Message.FileOffset).Line);
  });
  const size_t Dropped = Before - Results.Findings.size();
  if (!Quiet && Dropped)
    llvm::errs() << "http-tidy: " << Dropped << " finding"
                 << (Dropped == 1 ? " is" : "s are")
                 << " outside the changed lines and not reported\n";
}

int exitStatus(const RunResults &Results, bool FixesWritten) {
  if (Results.ConfigurationErrors)
    return ExitUsage;
  if (!FixesWritten || llvm::any_of(Results.Units, [](const UnitResult &U) {
        return U.Status != UnitResult::Analysed;
      }))
    return ExitNotAnalysed;
  return llvm::any_of(Results.Findings,
                      [](const Finding &F) {
                        return !F.Baselined && !isCompilerError(F.Error);
                      })
             ? ExitFindings
             : ExitClean;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);
  CommandLine.assign(argv, argv + argc);
  const std::string Program =
      llvm::sys::fs::getMainExecutable(argv[0], (void *)&main);

  // Everything after `--` is compiler arguments for every file.
  std::string FixedError;
  std::unique_ptr<tooling::CompilationDatabase> Fixed =
      tooling::FixedCompilationDatabase::loadFromCommandLine(argc, argv,
                                                             FixedError);
  // The driver may complain about the command after `--` and still give
  // its flags (CMake's `-o x.o -c file`, say); like clang-tidy, use them.
  if (!Fixed && !FixedError.empty()) {
    llvm::StringRef Message = llvm::StringRef(FixedError).trim();
    Message.consume_front("error: ");
    error("bad compiler arguments after '--': " + Message.split('\n').first);
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
    // A bad option value is reported by the option itself, on stderr;
    // the rest come back here.
    llvm::StringRef Message = llvm::StringRef(ParseErrors).trim();
    Message.consume_front(argv[0]);
    Message.consume_front(": ");
    if (!Message.empty())
      error(Message.split('\n').first + " (see --help)");
    return ExitUsage;
  }
  if (!WorkerSource.empty())
    return workerMain({WorkerSource, WorkerHeader}, std::move(Fixed));
  if (MergeSarif)
    return mergeMain(Fixed != nullptr);
  std::optional<Shard> Selected;
  if (ShardOption.getNumOccurrences() &&
      !(Selected = parseShard(ShardOption))) {
    error("invalid --shard '" + ShardOption +
          "': expected K/N with 1 <= K <= N (see --help)");
    return ExitUsage;
  }
  uint64_t CacheBytes = DefaultCacheBytes;
  if (CacheSize.getNumOccurrences()) {
    std::optional<uint64_t> Parsed = parseCacheSize(CacheSize);
    if (!Parsed) {
      error("invalid --cache-size '" + CacheSize +
            "': expected a positive number of bytes, optionally with K, M or "
            "G (see --help)");
      return ExitUsage;
    }
    CacheBytes = *Parsed;
  }
  if (!Output.empty() && Output == ExportFixes) {
    error("--output and --export-fixes name the same file");
    return ExitUsage;
  }

  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  std::unique_ptr<ClangTidyOptionsProvider> OptionsProvider =
      createOptionsProvider(BaseFS);
  if (!OptionsProvider)
    return ExitUsage;

  std::optional<LineFilter> Lines;
  if (!readLineFilter(Lines))
    return ExitUsage;
  // Without files named, --diff analyses the files it touches.
  std::vector<std::string> Named(SourcePaths.begin(), SourcePaths.end());
  if (Named.empty() && Lines && !Lines->NamesAreSuffixes) {
    Named = Lines->existingFiles();
    if (Named.empty()) {
      if (!Quiet)
        llvm::errs() << "http-tidy: no C or C++ file has changed lines; "
                        "nothing to analyse\n";
      return ExitClean;
    }
  }

  llvm::SmallString<256> ConfigFor(Named.empty() ? llvm::StringRef("dummy")
                                                 : llvm::StringRef(Named[0]));
  llvm::sys::fs::make_absolute(ConfigFor);
  ClangTidyOptions Effective = OptionsProvider->getOptions(ConfigFor);
  if (!configurationIsValid())
    return ExitUsage;
  if (ListChecks || DumpConfig)
    return listOrDump(Effective);

  const bool DatabasePerFile = !Fixed && BuildPath.empty();
  std::unique_ptr<tooling::CompilationDatabase> Compilations = loadCompilations(
      std::move(Fixed), Named, [](llvm::StringRef, llvm::StringRef) {});
  if (!Compilations)
    return ExitUsage;
  std::optional<std::vector<std::string>> Paths =
      inputPaths(*Compilations, Named);
  if (!Paths)
    return ExitUsage;
  // Every .clang-tidy that applies is read now, so that a broken one stops
  // the run before any work rather than changing the options of some files.
  RunResults Results;
  {
    std::set<std::string> Checks;
    for (const std::string &Path : *Paths)
      for (const std::string &Check : getCheckNames(
               OptionsProvider->getOptions(absolutePath(Path, "")), false))
        Checks.insert(Check);
    if (!configurationIsValid())
      return ExitUsage;
    if (Checks.empty()) {
      error("no checks enabled; see --checks and the Checks: of .clang-tidy");
      return ExitUsage;
    }
    Results.EnabledChecks.assign(Checks.begin(), Checks.end());
  }

  std::vector<WorkItem> Items = planWork(*Paths, *Compilations);
  if (Selected)
    Items = selectShard(Items, *Selected);
  const bool ShowProgress =
      !Quiet && Items.size() > 1 && llvm::errs().is_displayed();
  // A compiler plugin is code whose effect the cache key cannot see.
  std::unique_ptr<ResultCache> Cache;
  if (!NoCache && !AllowCompilerPlugins)
    Cache = ResultCache::open(CacheDir.empty() ? defaultCacheDirectory()
                                               : std::string(CacheDir),
                              CacheBytes);
  std::vector<std::string> Keys;
  if (Cache)
    Keys = manifestKeys(Items, *Compilations, DatabasePerFile, *OptionsProvider,
                        Program);
  std::set<std::string> Seen;
  // Parsed once, here: every forked worker inherits them.
  clang::tidy::http::model::loadModels({});
  runWorkers(
      [](const WorkItem &Item) {
        // Read where the options are made, as a worker started with
        // --worker-header would.
        WorkerHeader.setValue(Item.Header);
        return workerMain(Item, fixedDatabase());
      },
      Items, jobCount(),
      [&](size_t Index, UnitResult &Unit) {
        if (ShowProgress)
          llvm::errs() << "[" << Index + 1 << "/" << Items.size() << "] "
                       << Items[Index].Source << "\n";
        collect(Results, Seen, Unit);
      },
      Cache ? std::function<std::optional<UnitResult>(size_t)>(
                  [&](size_t I) -> std::optional<UnitResult> {
                    if (Keys[I].empty())
                      return std::nullopt;
                    return Cache->lookup(Keys[I], Items[I]);
                  })
            : nullptr,
      Cache ? std::function<void(size_t, const UnitResult &)>(
                  [&](size_t I, const UnitResult &Unit) {
                    Cache->store(Keys[I], Unit);
                  })
            : nullptr);
  if (Cache)
    Cache->finish();
  if (CacheStats) {
    if (Cache)
      llvm::errs() << "http-tidy: cache: " << Cache->hits() << " hits, "
                   << Cache->misses() << " misses, " << Cache->stored()
                   << " stored\n";
    else
      llvm::errs() << "http-tidy: cache: not used\n";
  }

  // The baseline sees every finding, so that which occurrence a finding is
  // does not depend on the lines asked about.
  if (!useBaseline(Results))
    return ExitUsage;
  if (Lines)
    filterLines(Results, *Lines);
  bool FixesWritten = true;
  if (Fix || !ExportFixes.empty())
    planFixes(Results.Findings);
  if (!ExportFixes.empty() &&
      !exportFixes(ExportFixes, Items.empty() ? "" : Items.front().Source,
                   Results.Findings))
    return ExitUsage;
  if (Fix) {
    readSources(Results);
    FixesWritten = applyFixes(Results.Findings, Results.Digests);
    if (!Quiet) {
      unsigned Applied = llvm::count_if(Results.Findings, [](const Finding &F) {
        return F.Fix == Finding::Applied;
      });
      unsigned Suggested =
          llvm::count_if(Results.Findings, [](const Finding &F) {
            return F.Fix != Finding::NoFix;
          });
      if (Suggested)
        llvm::errs() << "http-tidy applied " << Applied << " of " << Suggested
                     << " suggested fixes.\n";
    }
  }

  if (!writeReport(Results))
    return ExitUsage;
  return exitStatus(Results, FixesWritten);
}
