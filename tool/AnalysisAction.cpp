//===--- AnalysisAction.cpp - run the checks over one file ----------------===//

#include "AnalysisAction.h"
#include "UserCodeFocus.h"
#include "Worker.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "compat/LLVMCompat.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

namespace {

using Skipping = UserCodeFocus::Skipping;

/// The configuration's ExtraArgsBefore and ExtraArgs, as clang-tidy adds
/// them.
tooling::ArgumentsAdjuster extraArguments(ClangTidyContext &Context) {
  return [&Context](const tooling::CommandLineArguments &Args,
                    llvm::StringRef File) {
    ClangTidyOptions Options = Context.getOptionsForFile(File);
    tooling::CommandLineArguments Adjusted = Args;
    if (Options.ExtraArgsBefore) {
      auto At = Adjusted.begin();
      // After the compiler's name, when the command has one.
      if (At != Adjusted.end() && !http::compat::startsWith(*At, "-"))
        ++At;
      Adjusted.insert(At, Options.ExtraArgsBefore->begin(),
                      Options.ExtraArgsBefore->end());
    }
    if (Options.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Options.ExtraArgs->begin(),
                      Options.ExtraArgs->end());
    return Adjusted;
  };
}

/// \p Name of a file the compiler read, absolute, for reading it again.
/// `..` stays: the compiler's own search paths climb out of symbolic links
/// (`/usr/lib/llvm-19/bin/../../../lib/gcc/...`), where dropping it as text
/// names another file.
std::string inputPath(llvm::StringRef Name, llvm::StringRef Directory) {
  llvm::SmallString<256> Path(Name);
  if (!llvm::sys::path::is_absolute(Path) && !Directory.empty())
    llvm::sys::fs::make_absolute(Directory, Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
  return std::string(Path);
}

class Action : public ASTFrontendAction {
public:
  Action(ClangTidyContext &Context, ClangTidyASTConsumerFactory &Factory,
         Skipping Skip, AnalysisOutput &Output)
      : Context(Context), Factory(Factory), Skip(Skip), Output(Output) {}

  std::unique_ptr<ASTConsumer>
  CreateASTConsumer(CompilerInstance &Compiler, llvm::StringRef File) override {
    std::unique_ptr<ASTConsumer> Checks =
        Factory.createASTConsumer(Compiler, File);
    // The options of the file at hand, which createASTConsumer selected.
    const ClangTidyOptions &Options = Context.getOptions();
    auto Consumer = std::make_unique<UserCodeFocus>(
        std::move(Checks), Options.SystemHeaders.value_or(false),
        Options.HeaderFilterRegex.value_or(""), Skip);
    Focus = Consumer.get();
    return Consumer;
  }

  void EndSourceFileAction() override {
    Output.Retry = Focus && Focus->retry();
    const SourceManager &Sources = getCompilerInstance().getSourceManager();
    std::string Directory;
    if (auto Working = Sources.getFileManager()
                           .getVirtualFileSystem()
                           .getCurrentWorkingDirectory())
      Directory = *Working;
    http::compat::forEachLoadedFile(
        Sources, [&](llvm::StringRef Name, llvm::StringRef Content) {
          Output.Inputs.push_back(
              {inputPath(Name, Directory), inputDigest(Content)});
        });
    llvm::sort(Output.Inputs, [](const InputFile &A, const InputFile &B) {
      return A.Path < B.Path;
    });
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory &Factory;
  Skipping Skip;
  AnalysisOutput &Output;
  const UserCodeFocus *Focus = nullptr;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(ClangTidyContext &Context,
                llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                Skipping Skip, AnalysisOutput &Output)
      : Context(Context), Consumers(Context, std::move(BaseFS)), Skip(Skip),
        Output(Output) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(Context, Consumers, Skip, Output);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy does: code may test __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // The parser asks the consumer (UserCodeFocus) before skipping a body.
    Invocation->getFrontendOpts().SkipFunctionBodies = Skip != Skipping::None;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory Consumers;
  Skipping Skip;
  AnalysisOutput &Output;
};

/// One parse of \p Source with a context of its own.
AnalysisOutput
analyseOnce(ClangTidyContext &Context,
            const tooling::CompilationDatabase &Compilations,
            llvm::StringRef Source,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
            Skipping Skip) {
  tooling::ClangTool Tool(Compilations, {std::string(Source)},
                          std::make_shared<PCHContainerOperations>(), BaseFS);
  Tool.appendArgumentsAdjuster(extraArguments(Context));
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());

  ClangTidyDiagnosticConsumer Diagnostics(Context, nullptr,
                                          /*RemoveIncompatibleErrors=*/true,
                                          /*GetFixesFromNotes=*/false);
  std::unique_ptr<DiagnosticsEngine> Engine =
      http::compat::attachDiagnosticsEngine(Context, &Diagnostics);
  Tool.setDiagnosticConsumer(&Diagnostics);

  AnalysisOutput Output;
  ActionFactory Factory(Context, std::move(BaseFS), Skip, Output);
  Tool.run(&Factory);
  Output.Errors = Diagnostics.take();
  return Output;
}

} // namespace

std::optional<AnalysisOutput> runAnalysis(
    llvm::function_ref<std::unique_ptr<ClangTidyOptionsProvider>()> Options,
    const tooling::CompilationDatabase &Compilations, llvm::StringRef Source,
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
    bool SkipBodies) {
  Skipping Skip = SkipBodies ? Skipping::All : Skipping::None;
  while (true) {
    std::unique_ptr<ClangTidyOptionsProvider> Provider = Options();
    if (!Provider)
      return std::nullopt;
    // A context per parse: what a parse reported once (a bad model file,
    // say) must be reported again by the next.
    ClangTidyContext Context(std::move(Provider));
    AnalysisOutput Output =
        analyseOnce(Context, Compilations, Source, BaseFS, Skip);
    if (!Output.Retry)
      return Output;
    Skip = Skipping::KeepTemplates;
  }
}

} // namespace http_tidy
