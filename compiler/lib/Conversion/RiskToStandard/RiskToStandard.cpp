//===- RiskToStandard.cpp - Lowering the risk dialect ----------------------===//
//
// The lowering is the same for every target: what differs after it is
// described by TargetDescription (Pipelines/Target.h, docs/design/gpu.md).
// Three steps:
//  1. Tables (Tables.cpp): every risk.lexicon / risk.pattern is compiled
//     (Automata library) into minimised DFAs, every model into weights, as
//     constant memref.globals.
//  2. Policies: every risk.policy becomes func.func @risk_eval with the uniform
//     signature; its rules become scf.if regions that record each rule's value
//     in the `out` buffer and combine them under the policy's strategy.
//  3. Values: a dialect conversion rewrites the remaining ops (slots, strings,
//     scans, match queries, failures, scores) into scf/arith/memref loops and
//     loads, with !risk.str as memref<?xi8, strided<[1], offset: ?>> and
//     !risk.matches as memref<?xi64>.
// The `out` layout is riskrt::OutLayout (runtime/include/riskcard/runtime.hpp).
//
//===----------------------------------------------------------------------===//
#include "risk/Conversion/Passes.h"

#include "Emit.h"
#include "NormalizeLowering.h"
#include "PolicyLowering.h"
#include "Tables.h"

#include "risk/Automata/Automaton.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "riskcard/runtime.hpp"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Transforms/DialectConversion.h"
#include "risk/Model/Linear.h"
#include "risk/Model/Exp.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include <chrono>
#include <map>
#include <set>

namespace risk {
#define GEN_PASS_DEF_CONVERTRISKTOSTANDARD
#include "risk/Conversion/Passes.h.inc"
} // namespace risk

using namespace mlir;
using namespace risk;
using namespace risk::lowering;

namespace {


//===----------------------------------------------------------------------===//
// Value ops
//===----------------------------------------------------------------------===//


template <typename Op> struct RiskPattern : public OpConversionPattern<Op> {
  RiskPattern(TypeConverter &converter, MLIRContext *ctx,
              const std::map<std::string, MatcherTables> &matchers)
      : OpConversionPattern<Op>(converter, ctx), matchers(matchers) {}
  const std::map<std::string, MatcherTables> &matchers;
};

/// Loads the slot table entry `word` (0 kind, 1 a, 2 b) of `slot`.
Value slotWord(Emit &e, Operation *op, Value slot, int64_t word) {
  Value i = e.add(e.mul(slot, e.idx(3)), e.idx(word));
  return e.load(arg(op, SlotsArg), i);
}

struct SlotKindLowering : RiskPattern<SlotKindOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(SlotKindOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    rw.replaceOp(op, slotWord(e, op, a.getSlot(), 0));
    return success();
  }
};

struct SlotStringLowering : RiskPattern<SlotStringOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(SlotStringOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value kind = slotWord(e, op, a.getSlot(), 0);
    Value isString = e.eq(kind, e.i64(riskrt::SlotString));
    Value offset = e.toIndex(e.select(isString, slotWord(e, op, a.getSlot(), 1), e.i64(0)));
    Value length = e.toIndex(e.select(isString, slotWord(e, op, a.getSlot(), 2), e.i64(0)));
    Value view = rw.create<memref::SubViewOp>(op.getLoc(), arg(op, ArenaArg),
                                              ArrayRef<OpFoldResult>{offset},
                                              ArrayRef<OpFoldResult>{length},
                                              ArrayRef<OpFoldResult>{rw.getIndexAttr(1)});
    rw.replaceOp(op, view);
    return success();
  }
};

struct SlotNumberLowering : RiskPattern<SlotNumberOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(SlotNumberOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value kind = slotWord(e, op, a.getSlot(), 0);
    Value numeric = e.orI(e.eq(kind, e.i64(riskrt::SlotNumber)), e.eq(kind, e.i64(riskrt::SlotBool)));
    Value cell = e.add(e.idx(funcAttr(op, "risk.num_scores")), a.getSlot());
    Value v = e.load(arg(op, NumbersArg), cell);
    rw.replaceOp(op, e.select(numeric, v, e.f64(0)));
    return success();
  }
};

template <typename Op, int64_t Word> struct SlotListLowering : RiskPattern<Op> {
  using RiskPattern<Op>::RiskPattern;
  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value kind = slotWord(e, op, a.getSlot(), 0);
    Value isList = e.eq(kind, e.i64(riskrt::SlotList));
    rw.replaceOp(op, e.toIndex(e.select(isList, slotWord(e, op, a.getSlot(), Word), e.i64(0))));
    return success();
  }
};

/// A constant string: a private global, viewed with a dynamic offset.
Value constantString(ConversionPatternRewriter &rw, Operation *op, StringRef text) {
  ModuleOp module = op->getParentOfType<ModuleOp>();
  static unsigned counter = 0;
  std::string name = "risk_str_" + std::to_string(counter++);
  {
    OpBuilder::InsertionGuard guard(rw);
    rw.setInsertionPointToStart(module.getBody());
    std::vector<int8_t> bytes(text.begin(), text.end());
    if (bytes.empty())
      bytes.push_back(0);
    auto type = MemRefType::get({int64_t(bytes.size())}, rw.getI8Type());
    auto data = DenseElementsAttr::get(RankedTensorType::get({int64_t(bytes.size())}, rw.getI8Type()),
                                       ArrayRef<int8_t>(bytes));
    rw.create<memref::GlobalOp>(op->getLoc(), name, rw.getStringAttr("private"), type, data, true,
                                IntegerAttr());
  }
  auto type = MemRefType::get({int64_t(std::max<size_t>(text.size(), 1))}, rw.getI8Type());
  Value global = rw.create<memref::GetGlobalOp>(op->getLoc(), type, name);
  return rw.create<memref::SubViewOp>(op->getLoc(), global, ArrayRef<OpFoldResult>{rw.getIndexAttr(0)},
                                      ArrayRef<OpFoldResult>{rw.getIndexAttr(text.size())},
                                      ArrayRef<OpFoldResult>{rw.getIndexAttr(1)});
}

Value castToStr(ConversionPatternRewriter &rw, Location loc, Value v) {
  auto want = strType(rw.getContext());
  if (v.getType() == want)
    return v;
  return rw.create<memref::CastOp>(loc, want, v);
}

struct StrConstantLowering : RiskPattern<StrConstantOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(StrConstantOp op, OpAdaptor, ConversionPatternRewriter &rw) const override {
    rw.replaceOp(op, castToStr(rw, op.getLoc(), constantString(rw, op, op.getValue())));
    return success();
  }
};

/// Whether `a[offset, offset + len)` equals `b[0, len)`.
Value equalAt(Emit &e, Value a, Value offset, Value b, Value len) {
  Value mismatch = e.findFirst(e.idx(0), len, [&](Value i) {
    return e.ne(e.byte(a, e.add(offset, i)), e.byte(b, i));
  });
  return e.eq(mismatch, len);
}

/// The string predicates; a chunk of rules calls one copy of each per module
/// (addStringPredicates) instead of inlining the loop at every use.
enum class StrPredicate { Eq, StartsWith, EndsWith, Contains };

const char *predicateName(StrPredicate kind) {
  switch (kind) {
  case StrPredicate::Eq:
    return "risk_str_eq";
  case StrPredicate::StartsWith:
    return "risk_str_starts_with";
  case StrPredicate::EndsWith:
    return "risk_str_ends_with";
  case StrPredicate::Contains:
    return "risk_str_contains";
  }
  return "";
}

/// Emits `kind(lhs, rhs)` inline.
Value emitStrPredicate(Emit &e, StrPredicate kind, Value lhs, Value rhs) {
  Value la = e.dim(lhs), lb = e.dim(rhs);
  Value possible = kind == StrPredicate::Eq ? e.eq(la, lb) : e.cmp(arith::CmpIPredicate::uge, la, lb);
  auto ifOp = e.b.create<scf::IfOp>(e.loc, e.b.getI1Type(), possible, true);
  OpBuilder::InsertionGuard guard(e.b);
  e.b.setInsertionPointToStart(&ifOp.getThenRegion().front());
  Value result;
  switch (kind) {
  case StrPredicate::Eq:
    result = equalAt(e, lhs, e.idx(0), rhs, la);
    break;
  case StrPredicate::StartsWith:
    result = equalAt(e, lhs, e.idx(0), rhs, lb);
    break;
  case StrPredicate::EndsWith:
    result = equalAt(e, lhs, e.sub(la, lb), rhs, lb);
    break;
  case StrPredicate::Contains: {
    Value positions = e.add(e.sub(la, lb), e.idx(1));
    Value at = e.findFirst(e.idx(0), positions,
                           [&](Value start) { return equalAt(e, lhs, start, rhs, lb); });
    result = e.ult(at, positions);
    break;
  }
  }
  e.b.create<scf::YieldOp>(e.loc, result);
  e.b.setInsertionPointToStart(&ifOp.getElseRegion().front());
  e.b.create<scf::YieldOp>(e.loc, e.i1(false));
  return ifOp.getResult(0);
}

/// Adds `func.func private @risk_str_*` for every predicate (never inlined):
/// the rule chunks of a large policy call them.
void addStringPredicates(ModuleOp module) {
  MLIRContext *ctx = module.getContext();
  OpBuilder b(ctx);
  b.setInsertionPointToEnd(module.getBody());
  Location loc = module.getLoc();
  for (StrPredicate kind : {StrPredicate::Eq, StrPredicate::StartsWith, StrPredicate::EndsWith,
                            StrPredicate::Contains}) {
    auto type = FunctionType::get(ctx, {strType(ctx), strType(ctx)}, {b.getI1Type()});
    auto func = b.create<func::FuncOp>(loc, predicateName(kind), type);
    func.setPrivate();
    func->setAttr("passthrough", b.getArrayAttr({b.getStringAttr("noinline")}));
    Block *entry = func.addEntryBlock();
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(entry);
    Emit e{b, loc};
    b.create<func::ReturnOp>(loc, emitStrPredicate(e, kind, entry->getArgument(0), entry->getArgument(1)));
  }
}

/// A string predicate: a call in a chunk of rules, inline elsewhere.
template <typename Op, StrPredicate Kind> struct StrPredicateLowering : RiskPattern<Op> {
  using RiskPattern<Op>::RiskPattern;
  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value result;
    if (enclosingFunc(op)->hasAttr("risk.rule_chunk")) {
      // By name: looking the function up would scan the whole module.
      result = rw.create<func::CallOp>(op.getLoc(), predicateName(Kind), TypeRange{rw.getI1Type()},
                                       ValueRange{a.getLhs(), a.getRhs()})
                   .getResult(0);
    } else {
      result = emitStrPredicate(e, Kind, a.getLhs(), a.getRhs());
    }
    rw.replaceOp(op, result);
    return success();
  }
};

struct StrLowerLowering : RiskPattern<StrLowerOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(StrLowerOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value n = e.dim(a.getInput());
    auto bufType = MemRefType::get({ShapedType::kDynamic}, rw.getI8Type());
    Value buf = rw.create<memref::AllocaOp>(op.getLoc(), bufType, ValueRange{n});
    e.forEach(e.idx(0), n, [&](Value i) {
      Value c = e.byte(a.getInput(), i);
      Type i8 = rw.getI8Type();
      Value upper = e.andI(e.cmp(arith::CmpIPredicate::uge, c, rw.create<arith::ConstantIntOp>(op.getLoc(), 'A', i8)),
                           e.cmp(arith::CmpIPredicate::ule, c, rw.create<arith::ConstantIntOp>(op.getLoc(), 'Z', i8)));
      Value lowered = rw.create<arith::OrIOp>(op.getLoc(), c, rw.create<arith::ConstantIntOp>(op.getLoc(), 0x20, i8));
      e.store(e.select(upper, lowered, c), buf, i);
    });
    rw.replaceOp(op, castToStr(rw, op.getLoc(), buf));
    return success();
  }
};

struct StrLengthLowering : RiskPattern<StrLengthOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(StrLengthOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Type i8 = rw.getI8Type();
    Value count = e.forAcc(e.idx(0), e.dim(a.getInput()), e.i64(0), [&](Value i, Value acc) {
      Value c = e.byte(a.getInput(), i);
      Value top = rw.create<arith::AndIOp>(op.getLoc(), c, rw.create<arith::ConstantIntOp>(op.getLoc(), 0xC0, i8));
      Value continuation = e.eq(top, rw.create<arith::ConstantIntOp>(op.getLoc(), 0x80, i8));
      return e.select(continuation, acc, e.add(acc, e.i64(1)));
    });
    rw.replaceOp(op, rw.create<arith::UIToFPOp>(op.getLoc(), rw.getF64Type(), count));
    return success();
  }
};

