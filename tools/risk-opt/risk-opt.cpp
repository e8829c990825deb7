//===- risk-opt.cpp - mlir-opt for the risk dialect ------------------------===//
//
// Parses, verifies, transforms and prints IR of the risk dialect and the
// dialects it lowers to; the pipelines `risk-to-standard` and `risk-to-llvm`
// are the ones riskc runs. Used by the dialect's lit tests.
//
//===----------------------------------------------------------------------===//
#include "risk/MLIRGen/MLIRGen.h"
#include "risk/Pipelines/Pipeline.h"

#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  risk::registerRiskPasses();
  mlir::DialectRegistry registry;
  registry.insert<risk::RiskDialect, mlir::arith::ArithDialect, mlir::func::FuncDialect,
                  mlir::scf::SCFDialect, mlir::memref::MemRefDialect, mlir::math::MathDialect,
                  mlir::LLVM::LLVMDialect>();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "Riskcard optimizer driver\n", registry));
}
