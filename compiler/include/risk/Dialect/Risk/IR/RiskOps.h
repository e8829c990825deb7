//===- RiskOps.h - Operations of the risk dialect ---------------*- C++ -*-===//
//
// Declares the ops generated from RiskOps.td.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DIALECT_RISK_IR_RISKOPS_H
#define RISK_DIALECT_RISK_IR_RISKOPS_H

#include "risk/Dialect/Risk/IR/RiskDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "risk/Dialect/Risk/IR/RiskOps.h.inc"

#endif // RISK_DIALECT_RISK_IR_RISKOPS_H
