//===- PolicyLowering.cpp - A risk.policy becomes @risk_eval ---------------===//
//
// The policy's signals move into `@risk_eval` as they are; each rule becomes
// an `scf.if` that evaluates its condition while no error (and, for
// first_match, no earlier rule) decided, and records RuleEvaluated/RuleHeld
// in its `out` word; the combine step then picks the action and marks the
// deciding rules. Large policies put the rules into chunk functions and
// combine with loops over a table of actions (docs/design/guards.md).
//
//===----------------------------------------------------------------------===//
#include "PolicyLowering.h"

#include "Emit.h"

#include "riskcard/runtime.hpp"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

using namespace mlir;
using namespace risk;
using namespace risk::lowering;

namespace {

/// A chunk function's arguments after the evaluator's five: the policy's
/// locals, then the signals it reads from `@risk_eval`.
enum ChunkArg : unsigned { DecidedArg = 5, BestArg = 6, CursorArg = 7 };

/// What every rule's lowering needs: where it records, and the policy's
/// locals (whether a rule decided, for first_match, and the action so far).
struct RuleContext {
  Value out, decided, best;
  bool firstMatch;
};

/// Emits rule number `index` at the builder's point: its condition (moved out
/// of `rule`) guarded by "no error yet" (and "no rule decided yet" for
/// first_match), and the record of its value.
void emitRule(OpBuilder &b, RuleOp rule, int64_t index, const RuleContext &c) {
  Location rl = rule.getLoc();
  Emit r{b, rl};
  Value errorFree = r.eq(r.load(c.out, r.idx(riskrt::OutLayout::Error)), r.i64(0));
  Value ok = c.firstMatch ? r.andI(errorFree, r.notI(b.create<memref::LoadOp>(rl, c.decided)))
                          : errorFree;
  auto guard = b.create<scf::IfOp>(rl, ok, false);
  OpBuilder::InsertionGuard restore(b);
  Operation *thenYield = guard.getThenRegion().front().getTerminator();
  Block &cond = rule.getCondition().front();
  Value holds = cast<YieldOp>(cond.getTerminator()).getValue();
  for (Operation &op : llvm::make_early_inc_range(cond.without_terminator()))
    op.moveBefore(thenYield);
  b.setInsertionPoint(thenYield);
  // The condition itself may have failed (a field of the wrong type, too
  // little scratch memory for a skeleton).
  bool mayFail = guard.getThenRegion()
                     .walk([](Operation *op) {
                       return isa<FailOp, NormalizeOp, CollapseRepeatsOp, UnmaskOp>(op)
                                  ? WalkResult::interrupt()
                                                           : WalkResult::advance();
                     })
                     .wasInterrupted();
  Value stillOk = mayFail ? r.eq(r.load(c.out, r.idx(riskrt::OutLayout::Error)), r.i64(0))
                          : r.i1(true);
  r.ifThen(stillOk, [&] {
    Value bits = r.select(holds, r.i64(riskrt::RuleEvaluated | riskrt::RuleHeld),
                          r.i64(riskrt::RuleEvaluated));
    Value slot = r.idx(riskrt::OutLayout::Rules + index);
    r.store(bits, c.out, slot);
    if (c.firstMatch)
      r.ifThen(holds, [&] {
        b.create<memref::StoreOp>(rl, r.i1(true), c.decided);
        b.create<memref::StoreOp>(rl, r.i64(int64_t(rule.getAction())), c.best);
        r.store(r.i64(riskrt::RuleEvaluated | riskrt::RuleHeld | riskrt::RuleDeciding), c.out, slot);
      });
  });
}

/// Whether rule `i` held (its `out` word).
Value ruleHeld(Emit &e, Value out, Value i) {
  Value bits = e.load(out, e.add(e.idx(riskrt::OutLayout::Rules), i));
  return e.ne(e.andI(bits, e.i64(riskrt::RuleHeld)), e.i64(0));
}

/// Marks rule `i` deciding.
void markDeciding(Emit &e, Value out, Value i) {
  Value slot = e.add(e.idx(riskrt::OutLayout::Rules), i);
  e.store(e.orI(e.load(out, slot), e.i64(riskrt::RuleDeciding)), out, slot);
}

/// most_severe / deny_overrides, unrolled: straight-line code per rule (small
/// policies, where it is fastest).
void combineUnrolled(Emit &e, bool deny, llvm::ArrayRef<int64_t> actions, Value out, Value best) {
  Value worst = e.i64(-1);
  Value firstHeld = e.i64(-1);
  for (size_t i = 0; i < actions.size(); ++i) {
    Value h = ruleHeld(e, out, e.idx(int64_t(i)));
    Value bigger = e.cmp(arith::CmpIPredicate::sgt, e.i64(actions[i]), worst);
    worst = e.select(e.andI(h, bigger), e.i64(actions[i]), worst);
    firstHeld = e.select(e.andI(h, e.eq(firstHeld, e.i64(-1))), e.i64(int64_t(i)), firstHeld);
  }
  // After a failure nothing decides: the decision is the error.
  Value errorFree = e.eq(e.load(out, e.idx(riskrt::OutLayout::Error)), e.i64(0));
  Value blockAction = e.i64(int64_t(DecisionAction::block));
  Value anyBlock = e.eq(worst, blockAction);
  for (size_t i = 0; i < actions.size(); ++i) {
    Value h = ruleHeld(e, out, e.idx(int64_t(i)));
    Value deciding =
        deny ? e.select(anyBlock, e.andI(h, e.eq(e.i64(actions[i]), blockAction)),
                        e.eq(firstHeld, e.i64(int64_t(i))))
             : e.andI(h, e.eq(e.i64(actions[i]), worst));
    e.ifThen(e.andI(errorFree, deciding), [&] { markDeciding(e, out, e.idx(int64_t(i))); });
  }
  Value chosen = worst;
  if (deny) {
    // Without a block, the first rule that holds decides.
    Value firstAction = e.i64(-1);
    for (size_t i = 0; i < actions.size(); ++i)
      firstAction = e.select(e.eq(firstHeld, e.i64(int64_t(i))), e.i64(actions[i]), firstAction);
    chosen = e.select(anyBlock, blockAction, firstAction);
  }
  e.b.create<memref::StoreOp>(e.loc, chosen, best);
}

/// The same combine as two loops over `actions`, a constant table (large
/// policies: code size independent of the number of rules).
void combineLoops(Emit &e, bool deny, Value actions, int64_t numRules, Value out, Value best) {
  OpBuilder &b = e.b;
  Value n = e.idx(numRules);
  auto scan = b.create<scf::ForOp>(e.loc, e.idx(0), n, e.idx(1), ValueRange{e.i64(-1), e.i64(-1)});
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(scan.getBody());
    Value i = scan.getInductionVar();
    Value worst = scan.getRegionIterArgs()[0], firstHeld = scan.getRegionIterArgs()[1];
    Value h = ruleHeld(e, out, i);
    Value action = e.load(actions, i);
    Value bigger = e.cmp(arith::CmpIPredicate::sgt, action, worst);
    b.create<scf::YieldOp>(
        e.loc, ValueRange{e.select(e.andI(h, bigger), action, worst),
                          e.select(e.andI(h, e.eq(firstHeld, e.i64(-1))), e.toI64(i), firstHeld)});
  }
  Value worst = scan.getResult(0), firstHeld = scan.getResult(1);
  Value errorFree = e.eq(e.load(out, e.idx(riskrt::OutLayout::Error)), e.i64(0));
  Value blockAction = e.i64(int64_t(DecisionAction::block));
  Value anyBlock = e.eq(worst, blockAction);
  e.forEach(e.idx(0), n, [&](Value i) {
    Value h = ruleHeld(e, out, i);
    Value action = e.load(actions, i);
    Value deciding = deny ? e.select(anyBlock, e.andI(h, e.eq(action, blockAction)),
                                     e.eq(firstHeld, e.toI64(i)))
                          : e.andI(h, e.eq(action, worst));
    e.ifThen(e.andI(errorFree, deciding), [&] { markDeciding(e, out, i); });
  });
  Value chosen = worst;
  if (deny) {
    Value none = e.eq(firstHeld, e.i64(-1));
    Value at = e.toIndex(e.select(none, e.i64(0), firstHeld));
    Value firstAction = e.select(none, e.i64(-1), e.load(actions, at));
    chosen = e.select(anyBlock, blockAction, firstAction);
  }
  b.create<memref::StoreOp>(e.loc, chosen, best);
}

