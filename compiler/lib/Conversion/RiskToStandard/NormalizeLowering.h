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
/// uses, and the patterns that lower the ops (`risk.normalize`,
/// `risk.collapse_repeats`, `risk.unmask`).
void populateNormalizeLowering(mlir::ModuleOp module, mlir::TypeConverter &converter,
                               mlir::RewritePatternSet &patterns);

/// Adds the tables of the policy's words (before the lexicon ops are
/// erased; the lowerings find them by name): the mask vocabulary of each
/// skeleton that lexicons with `masks` read, and the words letters written
/// apart are split into for each skeleton with `separators`.
void addPolicyWordTables(mlir::ModuleOp module);

} // namespace risk::lowering

#endif // RISK_CONVERSION_RISKTOSTANDARD_NORMALIZELOWERING_H
