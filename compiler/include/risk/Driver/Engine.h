//===- Engine.h - What evaluates a policy for the driver --------*- C++ -*-===//
//
// `riskc eval`, `riskc test` and the REPL evaluate through this interface:
// the JIT-compiled guard or the reference interpreter. Both fill the same
// `out` buffer, so explanations and decisions are built the same way.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DRIVER_ENGINE_H
#define RISK_DRIVER_ENGINE_H

#include "risk/Basic/Diagnostic.h"
#include "risk/Pipelines/Pipeline.h"
#include "risk/Policy/Policy.h"
#include "riskcard/runtime.hpp"

#include <memory>

namespace risk {

/// A decision with every rule's bits (RuleDeciding | RuleEvaluated |
/// RuleHeld) when the input got as far as the evaluator.
using EngineResult = riskrt::Outcome;

/// A policy ready to evaluate: a riskrt::Guard over the JIT-compiled code or
/// over the reference interpreter, so both take the same limits, checks and
/// decision assembly as a built guard.
class Engine {
public:
  virtual ~Engine() = default;
  EngineResult run(llvm::StringRef json) {
    return guard().runCatching(json.data(), json.size(), true);
  }
  virtual riskrt::Guard &guard() = 0;
};

/// "jit" or "interp"; reports problems (an unknown engine, a compile error).
std::unique_ptr<Engine> createEngine(llvm::StringRef name, const CheckedPolicy &policy,
                                     DiagnosticEngine &diags, const PipelineOptions &options = {});
const char *defaultEngineName();

} // namespace risk

#endif // RISK_DRIVER_ENGINE_H