/// A private, never-inlined function for a chunk of rules, with the
/// evaluator's arguments and attributes, then the policy's locals.
func::FuncOp createChunk(OpBuilder &b, func::FuncOp eval, unsigned number, Value decided, Value best,
                         Value cursor) {
  MLIRContext *ctx = b.getContext();
  llvm::SmallVector<Type> types(eval.getArgumentTypes());
  types.append({decided.getType(), best.getType(), cursor.getType()});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(eval);
  auto chunk = b.create<func::FuncOp>(eval.getLoc(), "risk_eval_rules_" + std::to_string(number),
                                      FunctionType::get(ctx, types, {}));
  chunk.setPrivate();
  for (StringRef name : {"risk.num_rules", "risk.span_capacity", "risk.num_scores"})
    chunk->setAttr(name, eval->getAttr(name));
  chunk->setAttr("risk.scratch_arg", b.getI64IntegerAttr(CursorArg));
  chunk->setAttr("risk.rule_chunk", b.getUnitAttr());
  // Rule code is small and runs once per decision: optimised for size, it
  // takes LLVM a third less time (10,000 rules: 5.1 -> 4.4 s).
  chunk->setAttr("passthrough", b.getArrayAttr({b.getStringAttr("noinline"), b.getStringAttr("optsize"),
                                                b.getStringAttr("minsize")}));
  Block *entry = chunk.addEntryBlock();
  b.setInsertionPointToEnd(entry);
  b.create<func::ReturnOp>(eval.getLoc());
  return chunk;
}

