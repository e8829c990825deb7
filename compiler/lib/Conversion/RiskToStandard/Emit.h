//===- Emit.h - What the lowerings of the risk dialect share ----*- C++ -*-===//
//
// The evaluator's arguments and types, and small wrappers over the builder
// that keep the lowerings (RiskToStandard.cpp, NormalizeLowering.cpp)
// readable.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_CONVERSION_RISKTOSTANDARD_EMIT_H
#define RISK_CONVERSION_RISKTOSTANDARD_EMIT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"

#include <algorithm>
#include <string>
#include <vector>

namespace risk::lowering {

using namespace mlir;

/// The evaluator's arguments (riskrt::EvalFn): the input's bytes, its slot
/// table, the number cells, the decision buffer, and scratch memory the
/// runtime provides (riskrt::scratchBytes) for what a scan needs per byte.
enum Arg { ArenaArg = 0, SlotsArg = 1, NumbersArg = 2, OutArg = 3, ScratchArg = 4 };

inline MemRefType strType(MLIRContext *ctx) {
  return MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 8),
                         StridedLayoutAttr::get(ctx, ShapedType::kDynamic, {1}));
}
inline MemRefType countsType(MLIRContext *ctx) {
  return MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 64));
}
inline MemRefType scoresType(MLIRContext *ctx) {
  return MemRefType::get({ShapedType::kDynamic}, Float64Type::get(ctx));
}

//===----------------------------------------------------------------------===//
// Emission helpers
//===----------------------------------------------------------------------===//

/// Small wrappers that keep the lowering readable.
struct Emit {
  OpBuilder &b;
  Location loc;

  Value idx(int64_t v) { return b.create<arith::ConstantIndexOp>(loc, v); }
  Value i64(int64_t v) { return b.create<arith::ConstantIntOp>(loc, v, 64); }
  Value i32(int64_t v) { return b.create<arith::ConstantIntOp>(loc, v, 32); }
  Value i1(bool v) { return b.create<arith::ConstantIntOp>(loc, v, 1); }
  Value f64(double v) {
    return b.create<arith::ConstantFloatOp>(loc, APFloat(v), b.getF64Type());
  }
  Value load(Value memref, Value i) { return b.create<memref::LoadOp>(loc, memref, ValueRange{i}); }
  void store(Value v, Value memref, Value i) {
    b.create<memref::StoreOp>(loc, v, memref, ValueRange{i});
  }
  Value add(Value a, Value c) { return b.create<arith::AddIOp>(loc, a, c); }
  Value sub(Value a, Value c) { return b.create<arith::SubIOp>(loc, a, c); }
  Value mul(Value a, Value c) { return b.create<arith::MulIOp>(loc, a, c); }
  Value cmp(arith::CmpIPredicate p, Value a, Value c) { return b.create<arith::CmpIOp>(loc, p, a, c); }
  Value eq(Value a, Value c) { return cmp(arith::CmpIPredicate::eq, a, c); }
  Value ne(Value a, Value c) { return cmp(arith::CmpIPredicate::ne, a, c); }
  Value ult(Value a, Value c) { return cmp(arith::CmpIPredicate::ult, a, c); }
  Value andI(Value a, Value c) { return b.create<arith::AndIOp>(loc, a, c); }
  Value orI(Value a, Value c) { return b.create<arith::OrIOp>(loc, a, c); }
  Value notI(Value a) { return b.create<arith::XOrIOp>(loc, a, i1(true)); }
  Value select(Value c, Value t, Value f) { return b.create<arith::SelectOp>(loc, c, t, f); }
  Value toIndex(Value v) {
    if (v.getType().isIndex())
      return v;
    if (v.getType().getIntOrFloatBitWidth() < 64)
      v = b.create<arith::ExtUIOp>(loc, b.getI64Type(), v);
    return b.create<arith::IndexCastUIOp>(loc, b.getIndexType(), v);
  }
  Value toI64(Value v) {
    if (v.getType().isIndex())
      return b.create<arith::IndexCastOp>(loc, b.getI64Type(), v);
    if (v.getType().getIntOrFloatBitWidth() < 64)
      return b.create<arith::ExtUIOp>(loc, b.getI64Type(), v);
    return v;
  }
  Value dim(Value memref) { return b.create<memref::DimOp>(loc, memref, 0); }

