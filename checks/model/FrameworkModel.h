//===--- FrameworkModel.h - http-tidy ---------------------------*- C++ -*-===//
//
// What http-tidy knows about an HTTP framework, as data. Models are read
// from YAML files (ModelReader.h): the built-in ones in this directory, and
// the user's own, named in the configuration. The checks and the
// response-flow analysis are generic over these structures; docs/frameworks.md
// describes the file format.
//
//===----------------------------------------------------------------------===//

#ifndef HTTP_TIDY_MODEL_FRAMEWORKMODEL_H
#define HTTP_TIDY_MODEL_FRAMEWORKMODEL_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::http::model {

/// The two framing headers RFC 9110 section 8.6 / RFC 9112 section 6.1
/// forbid on 1xx and 204 responses.
enum class Framing { ContentLength, TransferEncoding };

/// Whether `Name` can be a header's name: a token (RFC 9110 section 5.1).
inline bool isHeaderFieldName(llvm::StringRef Name) {
  return !Name.empty() && llvm::all_of(Name, [](char C) {
    return (C >= '0' && C <= '9') || (C >= 'a' && C <= 'z') ||
           (C >= 'A' && C <= 'Z') ||
           llvm::StringRef("!#$%&'*+-.^_`|~").contains(C);
  });
}

/// What an API element does to a tracked object.
enum class Effect {
  SetStatus,      ///< Writes the status code (`StatusArg`, or the assigned
                  ///< value for a field).
  WriteBody,      ///< Writes content: `ContentArg` (-1: always content),
                  ///< `SizeArg` its length where the API takes one.
  BodyAccess,     ///< A field or accessor through which the body is written
                  ///< or cleared (`res.body = ...`, `res.body().append()`).
  SetHeader,      ///< Sets the header named by `NameArg`, or those of
                  ///< `SetsHeaders`.
  RemoveHeader,   ///< Removes the header named by `NameArg`, else the
                  ///< fixed `Header`, else every header.
  SetFraming,     ///< Sets `Header` by itself; `SetsWhen` reads `ValueArg`.
  PreparePayload, ///< Sets Content-Length from the body and evaluates the
                  ///< status at the call (Beast `prepare_payload()`).
  Send,           ///< Sends the object now.
  ReadStatus,     ///< Reads the status (for comparisons in the magic-number
                  ///< check); `TypedGetter` names the getter returning the
                  ///< framework's status type, if any.
  ConvertStatus,  ///< Turns the number in `StatusArg` into the status type.
  Create,         ///< Returns a new object; the entry's other effects act on
                  ///< it.
  Handle,         ///< Returns a value standing for a part of the object in
                  ///< `ObjectArg` (a field: of the object it is a member
                  ///< of): what is done to it is done to the object.
  Inspect,        ///< Takes the object and changes nothing the checks
                  ///< follow.
  ClearBody,      ///< Removes the content.
  SetReason,      ///< Sets the reason phrase (`ReasonArg`) and leaves the
                  ///< code as it is.
  OpenStream,     ///< Returns a stream whose insertions are content, written
                  ///< (and checked) as they happen.
};

/// Where an API element lives.
enum class Site {
  Field,       ///< A data member of a tracked type.
  Method,      ///< A member function of a tracked type.
  Constructor, ///< A constructor of a tracked type (`Name`).
  Function,    ///< A free function, by qualified name.
  Return,      ///< The value returned by a function that takes a pointer or
               ///< reference to the tracked type `Name`.
  Callback,    ///< A call of a callable object (`std::function`, a function
               ///< pointer) given an object of the tracked type `Name`.
};

/// When a SetFraming element sets its header.
enum class SetsWhen {
  Always,   ///< The call always sets the header.
  True,     ///< `chunked(true)` sets it, `chunked(false)` removes it.
  HasValue, ///< `content_length(n)` sets it, an empty optional removes it.
};

/// Where a model entry was written, for errors found after reading.
struct SourcePosition {
  std::string File;
  unsigned Line = 0, Column = 0;
};

