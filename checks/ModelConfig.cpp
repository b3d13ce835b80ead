//===--- ModelConfig.cpp - http-tidy --------------------------------------===//

#include "ModelConfig.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>
#include <set>

namespace clang::tidy::http {

/// Where relative paths in the option resolve: the directory of the
/// `.clang-tidy` file that sets the option to this value. clang-tidy reads
/// the nearest `.clang-tidy` above the file (and its parents' while each says
/// InheritParentConfig), so the nearest of those that sets the option is the
/// one in effect. A value from the command line (--config, --config-file)
/// resolves against the working directory.
static std::string configDirectory(llvm::StringRef File,
                                   llvm::StringRef Value) {
  static std::map<std::pair<std::string, std::string>, std::string> Known;
  llvm::SmallString<256> Dir(File);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  auto [It, New] = Known.try_emplace({std::string(Dir), Value.str()});
  if (!New)
    return It->second;

  for (llvm::StringRef D = Dir; !D.empty();
       D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Config(D);
    llvm::sys::path::append(Config, ".clang-tidy");
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(Config, /*IsText=*/true);
    if (!Text)
      continue;
    llvm::ErrorOr<ClangTidyOptions> Options =
        parseConfiguration((*Text)->getMemBufferRef());
    if (!Options)
      break;
    auto Option = Options->CheckOptions.find(ModelConfig::OptionName);
    if (Option != Options->CheckOptions.end() && Option->second.Value == Value)
      return It->second = D.str();
    if (!Options->InheritParentConfig.value_or(false))
      break;
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return It->second = std::string(Cwd);
}

std::vector<std::string> modelFilePaths(llvm::StringRef OptionValue,
                                        llvm::StringRef BaseDirectory) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  OptionValue.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Paths;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    llvm::SmallString<256> Path;
    if (llvm::sys::path::is_relative(Part))
      Path = BaseDirectory;
    llvm::sys::path::append(Path, Part);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Paths.push_back(std::string(Path));
  }
  return Paths;
}

ModelConfig::ModelConfig(ClangTidyCheck &Check, ClangTidyContext *Context)
    : Check(Check), Context(Context) {
  const ClangTidyOptions::OptionMap &Options =
      Context->getOptions().CheckOptions;
  auto Option = Options.find(OptionName);
  std::vector<std::string> Files;
  if (Option != Options.end()) {
    RawOption = Option->second.Value;
    Files = modelFilePaths(
        RawOption, configDirectory(Context->getCurrentFile(), RawOption));
  }
  model::LoadedModels Loaded = model::loadModels(Files);
  for (const std::string &Error : Loaded.Errors)
    report(Error);
  // The analysis tracks the headers that the rules of
  // http-missing-required-header name, a team's rules too.
  std::string ExtraRules;
  if (auto Rules = Options.find(ExtraHeaderRulesOption); Rules != Options.end())
    ExtraRules = Rules->second.Value;
  // The same files give the same model set, and so the same index: every
  // check of every unit shares it.
  static std::map<std::pair<const model::ModelSet *, std::string>,
                  std::shared_ptr<const ApiLookup>>
      Lookups;
  std::shared_ptr<const ApiLookup> &Lookup =
      Lookups[{Loaded.Models.get(), ExtraRules}];
  if (!Lookup)
    Lookup = std::make_shared<const ApiLookup>(Loaded.Models,
                                               headerRulesFor(ExtraRules));
  Api = Lookup;
}

void ModelConfig::storeOptions(ClangTidyOptions::OptionMap &Opts) const {
  if (!RawOption.empty())
    Opts[OptionName] = ClangTidyOptions::ClangTidyValue(RawOption);
}

void ModelConfig::report(const std::string &Message) const {
  // Every http check holds a ModelConfig: say it once per unit.
  static std::set<std::tuple<const void *, std::string, std::string>> Said;
  if (!Said.emplace(Context, Context->getCurrentFile().str(), Message).second)
    return;
  Check.configurationDiag("invalid framework model: %0", DiagnosticIDs::Error)
      << Message;
}

void ModelConfig::checkAgainst(ASTContext &Ctx) {
  // Every http check asks; the first one of the unit does the work.
  static std::set<std::pair<const void *, std::string>> Checked;
  if (!Checked.emplace(Context, Context->getCurrentFile().str()).second)
    return;
  for (const std::string &Contradiction : Api->contradictions(Ctx))
    report(Contradiction);
}

} // namespace clang::tidy::http