struct CategoryInLowering : RiskPattern<CategoryInOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(CategoryInOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value any = e.i1(false);
    Value n = e.dim(a.getInput());
    for (Attribute name : op.getNames()) {
      StringRef text = cast<StringAttr>(name).getValue();
      Value c = castToStr(rw, op.getLoc(), constantString(rw, op, text));
      auto ifOp = rw.create<scf::IfOp>(op.getLoc(), rw.getI1Type(), e.eq(n, e.idx(text.size())), true);
      {
        OpBuilder::InsertionGuard guard(rw);
        rw.setInsertionPointToStart(&ifOp.getThenRegion().front());
        rw.create<scf::YieldOp>(op.getLoc(), equalAt(e, a.getInput(), e.idx(0), c, n));
        rw.setInsertionPointToStart(&ifOp.getElseRegion().front());
        rw.create<scf::YieldOp>(op.getLoc(), e.i1(false));
      }
      any = e.orI(any, ifOp.getResult(0));
    }
    rw.replaceOp(op, any);
    return success();
  }
};

struct FailLowering : RiskPattern<FailOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(FailOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value out = arg(op, OutArg);
    Value first = e.eq(e.load(out, e.idx(riskrt::OutLayout::Error)), e.i64(0));
    e.ifThen(first, [&] {
      e.store(e.i64(op.getCode()), out, e.idx(riskrt::OutLayout::Error));
      e.store(e.toI64(a.getSlot()), out, e.idx(riskrt::OutLayout::ErrorSlot));
    });
    rw.eraseOp(op);
    return success();
  }
};

struct ScoreLowering : RiskPattern<ScoreOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(ScoreOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    e.store(a.getValue(), arg(op, NumbersArg), e.idx(op.getId()));
    rw.eraseOp(op);
    return success();
  }
};

//--- Matches ------------------------------------------------------------------------

/// A `risk.matches.new` whose counts are read only as a total (every use a
/// scan or `risk.matches.any`/`count`) carries this attribute, set by
/// markTotalsOnly before the conversion: its buffer is one count instead of
/// one per term, so a lexicon of thousands of terms costs neither the
/// zeroing of a buffer that size on every decision nor a loop over it at
/// every query.
constexpr llvm::StringLiteral kTotalsOnly = "risk.totals_only";

void markTotalsOnly(ModuleOp module) {
  module.walk([](MatchesNewOp op) {
    bool totals = llvm::all_of(op->getUsers(), [](Operation *user) {
      return isa<ScanOp, ScanSetOp, MatchesAnyOp, MatchesCountOp>(user);
    });
    if (totals)
      op->setAttr(kTotalsOnly, UnitAttr::get(op.getContext()));
  });
}

/// Whether the counts of `matches` (a `risk.matches` value before the
/// conversion) are one total (markTotalsOnly).
bool totalsOnly(Value matches) {
  auto made = matches.getDefiningOp<MatchesNewOp>();
  return made && made->hasAttr(kTotalsOnly);
}

struct MatchesNewLowering : RiskPattern<MatchesNewOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(MatchesNewOp op, OpAdaptor, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    const MatcherTables &m = matchers.at(op.getMatcher().str());
    Value n = e.idx(m.lexicon && !op->hasAttr(kTotalsOnly) ? m.terms : 1);
    Value buf = rw.create<memref::AllocaOp>(op.getLoc(), countsType(rw.getContext()), ValueRange{n});
    e.forEach(e.idx(0), n, [&](Value i) { e.store(e.i64(0), buf, i); });
    rw.replaceOp(op, buf);
    return success();
  }
};




/// The search (fast) tables of one DFA, loaded for a scan loop. A state is
/// carried premultiplied by the number of classes; a step is one class load
/// and one transition load, whose sign bit says that the state left accepts
/// before this byte (the set is then looked up by the byte's kind).
struct FastDfa {
  FastDfa(Emit &e, Operation *op, const DfaTables &t)
      : e(e), cls(table(e, op, t.byteClass)), next(table(e, op, t.fastNext)),
        acceptKind(table(e, op, t.acceptKind)), acceptEnd(table(e, op, t.acceptAtEnd)),
        kinds(table(e, op, globalNamed(op, "risk_kind"))), k(e.i32(t.classes)) {}
  Emit &e;
  Value cls, next, acceptKind, acceptEnd, kinds, k;

  Value premultiplied(Value state) { return e.b.create<arith::MulIOp>(e.loc, state, k); }
  /// The transition from `state` on byte index `b`, accept bit included.
  Value transition(Value state, Value b) {
    return e.load(next, e.toIndex(e.b.create<arith::AddIOp>(e.loc, state, e.load(cls, b))));
  }
  static Value accepts(Emit &e, Value v) { return e.cmp(arith::CmpIPredicate::slt, v, e.i32(0)); }
  /// The match set accepted when leaving `state` on byte index `b`.
  Value acceptSet(Value state, Value b) {
    Value index = e.toIndex(e.b.create<arith::DivUIOp>(e.loc, state, k));
    return e.load(acceptKind, e.add(e.mul(index, e.idx(4)), e.toIndex(e.load(kinds, b))));
  }
  Value target(Value v) { return e.b.create<arith::AndIOp>(e.loc, v, e.i32(INT32_MAX)); }
  /// Reports what the final state accepts at the end of the text.
  void atEnd(Value state, Value end, llvm::function_ref<void(Value set, Value end)> onAccept) {
    Value set = e.load(acceptEnd, e.toIndex(e.b.create<arith::DivUIOp>(e.loc, state, k)));
    e.ifThen(e.ne(set, e.i32(0)), [&] { onAccept(set, end); });
  }
};

/// Runs a DFA over `str[from, to)` forward; calls `onAccept(set, end)` for each
/// accepting transition and at the end. Returns nothing; accept sets are
/// handled inside the loop.
void forwardScan(Emit &e, Operation *op, const DfaTables &t, Value str, Value from, Value to,
                 Value startState,
                 llvm::function_ref<void(Value set, Value end)> onAccept) {
  if (t.fast) {
    // Two loops: the inner one only steps the automaton (a class load and a
    // transition load per byte, nothing else live, so its state stays in a
    // register); it stops at an accepting transition, at the end, or (with a
    // skip table) back in the start state. The outer loop reports the accept
    // and, in the start state, skips the bytes that cannot start a match
    // with a lookup per byte and no state to carry.
    FastDfa dfa(e, op, t);
    Value start = dfa.premultiplied(startState);
    Value skip = t.skip.empty() ? Value() : table(e, op, t.skip);
    OpBuilder &b = e.b;
    Location loc = e.loc;
    Type idx = b.getIndexType(), i32 = b.getI32Type();
    Type pair[] = {idx, i32}, triple[] = {idx, i32, i32};
    Location pairLocs[] = {loc, loc}, tripleLocs[] = {loc, loc, loc};
    ValueRange outer = e.whileBelow({from, start}, to, [&](ValueRange args) -> SmallVector<Value> {
      Value i = args[0], state = args[1];
      Value at = i;
      if (skip) {
        auto skipped = b.create<scf::IfOp>(loc, idx, e.eq(state, start), true);
        OpBuilder::InsertionGuard g(b);
        b.setInsertionPointToStart(&skipped.getThenRegion().front());
        Value first = e.findFirst(i, to, [&](Value j) { return e.eq(e.load(skip, byteAt(e, str, j)), e.i32(0)); });
        b.create<scf::YieldOp>(loc, first);
        b.setInsertionPointToStart(&skipped.getElseRegion().front());
        b.create<scf::YieldOp>(loc, i);
        at = skipped.getResult(0);
      }
      auto run = b.create<scf::WhileOp>(loc, TypeRange(triple), ValueRange{at, state});
      {
        OpBuilder::InsertionGuard g(b);
        Block *test = b.createBlock(&run.getBefore(), {}, pair, pairLocs);
        Value j = test->getArgument(0), s = test->getArgument(1);
        Type goV[] = {b.getI1Type(), i32};
        auto stepIf = b.create<scf::IfOp>(loc, TypeRange(goV), e.ult(j, to), true);
        {
          OpBuilder::InsertionGuard g2(b);
          b.setInsertionPointToStart(&stepIf.getThenRegion().front());
          Value v = dfa.transition(s, byteAt(e, str, j));
          Value go = e.notI(FastDfa::accepts(e, v));
          if (skip)
            go = e.andI(go, e.ne(v, start));
          b.create<scf::YieldOp>(loc, ValueRange{go, v});
          b.setInsertionPointToStart(&stepIf.getElseRegion().front());
          b.create<scf::YieldOp>(loc, ValueRange{e.i1(false), s});
        }
        b.create<scf::ConditionOp>(loc, stepIf.getResult(0), ValueRange{j, s, stepIf.getResult(1)});
        Block *step = b.createBlock(&run.getAfter(), {}, triple, tripleLocs);
        b.create<scf::YieldOp>(loc, ValueRange{e.add(step->getArgument(0), e.idx(1)), step->getArgument(2)});
      }
      Value j = run.getResult(0), s = run.getResult(1), v = run.getResult(2);
      auto stopped = b.create<scf::IfOp>(loc, TypeRange(pair), e.ult(j, to), true);
      {
        OpBuilder::InsertionGuard g(b);
        b.setInsertionPointToStart(&stopped.getThenRegion().front());
        e.ifThen(FastDfa::accepts(e, v), [&] { onAccept(dfa.acceptSet(s, byteAt(e, str, j)), j); });
        b.create<scf::YieldOp>(loc, ValueRange{e.add(j, e.idx(1)), dfa.target(v)});
        b.setInsertionPointToStart(&stopped.getElseRegion().front());
        b.create<scf::YieldOp>(loc, ValueRange{to, s});
      }
      return stopped.getResults();
    });
    dfa.atEnd(outer[1], to, onAccept);
    return;
  }
  Value cls = table(e, op, t.byteClass), next = table(e, op, t.next),
        accept = table(e, op, t.acceptBefore), acceptEnd = table(e, op, t.acceptAtEnd);
  Value k = e.idx(t.classes);
  auto step = [&](Value i, Value state) {
    Value c = e.toIndex(e.load(cls, byteAt(e, str, i)));
    Value cell = e.add(e.mul(e.toIndex(state), k), c);
    Value set = e.load(accept, cell);
    e.ifThen(e.ne(set, e.i32(0)), [&] { onAccept(set, i); });
    return e.load(next, cell);
  };
  Value final;
  if (t.dead == UINT32_MAX) {
    final = e.forAcc(from, to, startState, step);
  } else {
    // An automaton with a dead state (an anchored one: nothing can match
    // once the positions it follows are gone) stops there, as Dfa::scan
    // does, instead of reading on to the end of the text. The dead state
    // accepts nothing at the end either.
    Value dead = e.i32(t.dead);
    OpBuilder &b = e.b;
    Type types[] = {b.getIndexType(), b.getI32Type()};
    Location locs[] = {e.loc, e.loc};
    auto loop = b.create<scf::WhileOp>(e.loc, TypeRange(types), ValueRange{from, startState});
    {
      OpBuilder::InsertionGuard guard(b);
      Block *before = b.createBlock(&loop.getBefore(), {}, types, locs);
      Value go = e.andI(e.ult(before->getArgument(0), to), e.ne(before->getArgument(1), dead));
      b.create<scf::ConditionOp>(e.loc, go, before->getArguments());
      Block *after = b.createBlock(&loop.getAfter(), {}, types, locs);
      Value i = after->getArgument(0);
      Value state = step(i, after->getArgument(1));
      b.create<scf::YieldOp>(e.loc, ValueRange{e.add(i, e.idx(1)), state});
    }
    final = loop.getResult(1);
  }
  Value set = e.load(acceptEnd, e.toIndex(final));
  e.ifThen(e.ne(set, e.i32(0)), [&] { onAccept(set, to); });
}

