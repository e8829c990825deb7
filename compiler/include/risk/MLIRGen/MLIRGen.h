//===- MLIRGen.h - From a checked policy to the risk dialect ----*- C++ -*-===//
//
// Emits one module: the policy's lexicons and patterns as `risk.lexicon` and
// `risk.pattern`, and the policy as `risk.policy` with its signals and rules.
// Every op carries the `.riskcard` location of the syntax it comes from.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_MLIRGEN_MLIRGEN_H
#define RISK_MLIRGEN_MLIRGEN_H

#include "risk/Policy/Policy.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

namespace risk {

/// Registers every dialect the compiler emits or lowers through.
void registerRiskDialects(mlir::MLIRContext &context);

/// The risk-dialect module of `policy`; null (after reporting) on failure.
mlir::OwningOpRef<mlir::ModuleOp> generatePolicyModule(mlir::MLIRContext &context,
                                                       const CheckedPolicy &policy,
                                                       const SourceManager &sources,
                                                       DiagnosticEngine &diags);

} // namespace risk

#endif // RISK_MLIRGEN_MLIRGEN_H