/// One effect of one API element. A YAML entry with several effects becomes
/// one ApiEntry per effect, in the order written, sharing the arguments.
struct ApiEntry {
  Site Where = Site::Method;
  /// Member name (a field: a dotted path of members, `headers_out.status`),
  /// type name, or qualified function name.
  std::string Name;
  Effect What = Effect::Inspect;
  int ObjectArg = -1; ///< Functions: the argument that is the object.
  int StatusArg = -1;
  int ReasonArg = -1; ///< SetStatus: the reason phrase sent with the code.
  int ContentArg = -1;
  int SizeArg = -1;
  int NameArg = -1;
  int ValueArg = -1;
  int NameTemplateArg = -1; ///< The template argument naming the header.
  int HeaderLinesArg = -1;  ///< Header lines: "Content-Length: 0\r\n".
  int HeaderListArg = -1;   ///< A list of (name, value) pairs.
  /// WriteBody: the member path, in the structure `ContentArg` is (or
  /// points to), that holds the content's length (`value.len`).
  std::string SizeMember;
  /// With `RestrictsParams`, the entry applies only to the overloads whose
  /// parameter types are these ("*": any type).
  std::vector<std::string> Params;
  bool RestrictsParams = false;
  /// When not empty, the entry applies only where the argument `ValueArg`
  /// is one of these constants (qualified names of enumerators or
  /// variables); where it is not a constant, the call's object is forgotten.
  std::vector<std::string> ValueIs;
  bool Appends = false; ///< WriteBody adds to the content, not replaces it.
  bool CreatesObject = false; ///< The entry also has the Create effect.
  Framing Header = Framing::ContentLength;
  bool FixedHeader = false; ///< The entry names `Header` itself.
  model::SetsWhen When = model::SetsWhen::Always;
  std::string TypedGetter;
  /// SetHeader: headers the call adds by itself (`set_redirect` adds
  /// Location), in lower case.
  std::vector<std::string> SetsHeaders;
  /// SetStatus: the call changes the code and leaves the reason phrase set
  /// before it (POCO's `setStatus`). `Instead` names the method that takes
  /// the same arguments and sets the code's own phrase, if there is one.
  bool KeepsReason = false;
  std::string Instead;
  /// SetStatus: the code the call sets by itself (Crow `redirect()` sets
  /// 307), where no argument gives it; 0: `StatusArg` gives it.
  unsigned FixedStatus = 0;
  /// SetStatus: the call sets the status only where none was set before;
  /// the first one stays (uWebSockets writes the status line once).
  bool IfUnset = false;
  SourcePosition Position;

  /// The highest argument index the entry names, or -1.
  int highestArgument() const;
};

struct FrameworkModel {
  std::string Name;
  /// Qualified names of the tracked types: response classes, class
  /// templates, C structs, and buffers whose content a send call sends.
  std::vector<std::string> Types;
  std::vector<ApiEntry> Api;
  /// Qualified name of the enumeration naming the status codes. It is looked
  /// up in each translation unit: a constant is only suggested when this
  /// declaration is there (cpp-httplib has it from 0.14.3 on).
  std::string StatusEnum;
  /// Spell an enumerator of an unscoped StatusEnum through the enclosing
  /// scope (`status_code::no_content`), not through the enumeration's name.
  bool DropEnumName = false;
  /// Status code -> name of the macro that expands to it; suggested where
  /// the translation unit defines the macro as that number.
  std::map<unsigned, std::string> StatusMacros;
  /// Classes or namespaces whose static constant integer members are the
  /// codes (`web::http::status_codes`).
  std::vector<std::string> ConstantScopes;
  /// Status code -> expressions naming it: a qualified name of a variable
  /// or enumerator, or a call without arguments (`restinio::status_ok()`).
  /// Also read as statuses.
  std::map<unsigned, std::vector<std::string>> NamedConstants;
  /// The data member of a NamedConstants object that holds its number
  /// (`Status::CODE_204.code`): how a number position spells the constant,
  /// and a member read from a status (`getStatus().code`) that is one.
  std::string CodeMember;
  /// Qualified names of declarations (variables, enumerators, classes) and
  /// names of macros -> the header each names, in lower case.
  std::map<std::string, std::string> HeaderNames;
  /// Qualified names of types that hold a status code: a cast of a number to
  /// one of them is a status position.
  std::vector<std::string> StatusTypes;
  /// When not empty, the only codes the framework sends as given (its
  /// status table); for another it sends `SentInstead` ("500 Internal
  /// Server Error", "a status line without a code").
  std::vector<unsigned> SendableCodes;
  std::string SentInstead;
  /// Status code -> headers (lower case) the framework adds by itself to a
  /// response sent with that status.
  std::map<unsigned, std::vector<std::string>> AddedHeaders;
  /// The reason phrase a response starts with, where the framework keeps a
  /// phrase as text until it is set again (empty: the phrase is not
  /// followed). A status setter without a phrase argument sets the code's
  /// own phrase, unless it keeps the phrase.
  std::string InitialReason;
};

} // namespace clang::tidy::http::model

#endif // HTTP_TIDY_MODEL_FRAMEWORKMODEL_H
