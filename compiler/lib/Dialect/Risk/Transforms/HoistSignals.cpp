//===- HoistSignals.cpp - Move pure signal computations out of rules -------===//
//
// Walks each rule's condition block (top level only) and moves every op with
// no side effects and no regions, whose operands are defined outside the rule
// or by ops already moved, to just before the first rule.
//
//===----------------------------------------------------------------------===//
#include "risk/Dialect/Risk/Transforms/Passes.h"

#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace risk {
#define GEN_PASS_DEF_RISKHOISTSIGNALS
#include "risk/Dialect/Risk/Transforms/Passes.h.inc"
} // namespace risk

using namespace mlir;
using namespace risk;

namespace {
struct HoistSignals : public risk::impl::RiskHoistSignalsBase<HoistSignals> {
  void runOnOperation() override {
    PolicyOp policy = getOperation();
    RuleOp firstRule;
    for (Operation &op : policy.getBody().front())
      if (auto rule = dyn_cast<RuleOp>(op)) {
        firstRule = rule;
        break;
      }
    if (!firstRule)
      return;
    for (RuleOp rule : llvm::to_vector(policy.getBody().front().getOps<RuleOp>())) {
      Block &block = rule.getCondition().front();
      for (Operation &op : llvm::make_early_inc_range(block)) {
        if (op.getNumRegions() != 0 || !isMemoryEffectFree(&op) || op.hasTrait<OpTrait::IsTerminator>())
          continue;
        bool available = llvm::all_of(op.getOperands(), [&](Value v) {
          return !rule->isAncestor(v.getParentBlock()->getParentOp());
        });
        if (available)
          op.moveBefore(firstRule);
      }
    }
  }
};
} // namespace

std::unique_ptr<Pass> risk::createRiskHoistSignalsPass() { return std::make_unique<HoistSignals>(); }
