//===--- Inputs.cpp - http-tidy inputs ------------------------------------===//

#include "Inputs.h"
#include "Options.h"
#include "compat/LLVMCompat.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using clang::tidy::http::compat::startsWith;
using namespace clang::tooling;

namespace http_tidy {

namespace {

/// The first line of a tooling error message; the rest repeats it per
/// database plugin.
llvm::StringRef firstLine(llvm::StringRef Message) {
  return Message.trim().split('\n').first.trim();
}

bool loadsCode(llvm::StringRef Arg) {
  return startsWith(Arg, "-fplugin=") || startsWith(Arg, "-fpass-plugin=") ||
         startsWith(Arg, "-fplugin-arg-");
}

/// Frontend (-Xclang) options that load a plugin or address one.
bool loadsCodeInFrontend(llvm::StringRef Arg) {
  return Arg == "-load" || Arg == "-add-plugin" || Arg == "-plugin" ||
         startsWith(Arg, "-plugin-arg-");
}

/// A compile command from a repository can name a shared object for the
/// compiler to load; http-tidy is the compiler here, so it would run that
/// code. Such arguments are dropped.
ArgumentsAdjuster dropCompilerPlugins(DroppedArgumentHandler OnDropped) {
  return [OnDropped](const CommandLineArguments &Args, llvm::StringRef File) {
    CommandLineArguments Kept;
    for (size_t I = 0; I < Args.size(); ++I) {
      if (loadsCode(Args[I])) {
        OnDropped(File, Args[I]);
        continue;
      }
      if (Args[I] == "-Xclang" && I + 1 < Args.size() &&
          loadsCodeInFrontend(Args[I + 1])) {
        // `-Xclang -load -Xclang lib.so`: the value comes through -Xclang.
        std::string Shown = "-Xclang " + Args[I + 1];
        ++I;
        if (I + 2 < Args.size() && Args[I + 1] == "-Xclang") {
          Shown += " -Xclang " + Args[I + 2];
          I += 2;
        }
        OnDropped(File, Shown);
        continue;
      }
      Kept.push_back(Args[I]);
    }
    return Kept;
  };
}

/// The directories an #include of \p File is looked up in: the file's own,
/// then the -I, -iquote, -isystem and -idirafter directories of its command.
std::vector<std::string> includeDirectories(llvm::StringRef File,
                                            const CompileCommand &Command) {
  std::vector<std::string> Dirs{
      std::string(llvm::sys::path::parent_path(File))};
  const std::vector<std::string> &Args = Command.CommandLine;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    for (llvm::StringRef Flag : {"-I", "-iquote", "-isystem", "-idirafter"}) {
      if (!Arg.consume_front(Flag))
        continue;
      if (Arg.empty() && I + 1 < Args.size())
        Arg = Args[++I];
      Dirs.push_back(absolutePath(Arg, Command.Directory));
      break;
    }
  }
  return Dirs;
}

/// A file of the database that includes \p Header directly. This reads the
/// #include lines rather than preprocessing, which is enough for the usual
/// layout and costs one read of the files that mention the header's name.
std::optional<std::string> findIncluder(llvm::StringRef Header,
                                        const CompilationDatabase &Database) {
  static const llvm::Regex Include(
      R"(^[ \t]*#[ \t]*include[ \t]*[<"]([^>"]+)[>"])");
  llvm::StringRef Name = llvm::sys::path::filename(Header);
  std::vector<std::string> Files = Database.getAllFiles();
  llvm::sort(Files);
  for (const std::string &File : Files) {
    auto Content = llvm::MemoryBuffer::getFile(File);
    if (!Content || !(*Content)->getBuffer().contains(Name))
      continue;
    std::vector<CompileCommand> Commands = Database.getCompileCommands(File);
    if (Commands.empty())
      continue;
    std::vector<std::string> Dirs = includeDirectories(File, Commands.front());
    llvm::SmallVector<llvm::StringRef, 0> Lines;
    (*Content)->getBuffer().split(Lines, '\n');
    for (llvm::StringRef Line : Lines) {
      llvm::SmallVector<llvm::StringRef, 2> Match;
      if (!Line.contains(Name) || !Include.match(Line, &Match) ||
          llvm::sys::path::filename(Match[1]) != Name)
        continue;
      for (const std::string &Dir : Dirs) {
        llvm::SmallString<256> Candidate(Dir);
        llvm::sys::path::append(Candidate, Match[1]);
        if (sameFile(Candidate, Header))
          return File;
      }
    }
  }
  return std::nullopt;
}

/// clang reads a `.h` file on its own as C. With C++ flags it is C++: a
/// header handed over by pre-commit with the project's -std=c++17 must not
/// fail on that flag.
ArgumentsAdjuster headerLanguage() {
  return [](const CommandLineArguments &Args, llvm::StringRef File) {
    auto Has = [&](auto Predicate) { return llvm::any_of(Args, Predicate); };
    if (!isHeader(File) ||
        Has([](llvm::StringRef A) { return startsWith(A, "-x"); }) ||
        !Has([](llvm::StringRef A) {
          return startsWith(A, "-std=c++") || startsWith(A, "-std=gnu++");
        }))
      return Args;
    CommandLineArguments Result = Args;
    Result.insert(Result.begin() + std::min<size_t>(1, Result.size()),
                  "-xc++-header");
    return Result;
  };
}

} // namespace

