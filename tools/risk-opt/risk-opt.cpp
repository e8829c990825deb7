//===- risk-opt.cpp - mlir-opt for the risk dialect ------------------------===//
//
// Parses, verifies, transforms and prints IR of the risk dialect and the
// upstream dialects it lowers to. Used by the dialect's lit tests.
//
//===----------------------------------------------------------------------===//
#include "risk/Dialect/Risk/IR/RiskDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  mlir::DialectRegistry registry;
  registry.insert<risk::RiskDialect, mlir::arith::ArithDialect, mlir::func::FuncDialect>();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "Riskcard optimizer driver\n", registry));
}
