//===- RiskDialect.h - The risk dialect -------------------------*- C++ -*-===//
//
// Declares the dialect class and its enums/attributes (generated from ODS).
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DIALECT_RISK_IR_RISKDIALECT_H
#define RISK_DIALECT_RISK_IR_RISKDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Dialect.h"

#include "risk/Dialect/Risk/IR/RiskOpsDialect.h.inc"
#include "risk/Dialect/Risk/IR/RiskEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "risk/Dialect/Risk/IR/RiskAttrs.h.inc"

#define GET_TYPEDEF_CLASSES
#include "risk/Dialect/Risk/IR/RiskTypes.h.inc"

#endif // RISK_DIALECT_RISK_IR_RISKDIALECT_H
