//===- FuseScans.cpp - One pass over a string for all its matchers ---------===//
//
// MLIRGen emits one `risk.scan` per (matcher, string), each guarded by the
// check that the field holds a string:
//
//   %m1 = risk.matches.new @a
//   scf.if %is_string { %s = risk.slot.string %c0 ; risk.scan @a %m1, %s, %c0 }
//   %m2 = risk.matches.new @b
//   scf.if %is_string { %s = risk.slot.string %c0 ; risk.scan @b %m2, %s, %c0 }
//
// This pass groups the scans of the policy body that read the same string
// (the same guard condition and slot, or the same string value), or the same
// skeleton of it (`risk.normalize` with the same options), and replaces
// each group with one `risk.scan_set` in the first member's place; the
// `risk.matches.new` buffers move up to dominate it. The lowering then
// merges the group's automata so the bytes are read once.
//
//===----------------------------------------------------------------------===//
#include "risk/Dialect/Risk/Transforms/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"

namespace risk {
#define GEN_PASS_DEF_RISKFUSESCANS
#include "risk/Dialect/Risk/Transforms/Passes.h.inc"
} // namespace risk

using namespace mlir;
using namespace risk;

namespace {

/// A scan and the op that holds it at the policy's top level (the scan
/// itself, or the `scf.if` around it).
struct Member {
  Operation *top;
  ScanOp scan;
};

/// The `scf.if` holds exactly `risk.slot.string` and the scan of its result,
/// or of its skeleton (`risk.normalize`, whose options are then `spec`), or
/// of that skeleton unmasked (`risk.unmask`: `spec` holds both ops' options).
ScanOp guardedScan(scf::IfOp ifOp, Value &slot, Attribute &spec) {
  if (ifOp.getNumResults() != 0 || !ifOp.getElseRegion().empty())
    return nullptr;
  Block &then = ifOp.getThenRegion().front();
  size_t ops = then.getOperations().size();
  if (ops < 3 || ops > 5)
    return nullptr;
  auto read = dyn_cast<SlotStringOp>(&then.front());
  if (!read)
    return nullptr;
  Value input = read.getResult();
  Operation *next = read->getNextNode();
  spec = Attribute();
  size_t expected = 3;
  if (auto normalize = dyn_cast<NormalizeOp>(next)) {
    if (normalize.getInput() != input)
      return nullptr;
    input = normalize.getSkeleton();
    spec = normalize->getAttrDictionary();
    next = normalize->getNextNode();
    ++expected;
    if (auto unmask = dyn_cast<UnmaskOp>(next)) {
      if (unmask.getInput() != input)
        return nullptr;
      input = unmask.getResult();
      spec = ArrayAttr::get(ifOp.getContext(), {spec, unmask->getAttrDictionary()});
      next = unmask->getNextNode();
      ++expected;
    }
  }
  if (ops != expected)
    return nullptr;
  auto scan = dyn_cast<ScanOp>(next);
  if (!scan || scan.getInput() != input || scan.getSlot() != read.getSlot())
    return nullptr;
  slot = read.getSlot();
  return scan;
}

struct FuseScans : public risk::impl::RiskFuseScansBase<FuseScans> {
  void runOnOperation() override {
    PolicyOp policy = getOperation();
    Block &body = policy.getBody().front();
    // Key: (guard condition, slot, skeleton options) for guarded scans,
    // (string, slot) for bare ones: lexicons with the same normalisations
    // share a skeleton, and nothing else does.
    using Key = std::tuple<Value, Value, Attribute>;
    llvm::MapVector<Key, SmallVector<Member>> groups;
    for (Operation &op : body) {
      if (isa<RuleOp>(op))
        break;
      if (auto ifOp = dyn_cast<scf::IfOp>(op)) {
        Value slot;
        Attribute spec;
        if (ScanOp scan = guardedScan(ifOp, slot, spec))
          groups[{ifOp.getCondition(), slot, spec}].push_back({&op, scan});
      } else if (auto scan = dyn_cast<ScanOp>(op)) {
        groups[{scan.getInput(), scan.getSlot(), Attribute()}].push_back({&op, scan});
      }
    }
    for (auto &[key, members] : groups) {
      // Every buffer must be a fresh `risk.matches.new` of this block, so it
      // can move before the first member.
      // A matcher scans the string once per set: a second scan with the same
      // matcher (e.g. two signals over one constant) stays on its own.
      llvm::StringSet<> seen;
      llvm::erase_if(members, [&](Member &m) {
        auto alloc = m.scan.getMatches().getDefiningOp<MatchesNewOp>();
        return !alloc || alloc->getBlock() != &body || !seen.insert(m.scan.getMatcher()).second;
      });
      if (members.size() < 2)
        continue;
      Operation *first = members.front().top;
      SmallVector<Attribute> matchers, record, indices;
      SmallVector<Value> buffers;
      OpBuilder b(first->getContext());
      for (Member &m : members) {
        Operation *alloc = m.scan.getMatches().getDefiningOp();
        if (first->isBeforeInBlock(alloc))
          alloc->moveBefore(first);
        matchers.push_back(m.scan.getMatcherAttr());
        record.push_back(b.getBoolAttr(m.scan.getRecord()));
        indices.push_back(m.scan.getMatcherIndexAttr());
        buffers.push_back(m.scan.getMatches());
      }
      ScanOp lead = members.front().scan;
      b.setInsertionPoint(lead);
      b.create<ScanSetOp>(lead.getLoc(), b.getArrayAttr(matchers), buffers, lead.getInput(),
                          lead.getOrigins(), lead.getSlot(), b.getArrayAttr(record),
                          b.getArrayAttr(indices));
      lead.erase();
      for (Member &m : llvm::drop_begin(members))
        m.top->erase();
    }
  }
};
} // namespace

std::unique_ptr<Pass> risk::createRiskFuseScansPass() { return std::make_unique<FuseScans>(); }
