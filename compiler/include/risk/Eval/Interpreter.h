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

class Interpreter {
public:
  /// `policy` must outlive the interpreter.
  explicit Interpreter(const CheckedPolicy &policy);
  ~Interpreter();

  /// The decision for one JSON input.
  riskrt::Decision evaluate(llvm::StringRef json) const;

  /// Evaluates into the `out` buffer, as the generated code does. Returns
  /// false, with `failure` set, when the input is rejected before evaluation.
  bool run(llvm::StringRef json, riskrt::PreparedInput &input, std::vector<int64_t> &out,
           riskrt::Decision &failure) const;

  const riskrt::Manifest &manifest() const { return runtimeManifest; }

private:
  struct Run;
  const CheckedPolicy &policy;
  riskrt::Manifest runtimeManifest;
  std::vector<RegexNode> patterns;
};

} // namespace risk

#endif // RISK_EVAL_INTERPRETER_H
