//===--- ChangedLines.cpp - report only what a change touched -------------===//

#include "ChangedLines.h"
#include "Inputs.h"
#include "Worker.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace http_tidy {

namespace {

/// A file --diff looks at: a C or C++ source, or a header as the rest of
/// http-tidy knows one.
bool isCOrCxx(llvm::StringRef Path) {
  return isHeader(Path) ||
         llvm::StringSwitch<bool>(llvm::sys::path::extension(Path).lower())
             .Cases(".c", ".cc", ".cpp", ".cxx", ".c++", ".cp", true)
             .Default(false);
}

/// Runs git with \p Args in the current directory: its standard output, or
/// nothing and git's first line of complaint in \p Error.
std::optional<std::string> runGit(llvm::ArrayRef<llvm::StringRef> Args,
                                  std::string &Error) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git) {
    Error = "--diff needs git, which is not on PATH";
    return std::nullopt;
  }
  llvm::SmallString<128> Out, Err;
  if (llvm::sys::fs::createTemporaryFile("http-tidy-git", "out", Out) ||
      llvm::sys::fs::createTemporaryFile("http-tidy-git", "err", Err)) {
    Error = "--diff cannot create a temporary file";
    return std::nullopt;
  }
  llvm::FileRemover RemoveOut(Out), RemoveErr(Err);
  std::vector<llvm::StringRef> Argv{*Git};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                Err.str()};
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto Read = [](llvm::StringRef Path) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(Path);
    return Buffer ? (*Buffer)->getBuffer().str() : std::string();
  };
  if (Status != 0) {
    std::string Complaint = llvm::StringRef(Read(Err)).trim().str();
    Error = "git failed" +
            (Complaint.empty()
                 ? std::string()
                 : ": " + llvm::StringRef(Complaint).split('\n').first.str());
    return std::nullopt;
  }
  return Read(Out);
}

} // namespace

bool LineFilter::contains(llvm::StringRef Path, unsigned Line) const {
  for (const File &F : Files) {
    // git gives the work tree's real path; the file may have been named
    // through a symbolic link.
    if (NamesAreSuffixes ? !Path.ends_with(F.Name)
                         : Path != F.Name && !sameFile(Path, F.Name))
      continue;
    if (F.Lines.empty())
      return true;
    for (const auto &[First, Last] : F.Lines)
      if (Line >= First && Line <= Last)
        return true;
  }
  return false;
}

std::vector<std::string> LineFilter::existingFiles() const {
  std::vector<std::string> Result;
  for (const File &F : Files)
    if (llvm::sys::fs::is_regular_file(F.Name))
      Result.push_back(F.Name);
  return Result;
}

std::optional<LineFilter> parseLineFilter(llvm::StringRef Json,
                                          std::string &Error) {
  auto Fail = [&](const llvm::Twine &Why) -> std::optional<LineFilter> {
    Error = ("invalid --line-filter: " + Why +
             " (expected [{\"name\": \"file.cpp\", \"lines\": [[1, 3]]}, ...])")
                .str();
    return std::nullopt;
  };
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Json);
  if (!Parsed) {
    std::string Message = llvm::toString(Parsed.takeError());
    return Fail(Message);
  }
  const llvm::json::Array *Entries = Parsed->getAsArray();
  if (!Entries)
    return Fail("not an array");
  LineFilter Filter;
  Filter.NamesAreSuffixes = true;
  for (const llvm::json::Value &Entry : *Entries) {
    const llvm::json::Object *Object = Entry.getAsObject();
    std::optional<llvm::StringRef> Name =
        Object ? Object->getString("name") : std::nullopt;
    if (!Name || Name->empty())
      return Fail("an entry without a file \"name\"");
    LineFilter::File File{Name->str(), {}};
    if (const llvm::json::Value *Lines = Object->get("lines")) {
      const llvm::json::Array *Ranges = Lines->getAsArray();
      if (!Ranges)
        return Fail("\"lines\" of '" + *Name + "' is not an array");
      for (const llvm::json::Value &Range : *Ranges) {
        const llvm::json::Array *Pair = Range.getAsArray();
        std::optional<int64_t> First = Pair && Pair->size() == 2
                                           ? (*Pair)[0].getAsInteger()
                                           : std::nullopt;
        std::optional<int64_t> Last = Pair && Pair->size() == 2
                                          ? (*Pair)[1].getAsInteger()
                                          : std::nullopt;
        if (!First || !Last || *First < 1 || *Last < *First)
          return Fail("a line range of '" + *Name +
                      "' is not [first, last] with 1 <= first <= last");
        File.Lines.emplace_back(*First, *Last);
      }
    }
    Filter.Files.push_back(std::move(File));
  }
  return Filter;
}

LineFilter parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Root) {
  LineFilter Filter;
  LineFilter::File *Current = nullptr;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      Current = nullptr;
      // "+++ /dev/null": the file was deleted.
      if (!Line.consume_front("b/") || !isCOrCxx(Line))
        continue;
      llvm::SmallString<256> Path(Root);
      llvm::sys::path::append(Path, Line);
      Filter.Files.push_back({std::string(Path), {}});
      Current = &Filter.Files.back();
      continue;
    }
    // "@@ -a,b +c,d @@": d lines (1 without ",d") from line c are new.
    if (!Current || !Line.consume_front("@@ -"))
      continue;
    size_t Plus = Line.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef Added = Line.substr(Plus + 2).split(' ').first;
    auto [Start, Count] = Added.split(',');
    unsigned First = 0, Number = 1;
    if (Start.getAsInteger(10, First) ||
        (!Count.empty() && Count.getAsInteger(10, Number)))
      continue;
    if (Number)
      Current->Lines.emplace_back(First, First + Number - 1);
  }
  // A file whose change only removed lines has no line to report on.
  llvm::erase_if(Filter.Files,
                 [](const LineFilter::File &F) { return F.Lines.empty(); });
  return Filter;
}

std::optional<LineFilter> diffLines(llvm::StringRef Revision, bool Staged,
                                    std::string &Error) {
  std::optional<std::string> Top =
      runGit({"rev-parse", "--show-toplevel"}, Error);
  if (!Top) {
    Error = "--diff needs a git work tree (" + Error + ")";
    return std::nullopt;
  }
  std::vector<llvm::StringRef> Args{
      "-c",           "core.quotePath=false", "diff",
      "-U0",          "--no-color",           "--no-ext-diff",
      "--no-renames", "--src-prefix=a/",      "--dst-prefix=b/"};
  if (Staged)
    Args.push_back("--cached");
  std::string Rev = Revision.str();
  if (!Rev.empty())
    Args.push_back(Rev);
  // A revision is never a path.
  Args.push_back("--");
  std::optional<std::string> Diff = runGit(Args, Error);
  if (!Diff)
    return std::nullopt;
  return parseUnifiedDiff(*Diff, llvm::StringRef(*Top).trim());
}

} // namespace http_tidy
