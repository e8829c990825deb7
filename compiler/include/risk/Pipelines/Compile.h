//===- Compile.h - A checked policy through the whole pipeline --*- C++ -*-===//
//
// The steps `riskc build`, `riskc eval` and the REPL share: MLIRGen, the pass
// pipeline to a stage, and MLIR diagnostics routed to our engine so that they
// print against the .riskcard source.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_PIPELINES_COMPILE_H
#define RISK_PIPELINES_COMPILE_H

#include "risk/Pipelines/Pipeline.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"

namespace risk {

/// Generates the risk module of `policy` and lowers it to `stage`. Returns
/// null after reporting to `diags`.
mlir::OwningOpRef<mlir::ModuleOp> compilePolicy(mlir::MLIRContext &context,
                                                const CheckedPolicy &policy,
                                                const SourceManager &sources,
                                                DiagnosticEngine &diags, Stage stage,
                                                const PipelineOptions &options = {});

} // namespace risk

#endif // RISK_PIPELINES_COMPILE_H