/// Runs several fast DFAs over `str` in one loop: per byte, each automaton
/// takes its own step (the steps are independent, so the processor overlaps
/// their table loads), and `onAccept(p, set, end)` runs for each automaton `p`
/// whose transition accepts, in order of `p`. Same results as one
/// `forwardScan` per automaton, with one pass over the bytes.
void forwardScanInterleaved(Emit &e, Operation *op, llvm::ArrayRef<const DfaTables *> ts, Value str,
                            Value n, llvm::function_ref<void(size_t, Value set, Value end)> onAccept) {
  std::vector<FastDfa> dfas;
  std::vector<Value> init;
  for (const DfaTables *t : ts) {
    dfas.emplace_back(e, op, *t);
    init.push_back(e.i32(int64_t(t->starts[0]) * t->classes));
  }
  auto loop = e.b.create<scf::ForOp>(e.loc, e.idx(0), n, e.idx(1), init);
  {
    OpBuilder::InsertionGuard guard(e.b);
    e.b.setInsertionPointToStart(loop.getBody());
    Value i = loop.getInductionVar();
    Value b = byteAt(e, str, i);
    std::vector<Value> v;
    Value any;
    for (size_t p = 0; p < ts.size(); ++p) {
      v.push_back(dfas[p].transition(loop.getRegionIterArgs()[p], b));
      any = any ? e.b.create<arith::OrIOp>(e.loc, any, v.back()).getResult() : v.back();
    }
    // One test for all: some transition has its sign bit (accept) set.
    e.ifThen(FastDfa::accepts(e, any), [&] {
      for (size_t p = 0; p < ts.size(); ++p)
        e.ifThen(FastDfa::accepts(e, v[p]),
                 [&] { onAccept(p, dfas[p].acceptSet(loop.getRegionIterArgs()[p], b), i); });
    });
    std::vector<Value> yields;
    for (size_t p = 0; p < ts.size(); ++p)
      yields.push_back(dfas[p].target(v[p]));
    e.b.create<scf::YieldOp>(e.loc, yields);
  }
  for (size_t p = 0; p < ts.size(); ++p)
    dfas[p].atEnd(loop.getResult(p), n, [&](Value set, Value end) { onAccept(p, set, end); });
}

//--- Scans -------------------------------------------------------------------------
// A scan runs a DFA over a string. Lexicon hits are checked (length or reverse
// automaton for the start, word boundaries) and counted per term; a pattern
// only records whether it matched, and, when its evidence is recorded, where
// the leftmost-longest match lies (reverse + anchored automata, run once after
// the scan). `risk.scan` uses the matcher's own automaton; `risk.scan_set`
// uses a merged automaton whose match ids name (member, term).

/// Appends a span to the `out` buffer, or marks it truncated when full. With
/// `origins`, `start` and `end` are skeleton offsets: the span goes from the
/// start of the character of the first byte to the end of the character of
/// the last (SkeletonOrigin). An empty match (a pattern's) at the skeleton's
/// end is placed where its last character ends (0 for an empty skeleton).
void recordSpan(Emit &e, Operation *op, Value matcher, Value slot, Value start, Value end,
                Value term, Value origins = Value()) {
  if (origins) {
    auto origin = [&](Value at) {
      return e.b.create<arith::ExtUIOp>(e.loc, e.b.getI64Type(), e.load(origins, at));
    };
    auto originEnd = [&](Value o) {
      return e.add(e.add(e.b.create<arith::ShRUIOp>(e.loc, o, e.i64(3)),
                         e.b.create<arith::AndIOp>(e.loc, o, e.i64(3))),
                   e.i64(1));
    };
    // The original offset of skeleton byte `at`, or of the skeleton's end.
    auto startOf = [&](Value at) -> Value {
      Value length = e.dim(origins);
      auto inside = e.b.create<scf::IfOp>(e.loc, e.b.getI64Type(), e.ult(at, length), true);
      OpBuilder::InsertionGuard guard(e.b);
      e.b.setInsertionPointToStart(&inside.getThenRegion().front());
      e.b.create<scf::YieldOp>(e.loc, ValueRange{e.b.create<arith::ShRUIOp>(e.loc, origin(at), e.i64(3))});
      e.b.setInsertionPointToStart(&inside.getElseRegion().front());
      auto some = e.b.create<scf::IfOp>(e.loc, e.b.getI64Type(), e.ne(length, e.idx(0)), true);
      e.b.create<scf::YieldOp>(e.loc, some.getResults());
      e.b.setInsertionPointToStart(&some.getThenRegion().front());
      e.b.create<scf::YieldOp>(e.loc, ValueRange{originEnd(origin(e.sub(length, e.idx(1))))});
      e.b.setInsertionPointToStart(&some.getElseRegion().front());
      e.b.create<scf::YieldOp>(e.loc, ValueRange{e.i64(0)});
      return inside.getResult(0);
    };
    Value originalStart = startOf(start);
    auto nonEmpty = e.b.create<scf::IfOp>(e.loc, e.b.getI64Type(), e.ne(start, end), true);
    {
      OpBuilder::InsertionGuard guard(e.b);
      e.b.setInsertionPointToStart(&nonEmpty.getThenRegion().front());
      e.b.create<scf::YieldOp>(e.loc, ValueRange{originEnd(origin(e.sub(end, e.idx(1))))});
      e.b.setInsertionPointToStart(&nonEmpty.getElseRegion().front());
      e.b.create<scf::YieldOp>(e.loc, ValueRange{originalStart});
    }
    start = originalStart;
    end = nonEmpty.getResult(0);
  }
  Value out = arg(op, OutArg);
  Value count = e.load(out, e.idx(riskrt::OutLayout::SpanCount));
  Value room = e.cmp(arith::CmpIPredicate::slt, count, e.i64(funcAttr(op, "risk.span_capacity")));
  auto ifOp = e.b.create<scf::IfOp>(e.loc, room, true);
  OpBuilder::InsertionGuard guard(e.b);
  e.b.setInsertionPointToStart(&ifOp.getThenRegion().front());
  Value base = e.add(e.idx(riskrt::OutLayout::Rules + funcAttr(op, "risk.num_rules")),
                     e.mul(e.toIndex(count), e.idx(riskrt::OutLayout::SpanWords)));
  Value values[] = {matcher, e.toI64(slot), e.toI64(start), e.toI64(end), term};
  for (int w = 0; w < 5; ++w)
    e.store(values[w], out, e.add(base, e.idx(w)));
  e.store(e.add(count, e.i64(1)), out, e.idx(riskrt::OutLayout::SpanCount));
  e.b.setInsertionPointToStart(&ifOp.getElseRegion().front());
  e.store(e.i64(1), out, e.idx(riskrt::OutLayout::Truncated));
}

/// The start state for what precedes `pos` in `str`.
Value contextStart(Emit &e, Operation *op, const DfaTables &t, Value str, Value pos, bool fromEnd) {
  // Context 0 at the text's edge; else from the neighbouring byte.
  Value n = e.dim(str);
  Value atEdge = fromEnd ? e.eq(pos, n) : e.eq(pos, e.idx(0));
  Value safe = fromEnd ? e.select(atEdge, e.idx(0), pos)
                       : e.select(atEdge, e.idx(0), e.sub(pos, e.idx(1)));
  Value byte = byteAt(e, str, safe);
  Value context =
      e.select(atEdge, e.i32(0), e.load(table(e, op, globalNamed(op, "risk_context")), byte));
  Value state = e.i32(t.starts[3]);
  for (int c = 2; c >= 0; --c)
    state = e.select(e.eq(context, e.i32(c)), e.i32(t.starts[c]), state);
  return state;
}

/// Scans back from `end` with the reverse automaton for where `term` starts.
/// `earliest` false: the nearest start (the first accepted). `earliest` true
/// (i1): the earliest start within kMaxSpellingBytes, scanning on until the
/// automaton dies or the window ends; with `wordStart`, the earliest at which
/// a word starts. Returns `end` when there is none.
Value reverseStart(Emit &e, Operation *op, const DfaTables &t, Value str, Value end, Value term,
                   Value earliest, bool wordStart, Value origins) {
  Value cls = table(e, op, t.byteClass), next = table(e, op, t.next),
        accept = table(e, op, t.acceptBefore), acceptEnd = table(e, op, t.acceptAtEnd),
        offsets = table(e, op, t.setOffsets), ids = table(e, op, t.setIds);
  Value k = e.idx(t.classes);
  Value first = contextStart(e, op, t, str, end, /*fromEnd=*/true);
  auto contains = [&](Value set) {
    Value from = e.toIndex(e.load(offsets, e.toIndex(set)));
    Value to = e.toIndex(e.load(offsets, e.add(e.toIndex(set), e.idx(1))));
    Value at = e.findFirst(from, to, [&](Value j) {
      return e.eq(e.b.create<arith::ExtSIOp>(e.loc, e.b.getI64Type(), e.load(ids, j)), term);
    });
    return e.ult(at, to);
  };
  // (position, state, found start or `end` while not found)
  Type types[] = {e.b.getIndexType(), e.b.getI32Type(), e.b.getIndexType()};
  Location locs[] = {e.loc, e.loc, e.loc};
  auto loop = e.b.create<scf::WhileOp>(e.loc, TypeRange(types), ValueRange{end, first, end});
  {
    OpBuilder::InsertionGuard guard(e.b);
    Block *before = e.b.createBlock(&loop.getBefore(), {}, types, locs);
    Value pos = before->getArgument(0), state = before->getArgument(1),
          found = before->getArgument(2);
    Value notFound = e.eq(found, end);
    Value inWindow = e.cmp(arith::CmpIPredicate::ule, e.sub(end, pos), e.idx(kMaxSpellingBytes));
    Value alive = t.dead == UINT32_MAX ? e.i1(true) : e.ne(state, e.i32(t.dead));
    Value more = e.select(earliest, e.andI(inWindow, alive), notFound);
    Value go = e.andI(more, e.cmp(arith::CmpIPredicate::ugt, pos, e.idx(0)));
    e.b.create<scf::ConditionOp>(e.loc, go, ValueRange{pos, state, found});
    Block *after = e.b.createBlock(&loop.getAfter(), {}, types, locs);
    pos = after->getArgument(0);
    state = after->getArgument(1);
    Value p = e.sub(pos, e.idx(1));
    Value b = byteAt(e, str, p);
    Value cell = e.add(e.mul(e.toIndex(state), k), e.toIndex(e.load(cls, b)));
    Value set = e.load(accept, cell);
    Value hit = e.andI(e.ne(set, e.i32(0)), contains(set));
    if (wordStart) {
      // With `words`, the earliest start where a word starts: the byte
      // before it is not a word byte.
      Value words = table(e, op, globalNamed(op, "risk_word"));
      Value startsWord = e.eq(e.load(words, b), e.i32(0));
      if (origins)
        startsWord = e.orI(startsWord, betweenJoinedLetters(e, origins, pos));
      hit = e.andI(hit, e.orI(e.notI(earliest), startsWord));
    }
    Value result = e.select(hit, pos, after->getArgument(2));
    e.b.create<scf::YieldOp>(e.loc, ValueRange{p, e.load(next, cell), result});
  }
  Value found = loop.getResult(2);
  Value lastState = loop.getResult(1);
  // The scan reached the text's start: a match may start there. (When it
  // stopped early, `lastState` is dead or the window ended before 0.)
  Value reachedZero = e.eq(loop.getResult(0), e.idx(0));
  Value endSet = e.load(acceptEnd, e.toIndex(lastState));
  Value zeroOk = e.andI(e.select(earliest, e.cmp(arith::CmpIPredicate::ule, end, e.idx(kMaxSpellingBytes)),
                                 e.eq(found, end)),
                        e.andI(reachedZero, e.andI(e.ne(endSet, e.i32(0)), contains(endSet))));
  return e.select(zeroOk, e.idx(0), found);
}

/// What one scan writes: its matcher's tables, results buffer and evidence.
struct ScanTarget {
  const MatcherTables *m;
  Value counts;
  bool totals; ///< `counts` is one total, not one count per term (markTotalsOnly)
  bool record;
  Value matcherIndex; ///< i64
  Value slot;         ///< index
  Value origins;      ///< a skeleton's origins (memref<?xi32>), or null
};

/// The byte `c` (i8) with an ASCII upper-case letter lowered.
Value lowerAscii(Emit &e, Value c) {
  auto byte = [&](char x) { return e.b.create<arith::ConstantIntOp>(e.loc, x, 8); };
  Value upper = e.andI(e.cmp(arith::CmpIPredicate::uge, c, byte('A')), e.cmp(arith::CmpIPredicate::ule, c, byte('Z')));
  return e.select(upper, e.b.create<arith::AddIOp>(e.loc, c, byte(32)), c);
}

