//===- Passes.h - Transformations of the risk dialect -----------*- C++ -*-===//
#ifndef RISK_DIALECT_RISK_TRANSFORMS_PASSES_H
#define RISK_DIALECT_RISK_TRANSFORMS_PASSES_H

#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "mlir/Pass/Pass.h"
#include <memory>

namespace risk {

#define GEN_PASS_DECL
#include "risk/Dialect/Risk/Transforms/Passes.h.inc"

std::unique_ptr<mlir::Pass> createRiskHoistSignalsPass();
std::unique_ptr<mlir::Pass> createRiskFuseScansPass();

#define GEN_PASS_REGISTRATION
#include "risk/Dialect/Risk/Transforms/Passes.h.inc"

} // namespace risk

#endif // RISK_DIALECT_RISK_TRANSFORMS_PASSES_H
