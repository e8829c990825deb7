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

struct EngineResult {
  riskrt::Decision decision;
  bool evaluated = false;          ///< false when the input was rejected first
  std::vector<int64_t> ruleBits;   ///< RuleDeciding | RuleEvaluated | RuleHeld
};

class Engine {
public:
  virtual ~Engine() = default;
  virtual EngineResult run(llvm::StringRef json) = 0;
};

/// "jit" or "interp"; reports problems (an unknown engine, a compile error).
std::unique_ptr<Engine> createEngine(llvm::StringRef name, const CheckedPolicy &policy,
                                     DiagnosticEngine &diags, const PipelineOptions &options = {});
const char *defaultEngineName();

} // namespace risk

#endif // RISK_DRIVER_ENGINE_H