/// A lexicon's term `term` (i64, the matcher's own numbering) matched
/// [start, end): count it, and record it when the scan records evidence.
void countTermHit(Emit &e, Operation *op, const ScanTarget &s, Value term, Value start, Value end) {
  Value termIndex = s.totals ? e.idx(0) : e.toIndex(term);
  e.store(e.add(e.load(s.counts, termIndex), e.i64(1)), s.counts, termIndex);
  if (s.record)
    recordSpan(e, op, s.matcherIndex, s.slot, start, end, term, s.origins);
}

/// A word boundary at `at` (0 < at < n), judged by the byte `word` beside it;
/// in a skeleton (`origins`), also between letters that were written apart.
Value wordBoundary(Emit &e, Operation *op, Value str, Value origins, Value at, Value word) {
  Value words = table(e, op, globalNamed(op, "risk_word"));
  Value ok = e.eq(e.load(words, byteAt(e, str, word)), e.i32(0));
  if (origins)
    ok = e.orI(ok, betweenJoinedLetters(e, origins, at));
  return ok;
}

/// Whether a match that ends at `end` ends where a word ends: at the end of
/// the text, or at a word boundary (the byte at `end` is read only when
/// `end < n`).
Value endsWord(Emit &e, Operation *op, Value str, Value n, Value origins, Value end) {
  return e.b.create<scf::IfOp>(
                e.loc, e.eq(end, n),
                [&](OpBuilder &b, Location l) { b.create<scf::YieldOp>(l, e.i1(true)); },
                [&](OpBuilder &b, Location l) {
                  b.create<scf::YieldOp>(l, wordBoundary(e, op, str, origins, end, end));
                })
      .getResult(0);
}

/// A lexicon's term `term` (i64, the matcher's own numbering) ended at `end`:
/// find its start, check word boundaries, count it and record it.
void lexiconHit(Emit &e, Operation *op, const ScanTarget &s, Value str, Value n, Value term,
                Value end) {
  const MatcherTables &m = *s.m;
  Value termIndex = e.toIndex(term);
  Value length = e.toIndex(e.load(table(e, op, m.termLengths), termIndex));
  Value start = e.sub(end, length);
  if (m.hasReverse) {
    // Terms with spaces have no fixed length: find the start with the
    // reverse automaton, scanning back from the end.
    Value flexKind = e.load(table(e, op, m.flexible), termIndex);
    Value isFlexible = e.ne(flexKind, e.i64(0));
    auto ifOp = e.b.create<scf::IfOp>(e.loc, e.b.getIndexType(), isFlexible, true);
    {
      OpBuilder::InsertionGuard guard(e.b);
      e.b.setInsertionPointToStart(&ifOp.getThenRegion().front());
      // A phrase written with the term's own spacing (the usual case) starts
      // `length` bytes back: compare the bytes (ASCII-folded with `fold
      // case`) before running the reverse automaton. A phrase's start is
      // unique, so where they are equal it is the start.
      Value asWritten = e.i1(false);
      if (!m.termBytes.empty()) {
        Value fits = e.andI(e.eq(flexKind, e.i64(1)), e.cmp(arith::CmpIPredicate::ule, length, end));
        auto check = e.b.create<scf::IfOp>(e.loc, e.b.getI1Type(), fits, true);
        {
          OpBuilder::InsertionGuard g(e.b);
          e.b.setInsertionPointToStart(&check.getThenRegion().front());
          Value bytes = table(e, op, m.termBytes);
          Value base = e.toIndex(e.load(table(e, op, m.termOffsets), termIndex));
          Value from = e.sub(end, length);
          Value mismatch = e.findFirst(e.idx(0), length, [&](Value j) {
            Value c = e.byte(str, e.add(from, j));
            if (m.foldCase)
              c = lowerAscii(e, c);
            return e.ne(c, e.load(bytes, e.add(base, j)));
          });
          e.b.create<scf::YieldOp>(e.loc, e.eq(mismatch, length));
          e.b.setInsertionPointToStart(&check.getElseRegion().front());
          e.b.create<scf::YieldOp>(e.loc, e.i1(false));
        }
        asWritten = check.getResult(0);
      }
      auto found = e.b.create<scf::IfOp>(e.loc, e.b.getIndexType(), asWritten, true);
      {
        OpBuilder::InsertionGuard g(e.b);
        e.b.setInsertionPointToStart(&found.getThenRegion().front());
        e.b.create<scf::YieldOp>(e.loc, start);
        e.b.setInsertionPointToStart(&found.getElseRegion().front());
        // With `words`, a hit that does not end where a word ends is no
        // match: refuse it before searching back for its start (a term of
        // one repeated letter, "xxx" with `repeats`, ends at every position
        // of a run of that letter, and each search reads up to
        // kMaxSpellingBytes back). Its start is then `end`: no match.
        Value search = m.words ? endsWord(e, op, str, n, s.origins, end) : e.i1(true);
        auto searched = e.b.create<scf::IfOp>(e.loc, e.b.getIndexType(), search, true);
        {
          OpBuilder::InsertionGuard g2(e.b);
          e.b.setInsertionPointToStart(&searched.getThenRegion().front());
          e.b.create<scf::YieldOp>(e.loc, reverseStart(e, op, m.reverse, str, end, term,
                                                       e.eq(flexKind, e.i64(2)), m.words, s.origins));
          e.b.setInsertionPointToStart(&searched.getElseRegion().front());
          e.b.create<scf::YieldOp>(e.loc, end);
        }
        e.b.create<scf::YieldOp>(e.loc, searched.getResult(0));
      }
      e.b.create<scf::YieldOp>(e.loc, found.getResult(0));
      e.b.setInsertionPointToStart(&ifOp.getElseRegion().front());
      e.b.create<scf::YieldOp>(e.loc, start);
    }
    start = ifOp.getResult(0);
  }
  // A spelling whose start was not found (longer than the window, or no
  // start where a word starts) is no match.
  Value ok = m.hasReverse ? e.ult(start, end) : e.i1(true);
  if (m.words) {
    Value startOk = e.b.create<scf::IfOp>(
                           e.loc, e.eq(start, e.idx(0)),
                           [&](OpBuilder &b, Location l) { b.create<scf::YieldOp>(l, e.i1(true)); },
                           [&](OpBuilder &b, Location l) {
                             b.create<scf::YieldOp>(
                                 l, wordBoundary(e, op, str, s.origins, start, e.sub(start, e.idx(1))));
                           })
                        .getResult(0);
    ok = e.andI(ok, e.andI(startOk, endsWord(e, op, str, n, s.origins, end)));
  }
  e.ifThen(ok, [&] { countTermHit(e, op, s, term, start, end); });
}

/// The longest match of a pattern that starts at `start`: its end (the
/// anchored automaton run forward from `start`; `start` for an empty match).
Value longestEnd(Emit &e, Operation *op, const MatcherTables &m, Value str, Value start, Value n) {
  Value anchoredStart = contextStart(e, op, m.anchored, str, start, /*fromEnd=*/false);
  Value endCell = e.b.create<memref::AllocaOp>(e.loc, MemRefType::get({}, e.b.getIndexType()));
  e.b.create<memref::StoreOp>(e.loc, start, endCell);
  forwardScan(e, op, m.anchored, str, start, n, anchoredStart,
              [&](Value, Value at) { e.b.create<memref::StoreOp>(e.loc, at, endCell); });
  return e.b.create<memref::LoadOp>(e.loc, endCell);
}

/// A pattern matched somewhere in `str`: record its leftmost-longest match
/// or, with `every_match`, every non-overlapping match left to right.
///
/// The reverse automaton runs over the whole text, backward, once: a position
/// where it accepts is one where a match starts. The leftmost one is the
/// first match's start; for every match, each such position is marked in the
/// scratch memory (one byte per position, only at character boundaries), and
/// the matches are taken left to right: the first marked position at or after
/// where the last match ended, and the longest match from there (after an
/// empty match, the search goes on at the next character).
void patternSpan(Emit &e, Operation *op, const ScanTarget &s, Value str, Value n) {
  const MatcherTables &m = *s.m;
  Value marks = m.everyMatch ? arg(op, ScratchArg) : Value();
  auto isBoundary = [&](Value pos) { // pos < n: not a UTF-8 continuation byte
    Value byte = e.byte(str, pos);
    return e.ne(e.b.create<arith::AndIOp>(e.loc, byte, e.b.create<arith::ConstantIntOp>(e.loc, 0xC0, 8)),
                e.b.create<arith::ConstantIntOp>(e.loc, 0x80, 8));
  };
  Value rcls = table(e, op, m.reverse.byteClass), rnext = table(e, op, m.reverse.next),
        raccept = table(e, op, m.reverse.acceptBefore),
        racceptEnd = table(e, op, m.reverse.acceptAtEnd);
  Value rk = e.idx(m.reverse.classes);
  auto back = e.b.create<scf::ForOp>(e.loc, e.idx(0), n, e.idx(1),
                                     ValueRange{e.i32(m.reverse.starts[0]), n});
  {
    OpBuilder::InsertionGuard guard(e.b);
    e.b.setInsertionPointToStart(back.getBody());
    Value step = back.getInductionVar();
    Value pos = e.sub(e.sub(n, step), e.idx(1)); // from n-1 down to 0
    Value state = back.getRegionIterArgs()[0], best = back.getRegionIterArgs()[1];
    Value b = byteAt(e, str, pos);
    Value cell = e.add(e.mul(e.toIndex(state), rk), e.toIndex(e.load(rcls, b)));
    Value hit = e.ne(e.load(raccept, cell), e.i32(0));
    Value candidate = e.add(pos, e.idx(1));
    best = e.select(hit, candidate, best);
    if (marks) {
      // A start at `candidate` (a character boundary: the text's end, or a
      // byte that does not continue a character).
      Value atEnd = e.eq(candidate, n);
      Value boundary = e.b.create<scf::IfOp>(
                              e.loc, atEnd,
                              [&](OpBuilder &b, Location l) { b.create<scf::YieldOp>(l, e.i1(true)); },
                              [&](OpBuilder &b, Location l) {
                                b.create<scf::YieldOp>(l, isBoundary(candidate));
                              })
                           .getResult(0);
      Value mark = e.andI(hit, boundary);
      e.store(e.b.create<arith::ExtUIOp>(e.loc, e.b.getI8Type(), mark), marks, candidate);
    }
    e.b.create<scf::YieldOp>(e.loc, ValueRange{e.load(rnext, cell), best});
  }
  Value start = back.getResult(1);
  Value atZero = e.ne(e.load(racceptEnd, e.toIndex(back.getResult(0))), e.i32(0));
  start = e.select(atZero, e.idx(0), start);
  if (!marks) {
    recordSpan(e, op, s.matcherIndex, s.slot, start, longestEnd(e, op, m, str, start, n), e.i64(-1),
               s.origins);
    return;
  }
  e.store(e.b.create<arith::ExtUIOp>(e.loc, e.b.getI8Type(), atZero), marks, e.idx(0));
  // Left to right from `from`, while a decision has room for evidence.
  Value capacity = e.i64(funcAttr(op, "risk.span_capacity"));
  Value out = arg(op, OutArg);
  auto loop = e.b.create<scf::WhileOp>(e.loc, TypeRange{e.b.getIndexType()}, ValueRange{e.idx(0)});
  {
    OpBuilder::InsertionGuard guard(e.b);
    Block *before = e.b.createBlock(&loop.getBefore(), {}, {e.b.getIndexType()}, {e.loc});
    Value from = before->getArgument(0);
    Value next = e.findFirst(from, e.add(n, e.idx(1)), [&](Value i) {
      return e.ne(e.load(marks, i), e.b.create<arith::ConstantIntOp>(e.loc, 0, 8));
    });
    Value room = e.cmp(arith::CmpIPredicate::slt,
                       e.load(out, e.idx(riskrt::OutLayout::SpanCount)), capacity);
    Value go = e.andI(e.cmp(arith::CmpIPredicate::ule, next, n), room);
    e.b.create<scf::ConditionOp>(e.loc, go, ValueRange{next});
    Block *after = e.b.createBlock(&loop.getAfter(), {}, {e.b.getIndexType()}, {e.loc});
    Value at = after->getArgument(0);
    Value end = longestEnd(e, op, m, str, at, n);
    recordSpan(e, op, s.matcherIndex, s.slot, at, end, e.i64(-1), s.origins);
    // After an empty match, the next character boundary.
    Value nonEmpty = e.ne(end, at);
    Value resume = e.b.create<scf::IfOp>(
                          e.loc, nonEmpty,
                          [&](OpBuilder &b, Location l) { b.create<scf::YieldOp>(l, end); },
                          [&](OpBuilder &b, Location l) {
                            Value p = e.findFirst(e.add(at, e.idx(1)), n, isBoundary);
                            b.create<scf::YieldOp>(l, p);
                          })
                       .getResult(0);
    // An empty match at the text's end ends the loop.
    Value stop = e.andI(e.notI(nonEmpty), e.eq(at, n));
    e.b.create<scf::YieldOp>(e.loc, ValueRange{e.select(stop, e.add(n, e.idx(1)), resume)});
  }
  // Matches beyond the capacity are not recorded: the decision says so.
  Value more = e.cmp(arith::CmpIPredicate::ule, loop.getResult(0), n);
  e.ifThen(more, [&] { e.store(e.i64(1), out, e.idx(riskrt::OutLayout::Truncated)); });
}

