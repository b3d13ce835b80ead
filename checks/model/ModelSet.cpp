//===--- ModelSet.cpp - http-tidy -----------------------------------------===//

#include "ModelSet.h"
#include "ModelReader.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <mutex>

namespace clang::tidy::http::model {
namespace {

struct EmbeddedModel {
  const char *FileName;
  llvm::StringRef Text;
};

#include "BuiltinModels.inc"

/// A model file read: the model, or the error that kept it out.
struct ReadResult {
  std::shared_ptr<const FrameworkModel> Model;
  std::string Error;
};

ReadResult parse(llvm::StringRef Text, llvm::StringRef FileName) {
  llvm::Expected<FrameworkModel> Model = readModel(Text, FileName);
  if (!Model)
    return {nullptr, llvm::toString(Model.takeError())};
  return {std::make_shared<const FrameworkModel>(std::move(*Model)), ""};
}

const std::vector<ReadResult> &builtinModels() {
  static const std::vector<ReadResult> Builtins = [] {
    std::vector<ReadResult> Result;
    for (const EmbeddedModel &Embedded : EmbeddedModels)
      Result.push_back(
          parse(Embedded.Text, "<built-in>/" + std::string(Embedded.FileName)));
    return Result;
  }();
  return Builtins;
}

ReadResult readUserModel(const std::string &Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return {nullptr, Path + ": cannot read the framework model: " +
                         Buffer.getError().message()};
  return parse((*Buffer)->getBuffer(), Path);
}

} // namespace

LoadedModels loadModels(llvm::ArrayRef<std::string> UserFiles) {
  static std::mutex Lock;
  static std::map<std::string, ReadResult> UserModels;
  static std::map<std::vector<std::string>, LoadedModels> Sets;
  std::lock_guard<std::mutex> Guard(Lock);

  std::vector<std::string> Key(UserFiles.begin(), UserFiles.end());
  auto Known = Sets.find(Key);
  if (Known != Sets.end())
    return Known->second;

  auto Set = std::make_shared<ModelSet>();
  LoadedModels Loaded;
  auto Add = [&](const ReadResult &Read) {
    if (Read.Model)
      Set->Models.push_back(Read.Model);
    else
      Loaded.Errors.push_back(Read.Error);
  };
  for (const ReadResult &Builtin : builtinModels())
    Add(Builtin);
  for (const std::string &Path : UserFiles) {
    auto [It, New] = UserModels.try_emplace(Path);
    if (New)
      It->second = readUserModel(Path);
    Add(It->second);
  }
  Loaded.Models = std::move(Set);
  return Sets.emplace(std::move(Key), std::move(Loaded)).first->second;
}

} // namespace clang::tidy::http::model