/// Gives `chunk` (whose rules already moved in) the signals it reads: a
/// constant is copied, a pure signal that only this chunk reads moves in
/// (before its first reader), anything else becomes an argument. Returns the
/// values `@risk_eval` passes for the new arguments, in order.
llvm::SmallVector<Value> closeChunk(func::FuncOp chunk) {
  Block &body = chunk.getBody().front();
  // The chunk's ops, kept as a set: a signal such as the input's text has a
  // use in every chunk, and walking up from each use would cost a chunk per
  // use.
  llvm::DenseSet<Operation *> members;
  auto join = [&](Operation *root) { root->walk([&](Operation *op) { members.insert(op); }); };
  join(chunk);
  auto inside = [&](Operation *op) { return members.contains(op); };
  auto outside = [&](Value v) {
    Operation *def = v.getDefiningOp();
    return !inside(def ? def : v.getParentBlock()->getParentOp());
  };
  // The uses inside the chunk of each op outside it, gathered by walking the
  // chunk (and what moves in), never by walking an op's whole use list: a
  // constant or the input's text is used in every chunk.
  llvm::MapVector<Operation *, llvm::SmallVector<OpOperand *>> usesOf;
  llvm::SmallVector<Operation *> worklist;
  auto collect = [&](Operation *root) {
    root->walk([&](Operation *op) {
      for (OpOperand &use : op->getOpOperands())
        if (outside(use.get()))
          if (Operation *def = use.get().getDefiningOp()) {
            // Again for each use: a signal whose last outside reader moves
            // in may follow it.
            worklist.push_back(def);
            usesOf[def].push_back(&use);
          }
    });
  };
  collect(chunk);
  OpBuilder b(chunk.getContext());
  while (!worklist.empty()) {
    Operation *def = worklist.pop_back_val();
    if (inside(def))
      continue;
    if (def->hasTrait<OpTrait::ConstantLike>()) {
      if (usesOf[def].empty())
        continue; // already copied
      b.setInsertionPointToStart(&body);
      Operation *copy = b.clone(*def);
      members.insert(copy);
      for (OpOperand *use : usesOf[def])
        use->set(copy->getResult(cast<OpResult>(use->get()).getResultNumber()));
      usesOf[def].clear();
      continue;
    }
    // A skeleton or a copy of one can fail (too little scratch memory): it
    // stays where every rule sees its failure.
    if (!isMemoryEffectFree(def) || isa<NormalizeOp, CollapseRepeatsOp, UnmaskOp>(def))
      continue;
    Operation *firstReader = nullptr;
    bool onlyHere = true;
    for (Operation *user : def->getUsers()) {
      if (!inside(user)) {
        onlyHere = false;
        break;
      }
      Operation *top = body.findAncestorOpInBlock(*user);
      if (!firstReader || top->isBeforeInBlock(firstReader))
        firstReader = top;
    }
    if (!onlyHere || !firstReader)
      continue;
    def->moveBefore(firstReader);
    join(def);
    collect(def);
  }
  // What is still read from outside becomes an argument.
  llvm::MapVector<Value, llvm::SmallVector<OpOperand *>> liveIns;
  chunk.walk([&](Operation *op) {
    for (OpOperand &use : op->getOpOperands())
      if (outside(use.get()))
        liveIns[use.get()].push_back(&use);
  });
  llvm::SmallVector<Value> passed;
  for (auto &[value, uses] : liveIns) {
    BlockArgument arg = body.addArgument(value.getType(), value.getLoc());
    for (OpOperand *use : uses)
      use->set(arg);
    passed.push_back(value);
  }
  chunk.setFunctionType(FunctionType::get(chunk.getContext(), body.getArgumentTypes(), {}));
  return passed;
}

} // namespace