/// After a scan in which a pattern matched (`found`, i1): count one more
/// matching string and, when recorded, the span of its leftmost-longest match
/// (every match with `every_match`).
void patternFound(Emit &e, Operation *op, const ScanTarget &s, Value found, Value str, Value n) {
  e.ifThen(found, [&] {
    e.store(e.add(e.load(s.counts, e.idx(0)), e.i64(1)), s.counts, e.idx(0));
    if (s.record)
      patternSpan(e, op, s, str, n);
  });
}

/// `scf.index_switch` on `which` (index) over cases 0 .. count - 1: case k
/// emits `body(k)`; any other value does nothing.
void switchOnMember(Emit &e, Value which, size_t count, llvm::function_ref<void(size_t)> body) {
  std::vector<int64_t> cases;
  for (size_t k = 0; k < count; ++k)
    cases.push_back(k);
  auto sw = e.b.create<scf::IndexSwitchOp>(e.loc, TypeRange{}, which, cases, cases.size());
  OpBuilder::InsertionGuard guard(e.b);
  e.b.setInsertionPointToStart(&sw.getDefaultRegion().emplaceBlock());
  e.b.create<scf::YieldOp>(e.loc);
  for (size_t k = 0; k < count; ++k) {
    e.b.setInsertionPointToStart(&sw.getCaseRegions()[k].emplaceBlock());
    body(k);
    e.b.create<scf::YieldOp>(e.loc);
  }
}

/// Whether the byte `c` (i8) is whitespace that a phrase's space matches.
Value isPhraseSpace(Emit &e, Value c) {
  auto is = [&](char x) { return e.eq(c, e.b.create<arith::ConstantIntOp>(e.loc, x, 8)); };
  return e.orI(e.orI(is(' '), is('\t')), e.orI(is('\n'), is('\r')));
}

/// Whether entry `entry` of a word table (its term's bytes) is written in
/// `str` from `start`, a word start, and ends before a byte that is not a
/// lexicon word byte (or the end). Returns (matched, end of the match).
std::pair<Value, Value> wordTableEntryAt(Emit &e, Operation *op, const WordTable &w, Value str, Value n,
                                         Value entry, Value start) {
  OpBuilder &b = e.b;
  Location loc = e.loc;
  Value bytes = table(e, op, w.bytes);
  Value offset = e.toIndex(e.load(table(e, op, w.offset), entry));
  Value length = e.toIndex(e.load(table(e, op, w.length), entry));
  Value flags = e.load(table(e, op, w.flags), entry);
  Value fold = e.ne(b.create<arith::AndIOp>(loc, flags, e.i32(1)), e.i32(0));
  Value phrases = e.ne(b.create<arith::AndIOp>(loc, flags, e.i32(2)), e.i32(0));
  Type idx = b.getIndexType(), i1 = b.getI1Type();
  Type types[] = {idx, idx, i1};
  Location locs[] = {loc, loc, loc};
  // (position in the term, position in the text, equal so far)
  auto loop = b.create<scf::WhileOp>(loc, TypeRange(types), ValueRange{e.idx(0), start, e.i1(true)});
  {
    OpBuilder::InsertionGuard g(b);
    Block *before = b.createBlock(&loop.getBefore(), {}, types, locs);
    Value go = e.andI(before->getArgument(2), e.ult(before->getArgument(0), length));
    b.create<scf::ConditionOp>(loc, go, before->getArguments());
    Block *after = b.createBlock(&loop.getAfter(), {}, types, locs);
    Value ti = after->getArgument(0), p = after->getArgument(1);
    Value c = e.load(bytes, e.add(offset, ti));
    auto step = b.create<scf::IfOp>(loc, TypeRange(types), e.andI(phrases, isPhraseSpace(e, c)), true);
    {
      // A run of spaces in a phrase matches any run of whitespace.
      OpBuilder::InsertionGuard g2(b);
      b.setInsertionPointToStart(&step.getThenRegion().front());
      Value tiNext = e.findFirst(ti, length, [&](Value j) { return e.notI(isPhraseSpace(e, e.load(bytes, e.add(offset, j)))); });
      Value pNext = e.findFirst(p, n, [&](Value j) { return e.notI(isPhraseSpace(e, e.byte(str, j))); });
      b.create<scf::YieldOp>(loc, ValueRange{tiNext, pNext, e.ult(p, pNext)});
      // Any other byte is itself (ASCII letters of the text lowered with
      // `fold case`: the term's are lowered already).
      b.setInsertionPointToStart(&step.getElseRegion().front());
      Value inText = e.ult(p, n);
      Value t = b.create<scf::IfOp>(
                     loc, inText,
                     [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, e.byte(str, p)); },
                     [&](OpBuilder &, Location) {
                       b.create<scf::YieldOp>(loc, Value(b.create<arith::ConstantIntOp>(loc, 0, 8)));
                     })
                    .getResult(0);
      t = e.select(fold, lowerAscii(e, t), t);
      b.create<scf::YieldOp>(loc, ValueRange{e.add(ti, e.idx(1)), e.add(p, e.idx(1)), e.andI(inText, e.eq(t, c))});
    }
    b.create<scf::YieldOp>(loc, step.getResults());
  }
  Value end = loop.getResult(1);
  Value foldWord = table(e, op, w.foldWord);
  // The match ends where a word ends: at the end, or before a byte that is
  // not a lexicon word byte.
  Value wordEnds = b.create<scf::IfOp>(
                        loc, e.ult(end, n),
                        [&](OpBuilder &, Location) {
                          Value c = e.load(foldWord, byteAt(e, str, end));
                          b.create<scf::YieldOp>(loc, e.eq(c, b.create<arith::ConstantIntOp>(loc, 0, 8)));
                        },
                        [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, e.i1(true)); })
                       .getResult(0);
  return {e.andI(loop.getResult(2), wordEnds), end};
}

/// The whole-word lexicons of a scan set (WordTable). From each word of
/// `str`, the text is hashed as the terms were (ASCII letters lowered, a run
/// of whitespace one space) one word at a time, and after each word the
/// prefix so far is looked up: a prefix no term has ends the walk; the terms
/// it completes are compared with the text from the walk's first word, and
/// each that is written there (and ends where a word ends) is counted and
/// recorded; the walk goes on to the next word only while longer terms start
/// with the prefix. A whole-word term starts where a word starts, so no other
/// start is tried; a walk reads at most as many words as the longest term has.
void wordTableScan(Emit &e, Operation *op, const WordTable &w,
                   const std::map<std::string, ScanTarget> &targets, Value str, Value n) {
  OpBuilder &b = e.b;
  Location loc = e.loc;
  Value foldWord = table(e, op, w.foldWord), filter = table(e, op, w.filter), keys = table(e, op, w.keys),
        member = table(e, op, w.member), term = table(e, op, w.term);
  Type idx = b.getIndexType(), i64 = b.getI64Type(), i1 = b.getI1Type(), i8 = b.getI8Type();
  Value zero8 = b.create<arith::ConstantIntOp>(loc, 0, 8);
  Value prime = e.i64(int64_t(kWordHashPrime));
  // The byte at `p` and its folded form (0: not a lexicon word byte); both 0
  // past the end.
  auto bytesAt = [&](Value p) {
    auto at = b.create<scf::IfOp>(
        loc, e.ult(p, n),
        [&](OpBuilder &, Location) {
          Value c = e.byte(str, p);
          b.create<scf::YieldOp>(loc, ValueRange{c, e.load(foldWord, byteAt(e, str, p))});
        },
        [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, ValueRange{zero8, zero8}); });
    return std::pair<Value, Value>{at.getResult(0), at.getResult(1)};
  };
  auto mix = [&](Value h, Value c) {
    return e.mul(b.create<arith::XOrIOp>(loc, h, b.create<arith::ExtUIOp>(loc, i64, c)), prime);
  };
  // Hashes the word that starts at `from` into `h`: (its end, the hash).
  auto hashWord = [&](Value from, Value h) {
    Type argTypes[] = {idx, i64}, fwdTypes[] = {idx, i64, i8};
    Location argLocs[] = {loc, loc}, fwdLocs[] = {loc, loc, loc};
    auto loop = b.create<scf::WhileOp>(loc, TypeRange(fwdTypes), ValueRange{from, h});
    OpBuilder::InsertionGuard g(b);
    Block *before = b.createBlock(&loop.getBefore(), {}, argTypes, argLocs);
    Value folded = bytesAt(before->getArgument(0)).second;
    b.create<scf::ConditionOp>(loc, e.ne(folded, zero8),
                               ValueRange{before->getArgument(0), before->getArgument(1), folded});
    Block *after = b.createBlock(&loop.getAfter(), {}, fwdTypes, fwdLocs);
    b.create<scf::YieldOp>(loc, ValueRange{e.add(after->getArgument(0), e.idx(1)),
                                           mix(after->getArgument(1), after->getArgument(2))});
    return std::pair<Value, Value>{loop.getResult(0), loop.getResult(1)};
  };
  // Hashes the bytes between two words from `from` into `h` (a run of
  // whitespace as one space): (where the next word starts or n, the hash).
  auto hashGap = [&](Value from, Value h) {
    Type argTypes[] = {idx, i64, i1}, fwdTypes[] = {idx, i64, i1, i8};
    Location argLocs[] = {loc, loc, loc}, fwdLocs[] = {loc, loc, loc, loc};
    auto loop = b.create<scf::WhileOp>(loc, TypeRange(fwdTypes), ValueRange{from, h, e.i1(false)});
    OpBuilder::InsertionGuard g(b);
    Block *before = b.createBlock(&loop.getBefore(), {}, argTypes, argLocs);
    Value p = before->getArgument(0);
    auto [c, folded] = bytesAt(p);
    b.create<scf::ConditionOp>(loc, e.andI(e.ult(p, n), e.eq(folded, zero8)),
                               ValueRange{p, before->getArgument(1), before->getArgument(2), c});
    Block *after = b.createBlock(&loop.getAfter(), {}, fwdTypes, fwdLocs);
    Value hPrev = after->getArgument(1), inSpace = after->getArgument(2), byte = after->getArgument(3);
    Value space = isPhraseSpace(e, byte);
    Value asByte = e.select(space, b.create<arith::ConstantIntOp>(loc, ' ', 8), byte);
    // A space that continues a run of whitespace adds nothing.
    Value hNext = e.select(e.andI(space, inSpace), hPrev, mix(hPrev, asByte));
    b.create<scf::YieldOp>(loc, ValueRange{e.add(after->getArgument(0), e.idx(1)), hNext, space});
    return std::pair<Value, Value>{loop.getResult(0), loop.getResult(1)};
  };
  // The prefix filter (WordTable): one bit, in a table small enough to stay
  // in cache, says whether the prefix hashed into `h` may be a node; a clear
  // bit ends the walk before it probes the slots.
  auto inFilter = [&](Value h) {
    Value bit = b.create<arith::ShRUIOp>(loc, e.mul(e.orI(h, e.i64(1)), e.i64(int64_t(kWordFilterMix))),
                                         e.i64(64 - w.filterBits));
    Value bits = e.load(filter, e.toIndex(b.create<arith::ShRUIOp>(loc, bit, e.i64(6))));
    Value shifted = b.create<arith::ShRUIOp>(loc, bits, b.create<arith::AndIOp>(loc, bit, e.i64(63)));
    return e.ne(b.create<arith::AndIOp>(loc, shifted, e.i64(1)), e.i64(0));
  };
  Value maxWord = e.idx(w.maxWord);
  // Whether the word [start, end) of the text, whose prefix hashes to `h`,
  // extends a walk: it exists, no term has a longer word, and the filter
  // lets its prefix through.
  auto extendsWalk = [&](Value start, Value end, Value h) {
    return e.andI(e.andI(e.ult(start, n), e.cmp(arith::CmpIPredicate::ule, e.sub(end, start), maxWord)),
                  inFilter(h));
  };
  Value mask = e.idx((int64_t(1) << w.slotBits) - 1);
  e.whileBelow({e.idx(0)}, n, [&](ValueRange args) -> SmallVector<Value> {
    Value wordStart = e.findFirst(args[0], n, [&](Value j) { return e.ne(e.load(foldWord, byteAt(e, str, j)), zero8); });
    auto [firstEnd, firstHash] = hashWord(wordStart, e.i64(int64_t(kWordHashSeed)));
    Value walks = extendsWalk(wordStart, firstEnd, firstHash);
    e.ifThen(walks, [&] {
      // (end of the prefix, its hash, go on)
      Type walkTypes[] = {idx, i64, i1};
      Location walkLocs[] = {loc, loc, loc};
      auto walk = b.create<scf::WhileOp>(loc, TypeRange(walkTypes), ValueRange{firstEnd, firstHash, e.i1(true)});
      OpBuilder::InsertionGuard g(b);
      Block *before = b.createBlock(&walk.getBefore(), {}, walkTypes, walkLocs);
      b.create<scf::ConditionOp>(loc, before->getArgument(2), before->getArguments());
      Block *after = b.createBlock(&walk.getAfter(), {}, walkTypes, walkLocs);
      Value prefixEnd = after->getArgument(0), h = after->getArgument(1);
      Value key = e.orI(h, e.i64(1));
      Value home = b.create<arith::ShRUIOp>(loc, e.mul(key, e.i64(int64_t(kWordSlotMix))),
                                            e.i64(64 - w.slotBits));
      // Linear probing until the key or an empty slot.
      Type slotTypes[] = {idx, i64};
      Location slotLocs[] = {loc, loc};
      auto probe = b.create<scf::WhileOp>(loc, TypeRange(slotTypes), ValueRange{e.toIndex(home), e.i64(0)});
      {
        OpBuilder::InsertionGuard g2(b);
        Block *test = b.createBlock(&probe.getBefore(), {}, slotTypes, slotLocs);
        Value slot = test->getArgument(0);
        Value k = e.load(keys, e.add(slot, slot));
        b.create<scf::ConditionOp>(loc, e.andI(e.ne(k, e.i64(0)), e.ne(k, key)), ValueRange{slot, k});
        Block *next = b.createBlock(&probe.getAfter(), {}, slotTypes, slotLocs);
        b.create<scf::YieldOp>(loc, ValueRange{b.create<arith::AndIOp>(loc, e.add(next->getArgument(0), e.idx(1)), mask),
                                               next->getArgument(1)});
      }
      Value slot = probe.getResult(0);
      Value found = e.eq(probe.getResult(1), key);
      // The slot's other half, in the same cache line: its first entry << 32 |
      // its info (0 for an empty slot).
      Value meta = e.load(keys, e.add(e.add(slot, slot), e.idx(1)));
      Value slotInfo = e.select(found, b.create<arith::TruncIOp>(loc, b.getI32Type(), meta), e.i32(0));
      // The terms this prefix completes.
      Value from = e.toIndex(b.create<arith::TruncIOp>(loc, b.getI32Type(), b.create<arith::ShRUIOp>(loc, meta, e.i64(32))));
      Value to = e.add(from, e.toIndex(b.create<arith::ShRUIOp>(loc, slotInfo, e.i32(1))));
      e.forEach(from, to, [&](Value entry) {
        auto [matched, end] = wordTableEntryAt(e, op, w, str, n, entry, wordStart);
        if (w.maxSpan)
          matched = e.andI(matched, e.cmp(arith::CmpIPredicate::ule, e.sub(end, wordStart), e.idx(w.maxSpan)));
        e.ifThen(matched, [&] {
          Value t = b.create<arith::ExtSIOp>(loc, i64, e.load(term, entry));
          switchOnMember(e, e.toIndex(e.load(member, entry)), w.members.size(), [&](size_t k) {
            countTermHit(e, op, targets.at(w.members[k]), t, wordStart, end);
          });
        });
      });
      // On to the next word while longer terms start with this prefix.
      Value more = e.ne(b.create<arith::AndIOp>(loc, slotInfo, e.i32(1)), e.i32(0));
      auto step = b.create<scf::IfOp>(loc, TypeRange(walkTypes), more, true);
      {
        OpBuilder::InsertionGuard g2(b);
        b.setInsertionPointToStart(&step.getThenRegion().front());
        auto [nextWord, gapHash] = hashGap(prefixEnd, h);
        auto [nextEnd, nextHash] = hashWord(nextWord, gapHash);
        Value go = extendsWalk(nextWord, nextEnd, nextHash);
        b.create<scf::YieldOp>(loc, ValueRange{nextEnd, nextHash, go});
        b.setInsertionPointToStart(&step.getElseRegion().front());
        b.create<scf::YieldOp>(loc, ValueRange{prefixEnd, h, e.i1(false)});
      }
      b.create<scf::YieldOp>(loc, step.getResults());
    });
    return {firstEnd};
  });
}

