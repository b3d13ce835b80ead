//===--- HttpTidyModule.cpp - http-tidy -----------------------------------===//
//
// The `http` clang-tidy module: registers the checks, whether this code is
// loaded into clang-tidy with --load or linked into the http-tidy tool.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "InvalidStatusCodeCheck.h"
#include "MagicStatusCodeCheck.h"
#include "MissingRequiredHeaderCheck.h"
#include "NoContentWithBodyCheck.h"
#include "NoContentWithLengthCheck.h"
#include "StatusReasonMismatchCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::http {

class HttpModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<NoContentWithBodyCheck>(NoContentWithBodyInfo.Name);
    Factories.registerCheck<NoContentWithLengthCheck>(
        NoContentWithLengthInfo.Name);
    Factories.registerCheck<MagicStatusCodeCheck>(MagicStatusCodeInfo.Name);
    Factories.registerCheck<InvalidStatusCodeCheck>(InvalidStatusCodeInfo.Name);
    Factories.registerCheck<StatusReasonMismatchCheck>(
        StatusReasonMismatchInfo.Name);
    Factories.registerCheck<MissingRequiredHeaderCheck>(
        MissingRequiredHeaderInfo.Name);
  }
};

static ClangTidyModuleRegistry::Add<HttpModule>
    Registration("http-module", "Checks for HTTP handler code.");

} // namespace clang::tidy::http