LogicalResult risk::lowering::lowerPolicy(PolicyOp policy, unsigned rulesPerFunction,
                                          int64_t spanCapacity) {
  MLIRContext *ctx = policy.getContext();
  ModuleOp module = policy->getParentOfType<ModuleOp>();
  OpBuilder b(policy);
  Location loc = policy.getLoc();
  auto dyn = [&](Type t) { return MemRefType::get({ShapedType::kDynamic}, t); };
  auto type = FunctionType::get(ctx,
                                {dyn(b.getI8Type()), dyn(b.getI64Type()), dyn(b.getF64Type()),
                                 dyn(b.getI64Type()), dyn(b.getI8Type())},
                                {});
  auto func = b.create<func::FuncOp>(loc, "risk_eval", type);
  func->setAttr("llvm.emit_c_interface", UnitAttr::get(ctx));
  std::vector<RuleOp> rules(policy.getBody().front().getOps<RuleOp>().begin(),
                            policy.getBody().front().getOps<RuleOp>().end());
  std::vector<int64_t> actions; // the rule ops are gone by the time they combine
  for (RuleOp rule : rules)
    actions.push_back(int64_t(rule.getAction()));
  func->setAttr("risk.num_rules", b.getI64IntegerAttr(rules.size()));
  int64_t capacity = policy.getSpanCapacity();
  if (spanCapacity > 0)
    capacity = std::min(capacity, spanCapacity);
  func->setAttr("risk.span_capacity", b.getI64IntegerAttr(capacity));
  func->setAttr("risk.num_scores", b.getI64IntegerAttr(policy.getNumScores()));
  Block *entry = func.addEntryBlock();
  Value out = entry->getArgument(OutArg);
  b.setInsertionPointToStart(entry);
  Emit e{b, loc};
  Value cursor = createScratchCursor(e, entry->getArgument(ArenaArg));
  // Move the policy's signals (everything before the rules) into the function.
  for (RuleOp rule : rules)
    rule->remove();
  entry->getOperations().splice(entry->end(), policy.getBody().front().getOperations());
  b.setInsertionPointToEnd(entry);
  RuleContext c{out, b.create<memref::AllocaOp>(loc, MemRefType::get({}, b.getI1Type())),
                b.create<memref::AllocaOp>(loc, MemRefType::get({}, b.getI64Type())),
                policy.getCombine() == CombineStrategy::first_match};
  b.create<memref::StoreOp>(loc, e.i1(false), c.decided);
  b.create<memref::StoreOp>(loc, e.i64(-1), c.best);

  bool chunked = rules.size() > rulesPerFunction;
  if (!chunked) {
    for (auto [i, rule] : llvm::enumerate(rules)) {
      emitRule(b, rule, int64_t(i), c);
      rule.erase();
    }
  } else {
    for (size_t lo = 0, number = 0; lo < rules.size(); lo += rulesPerFunction, ++number) {
      func::FuncOp chunk = createChunk(b, func, unsigned(number), c.decided, c.best, cursor);
      Block &body = chunk.getBody().front();
      RuleContext local{body.getArgument(OutArg), body.getArgument(DecidedArg),
                        body.getArgument(BestArg), c.firstMatch};
      OpBuilder inChunk(body.getTerminator());
      Location at = rules[lo].getLoc();
      size_t hi = std::min(rules.size(), lo + rulesPerFunction);
      for (size_t i = lo; i < hi; ++i) {
        emitRule(inChunk, rules[i], int64_t(i), local);
        rules[i].erase();
      }
      llvm::SmallVector<Value> args(entry->getArguments());
      args.append({c.decided, c.best, cursor});
      llvm::SmallVector<Value> liveIns = closeChunk(chunk);
      args.append(liveIns.begin(), liveIns.end());
      b.create<func::CallOp>(at, chunk, args);
    }
  }
  if (!c.firstMatch) {
    bool deny = policy.getCombine() == CombineStrategy::deny_overrides;
    if (!chunked) {
      combineUnrolled(e, deny, actions, out, c.best);
    } else {
      addConstantTable<int64_t>(module, b, "risk_rule_actions", b.getI64Type(), actions);
      Value actionTable = table(e, func, "risk_rule_actions");
      combineLoops(e, deny, actionTable, int64_t(actions.size()), out, c.best);
    }
  }
  Value action = b.create<memref::LoadOp>(loc, c.best);
  Value none = e.eq(action, e.i64(-1));
  action = e.select(none, e.i64(int64_t(policy.getDefaultAction())), action);
  e.store(action, out, e.idx(riskrt::OutLayout::Action));
  b.create<func::ReturnOp>(loc);
  policy.erase();
  return success();
}
