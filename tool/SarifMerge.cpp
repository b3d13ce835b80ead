//===--- SarifMerge.cpp - one SARIF log from the shards of a run ----------===//
//
// Code scanning shows what one upload of a category holds: the SARIF files
// of the jobs of a --shard matrix are merged into one run before they are
// uploaded. Only logs of this version of http-tidy are accepted, so that
// their rules and fingerprints mean what the merged log's driver says.
//
//===----------------------------------------------------------------------===//

#include "Options.h"
#include "Reports.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include <set>

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace http_tidy {

namespace {

/// What is wrong with an input, for the one-line error that names it.
struct Problem {
  std::string Text;
};

/// The text of a value, the same for equal values (keys are sorted).
std::string canonical(const Value &V) { return llvm::formatv("{0}", V).str(); }

class SarifMerger {
public:
  std::optional<Problem> addLog(const Value &Log) {
    const Object *Top = Log.getAsObject();
    if (!Top)
      return Problem{"not a SARIF log (no top-level object)"};
    std::optional<llvm::StringRef> Version = Top->getString("version");
    if (Version != SarifVersion)
      return Problem{"not a SARIF " + SarifVersion.str() + " log"};
    const Array *Runs = Top->getArray("runs");
    if (!Runs || Runs->empty())
      return Problem{"no runs"};
    for (const Value &Run : *Runs) {
      const Object *RunObject = Run.getAsObject();
      if (!RunObject)
        return Problem{"a run is not an object"};
      if (std::optional<Problem> P = addRun(*RunObject))
        return P;
    }
    return std::nullopt;
  }

  Object run() && {
    Object Invocation{{"executionSuccessful", Successful}};
    if (!Notifications.empty())
      Invocation["toolExecutionNotifications"] = std::move(Notifications);
    Object Run{{"tool", Object{{"driver", sarifDriver(std::move(Rules))}}},
               {"invocations", Array{std::move(Invocation)}},
               {"results", std::move(Results)}};
    if (BaseIds)
      Run["originalUriBaseIds"] = std::move(*BaseIds);
    if (ColumnKind)
      Run["columnKind"] = *ColumnKind;
    return Run;
  }

private:
  std::optional<Problem> addRun(const Object &Run) {
    if (std::optional<Problem> P = checkDriver(Run))
      return P;
    std::vector<std::string> RuleIds;
    if (std::optional<Problem> P = addRules(Run, RuleIds))
      return P;
    if (std::optional<Problem> P = addBase(Run))
      return P;
    if (std::optional<Problem> P = addInvocations(Run))
      return P;
    const Array *RunResults = Run.getArray("results");
    if (!RunResults)
      return Problem{"a run has no results array"};
    for (const Value &Result : *RunResults)
      if (std::optional<Problem> P = addResult(Result, RuleIds))
        return P;
    return std::nullopt;
  }

  static std::optional<Problem> checkDriver(const Object &Run) {
    const Object *Tool = Run.getObject("tool");
    const Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    std::optional<llvm::StringRef> Name =
        Driver ? Driver->getString("name") : std::nullopt;
    if (!Name)
      return Problem{"not written by http-tidy (no tool.driver.name)"};
    if (*Name != SarifToolName)
      return Problem{"not written by http-tidy but by '" + Name->str() + "'"};
    std::optional<llvm::StringRef> Version = Driver->getString("version");
    if (Version != HTTP_TIDY_VERSION)
      return Problem{"written by http-tidy " + Version.value_or("?").str() +
                     "; merge with the same version (this is " +
                     HTTP_TIDY_VERSION + ")"};
    return std::nullopt;
  }

  /// Takes the run's rules into the union; \p RuleIds maps the run's rule
  /// indices to ids.
  std::optional<Problem> addRules(const Object &Run,
                                  std::vector<std::string> &RuleIds) {
    const Array *RunRules =
        Run.getObject("tool")->getObject("driver")->getArray("rules");
    if (!RunRules)
      return std::nullopt;
    for (const Value &Rule : *RunRules) {
      const Object *RuleObject = Rule.getAsObject();
      std::optional<llvm::StringRef> Id =
          RuleObject ? RuleObject->getString("id") : std::nullopt;
      if (!Id)
        return Problem{"a rule has no id"};
      RuleIds.push_back(Id->str());
      if (RuleIndex.try_emplace(*Id, Rules.size()).second)
        Rules.push_back(Rule);
    }
    return std::nullopt;
  }

  unsigned ruleIndex(llvm::StringRef Id) {
    auto Inserted = RuleIndex.try_emplace(Id, Rules.size());
    if (Inserted.second)
      // A copy: \p Id points into the log being read, which is gone before
      // the merged log is written.
      Rules.push_back(Object{{"id", Id.str()}});
    return Inserted.first->getValue();
  }

  /// Relative paths are relative to %SRCROOT%: the jobs of a matrix check
  /// out to the same place, and where they do not the relative paths are
  /// still the ones code scanning matches alerts by.
  std::optional<Problem> addBase(const Object &Run) {
    if (std::optional<llvm::StringRef> Kind = Run.getString("columnKind")) {
      if (ColumnKind && *ColumnKind != *Kind)
        return Problem{"columns counted as '" + Kind->str() + "', not '" +
                       *ColumnKind + "' as in the files before"};
      ColumnKind = Kind->str();
    }
    const Object *Ids = Run.getObject("originalUriBaseIds");
    if (!Ids)
      return std::nullopt;
    if (!BaseIds)
      BaseIds.emplace();
    for (const auto &Id : *Ids)
      BaseIds->try_emplace(Id.first, Id.second);
    return std::nullopt;
  }

  std::optional<Problem> addInvocations(const Object &Run) {
    const Array *Invocations = Run.getArray("invocations");
    if (!Invocations)
      return std::nullopt;
    for (const Value &Invocation : *Invocations) {
      const Object *Fields = Invocation.getAsObject();
      std::optional<bool> Success =
          Fields ? Fields->getBoolean("executionSuccessful") : std::nullopt;
      if (!Success)
        return Problem{"an invocation has no executionSuccessful"};
      Successful &= *Success;
      if (const Array *Messages =
              Fields->getArray("toolExecutionNotifications"))
        for (const Value &Message : *Messages)
          if (SeenNotifications.insert(canonical(Message)).second)
            Notifications.push_back(Message);
    }
    return std::nullopt;
  }

  std::optional<Problem> addResult(const Value &Result,
                                   const std::vector<std::string> &RuleIds) {
    const Object *In = Result.getAsObject();
    if (!In)
      return Problem{"a result is not an object"};
    Object Out = *In;
    std::optional<llvm::StringRef> Id = In->getString("ruleId");
    std::optional<int64_t> Index = In->getInteger("ruleIndex");
    if (!Id && Index && *Index >= 0 &&
        static_cast<uint64_t>(*Index) < RuleIds.size())
      Id = RuleIds[*Index];
    if (!Id)
      return Problem{"a result has no ruleId"};
    if (std::optional<Problem> P = checkResult(*In))
      return P;
    if (Index)
      Out["ruleIndex"] = ruleIndex(*Id);
    Value Merged(std::move(Out));
    if (SeenResults.insert(canonical(Merged)).second)
      Results.push_back(std::move(Merged));
    return std::nullopt;
  }

  /// What code scanning needs of a result to show it; the rest is passed
  /// on as it is.
  static std::optional<Problem> checkResult(const Object &Result) {
    const Object *Message = Result.getObject("message");
    if (!Message || !Message->getString("text"))
      return Problem{"a result has no message text"};
    if (const Value *Level = Result.get("level")) {
      std::optional<llvm::StringRef> Name = Level->getAsString();
      if (!Name ||
          !llvm::is_contained({"none", "note", "warning", "error"}, *Name))
        return Problem{"a result has an unknown level"};
    }
    if (const Value *Locations = Result.get("locations"))
      if (!Locations->getAsArray())
        return Problem{"a result's locations are not an array"};
    return std::nullopt;
  }

  Array Rules;
  llvm::StringMap<unsigned> RuleIndex;
  Array Results;
  std::set<std::string> SeenResults;
  Array Notifications;
  std::set<std::string> SeenNotifications;
  bool Successful = true;
  std::optional<Object> BaseIds;
  std::optional<std::string> ColumnKind;
};

} // namespace

std::optional<Array> mergeSarifLogs(llvm::ArrayRef<SarifLog> Logs,
                                    std::string &Error) {
  SarifMerger Merger;
  for (const SarifLog &Log : Logs) {
    llvm::Expected<Value> Parsed = llvm::json::parse(Log.Text);
    if (!Parsed) {
      Error = "invalid SARIF file '" + Log.Name +
              "': " + llvm::toString(Parsed.takeError());
      return std::nullopt;
    }
    if (std::optional<Problem> P = Merger.addLog(*Parsed)) {
      Error = "invalid SARIF file '" + Log.Name + "': " + P->Text;
      return std::nullopt;
    }
  }
  return Array{std::move(Merger).run()};
}

std::optional<Array> mergeSarif(llvm::ArrayRef<std::string> Inputs) {
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Buffers;
  std::vector<SarifLog> Logs;
  for (const std::string &Input : Inputs) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(Input);
    if (!Text) {
      error("cannot read '" + Input + "': " + Text.getError().message());
      return std::nullopt;
    }
    Logs.push_back({Input, (*Text)->getBuffer()});
    Buffers.push_back(std::move(*Text));
  }
  std::string Error;
  std::optional<Array> Runs = mergeSarifLogs(Logs, Error);
  if (!Runs)
    error(Error);
  return Runs;
}

} // namespace http_tidy