std::unique_ptr<CompilationDatabase>
loadCompilations(std::unique_ptr<CompilationDatabase> Fixed,
                 llvm::ArrayRef<std::string> Sources,
                 DroppedArgumentHandler OnDropped, bool WarnIfNone) {
  std::unique_ptr<CompilationDatabase> Database = std::move(Fixed);
  std::string Error;
  if (!Database && !BuildPath.empty()) {
    // A compile_commands.json that is there but broken: say what is wrong
    // with it, not only that no database was found. Wrapped as the JSON
    // database plugin wraps it.
    llvm::SmallString<256> Json(BuildPath);
    llvm::sys::path::append(Json, "compile_commands.json");
    if (llvm::sys::fs::exists(Json)) {
      if (std::unique_ptr<CompilationDatabase> Loaded =
              JSONCompilationDatabase::loadFromFile(
                  Json, Error, JSONCommandLineSyntax::AutoDetect))
        Database = inferTargetAndDriverMode(
            inferMissingCompileCommands(expandResponseFiles(
                std::move(Loaded), llvm::vfs::getRealFileSystem())));
      else {
        error("invalid compilation database '" + Json +
              "': " + firstLine(Error));
        return nullptr;
      }
    } else {
      Database = CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
      if (!Database) {
        error("no compilation database in '" + BuildPath +
              "' (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)");
        return nullptr;
      }
    }
  }
  if (!Database && !Sources.empty()) {
    Database = CompilationDatabase::autoDetectFromSource(Sources[0], Error);
    if (!Database && WarnIfNone && WorkerSource.empty() && ArgsBefore.empty() &&
        ArgsAfter.empty())
      warning("no compilation database found for '" + Sources[0] +
              "'; analysing without compiler flags (give -p <build dir> or "
              "-- <flags>)");
  }
  if (!Database)
    Database = std::make_unique<FixedCompilationDatabase>(
        ".", std::vector<std::string>());

  auto Adjusted =
      std::make_unique<ArgumentsAdjustingCompilations>(std::move(Database));
  if (!AllowCompilerPlugins)
    Adjusted->appendArgumentsAdjuster(dropCompilerPlugins(OnDropped));
  Adjusted->appendArgumentsAdjuster(
      getInsertArgumentAdjuster(ArgsBefore, ArgumentInsertPosition::BEGIN));
  Adjusted->appendArgumentsAdjuster(
      getInsertArgumentAdjuster(ArgsAfter, ArgumentInsertPosition::END));
  Adjusted->appendArgumentsAdjuster(headerLanguage());
  return Adjusted;
}

std::vector<WorkItem> planWork(llvm::ArrayRef<std::string> Paths,
                               const CompilationDatabase &Compilations) {
  std::vector<WorkItem> Items;
  const bool HaveDatabase = !Compilations.getAllFiles().empty();
  for (const std::string &Path : Paths) {
    if (!HaveDatabase || !isHeader(Path) ||
        !llvm::sys::fs::is_regular_file(Path)) {
      Items.push_back({Path, ""});
      continue;
    }
    if (std::optional<std::string> Includer =
            findIncluder(absolutePath(Path, ""), Compilations)) {
      Items.push_back({*Includer, Path});
      continue;
    }
    warning("no file of the compilation database includes '" + Path +
            "'; analysing it on its own");
    Items.push_back({Path, ""});
  }
  return Items;
}

bool isHeader(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return llvm::StringSwitch<bool>(Ext.lower())
      .Cases(".h", ".hh", ".hpp", ".hxx", ".h++", true)
      .Cases(".inc", ".inl", ".ipp", ".tpp", true)
      .Default(false);
}

} // namespace http_tidy
