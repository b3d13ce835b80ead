//===--- Options.h - http-tidy command line ---------------------*- C++ -*-===//

#ifndef HTTP_TIDY_TOOL_OPTIONS_H
#define HTTP_TIDY_TOOL_OPTIONS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/CommandLine.h"
#include <memory>
#include <optional>
#include <string>

namespace http_tidy {

extern llvm::cl::OptionCategory Category;

extern llvm::cl::list<std::string> SourcePaths;
extern llvm::cl::opt<std::string> BuildPath;
extern llvm::cl::list<std::string> ArgsAfter;
extern llvm::cl::list<std::string> ArgsBefore;
extern llvm::cl::opt<bool> Fix;
extern llvm::cl::opt<bool> FixErrors;
extern llvm::cl::opt<std::string> ExportFixes;
extern llvm::cl::opt<bool> Quiet;
extern llvm::cl::opt<bool> ListChecks;
extern llvm::cl::opt<bool> DumpConfig;

enum class OutputFormat { Text, Json, Sarif, Github, CodeQuality };
extern llvm::cl::opt<OutputFormat> Format;
extern llvm::cl::opt<std::string> Output;
extern llvm::cl::opt<std::string> SarifRoot;
extern llvm::cl::opt<std::string> BaselineFile;
extern llvm::cl::opt<std::string> WriteBaselineFile;
extern llvm::cl::opt<std::string> DiffRevision;
extern llvm::cl::opt<bool> DiffStaged;
extern llvm::cl::opt<std::string> LineFilterJson;
extern llvm::cl::opt<unsigned> Jobs;
extern llvm::cl::opt<bool> AllowCompilerPlugins;
extern llvm::cl::opt<std::string> ShardOption;
extern llvm::cl::opt<bool> MergeSarif;
extern llvm::cl::opt<bool> SkipFunctionBodies;
extern llvm::cl::opt<std::string> CacheDir;
extern llvm::cl::opt<bool> NoCache;
extern llvm::cl::opt<std::string> CacheSize;
extern llvm::cl::opt<bool> CacheStats;
extern llvm::cl::opt<std::string> WorkerSource;
extern llvm::cl::opt<std::string> WorkerHeader;

/// The clang-tidy options provider for the command line, with http-tidy's
/// defaults (only the http checks); null after reporting a configuration
/// error.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

/// Parses a configuration (.clang-tidy or --config) and checks the option
/// names of the http checks; reports what is wrong and returns nothing.
std::optional<clang::tidy::ClangTidyOptions>
parseConfigurationFile(llvm::MemoryBufferRef Text);

/// False once a configuration file has been reported as invalid.
bool configurationIsValid();

/// Prints "http-tidy: error: <message>" on stderr.
void error(const llvm::Twine &Message);
/// Prints "http-tidy: warning: <message>" on stderr.
void warning(const llvm::Twine &Message);

} // namespace http_tidy

#endif // HTTP_TIDY_TOOL_OPTIONS_H
