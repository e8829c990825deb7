//===- RiskDialect.cpp - The risk dialect ----------------------------------===//
//
// Registers ops and attributes, and holds the op verifiers.
//
//===----------------------------------------------------------------------===//
#include "risk/Dialect/Risk/IR/RiskDialect.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace risk;

#include "risk/Dialect/Risk/IR/RiskOpsDialect.cpp.inc"
#include "risk/Dialect/Risk/IR/RiskEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "risk/Dialect/Risk/IR/RiskAttrs.cpp.inc"

void RiskDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "risk/Dialect/Risk/IR/RiskOps.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "risk/Dialect/Risk/IR/RiskAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Verifiers
//===----------------------------------------------------------------------===//

LogicalResult PolicyOp::verify() {
  for (Operation &op : getBody().front())
    if (!isa<RuleOp>(op))
      return op.emitOpError("is not allowed in a policy; a policy holds `risk.rule` ops only");
  return success();
}

LogicalResult RuleOp::verify() {
  Block &block = getCondition().front();
  if (block.empty() || !isa<YieldOp>(block.back()))
    return emitOpError("condition must end with `risk.yield`");
  for (Attribute category : getCategories()) {
    StringRef path = cast<StringAttr>(category).getValue();
    if (path.empty() || path.front() == '.' || path.back() == '.' || path.contains(".."))
      return emitOpError("category `") << path << "` is not a category path";
  }
  if (getAction() == Action::error)
    return emitOpError("a rule cannot decide `error`; `error` means the guard failed");
  return success();
}

#define GET_OP_CLASSES
#include "risk/Dialect/Risk/IR/RiskOps.cpp.inc"