struct ScanLowering : RiskPattern<ScanOp> {
  using RiskPattern::RiskPattern;

  LogicalResult matchAndRewrite(ScanOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    const MatcherTables &m = matchers.at(op.getMatcher().str());
    Value str = a.getInput();
    Value n = e.dim(str);
    ScanTarget target{&m,          a.getMatches(),
                      totalsOnly(op.getMatches()), op.getRecord(),
                      e.i64(op.getMatcherIndex()), a.getSlot(),
                      a.getOrigins()};
    if (m.lexicon && m.wordTable) {
      wordTableScan(e, op, *m.wordTable, {{op.getMatcher().str(), target}}, str, n);
      rw.eraseOp(op);
      return success();
    }
    if (m.lexicon) {
      Value setOffsets = table(e, op, m.search.setOffsets), setIds = table(e, op, m.search.setIds);
      forwardScan(e, op, m.search, str, e.idx(0), n, e.i32(m.search.starts[0]), [&](Value set, Value end) {
        Value from = e.toIndex(e.load(setOffsets, e.toIndex(set)));
        Value to = e.toIndex(e.load(setOffsets, e.add(e.toIndex(set), e.idx(1))));
        e.forEach(from, to, [&](Value j) {
          Value term = e.b.create<arith::ExtSIOp>(e.loc, e.b.getI64Type(), e.load(setIds, j));
          lexiconHit(e, op, target, str, n, term, end);
        });
      });
      rw.eraseOp(op);
      return success();
    }
    // A pattern alone: stop at the first match end.
    Value cls = table(e, op, m.search.byteClass), next = table(e, op, m.search.fastNext),
          acceptEnd = table(e, op, m.search.acceptAtEnd);
    Value k = e.i32(m.search.classes);
    Type types[] = {rw.getIndexType(), rw.getI32Type(), rw.getI1Type()};
    Location locs[] = {op.getLoc(), op.getLoc(), op.getLoc()};
    auto loop = rw.create<scf::WhileOp>(
        op.getLoc(), TypeRange(types),
        ValueRange{e.idx(0), e.i32(int64_t(m.search.starts[0]) * m.search.classes), e.i1(false)});
    {
      OpBuilder::InsertionGuard guard(rw);
      Block *before = rw.createBlock(&loop.getBefore(), {}, types, locs);
      Value i = before->getArgument(0), state = before->getArgument(1), found = before->getArgument(2);
      Value go = e.andI(e.ult(i, n), e.notI(found));
      rw.create<scf::ConditionOp>(op.getLoc(), go, ValueRange{i, state, found});
      Block *after = rw.createBlock(&loop.getAfter(), {}, types, locs);
      i = after->getArgument(0);
      state = after->getArgument(1);
      Value b = byteAt(e, str, i);
      Value v = e.load(next, e.toIndex(rw.create<arith::AddIOp>(op.getLoc(), state, e.load(cls, b))));
      Value hit = e.cmp(arith::CmpIPredicate::slt, v, e.i32(0));
      Value nextState = rw.create<arith::AndIOp>(op.getLoc(), v, e.i32(INT32_MAX));
      rw.create<scf::YieldOp>(op.getLoc(), ValueRange{e.add(i, e.idx(1)), nextState, hit});
    }
    Value endState = e.toIndex(rw.create<arith::DivUIOp>(op.getLoc(), loop.getResult(1), k));
    Value found = e.orI(loop.getResult(2), e.ne(e.load(acceptEnd, endState), e.i32(0)));
    patternFound(e, op, target, found, str, n);
    rw.eraseOp(op);
    return success();
  }
};

/// Parts of a split scan set stepped together in one loop.
constexpr size_t kPartsPerLoop = 16;

/// `risk.scan_set`: a merged automaton per part of the set (a set too large
/// for one automaton is split into parts at table-building time); up to
/// kPartsPerLoop parts share one pass over the bytes.
struct ScanSetLowering : RiskPattern<ScanSetOp> {
  ScanSetLowering(TypeConverter &converter, MLIRContext *ctx,
                  const std::map<std::string, MatcherTables> &matchers,
                  const std::map<std::string, std::vector<FusedTables>> &fused,
                  const std::map<std::string, WordTable> &words)
      : RiskPattern(converter, ctx, matchers), fused(fused), words(words) {}
  const std::map<std::string, std::vector<FusedTables>> &fused;
  const std::map<std::string, WordTable> &words;

  LogicalResult matchAndRewrite(ScanSetOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Value str = a.getInput();
    Value n = e.dim(str);
    std::map<std::string, ScanTarget> targets;
    std::vector<ScanTarget> inOrder;
    // Patterns: whether each matched in this string (a list's elements are
    // scanned one by one into the same results buffer).
    std::map<std::string, Value> foundFlag;
    for (size_t i = 0; i < op.getMatchers().size(); ++i) {
      std::string name = cast<SymbolRefAttr>(op.getMatchers()[i]).getRootReference().str();
      ScanTarget t{&matchers.at(name), a.getMatches()[i], totalsOnly(op.getMatches()[i]),
                   cast<BoolAttr>(op.getRecord()[i]).getValue(),
                   e.i64(cast<IntegerAttr>(op.getMatcherIndices()[i]).getInt()), a.getSlot(),
                   a.getOrigins()};
      targets[name] = t;
      inOrder.push_back(t);
      if (!t.m->lexicon) {
        Value flag = rw.create<memref::AllocaOp>(op.getLoc(), MemRefType::get({}, rw.getI1Type()));
        rw.create<memref::StoreOp>(op.getLoc(), e.i1(false), flag);
        foundFlag[name] = flag;
      }
    }
    // What a part does with an accepting transition: each match id of the set
    // is (member, term) of the part; a lexicon member handles a hit, a
    // pattern member notes that it was found.
    auto partAccept = [&](const FusedTables &part, Value set, Value end) {
      Value setOffsets = table(e, op, part.search.setOffsets), setIds = table(e, op, part.search.setIds),
            member = table(e, op, part.idMember), local = table(e, op, part.idTerm);
      Value from = e.toIndex(e.load(setOffsets, e.toIndex(set)));
      Value to = e.toIndex(e.load(setOffsets, e.add(e.toIndex(set), e.idx(1))));
      e.forEach(from, to, [&](Value j) {
        Value id = e.toIndex(e.load(setIds, j));
        Value term = e.b.create<arith::ExtSIOp>(e.loc, e.b.getI64Type(), e.load(local, id));
        switchOnMember(e, e.toIndex(e.load(member, id)), part.members.size(), [&](size_t k) {
          const ScanTarget &t = targets.at(part.members[k]);
          if (t.m->lexicon)
            lexiconHit(e, op, t, str, n, term, end);
          else
            e.b.create<memref::StoreOp>(e.loc, e.i1(true), foundFlag.at(part.members[k]));
        });
      });
    };
    // Whole-word lexicons first, by their word table; then the automata.
    if (auto it = words.find(scanSetKey(op)); it != words.end())
      wordTableScan(e, op, it->second, targets, str, n);
    // Parts are scanned together, a few per loop: more would run out of
    // registers for their states and tables.
    const std::vector<FusedTables> &parts = fused.at(scanSetKey(op));
    for (size_t first = 0; first < parts.size(); first += kPartsPerLoop) {
      std::vector<const FusedTables *> group;
      std::vector<const DfaTables *> tables;
      for (size_t p = first; p < std::min(parts.size(), first + kPartsPerLoop); ++p) {
        group.push_back(&parts[p]);
        tables.push_back(&parts[p].search);
      }
      if (group.size() == 1 || !llvm::all_of(tables, [](const DfaTables *t) { return t->fast; })) {
        for (const FusedTables *part : group)
          forwardScan(e, op, part->search, str, e.idx(0), n, e.i32(part->search.starts[0]),
                      [&](Value set, Value end) { partAccept(*part, set, end); });
        continue;
      }
      forwardScanInterleaved(e, op, tables, str, n,
                             [&](size_t p, Value set, Value end) { partAccept(*group[p], set, end); });
    }
    for (const auto &[name, flag] : foundFlag)
      patternFound(e, op, targets.at(name), e.b.create<memref::LoadOp>(e.loc, flag), str, n);
    rw.eraseOp(op);
    return success();
  }
};