  void ifThen(Value cond, llvm::function_ref<void()> then) {
    auto op = b.create<scf::IfOp>(loc, cond, false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&op.getThenRegion().front());
    then();
  }
  /// scf.for with one iter arg; `body(iv, acc)` returns the next acc.
  Value forAcc(Value lb, Value ub, Value init,
               llvm::function_ref<Value(Value, Value)> body) {
    auto op = b.create<scf::ForOp>(loc, lb, ub, idx(1), ValueRange{init});
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(op.getBody());
    Value next = body(op.getInductionVar(), op.getRegionIterArgs()[0]);
    b.create<scf::YieldOp>(loc, next);
    return op.getResult(0);
  }
  void forEach(Value lb, Value ub, llvm::function_ref<void(Value)> body) {
    auto op = b.create<scf::ForOp>(loc, lb, ub, idx(1));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(op.getBody());
    body(op.getInductionVar());
  }
  /// A loop over `i` from `lb` while `i < ub` and `keepGoing(i)` holds; returns
  /// the first `i` for which it did not hold (or `ub`).
  Value findFirst(Value lb, Value ub, llvm::function_ref<Value(Value)> stop) {
    auto op = b.create<scf::WhileOp>(loc, TypeRange{b.getIndexType()}, ValueRange{lb});
    {
      OpBuilder::InsertionGuard guard(b);
      Block *before = b.createBlock(&op.getBefore(), {}, {b.getIndexType()}, {loc});
      Value i = before->getArgument(0);
      // `stop` is evaluated only in range (`i < ub && !stop(i)`).
      Value go = b.create<scf::IfOp>(
                      loc, ult(i, ub),
                      [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, notI(stop(i))); },
                      [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, i1(false)); })
                     .getResult(0);
      b.create<scf::ConditionOp>(loc, go, ValueRange{i});
      Block *after = b.createBlock(&op.getAfter(), {}, {b.getIndexType()}, {loc});
      b.create<scf::YieldOp>(loc, add(after->getArgument(0), idx(1)));
    }
    return op.getResult(0);
  }
  /// A loop `while (args[0] < bound)`: `body(args)` emits one step and
  /// returns the next args (the builder left at the end of the body); returns
  /// the args at the end.
  ValueRange whileBelow(ValueRange init, Value bound,
                        llvm::function_ref<llvm::SmallVector<Value>(ValueRange)> body) {
    llvm::SmallVector<Type> types(init.getTypes());
    llvm::SmallVector<Location> locs(init.size(), loc);
    auto op = b.create<scf::WhileOp>(loc, TypeRange(types), init);
    OpBuilder::InsertionGuard guard(b);
    Block *before = b.createBlock(&op.getBefore(), {}, types, locs);
    b.create<scf::ConditionOp>(loc, ult(before->getArgument(0), bound), before->getArguments());
    Block *after = b.createBlock(&op.getAfter(), {}, types, locs);
    llvm::SmallVector<Value> next = body(after->getArguments());
    b.create<scf::YieldOp>(loc, next);
    return op.getResults();
  }
  Value byte(Value str, Value i) { return load(str, i); }
};

inline func::FuncOp enclosingFunc(Operation *op) { return op->getParentOfType<func::FuncOp>(); }
inline Value arg(Operation *op, Arg which) { return enclosingFunc(op).getArgument(which); }
inline int64_t funcAttr(Operation *op, StringRef name) {
  return cast<IntegerAttr>(enclosingFunc(op)->getAttr(name)).getInt();
}

