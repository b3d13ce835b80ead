//===--- AnalysisAction.cpp - run the checks over one file ----------------===//

#include "AnalysisAction.h"
#include "BodySkipping.h"
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

using namespace clang;
using namespace clang::tidy;

namespace http_tidy {

namespace {

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

class Action : public ASTFrontendAction {
public:
  Action(ClangTidyContext &Context, ClangTidyASTConsumerFactory &Factory,
         bool SkipBodies, std::vector<InputFile> &Inputs)
      : Context(Context), Factory(Factory), SkipBodies(SkipBodies),
        Inputs(Inputs) {}

  std::unique_ptr<ASTConsumer>
  CreateASTConsumer(CompilerInstance &Compiler, llvm::StringRef File) override {
    std::unique_ptr<ASTConsumer> Checks =
        Factory.createASTConsumer(Compiler, File);
    if (!SkipBodies)
      return Checks;
    // The options of the file at hand, which createASTConsumer selected.
    const ClangTidyOptions &Options = Context.getOptions();
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::move(Checks));
    Consumers.push_back(
        std::make_unique<BodySkipper>(Options.SystemHeaders.value_or(false),
                                      Options.HeaderFilterRegex.value_or("")));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

  void EndSourceFileAction() override {
    const SourceManager &Sources = getCompilerInstance().getSourceManager();
    std::string Directory;
    if (auto Working = Sources.getFileManager()
                           .getVirtualFileSystem()
                           .getCurrentWorkingDirectory())
      Directory = *Working;
    http::compat::forEachLoadedFile(Sources, [&](llvm::StringRef Name,
                                                 llvm::StringRef Content) {
      Inputs.push_back({absolutePath(Name, Directory), inputDigest(Content)});
    });
    llvm::sort(Inputs, [](const InputFile &A, const InputFile &B) {
      return A.Path < B.Path;
    });
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory &Factory;
  bool SkipBodies;
  std::vector<InputFile> &Inputs;
};

class ActionFactory : public tooling::FrontendActionFactory {
public:
  ActionFactory(ClangTidyContext &Context,
                llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                bool SkipBodies, std::vector<InputFile> &Inputs)
      : Context(Context), Consumers(Context, std::move(BaseFS)),
        SkipBodies(SkipBodies), Inputs(Inputs) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(Context, Consumers, SkipBodies, Inputs);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy does: code may test __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    // The parser asks the consumer (BodySkipper) before skipping a body.
    Invocation->getFrontendOpts().SkipFunctionBodies = SkipBodies;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyContext &Context;
  ClangTidyASTConsumerFactory Consumers;
  bool SkipBodies;
  std::vector<InputFile> &Inputs;
};

} // namespace

AnalysisOutput
runAnalysis(ClangTidyContext &Context,
            const tooling::CompilationDatabase &Compilations,
            llvm::StringRef Source,
            llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
            bool SkipBodies) {
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
  ActionFactory Factory(Context, std::move(BaseFS), SkipBodies, Output.Inputs);
  Tool.run(&Factory);
  Output.Errors = Diagnostics.take();
  return Output;
}

} // namespace http_tidy