//--- Learned models ---------------------------------------------------------------
// The feature extraction of risk::model::forEachFeature (Model/Linear.h),
// written as loops: for each word, its unigram, its bigram with the previous
// word, and its character 3- to 5-grams over `<word>`; every feature adds its
// weight row to the label accumulators.

/// model::exp (Exp.h) of each lane of the f64 vector `x`: the same
/// operations in the same order, so that every engine computes the same bits
/// (glibc's and libdevice's `exp` differ in the last one).
Value emitExp(OpBuilder &b, Location loc, Value x) {
  using C = model::ExpConstants;
  auto type = cast<VectorType>(x.getType());
  auto intType = VectorType::get(type.getShape(), b.getI64Type());
  auto splat = [&](double v) {
    return b.create<arith::ConstantOp>(loc, DenseElementsAttr::get(type, v)).getResult();
  };
  auto splatInt = [&](int64_t v) {
    return b.create<arith::ConstantOp>(loc, DenseElementsAttr::get(intType, llvm::APInt(64, v)))
        .getResult();
  };
  auto cmp = [&](arith::CmpFPredicate p, Value a, Value c) {
    return b.create<arith::CmpFOp>(loc, p, a, c).getResult();
  };
  auto select = [&](Value c, Value t, Value f) { return b.create<arith::SelectOp>(loc, c, t, f).getResult(); };
  auto mul = [&](Value a, Value c) { return b.create<arith::MulFOp>(loc, a, c).getResult(); };
  auto add = [&](Value a, Value c) { return b.create<arith::AddFOp>(loc, a, c).getResult(); };
  auto sub = [&](Value a, Value c) { return b.create<arith::SubFOp>(loc, a, c).getResult(); };
  Value nan = cmp(arith::CmpFPredicate::UNO, x, x);
  Value low = cmp(arith::CmpFPredicate::OLT, x, splat(C::kLow));
  Value high = cmp(arith::CmpFPredicate::OGT, x, splat(C::kHigh));
  Value xc = select(nan, splat(0.0), select(low, splat(C::kLow), select(high, splat(C::kHigh), x)));
  Value v = add(mul(xc, splat(C::kLog2e)), splat(0.5));
  Value truncated = b.create<arith::FPToSIOp>(loc, intType, v);
  Value above = cmp(arith::CmpFPredicate::OGT, b.create<arith::SIToFPOp>(loc, type, truncated), v);
  Value ki = b.create<arith::SubIOp>(loc, truncated, b.create<arith::ExtUIOp>(loc, intType, above));
  Value k = b.create<arith::SIToFPOp>(loc, type, ki);
  Value r = sub(sub(xc, mul(k, splat(C::kLn2Hi))), mul(k, splat(C::kLn2Lo)));
  Value p = splat(C::kCoefficients[C::kDegree]);
  for (int i = C::kDegree - 1; i >= 0; --i)
    p = add(mul(p, r), splat(C::kCoefficients[i]));
  Value bits = b.create<arith::ShLIOp>(
      loc, b.create<arith::AddIOp>(loc, ki, splatInt(1023)),
      splatInt(52));
  Value result = mul(p, b.create<arith::BitcastOp>(loc, type, bits));
  return select(nan, x, select(low, splat(0.0),
                               select(high, splat(std::numeric_limits<double>::infinity()), result)));
}

/// The word [start, end) of `str` adds its vocabulary row when the model's
/// vocabulary has it (ModelTables: probe from the home slot of `wordHash`
/// until an empty slot or the word's bytes, lower-cased), else its features
/// one by one (`ownFeatures`). The two give the same exact sum.
template <typename LowerByte, typename AddRow, typename OwnFeatures>
static Value addVocabularyOrFeatures(Emit &e, Operation *op, const ModelTables &t, Value str,
                                     Value start, Value end,
                                     Value wordHash, Value acc, LowerByte lowerByte, AddRow addRow,
                                     OwnFeatures ownFeatures) {
  OpBuilder &b = e.b;
  Location loc = e.loc;
  Value keys = table(e, op, t.vocabKeys), meta = table(e, op, t.vocabMeta),
        rows = table(e, op, t.vocabRows);
  Value len = e.sub(end, start);
  Value mask = e.idx(t.slots - 1);
  Value home = e.toIndex(b.create<arith::ShRUIOp>(loc, wordHash, e.i64(32)));
  auto slotAt = [&](Value p) { return b.create<arith::AndIOp>(loc, e.add(home, p), mask).getResult(); };
  // A word longer than any vocabulary word probes no slot.
  Value probes = e.select(e.cmp(arith::CmpIPredicate::ule, len, e.idx(model::kVocabularyWordMax)),
                          e.idx(t.maxProbes), e.idx(0));
  Value len32 = b.create<arith::IndexCastUIOp>(loc, b.getI32Type(), len);
  Value p = e.findFirst(e.idx(0), probes, [&](Value p) {
    Value s = slotAt(p);
    Value m = e.load(meta, s);
    Value sameLength = e.eq(b.create<arith::AndIOp>(loc, m, e.i32(31)), len32);
    auto same = b.create<scf::IfOp>(loc, TypeRange{b.getI1Type()}, sameLength, true);
    {
      OpBuilder::InsertionGuard g(b);
      b.setInsertionPointToStart(&same.getThenRegion().front());
      Value base = e.mul(s, e.idx(model::kVocabularyWordMax));
      Value equal = e.forAcc(e.idx(0), len, e.i1(true), [&](Value k, Value eq) {
        Value key = b.create<arith::ExtUIOp>(loc, b.getI64Type(), e.load(keys, e.add(base, k)));
        return e.andI(eq, e.eq(key, lowerByte(e.byte(str, e.add(start, k)))));
      });
      b.create<scf::YieldOp>(loc, equal);
      b.setInsertionPointToStart(&same.getElseRegion().front());
      b.create<scf::YieldOp>(loc, e.i1(false));
    }
    return e.orI(e.eq(m, e.i32(0)), same.getResult(0));
  });
  // Stopped inside the probes at a full slot: the word's slot.
  Value m = e.load(meta, slotAt(e.select(e.ult(p, probes), p, e.idx(0))));
  Value found = e.andI(e.ult(p, probes), e.ne(m, e.i32(0)));
  auto branch = b.create<scf::IfOp>(loc, TypeRange{acc.getType()}, found, true);
  OpBuilder::InsertionGuard g(b);
  b.setInsertionPointToStart(&branch.getThenRegion().front());
  Value row = e.toIndex(b.create<arith::ShRUIOp>(loc, m, e.i32(5)));
  b.create<scf::YieldOp>(loc, addRow(acc, rows, row));
  b.setInsertionPointToStart(&branch.getElseRegion().front());
  b.create<scf::YieldOp>(loc, ownFeatures(acc));
  return branch.getResult(0);
}

struct ModelEvalLowering : OpConversionPattern<ModelEvalOp> {
  ModelEvalLowering(TypeConverter &converter, MLIRContext *ctx,
                    const std::map<std::string, ModelTables> &models)
      : OpConversionPattern(converter, ctx), models(models) {}
  const std::map<std::string, ModelTables> &models;