/// A constant table (a `memref.global` of the module) by name.
inline Value table(Emit &e, Operation *op, const std::string &name) {
  ModuleOp module = op->getParentOfType<ModuleOp>();
  auto global = module.lookupSymbol<memref::GlobalOp>(name);
  return e.b.create<memref::GetGlobalOp>(e.loc, global.getType(), name);
}

/// The first global whose name starts with `prefix` (the shared byte tables).
inline std::string globalNamed(Operation *op, StringRef prefix) {
  ModuleOp module = op->getParentOfType<ModuleOp>();
  for (auto g : module.getOps<memref::GlobalOp>())
    if (g.getSymName().starts_with(prefix))
      return g.getSymName().str();
  return "";
}

/// Whether skeleton positions `at - 1` and `at` are both letters that were
/// written apart and joined (SkeletonOrigin's bit 2): a word may start or end
/// between them.
inline Value betweenJoinedLetters(Emit &e, Value origins, Value at) {
  Value both = e.b.create<arith::AndIOp>(e.loc, e.load(origins, e.sub(at, e.idx(1))),
                                         e.load(origins, at));
  return e.ne(e.b.create<arith::AndIOp>(e.loc, both, e.i32(4)), e.i32(0));
}

/// A byte of `str` as an index into a 256-entry table.
inline Value byteAt(Emit &e, Value str, Value i) {
  return e.toIndex(e.b.create<arith::ExtUIOp>(e.loc, e.b.getI32Type(), e.byte(str, i)));
}

/// Adds a constant table `name` to the module (at its start): a
/// `memref.global` of `element` (f32, f64, i8, i32 or i64) holding `values`
/// (one zero when empty), aligned to `alignment` bytes when not 0.
template <typename T>
void addConstantTable(ModuleOp module, OpBuilder &builder, const std::string &name, Type element,
                      llvm::ArrayRef<T> values, int64_t alignment = 0) {
  size_t n = std::max<size_t>(values.size(), 1);
  auto type = MemRefType::get({int64_t(n)}, element);
  auto tensorType = RankedTensorType::get({int64_t(n)}, element);
  auto dense = [&](auto zero) {
    std::vector<decltype(zero)> v(values.begin(), values.end());
    v.resize(n, zero);
    return DenseElementsAttr::get(tensorType, llvm::ArrayRef<decltype(zero)>(v));
  };
  DenseElementsAttr data;
  if (auto f = dyn_cast<FloatType>(element); f && f.getWidth() == 32)
    data = dense(float(0));
  else if (isa<FloatType>(element))
    data = dense(double(0));
  else if (element.getIntOrFloatBitWidth() == 8)
    data = dense(int8_t(0));
  else if (element.getIntOrFloatBitWidth() == 32)
    data = dense(int32_t(0));
  else
    data = dense(int64_t(0));
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  builder.create<memref::GlobalOp>(module.getLoc(), name, builder.getStringAttr("private"), type,
                                   data, /*constant=*/true,
                                   alignment ? builder.getI64IntegerAttr(alignment) : IntegerAttr());
}

//===----------------------------------------------------------------------===//
// Scratch memory
//===----------------------------------------------------------------------===//
//
// The runtime gives the evaluator scratch memory (ScratchArg). Its first
// bytes, one per byte of the input's strings and one more, are where a scan
// that records every match marks where matches start. The rest is handed out
// by a cursor (an `index` local of the evaluator, marked `risk.scratch`) to
// the skeletons of `risk.normalize`, in 8-byte aligned pieces. When a piece
// does not fit, the evaluator fails with EvalNeedScratch and the runtime runs
// it again with more (riskrt::invoke).

/// Creates the cursor at the start of the evaluator: the first 8-byte
/// boundary after the marks. Returns the cell.
Value createScratchCursor(Emit &e, Value arena);
/// The cursor of the evaluator `op` is in (a chunk of rules receives its
/// evaluator's cursor as the argument named by its `risk.scratch_arg`).
Value scratchCursor(Operation *op);

} // namespace risk::lowering

#endif // RISK_CONVERSION_RISKTOSTANDARD_EMIT_H
