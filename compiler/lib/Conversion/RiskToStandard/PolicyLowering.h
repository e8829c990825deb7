//===- PolicyLowering.h - A risk.policy becomes @risk_eval ------*- C++ -*-===//
//
// Every `risk.policy` becomes `func.func @risk_eval` with the uniform
// signature: its signals first, then its rules as guarded regions that record
// each rule's value in the `out` buffer, then the combine step. A policy with
// more rules than `rulesPerFunction` puts its rules, in order, into private
// `noinline` functions of at most that many rules each (docs/design/guards.md,
// "Large policies"), so build time grows linearly with the number of rules.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_CONVERSION_RISKTOSTANDARD_POLICYLOWERING_H
#define RISK_CONVERSION_RISKTOSTANDARD_POLICYLOWERING_H

#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "mlir/Support/LogicalResult.h"

namespace risk::lowering {

/// Builds `@risk_eval` (and its rule chunks) for `policy` and erases it. The
/// value ops it moves stay risk ops, for the dialect conversion that follows.
mlir::LogicalResult lowerPolicy(PolicyOp policy, unsigned rulesPerFunction,
                                int64_t spanCapacity = 0);

} // namespace risk::lowering

#endif // RISK_CONVERSION_RISKTOSTANDARD_POLICYLOWERING_H
