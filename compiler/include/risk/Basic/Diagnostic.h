//===- Diagnostic.h - One path for every message ----------------*- C++ -*-===//
//
// Every phase reports through a DiagnosticEngine. A diagnostic has a kind from
// DiagnosticKinds.def, a severity, a source range, a message, notes at related
// places and fix-it hints. The engine keeps them until the end of the run, then
// sorts them by location, caps their number and renders them as text (clang
// style, with the source line and a caret), JSON or SARIF.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BASIC_DIAGNOSTIC_H
#define RISK_BASIC_DIAGNOSTIC_H

#include "risk/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace risk {

enum class DiagId : unsigned {
#define DIAG(ID, SEVERITY, NAME, MESSAGE) ID,
#include "risk/Basic/DiagnosticKinds.def"
  NumDiagIds
};

enum class Severity { Ignored, Note, Remark, Warning, Error };

/// The static facts of one kind.
struct DiagKindInfo {
  DiagId id;
  llvm::StringRef name;
  llvm::StringRef message;
  Severity defaultSeverity;
  bool isLint; ///< off unless enabled with -W<name>
};

llvm::ArrayRef<DiagKindInfo> getAllDiagKinds();
const DiagKindInfo &getDiagKindInfo(DiagId id);
std::optional<DiagId> lookupDiagKind(llvm::StringRef name);
llvm::StringRef getSeverityName(Severity severity);

struct FixIt {
  SourceRange range;
  std::string replacement;
};

struct DiagnosticNote {
  SourceRange range;
  std::string message;
};

struct Diagnostic {
  DiagId id;
  Severity severity;
  SourceRange range;
  std::string message;
  std::vector<DiagnosticNote> notes;
  std::vector<FixIt> fixits;
};

enum class DiagnosticFormat { Text, Json, Sarif };

struct DiagnosticOptions {
  bool warningsAsErrors = false;
  bool color = false;
  unsigned errorLimit = 50; ///< 0 means no limit
  /// Per-kind overrides from -W<name> / -Wno-<name>.
  std::vector<std::pair<DiagId, bool>> overrides;
  bool allWarningsOff = false; ///< -w
};

class DiagnosticEngine;

/// A handle on a just-reported diagnostic, to attach notes and fix-its.
class DiagnosticBuilder {
public:
  DiagnosticBuilder(DiagnosticEngine *engine, size_t index) : engine(engine), index(index) {}
  DiagnosticBuilder &note(SourceRange range, std::string message);
  DiagnosticBuilder &fixit(SourceRange range, std::string replacement);

private:
  DiagnosticEngine *engine; // null when the diagnostic is ignored
  size_t index;
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &sources, DiagnosticOptions options = {})
      : sources(sources), options(std::move(options)) {}

  /// Reports a diagnostic of kind `id` at `range`; `{0}`, `{1}`... in the
  /// kind's message are replaced by `args`.
  DiagnosticBuilder report(DiagId id, SourceRange range,
                           llvm::ArrayRef<std::string> args = {});
  DiagnosticBuilder report(DiagId id, SourceLoc loc, llvm::ArrayRef<std::string> args = {}) {
    return report(id, SourceRange(loc), args);
  }

  /// The severity a kind has under the current options.
  Severity getSeverity(DiagId id) const;
  bool isEnabled(DiagId id) const { return getSeverity(id) != Severity::Ignored; }

  unsigned getErrorCount() const { return errorCount; }
  unsigned getWarningCount() const { return warningCount; }
  bool hasErrors() const { return errorCount != 0; }

  const std::vector<Diagnostic> &getDiagnostics() const { return diagnostics; }
  /// Takes the diagnostics out (for -verify-diagnostics), resetting the counts.
  std::vector<Diagnostic> takeDiagnostics();
  const SourceManager &getSourceManager() const { return sources; }
  const DiagnosticOptions &getOptions() const { return options; }
  DiagnosticOptions &getOptions() { return options; }

  /// Sorts by location, applies the error limit and writes every diagnostic.
  void emit(llvm::raw_ostream &os, DiagnosticFormat format);
  /// Writes one diagnostic as text (used by the REPL as errors happen).
  void emitText(llvm::raw_ostream &os, const Diagnostic &diag) const;

private:
  friend class DiagnosticBuilder;
  void emitJson(llvm::raw_ostream &os, llvm::ArrayRef<const Diagnostic *> diags) const;
  void emitSarif(llvm::raw_ostream &os, llvm::ArrayRef<const Diagnostic *> diags) const;
  void emitLocationLine(llvm::raw_ostream &os, SourceRange range, Severity severity,
                        llvm::StringRef message, llvm::StringRef kind) const;
  void emitSnippet(llvm::raw_ostream &os, SourceRange range,
                   llvm::ArrayRef<FixIt> fixits) const;

  const SourceManager &sources;
  DiagnosticOptions options;
  std::vector<Diagnostic> diagnostics;
  unsigned errorCount = 0;
  unsigned warningCount = 0;
};

/// Formats "did you mean `x`?" for the closest of `candidates` to `name`, or
/// returns "" when none is close enough. Used across sema.
std::string didYouMean(llvm::StringRef name, llvm::ArrayRef<std::string> candidates,
                       std::string *best = nullptr);

} // namespace risk

#endif // RISK_BASIC_DIAGNOSTIC_H
