//===- Passes.h - Conversions out of the risk dialect -----------*- C++ -*-===//
#ifndef RISK_CONVERSION_PASSES_H
#define RISK_CONVERSION_PASSES_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Pass/Pass.h"
#include <memory>

namespace risk {

#define GEN_PASS_DECL
#include "risk/Conversion/Passes.h.inc"

/// Lowers risk.policy, risk.lexicon, risk.pattern and the value ops.
std::unique_ptr<mlir::Pass> createConvertRiskToStandardPass();
std::unique_ptr<mlir::Pass>
createConvertRiskToStandardPass(const ConvertRiskToStandardOptions &options);

/// Moves the evaluator into a gpu.module with a batch kernel.
std::unique_ptr<mlir::Pass> createRiskOutlineGpuPass(const RiskOutlineGpuOptions &options);

/// Turns the batch kernel back into a host function (emulation).
std::unique_ptr<mlir::Pass> createRiskGpuToHostPass();

#define GEN_PASS_REGISTRATION
#include "risk/Conversion/Passes.h.inc"

} // namespace risk

#endif // RISK_CONVERSION_PASSES_H