  LogicalResult matchAndRewrite(ModelEvalOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    Location loc = op.getLoc();
    const ModelTables &t = models.at(op.getModel().str());
    Value str = a.getInput();
    Value n = e.dim(str);
    // The accumulators are one vector of labels, carried through the loops as
    // an SSA value: a feature adds its whole row of fixed-point weights in one
    // vector add. The sums are exact integers (model::fixedWeight), so their
    // order is free: a vocabulary word adds its precomputed row instead of its
    // features one by one, and the result has the same bits.
    auto accType = VectorType::get({t.lanes}, rw.getI64Type());
    auto rowType = VectorType::get({t.lanes}, rw.getI32Type());
    Value weights = table(e, op, t.weights), biases = table(e, op, t.biases);
    Value words = table(e, op, globalNamed(op, "risk_word"));
    Value init = rw.create<arith::ConstantOp>(loc, DenseElementsAttr::get(accType, int64_t(0)));
    Type i64 = rw.getI64Type();
    auto c64 = [&](uint64_t v) { return rw.create<arith::ConstantIntOp>(loc, int64_t(v), 64).getResult(); };
    Value prime = c64(model::kFnvPrime);
    auto lowerByte = [&](Value b8) { // i8 -> i64, ASCII lowered
      Value b = rw.create<arith::ExtUIOp>(loc, i64, b8);
      Value upper = e.andI(e.cmp(arith::CmpIPredicate::uge, b, c64('A')),
                           e.cmp(arith::CmpIPredicate::ule, b, c64('Z')));
      return e.select(upper, e.add(b, c64(32)), b);
    };
    auto mix = [&](Value h, Value c) {
      return rw.create<arith::MulIOp>(loc, rw.create<arith::XOrIOp>(loc, h, c), prime).getResult();
    };
    auto hashRange = [&](Value h, Value from, Value to) {
      return e.forAcc(from, to, h, [&](Value i, Value acc) { return mix(acc, lowerByte(e.byte(str, i))); });
    };
    auto addRow = [&](Value acc, Value rows, Value row) {
      Value v = rw.create<vector::LoadOp>(loc, rowType, rows, ValueRange{e.mul(row, e.idx(t.lanes))});
      return rw.create<arith::AddIOp>(loc, acc, rw.create<arith::ExtSIOp>(loc, accType, v)).getResult();
    };
    auto addFeature = [&](Value acc, Value h) {
      return addRow(acc, weights, e.toIndex(rw.create<arith::AndIOp>(loc, h, c64(uint64_t(t.buckets - 1)))));
    };
    auto isWord = [&](Value i) {
      Value b = e.toIndex(rw.create<arith::ExtUIOp>(loc, rw.getI32Type(), e.byte(str, i)));
      return e.ne(e.load(words, b), e.i32(0));
    };
    // (position, previous word start, previous word end, have a previous word, accumulators)
    Type index = rw.getIndexType();
    Type types[] = {index, index, index, rw.getI1Type(), accType};
    Location locs[] = {loc, loc, loc, loc, loc};
    auto loop = rw.create<scf::WhileOp>(loc, TypeRange(types),
                                        ValueRange{e.idx(0), e.idx(0), e.idx(0), e.i1(false), init});
    {
      OpBuilder::InsertionGuard guard(rw);
      Block *before = rw.createBlock(&loop.getBefore(), {}, types, locs);
      rw.create<scf::ConditionOp>(loc, e.ult(before->getArgument(0), n), before->getArguments());
      Block *after = rw.createBlock(&loop.getAfter(), {}, types, locs);
      Value i = after->getArgument(0), prevStart = after->getArgument(1),
            prevEnd = after->getArgument(2), havePrev = after->getArgument(3),
            acc = after->getArgument(4);
      auto branch = rw.create<scf::IfOp>(loc, TypeRange(types), isWord(i), true);
      {
        OpBuilder::InsertionGuard inner(rw);
        rw.setInsertionPointToStart(&branch.getThenRegion().front());
        Value start = i;
        Value end = e.findFirst(start, n, [&](Value j) { return e.notI(isWord(j)); });
        Value wordHash = hashRange(c64(model::kFnvOffset ^ model::WordFeature), start, end);
        // The word's own features: its unigram and its character n-grams over
        // `<` word `>` (for each start p, the 3-, 4- and 5-gram, one hash
        // extended byte by byte).
        auto ownFeatures = [&](Value sum) {
          if (t.features & model::WordMask)
            sum = addFeature(sum, wordHash);
          if (!(t.features & model::CharMask))
            return sum;
          Value padded = e.add(e.sub(end, start), e.idx(2));
          Value last = e.sub(padded, e.idx(1));
          Value starts = e.sub(padded, e.idx(2)); // padded >= 3 always: a word has a byte
          auto padChar = [&](Value q) {
            // The byte at q - 1 of the word, clamped into the word (the clamped
            // read is used only when q is inside the word).
            Value at = e.add(start, e.sub(e.select(e.eq(q, e.idx(0)), e.idx(1), q), e.idx(1)));
            at = e.select(e.ult(at, end), at, e.sub(end, e.idx(1)));
            return e.select(e.eq(q, e.idx(0)), c64('<'),
                            e.select(e.eq(q, last), c64('>'), lowerByte(e.byte(str, at))));
          };
          return e.forAcc(e.idx(0), starts, sum, [&](Value p, Value running) {
            Value h = c64(model::kFnvOffset ^ model::CharFeature);
            h = mix(h, padChar(p));
            h = mix(h, padChar(e.add(p, e.idx(1))));
            h = mix(h, padChar(e.add(p, e.idx(2))));
            running = addFeature(running, h);
            for (int64_t k = 3; k < 5; ++k) {
              Value q = e.add(p, e.idx(k));
              auto more = rw.create<scf::IfOp>(loc, TypeRange{i64, accType}, e.ult(q, padded), true);
              OpBuilder::InsertionGuard g(rw);
              rw.setInsertionPointToStart(&more.getThenRegion().front());
              Value next = mix(h, padChar(q));
              rw.create<scf::YieldOp>(loc, ValueRange{next, addFeature(running, next)});
              rw.setInsertionPointToStart(&more.getElseRegion().front());
              rw.create<scf::YieldOp>(loc, ValueRange{h, running});
              rw.setInsertionPointAfter(more);
              h = more.getResult(0);
              running = more.getResult(1);
            }
            return running;
          });
        };
        Value sum = t.slots ? addVocabularyOrFeatures(e, op, t, str, start, end, wordHash, acc, lowerByte,
                                                      addRow, ownFeatures)
                            : ownFeatures(acc);
        Value wantBigram = t.features & model::BigramMask ? havePrev : e.i1(false);
        auto bigram = rw.create<scf::IfOp>(loc, TypeRange{accType}, wantBigram, true);
        {
          OpBuilder::InsertionGuard g(rw);
          rw.setInsertionPointToStart(&bigram.getThenRegion().front());
          Value h = hashRange(c64(model::kFnvOffset ^ model::BigramFeature), prevStart, prevEnd);
          h = mix(h, c64(' '));
          rw.create<scf::YieldOp>(loc, addFeature(sum, hashRange(h, start, end)));
          rw.setInsertionPointToStart(&bigram.getElseRegion().front());
          rw.create<scf::YieldOp>(loc, sum);
        }
        sum = bigram.getResult(0);
        rw.create<scf::YieldOp>(loc, ValueRange{end, start, end, e.i1(true), sum});
        rw.setInsertionPointToStart(&branch.getElseRegion().front());
        rw.create<scf::YieldOp>(loc, ValueRange{e.add(i, e.idx(1)), prevStart, prevEnd, havePrev, acc});
      }
      rw.create<scf::YieldOp>(loc, branch.getResults());
    }
    // Calibrated probabilities, 1 / (1 + exp(-z)) with z = bias + sum * 2^-20
    // (model::fixedScore), stored for the label reads.
    auto scoreType = VectorType::get({t.lanes}, rw.getF64Type());
    Value sums = rw.create<arith::SIToFPOp>(loc, scoreType, loop.getResult(4));
    Value unit = rw.create<arith::ConstantOp>(
        loc, DenseElementsAttr::get(scoreType, 1.0 / double(1 << model::kWeightFractionBits)));
    Value z = rw.create<arith::AddFOp>(loc, rw.create<vector::LoadOp>(loc, scoreType, biases, ValueRange{e.idx(0)}),
                                       rw.create<arith::MulFOp>(loc, sums, unit));
    Value one = rw.create<arith::ConstantOp>(loc, DenseElementsAttr::get(scoreType, 1.0));
    Value ez = emitExp(rw, loc, rw.create<arith::NegFOp>(loc, z));
    Value prob = rw.create<arith::DivFOp>(loc, one, rw.create<arith::AddFOp>(loc, one, ez));
    Value out = rw.create<memref::AllocaOp>(loc, scoresType(rw.getContext()), ValueRange{e.idx(t.lanes)});
    rw.create<vector::StoreOp>(loc, prob, out, ValueRange{e.idx(0)});
    rw.replaceOp(op, out);
    return success();
  }
};

struct ModelLabelLowering : OpConversionPattern<ModelLabelOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(ModelLabelOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    rw.replaceOp(op, e.load(a.getScores(), e.idx(op.getLabel())));
    return success();
  }
};

template <typename Op> struct MatchesQueryLowering : RiskPattern<Op> {
  using RiskPattern<Op>::RiskPattern;
  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    const MatcherTables &m = this->matchers.at(op.getMatcher().str());
    Value counts = a.getMatches();
    // The number of counts is known here (risk.matches.new allocated them):
    // a constant bound lets a one-term query become a single load.
    Value n = e.idx(m.lexicon && !totalsOnly(op.getMatches()) ? m.terms : 1);
    Value result;
    if constexpr (std::is_same_v<Op, MatchesAnyOp>) {
      Value total = e.forAcc(e.idx(0), n, e.i64(0), [&](Value i, Value acc) { return e.add(acc, e.load(counts, i)); });
      result = e.ne(total, e.i64(0));
    } else if constexpr (std::is_same_v<Op, MatchesCountOp>) {
      Value total = e.forAcc(e.idx(0), n, e.i64(0), [&](Value i, Value acc) { return e.add(acc, e.load(counts, i)); });
      result = rw.create<arith::UIToFPOp>(op.getLoc(), rw.getF64Type(), total);
    } else if constexpr (std::is_same_v<Op, MatchesDistinctOp>) {
      Value total = e.forAcc(e.idx(0), n, e.i64(0), [&](Value i, Value acc) {
        return e.select(e.ne(e.load(counts, i), e.i64(0)), e.add(acc, e.i64(1)), acc);
      });
      result = rw.create<arith::UIToFPOp>(op.getLoc(), rw.getF64Type(), total);
    } else {
      // weight: sum of count * weight (as doubles, in term order).
      Value weights = m.lexicon ? table(e, op, m.weights) : Value();
      result = e.forAcc(e.idx(0), n, e.f64(0), [&](Value i, Value acc) {
        Value w = weights ? e.load(weights, i) : e.f64(1);
        // Add the weight `count` times, as the reference does, so the sums agree
        // to the last bit.
        Value sum = e.forAcc(e.idx(0), e.toIndex(e.load(counts, i)), acc, [&](Value, Value s) {
          return rw.create<arith::AddFOp>(op.getLoc(), s, w).getResult();
        });
        return sum;
      });
    }
    rw.replaceOp(op, result);
    return success();
  }
};

struct MatchesHasLowering : RiskPattern<MatchesHasOp> {
  using RiskPattern::RiskPattern;
  LogicalResult matchAndRewrite(MatchesHasOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Emit e{rw, op.getLoc()};
    rw.replaceOp(op, e.ne(e.load(a.getMatches(), e.idx(op.getTerm())), e.i64(0)));
    return success();
  }
};

struct ConvertRiskToStandardPass
    : public risk::impl::ConvertRiskToStandardBase<ConvertRiskToStandardPass> {
  using ConvertRiskToStandardBase::ConvertRiskToStandardBase;
  void runOnOperation() override {
    ModuleOp module = getOperation();
    std::map<std::string, MatcherTables> matchers;
    std::map<std::string, std::vector<FusedTables>> fused;
    std::map<std::string, WordTable> words;
    if (failed(buildMatchers(module, matchers, fused, words, maxStates, maxFusedStates, wordTables)))
      return signalPassFailure();
    std::map<std::string, ModelTables> models;
    if (failed(buildModels(module, models, modelTableAlignment)))
      return signalPassFailure();
    // How many skeletons an evaluation may compute (each takes scratch
    // memory): a target that sizes scratch memory ahead (the GPU) reads it.
    int64_t normalizers = 0;
    module.walk([&](Operation *op) { normalizers += isa<NormalizeOp, CollapseRepeatsOp, UnmaskOp>(op); });
    module->setAttr("risk.normalizers", IntegerAttr::get(IntegerType::get(module.getContext(), 64),
                                                         normalizers));
    for (PolicyOp policy : llvm::to_vector(module.getOps<PolicyOp>()))
      if (failed(lowerPolicy(policy, rulesPerFunction, spanCapacity)))
        return signalPassFailure();
    // After the rules moved into their functions: a count passed to a rule
    // chunk is read there through an argument, so it keeps one per term.
    markTotalsOnly(module);
    addPolicyWordTables(module);
    for (Operation &op : llvm::make_early_inc_range(module.getOps()))
      if (isa<LexiconOp, PatternOp, ModelOp>(op))
        op.erase();
    if (llvm::any_of(module.getOps<func::FuncOp>(),
                     [](func::FuncOp f) { return f->hasAttr("risk.rule_chunk"); }))
      addStringPredicates(module);

    MLIRContext *ctx = &getContext();
    TypeConverter converter;
    converter.addConversion([](Type t) { return t; });
    converter.addConversion([ctx](StrType) -> Type { return strType(ctx); });
    converter.addConversion([ctx](MatchesType) -> Type { return countsType(ctx); });
    converter.addConversion([ctx](ScoresType) -> Type { return scoresType(ctx); });
    converter.addConversion([ctx](OriginsType) -> Type {
      return MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 32));
    });
    auto materialize = [](OpBuilder &b, Type type, ValueRange inputs, Location loc) -> Value {
      return b.create<UnrealizedConversionCastOp>(loc, type, inputs).getResult(0);
    };
    converter.addSourceMaterialization(materialize);
    converter.addTargetMaterialization(materialize);

    ConversionTarget target(*ctx);
    target.addLegalDialect<arith::ArithDialect, scf::SCFDialect, memref::MemRefDialect,
                           vector::VectorDialect,
                           func::FuncDialect, math::MathDialect>();
    target.addIllegalDialect<RiskDialect>();
    target.addLegalOp<UnrealizedConversionCastOp>();

    RewritePatternSet patterns(ctx);
    patterns.add<SlotKindLowering, SlotStringLowering, SlotNumberLowering,
                 SlotListLowering<SlotFirstOp, 1>, SlotListLowering<SlotCountOp, 2>,
                 StrConstantLowering, StrPredicateLowering<StrEqOp, StrPredicate::Eq>,
                 StrPredicateLowering<StrStartsWithOp, StrPredicate::StartsWith>,
                 StrPredicateLowering<StrEndsWithOp, StrPredicate::EndsWith>,
                 StrPredicateLowering<StrContainsOp, StrPredicate::Contains>, StrLowerLowering,
                 StrLengthLowering, CategoryInLowering, FailLowering, ScoreLowering,
                 MatchesNewLowering, ScanLowering, MatchesQueryLowering<MatchesAnyOp>,
                 MatchesQueryLowering<MatchesCountOp>, MatchesQueryLowering<MatchesWeightOp>,
                 MatchesQueryLowering<MatchesDistinctOp>, MatchesHasLowering>(converter, ctx,
                                                                               matchers);
    patterns.add<ScanSetLowering>(converter, ctx, matchers, fused, words);
    patterns.add<ModelEvalLowering>(converter, ctx, models);
    patterns.add<ModelLabelLowering>(converter, ctx);
    populateNormalizeLowering(module, converter, patterns);
    scf::populateSCFStructuralTypeConversionsAndLegality(converter, patterns, target);
    // The chunks of a large policy receive signals (strings, match counts)
    // as arguments.
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(patterns, converter);
    populateCallOpTypeConversionPattern(patterns, converter);
    target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
      return converter.isSignatureLegal(op.getFunctionType());
    });
    target.addDynamicallyLegalOp<func::CallOp>([&](func::CallOp op) { return converter.isLegal(op); });
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> risk::createConvertRiskToStandardPass() {
  return std::make_unique<ConvertRiskToStandardPass>();
}

std::unique_ptr<Pass>
risk::createConvertRiskToStandardPass(const ConvertRiskToStandardOptions &options) {
  return std::make_unique<ConvertRiskToStandardPass>(options);
}
