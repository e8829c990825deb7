//===- RiskDialect.cpp - The risk dialect ----------------------------------===//
//
// Registers the dialect's types, attributes and ops; holds the verifiers and
// folders.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Normalize.h"
#include "risk/Dialect/Risk/IR/RiskDialect.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"

#include "risk/Automata/Regex.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace risk;

#include "risk/Dialect/Risk/IR/RiskOpsDialect.cpp.inc"
#include "risk/Dialect/Risk/IR/RiskEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "risk/Dialect/Risk/IR/RiskAttrs.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "risk/Dialect/Risk/IR/RiskTypes.cpp.inc"

void RiskDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "risk/Dialect/Risk/IR/RiskOps.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "risk/Dialect/Risk/IR/RiskAttrs.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "risk/Dialect/Risk/IR/RiskTypes.cpp.inc"
      >();
}

Operation *RiskDialect::materializeConstant(OpBuilder &builder, Attribute value, Type type,
                                            Location loc) {
  if (isa<StrType>(type))
    if (auto s = dyn_cast<StringAttr>(value))
      return builder.create<StrConstantOp>(loc, type, s);
  if (auto b = dyn_cast<BoolAttr>(value))
    return builder.create<arith::ConstantOp>(loc, builder.getIntegerAttr(type, b.getValue()));
  return arith::ConstantOp::materialize(builder, value, type, loc);
}

//===----------------------------------------------------------------------===//
// Verifiers
//===----------------------------------------------------------------------===//

LogicalResult PolicyOp::verify() {
  if (getSpanCapacity() < 0 || getNumScores() < 0)
    return emitOpError("span capacity and score count cannot be negative");
  if (getDefaultAction() == DecisionAction::error)
    return emitOpError("a policy cannot default to `error`; `error` means the guard failed");
  bool sawRule = false;
  for (Operation &op : getBody().front()) {
    if (isa<RuleOp>(op))
      sawRule = true;
    else if (sawRule && !op.hasTrait<OpTrait::IsTerminator>())
      return op.emitOpError("must come before the policy's rules");
  }
  return success();
}

LogicalResult RuleOp::verify() {
  Block &block = getCondition().front();
  if (block.empty() || !isa<YieldOp>(block.back()))
    return emitOpError("condition must end with `risk.yield`");
  if (getAction() == DecisionAction::error)
    return emitOpError("a rule cannot decide `error`; `error` means the guard failed");
  return success();
}

LogicalResult LexiconOp::verify() {
  if (getTerms().size() != getWeights().size())
    return emitOpError("has ") << getTerms().size() << " terms but " << getWeights().size()
                               << " weights";
  for (Attribute term : getTerms())
    if (cast<StringAttr>(term).getValue().empty())
      return emitOpError("has an empty term");
  if (auto names = getNormalizeAttr())
    for (Attribute n : names)
      if (!normalizationNamed(cast<StringAttr>(n).getValue()))
        return emitOpError("has an unknown normalisation `") << cast<StringAttr>(n).getValue() << "`";
  return success();
}

/// A list of normalisation names: not empty, each known.
static LogicalResult verifyNormalizations(Operation *op, ArrayAttr names) {
  if (names.empty())
    return op->emitOpError("needs at least one normalisation");
  for (Attribute n : names)
    if (!normalizationNamed(cast<StringAttr>(n).getValue()))
      return op->emitOpError("has an unknown normalisation `") << cast<StringAttr>(n).getValue() << "`";
  return success();
}

LogicalResult NormalizeOp::verify() { return verifyNormalizations(*this, getNormalize()); }

LogicalResult UnmaskOp::verify() {
  if (failed(verifyNormalizations(*this, getNormalize())))
    return failure();
  llvm::SmallVector<std::string> names;
  for (Attribute n : getNormalize())
    names.push_back(cast<StringAttr>(n).getValue().str());
  if (!(normalizationMask(std::vector<std::string>(names.begin(), names.end())) & NormMasks))
    return emitOpError("reads a skeleton without `masks`");
  return success();
}

LogicalResult ModelOp::verify() {
  if (getLabels().empty())
    return emitOpError("has no labels");
  if (getLabels().size() != getBiases().size())
    return emitOpError("has ") << getLabels().size() << " labels but " << getBiases().size()
                               << " biases";
  int64_t b = getBuckets();
  if (b <= 0 || (b & (b - 1)))
    return emitOpError("needs a power-of-two number of buckets, not ") << b;
  return success();
}

LogicalResult PatternOp::verify() {
  RegexError error;
  if (!parseRegex(getRegex(), parseRegexFlags(getFlags()), error))
    return emitOpError("is not a valid pattern: ") << error.message;
  return success();
}

LogicalResult ScanSetOp::verify() {
  size_t n = getMatchers().size();
  if (n == 0)
    return emitOpError("needs at least one matcher");
  if (getMatches().size() != n || getRecord().size() != n || getMatcherIndices().size() != n)
    return emitOpError("has ")
           << n << " matchers but " << getMatches().size() << " result buffers, "
           << getRecord().size() << " record flags and " << getMatcherIndices().size()
           << " matcher indices";
  llvm::StringSet<> seen;
  for (Attribute m : getMatchers())
    if (!seen.insert(cast<SymbolRefAttr>(m).getRootReference().getValue()).second)
      return emitOpError("lists matcher ") << m << " twice";
  return success();
}

//===----------------------------------------------------------------------===//
// Folders
//===----------------------------------------------------------------------===//

OpFoldResult StrConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

static std::optional<StringRef> constantString(Value v) {
  if (auto c = v.getDefiningOp<StrConstantOp>())
    return c.getValue();
  return std::nullopt;
}

OpFoldResult StrEqOp::fold(FoldAdaptor) {
  if (getLhs() == getRhs())
    return BoolAttr::get(getContext(), true);
  auto l = constantString(getLhs()), r = constantString(getRhs());
  if (l && r)
    return BoolAttr::get(getContext(), *l == *r);
  return {};
}

OpFoldResult StrContainsOp::fold(FoldAdaptor) {
  auto r = constantString(getRhs());
  if (r && r->empty())
    return BoolAttr::get(getContext(), true); // every string contains ""
  auto l = constantString(getLhs());
  if (l && r)
    return BoolAttr::get(getContext(), l->contains(*r));
  return {};
}

#define GET_OP_CLASSES
#include "risk/Dialect/Risk/IR/RiskOps.cpp.inc"
