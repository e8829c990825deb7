//===- Interpreter.h - The reference interpreter ----------------*- C++ -*-===//
//
// Evaluates a checked policy by walking its AST. It shares the runtime's input
// preparation and decision assembly with compiled guards, so the two differ
// exactly where they should be independent: evaluating expressions, combining
// rules, and matching lexicons and patterns (here with the slow reference
// matchers, there with generated automata). It exists to check the compiler.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_EVAL_INTERPRETER_H
#define RISK_EVAL_INTERPRETER_H

#include "risk/Automata/Regex.h"
#include "risk/Policy/Policy.h"
#include "riskcard/runtime.hpp"

#include <memory>

namespace risk {

/// The reference interpreter, as an evaluator a riskrt::Guard can run: the
/// same limits, input checks and decision assembly as the compiled code.
class Interpreter final : public riskrt::Evaluator {
public:
  /// `policy` must outlive the interpreter.
  explicit Interpreter(const CheckedPolicy &policy);
  ~Interpreter() override;

  /// Evaluates a prepared input into the `out` buffer, as the generated code
  /// does.
  void run(riskrt::PreparedInput &input, std::vector<int64_t> &out) const override;

  /// The manifest of the policy (what a guard built from it embeds).
  const riskrt::Manifest &manifest() const { return runtimeManifest; }

private:
  struct Run;
  const CheckedPolicy &policy;
  riskrt::Manifest runtimeManifest;
  std::vector<RegexNode> patterns;
  std::vector<std::vector<std::string>> lexiconTerms; ///< [lexicon] its terms' texts
};

} // namespace risk

#endif // RISK_EVAL_INTERPRETER_H
