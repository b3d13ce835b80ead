//===--- FrameworkModel.cpp - http-tidy -----------------------------------===//

#include "FrameworkModel.h"

namespace clang::tidy::http::model {

llvm::ArrayRef<FrameworkModel> allFrameworks() {
  static const std::vector<FrameworkModel> Models = {cppHttplibModel(),
                                                     boostBeastModel()};
  return Models;
}

static ApiEntry entry(Site Where, llvm::StringRef Name, Effect What,
                      int Arg = -1) {
  ApiEntry E{Where, Name, What};
  E.Arg = Arg;
  return E;
}

ApiEntry statusField(llvm::StringRef Field) {
  return entry(Site::Field, Field, Effect::SetStatus);
}

ApiEntry statusMethod(llvm::StringRef Method, int Arg) {
  return entry(Site::Method, Method, Effect::SetStatus, Arg);
}

ApiEntry statusConstructorArg(int Arg) {
  return entry(Site::Constructor, "", Effect::SetStatus, Arg);
}

ApiEntry bodyField(llvm::StringRef Field) {
  return entry(Site::Field, Field, Effect::BodyAccess);
}

ApiEntry bodyAccessor(llvm::StringRef Method) {
  return entry(Site::Method, Method, Effect::BodyAccess);
}

ApiEntry bodyMethod(llvm::StringRef Method, int ContentArg, int SizeArg) {
  ApiEntry E = entry(Site::Method, Method, Effect::WriteBody, ContentArg);
  E.SizeArg = SizeArg;
  return E;
}

ApiEntry bodyConstructorArg(int Arg) {
  return entry(Site::Constructor, "", Effect::WriteBody, Arg);
}

ApiEntry headerSetter(llvm::StringRef Method, int NameArg) {
  return entry(Site::Method, Method, Effect::SetHeader, NameArg);
}

ApiEntry headerRemover(llvm::StringRef Method, int NameArg) {
  return entry(Site::Method, Method, Effect::RemoveHeader, NameArg);
}

ApiEntry framingMethod(llvm::StringRef Method, Framing Header,
                       FramingArg HeaderArg) {
  ApiEntry E = entry(Site::Method, Method, Effect::SetFraming, 0);
  E.Header = Header;
  E.HeaderArg = HeaderArg;
  return E;
}

ApiEntry payloadPreparer(llvm::StringRef Method) {
  return entry(Site::Method, Method, Effect::PreparePayload);
}

ApiEntry sendFunction(llvm::StringRef QualifiedName, int ResponseArg) {
  return entry(Site::Function, QualifiedName, Effect::Send, ResponseArg);
}

ApiEntry statusReaderField(llvm::StringRef Field) {
  return entry(Site::Field, Field, Effect::ReadStatus);
}

ApiEntry statusReaderMethod(llvm::StringRef Method,
                            llvm::StringRef TypedAlternative) {
  ApiEntry E = entry(Site::Method, Method, Effect::ReadStatus);
  E.TypedAlternative = TypedAlternative;
  return E;
}

ApiEntry statusConversion(llvm::StringRef QualifiedName, int Arg) {
  return entry(Site::Function, QualifiedName, Effect::ConvertStatus, Arg);
}

} // namespace clang::tidy::http::model
