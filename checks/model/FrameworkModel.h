//===--- FrameworkModel.h - http-tidy ---------------------------*- C++ -*-===//
//
// What http-tidy knows about an HTTP framework, as data. The checks and the
// response-flow analysis are generic over these tables; adding a framework
// means adding a table (see CppHttplib.cpp, BoostBeast.cpp) and its tests.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_FRAMEWORKMODEL_H
#define HTTP_TIDY_MODEL_FRAMEWORKMODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang::tidy::http::model {

/// The two framing headers RFC 9110 section 8.6 / RFC 9112 section 6.1
/// forbid on 1xx and 204 responses.
enum class Framing { ContentLength, TransferEncoding };

/// What an API element does to a response.
enum class Effect {
  SetStatus,      ///< Writes the status code (argument `Arg`, or the
                  ///< assigned value for a field).
  BodyAccess,     ///< A field or accessor through which the body is written
                  ///< or cleared (`res.body = ...`, `res.body().append()`).
  WriteBody,      ///< A call that writes content; `Arg` is the content
                  ///< argument (-1: the call always produces content),
                  ///< `SizeArg` its length where the API takes one.
  SetHeader,      ///< Sets a header; `Arg` is the header-name argument.
  RemoveHeader,   ///< Removes a header; `Arg` is the header-name argument.
  SetFraming,     ///< Sets a framing header by itself (`chunked(true)`,
                  ///< `content_length(n)`): `Arg` decides set or clear.
  PreparePayload, ///< Sets Content-Length from the body and evaluates the
                  ///< status at the call (Beast `prepare_payload()`).
  Send,           ///< Sends the response; for free functions `Arg` is the
                  ///< response argument.
  ReadStatus,     ///< Reads the status (for comparisons in the magic-number
                  ///< check); `TypedAlternative` names the getter returning
                  ///< the framework's status type, if any.
  ConvertStatus,  ///< Turns a number into the status type; `Arg` is it.
};

/// Where an API element lives.
enum class Site {
  Field,       ///< A data member of the response type.
  Method,      ///< A member function of the response type.
  Constructor, ///< A constructor of the response type.
  Function,    ///< A free function, by qualified name.
};

/// How the argument of a SetFraming element is read.
enum class FramingArg {
  Always,    ///< The call always sets the header.
  TrueSets,  ///< `chunked(true)` sets it, `chunked(false)` removes it.
  ValueSets, ///< `content_length(n)` sets it, an empty optional removes it.
};

struct ApiEntry {
  Site Where;
  llvm::StringRef Name; ///< Member name, or qualified function name.
  Effect What;
  int Arg = -1;
  int SizeArg = -1;
  Framing Header = Framing::ContentLength;
  FramingArg HeaderArg = FramingArg::Always;
  llvm::StringRef TypedAlternative;
};

struct FrameworkModel {
  llvm::StringRef Name;
  /// Qualified names of response classes or class templates.
  std::vector<llvm::StringRef> ResponseTypes;
  std::vector<ApiEntry> Api;
  /// Qualified name of the enumeration naming the status codes. It is looked
  /// up in each translation unit: a constant is only suggested when this
  /// declaration is there (cpp-httplib has it from 0.14.3 on).
  llvm::StringRef StatusEnum;
  /// Qualified names of types that hold a status code: a cast of a number to
  /// one of them is a status position.
  std::vector<llvm::StringRef> StatusTypes;
};

/// Every framework http-tidy models, in a fixed order.
llvm::ArrayRef<FrameworkModel> allFrameworks();

// Table builders: they keep the framework tables short and readable.
ApiEntry statusField(llvm::StringRef Field);
ApiEntry statusMethod(llvm::StringRef Method, int Arg);
ApiEntry statusConstructorArg(int Arg);
ApiEntry bodyField(llvm::StringRef Field);
ApiEntry bodyAccessor(llvm::StringRef Method);
ApiEntry bodyMethod(llvm::StringRef Method, int ContentArg, int SizeArg = -1);
ApiEntry bodyConstructorArg(int Arg);
ApiEntry headerSetter(llvm::StringRef Method, int NameArg);
ApiEntry headerRemover(llvm::StringRef Method, int NameArg);
ApiEntry framingMethod(llvm::StringRef Method, Framing Header,
                       FramingArg HeaderArg);
ApiEntry payloadPreparer(llvm::StringRef Method);
ApiEntry sendFunction(llvm::StringRef QualifiedName, int ResponseArg);
ApiEntry statusReaderField(llvm::StringRef Field);
ApiEntry statusReaderMethod(llvm::StringRef Method,
                            llvm::StringRef TypedAlternative = "");
ApiEntry statusConversion(llvm::StringRef QualifiedName, int Arg);

// The framework tables, one per file.
FrameworkModel cppHttplibModel();
FrameworkModel boostBeastModel();

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_FRAMEWORKMODEL_H
