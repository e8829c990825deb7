//===- DiagnosticVerifier.h - -verify-diagnostics ---------------*- C++ -*-===//
//
// Error tests read like MLIR's: a comment states the diagnostic a line must
// produce, and the verifier checks that exactly those were produced.
//
//   categories t2i.violance   # expected-error {{has no category `violance`}}
//   # expected-warning @+1 {{has no description}}
//   # expected-note @-3 {{previous definition is here}}
//
// `@+N` / `@-N` are relative to the comment's line, `@N` is absolute; without
// one, the comment's own line is meant.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BASIC_DIAGNOSTICVERIFIER_H
#define RISK_BASIC_DIAGNOSTICVERIFIER_H

#include "risk/Basic/Diagnostic.h"

namespace risk {

class DiagnosticVerifier {
public:
  /// Collects the expectations written in buffer `fileId`. Malformed ones are
  /// reported to `out`.
  void addExpectations(const SourceManager &sources, uint32_t fileId, DiagnosticEngine &out);

  /// Matches `produced` (notes included) against the expectations; reports every
  /// unexpected diagnostic and every unmet expectation to `out`. Returns true
  /// when they agree exactly.
  bool verify(const std::vector<Diagnostic> &produced, const SourceManager &sources,
              DiagnosticEngine &out);

private:
  struct Expectation {
    Severity severity;
    uint32_t fileId;
    unsigned line;
    std::string text;
    SourceRange written;
    bool matched = false;
  };
  std::vector<Expectation> expectations;
};

} // namespace risk

#endif // RISK_BASIC_DIAGNOSTICVERIFIER_H
