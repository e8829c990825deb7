//===- NormalizeLowering.h - Lowering risk.normalize ------------*- C++ -*-===//
//
// `risk.normalize` becomes a loop over the string's bytes that writes its
// skeleton and origins into scratch memory, reading constant tables built
// once per set of options (Skeleton.h).
//
//===----------------------------------------------------------------------===//
#ifndef RISK_CONVERSION_RISKTOSTANDARD_NORMALIZELOWERING_H
#define RISK_CONVERSION_RISKTOSTANDARD_NORMALIZELOWERING_H

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"

namespace risk::lowering {

/// Adds the tables of every set of options a `risk.normalize` of `module`
/// uses, and the pattern that lowers the ops.
void populateNormalizeLowering(mlir::ModuleOp module, mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns);

} // namespace risk::lowering

#endif // RISK_CONVERSION_RISKTOSTANDARD_NORMALIZELOWERING_H
