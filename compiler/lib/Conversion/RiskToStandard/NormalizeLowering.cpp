//===- NormalizeLowering.cpp - Lowering risk.normalize ---------------------===//
//
// The skeleton of a string (docs/design/normalisation.md) is computed by one
// generated loop over its bytes: an ASCII byte is looked up in a 128-entry
// table; any other character is decoded and looked up in a two-level table
// (its block of 128 code points, then its entry), which says "copy it" or
// where its skeleton is in a byte pool. Each skeleton byte gets the origin of
// its character (offset << 3 | length). Both go into scratch memory, taken
// from the evaluator's scratch cursor (Emit.h).
//
//===----------------------------------------------------------------------===//
#include "NormalizeLowering.h"

#include "Emit.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "risk/Automata/Regex.h"
#include "risk/Automata/Skeleton.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "riskcard/runtime.hpp"

using namespace mlir;
using namespace risk;
using namespace risk::lowering;

//===----------------------------------------------------------------------===//
// The scratch cursor
//===----------------------------------------------------------------------===//

Value risk::lowering::createScratchCursor(Emit &e, Value arena) {
  auto cell = e.b.create<memref::AllocaOp>(e.loc, MemRefType::get({}, e.b.getIndexType()));
  cell->setAttr("risk.scratch", e.b.getUnitAttr());
  // The marks take a byte per byte of the input's strings and one more.
  Value afterMarks = e.add(e.dim(arena), e.idx(8));
  Value aligned = e.b.create<arith::AndIOp>(e.loc, e.add(afterMarks, e.idx(7)), e.idx(~int64_t(7)));
  e.b.create<memref::StoreOp>(e.loc, aligned, cell);
  return cell;
}

Value risk::lowering::scratchCursor(Operation *op) {
  func::FuncOp func = enclosingFunc(op);
  if (auto arg = func->getAttrOfType<IntegerAttr>("risk.scratch_arg")) // a chunk of rules
    return func.getArgument(unsigned(arg.getInt()));
  for (Operation &o : func.getBody().front())
    if (o.hasAttr("risk.scratch"))
      return o.getResult(0);
  return Value();
}

namespace {

/// The global names of one spec's tables.
struct NormalizerTables {
  std::string ascii, blocks, entries, pool;
  std::string wordBytes; ///< per byte: whether it is part of a word (isSkeletonWordByte)
  std::string joinClass; ///< per byte: 1 an ASCII letter of the skeleton, 2 a lexicon word byte
  std::string segmentWords; ///< with `separators`: segmentWords(spec)'s slots
  unsigned segmentSlotBits = 0;
  int64_t poolSize = 1;
  bool join = false; ///< `separators`: join letters written apart
};

/// The spec of a `risk.normalize` or `risk.unmask`: its normalisations and case folding.
template <typename Op> SkeletonSpec specOf(Op op) {
  std::vector<std::string> names;
  for (Attribute n : op.getNormalize())
    names.push_back(cast<StringAttr>(n).getValue().str());
  return SkeletonSpec{normalizationMask(names), op.getFoldCase()};
}

/// The tables of `spec`, added to the module on first use.
NormalizerTables tablesFor(ModuleOp module, const SkeletonSpec &spec) {
  NormalizerTables t;
  std::string base = spec.name();
  t.ascii = base + "_ascii";
  t.blocks = base + "_blocks";
  t.entries = base + "_entries";
  t.pool = base + "_pool";
  t.wordBytes = base + "_word";
  t.joinClass = base + "_joinclass";
  t.join = spec.normalize & NormSeparators;
  t.segmentWords = base + "_segwords";
  // The policy's split words (addPolicyWordTables), or the dictionary alone.
  auto policyWords = module.lookupSymbol<memref::GlobalOp>(t.segmentWords);
  if (t.join)
    t.segmentSlotBits = policyWords ? llvm::Log2_64(uint64_t(policyWords.getType().getNumElements()))
                                    : segmentWords(spec).slotBits;
  const SkeletonTables &data = skeletonTables(spec);
  t.poolSize = std::max<int64_t>(1, int64_t(data.pool.size()));
  if (module.lookupSymbol(t.ascii))
    return t;
  OpBuilder b(module.getContext());
  Type i8 = b.getI8Type(), i32 = b.getI32Type();
  std::vector<int32_t> ascii(data.ascii.begin(), data.ascii.end());
  std::vector<int32_t> blocks(data.blocks.begin(), data.blocks.end());
  std::vector<int32_t> entries(data.entries.begin(), data.entries.end());
  std::vector<int8_t> pool(data.pool.begin(), data.pool.end());
  addConstantTable(module, b, t.ascii, i32, llvm::ArrayRef<int32_t>(ascii));
  addConstantTable(module, b, t.blocks, i32, llvm::ArrayRef<int32_t>(blocks));
  addConstantTable(module, b, t.entries, i32, llvm::ArrayRef<int32_t>(entries));
  addConstantTable(module, b, t.pool, i8, llvm::ArrayRef<int8_t>(pool));
  std::vector<int32_t> wordBytes(256);
  for (int c = 0; c < 256; ++c)
    wordBytes[c] = isSkeletonWordByte(uint8_t(c), spec);
  addConstantTable(module, b, t.wordBytes, i32, llvm::ArrayRef<int32_t>(wordBytes));
  std::vector<int8_t> joinClass(256);
  for (int c = 0; c < 256; ++c)
    joinClass[c] = int8_t((c < 0x80 && wordBytes[c] ? 1 : 0) | (isLexiconWordByte(uint8_t(c)) ? 2 : 0));
  addConstantTable(module, b, t.joinClass, i8, llvm::ArrayRef<int8_t>(joinClass));
  if (t.join && !policyWords) {
    const std::vector<uint32_t> &slots = segmentWords(spec).slots;
    std::vector<int32_t> words(slots.begin(), slots.end());
    addConstantTable(module, b, t.segmentWords, i32, llvm::ArrayRef<int32_t>(words));
  }
  return t;
}

struct NormalizeLowering : OpConversionPattern<NormalizeOp> {
  NormalizeLowering(TypeConverter &converter, MLIRContext *ctx,
                    std::map<std::string, NormalizerTables> tables)
      : OpConversionPattern<NormalizeOp>(converter, ctx), tables(std::move(tables)) {}

  LogicalResult matchAndRewrite(NormalizeOp op, OpAdaptor a,
                                ConversionPatternRewriter &rw) const override {
    Location loc = op.getLoc();
    Emit e{rw, loc};
    const NormalizerTables &t = tables.at(specOf(op).name());
    Value str = a.getInput();
    Value n = e.dim(str);
    Value scratch = arg(op, ScratchArg);
    Value out = arg(op, OutArg);
    Value cursor = scratchCursor(op);
    Type i8 = rw.getI8Type(), i32 = rw.getI32Type();

    // Room: the origins (2n i32) and the skeleton (2n bytes), 8-aligned.
    Value base = rw.create<memref::LoadOp>(loc, cursor);
    Value skeletonAt = e.add(base, e.mul(n, e.idx(8)));
    Value endAt = e.add(skeletonAt, e.mul(n, e.idx(2)));
    Value tooLong = e.cmp(arith::CmpIPredicate::uge, n, e.idx(int64_t(kMaxSkeletonText)));
    Value fits = e.andI(e.notI(tooLong), e.cmp(arith::CmpIPredicate::ule, endAt, e.dim(scratch)));
    Value firstError = e.eq(e.load(out, e.idx(riskrt::OutLayout::Error)), e.i64(0));
    e.ifThen(e.andI(e.notI(fits), firstError), [&] {
      e.store(e.select(tooLong, e.i64(riskrt::EvalTooLong), e.i64(riskrt::EvalNeedScratch)), out,
              e.idx(riskrt::OutLayout::Error));
      e.store(e.select(tooLong, e.i64(-1), e.toI64(endAt)), out, e.idx(riskrt::OutLayout::ErrorSlot));
    });
    Value limit = e.select(fits, n, e.idx(0));
    Value next = rw.create<arith::AndIOp>(loc, e.add(endAt, e.idx(7)), e.idx(~int64_t(7)));
    rw.create<memref::StoreOp>(loc, e.select(fits, next, base), cursor);
    auto dyn = [&](Type element) { return MemRefType::get({ShapedType::kDynamic}, element); };
    Value capacity = e.mul(limit, e.idx(2));
    Value origins = rw.create<memref::ViewOp>(loc, dyn(i32), scratch, base, ValueRange{capacity});
    Value skeleton = rw.create<memref::ViewOp>(loc, dyn(i8), scratch, skeletonAt, ValueRange{capacity});

    Value ascii = table(e, op, t.ascii), blocks = table(e, op, t.blocks),
          entries = table(e, op, t.entries), pool = table(e, op, t.pool);
    auto c32 = [&](int64_t v) { return e.i32(v); };
    auto i32Op = [&](auto opTag, Value x, Value y) {
      return rw.create<decltype(opTag)>(loc, x, y).getResult();
    };
    // The byte at `i + k`, kept in range (a byte past the end is never used).
    Value last = e.sub(n, e.idx(1));
    auto byteAtClamped = [&](Value i, int64_t k) {
      Value at = rw.create<arith::MinUIOp>(loc, e.add(i, e.idx(k)), last);
      return rw.create<arith::ExtUIOp>(loc, i32, e.byte(str, at)).getResult();
    };
    auto originOf = [&](Value i, Value length) {
      Value packed = e.orI(rw.create<arith::ShLIOp>(loc, e.toI64(i), e.i64(3)),
                           e.sub(e.toI64(length), e.i64(1)));
      return rw.create<arith::TruncIOp>(loc, i32, packed).getResult();
    };

    Type types[] = {rw.getIndexType(), rw.getIndexType()};
    // (byte read, skeleton byte written)
    ValueRange loop = e.whileBelow({e.idx(0), e.idx(0)}, limit, [&](ValueRange args) -> SmallVector<Value> {
      Value i = args[0], j = args[1];
      Value b = rw.create<arith::ExtUIOp>(loc, i32, e.byte(str, i));
      Value isAscii = e.cmp(arith::CmpIPredicate::ult, b, c32(0x80));
      auto step = rw.create<scf::IfOp>(loc, TypeRange(types), isAscii, true);
      {
        // ASCII: one byte for one byte.
        rw.setInsertionPointToStart(&step.getThenRegion().front());
        Value mapped = e.load(ascii, e.toIndex(b));
        e.store(rw.create<arith::TruncIOp>(loc, i8, mapped), skeleton, j);
        e.store(originOf(i, e.idx(1)), origins, j);
        rw.create<scf::YieldOp>(loc, ValueRange{e.add(i, e.idx(1)), e.add(j, e.idx(1))});
      }
      {
        // Another character: decode it (a byte that does not start a whole
        // UTF-8 sequence stands for itself), look it up, copy its skeleton.
        rw.setInsertionPointToStart(&step.getElseRegion().front());
        auto ge = [&](int64_t v) { return e.cmp(arith::CmpIPredicate::uge, b, c32(v)); };
        Value lead = e.select(ge(0xF0), c32(4), e.select(ge(0xE0), c32(3), e.select(ge(0xC0), c32(2), c32(1))));
        Value c1 = byteAtClamped(i, 1), c2 = byteAtClamped(i, 2), c3 = byteAtClamped(i, 3);
        auto low6 = [&](Value c) { return i32Op(arith::AndIOp(), c, c32(0x3F)); };
        auto continues = [&](Value c) { return e.eq(i32Op(arith::AndIOp(), c, c32(0xC0)), c32(0x80)); };
        auto shl = [&](Value x, int64_t k) { return i32Op(arith::ShLIOp(), x, c32(k)); };
        Value cp2 = e.orI(shl(i32Op(arith::AndIOp(), b, c32(0x1F)), 6), low6(c1));
        Value cp3 = e.orI(e.orI(shl(i32Op(arith::AndIOp(), b, c32(0x0F)), 12), shl(low6(c1), 6)), low6(c2));
        Value cp4 = e.orI(e.orI(shl(i32Op(arith::AndIOp(), b, c32(0x07)), 18), shl(low6(c1), 12)),
                          e.orI(shl(low6(c2), 6), low6(c3)));
        Value ok2 = continues(c1), ok3 = e.andI(ok2, continues(c2)),
              ok4 = e.andI(e.andI(ok3, continues(c3)), e.cmp(arith::CmpIPredicate::ule, cp4, c32(0x10FFFF)));
        Value whole = e.cmp(arith::CmpIPredicate::ule, e.add(i, e.toIndex(lead)), n);
        Value valid = e.andI(whole, e.select(e.eq(lead, c32(2)), ok2,
                                             e.select(e.eq(lead, c32(3)), ok3,
                                                      e.select(e.eq(lead, c32(4)), ok4, e.i1(false)))));
        Value cp = e.select(valid, e.select(e.eq(lead, c32(2)), cp2, e.select(e.eq(lead, c32(3)), cp3, cp4)),
                            c32(0));
        Value length = e.toIndex(e.select(valid, lead, c32(1)));
        Value block = e.load(blocks, e.toIndex(rw.create<arith::ShRUIOp>(loc, cp, c32(7))));
        Value slot = e.add(e.toIndex(shl(block, 7)), e.toIndex(i32Op(arith::AndIOp(), cp, c32(127))));
        Value entry = e.select(valid, e.load(entries, slot), c32(-1));
        Value identity = e.eq(entry, c32(-1));
        Value count = e.select(identity, length, e.toIndex(rw.create<arith::ShRUIOp>(loc, entry, c32(24))));
        Value offset = e.toIndex(i32Op(arith::AndIOp(), entry, c32(0xFFFFFF)));
        Value origin = originOf(i, length);
        Value lastPool = e.idx(t.poolSize - 1);
        e.forEach(e.idx(0), count, [&](Value k) {
          Value fromText = e.byte(str, rw.create<arith::MinUIOp>(loc, e.add(i, k), last));
          Value fromPool = e.load(pool, rw.create<arith::MinUIOp>(loc, e.add(offset, k), lastPool));
          e.store(e.select(identity, fromText, fromPool), skeleton, e.add(j, k));
          e.store(origin, origins, e.add(j, k));
        });
        rw.create<scf::YieldOp>(loc, ValueRange{e.add(i, length), e.add(j, count)});
      }
      rw.setInsertionPointAfter(step);
      return step.getResults();
    });
    Value size = loop[1];
    if (t.join)
      size = joinLettersWrittenApart(e, op, t, skeleton, origins, size);
    Value result = rw.create<memref::ViewOp>(loc, dyn(i8), scratch, skeletonAt, ValueRange{size});
    Value strided = rw.create<memref::CastOp>(loc, strType(rw.getContext()), result);
    Value originsOut = rw.create<memref::ViewOp>(loc, dyn(i32), scratch, base, ValueRange{size});
    rw.replaceOp(op, ValueRange{strided, originsOut});
    return success();
  }

  /// With `separators`: a run of three or more one-letter words with the same
  /// gap between each two becomes one word whose letters are marked joined
  /// ("n.u.d.e" is "nude"; a leading `a` or `i` before a one-space gap stays
  /// a word), in place (bytes only move left). Returns the new size.
  /// Skeleton.cpp's joinLettersWrittenApart is the reference.
  static Value joinLettersWrittenApart(Emit &e, Operation *op, const NormalizerTables &t,
                                       Value skeleton, Value origins, Value n) {
    OpBuilder &b = e.b;
    Location loc = e.loc;
    Value letters = table(e, op, t.wordBytes);
    auto byteConst = [&](char c) { return b.create<arith::ConstantIntOp>(loc, c, 8).getResult(); };
    Value last = e.sub(n, e.idx(1));
    // Whether the byte at `i` (kept in range) is in `set`.
    auto in = [&](Value set, Value i) {
      Value at = b.create<arith::MinUIOp>(loc, i, last);
      return e.ne(e.load(set, byteAt(e, skeleton, at)), e.i32(0));
    };
    auto ascii = [&](Value i) {
      return e.cmp(arith::CmpIPredicate::sge, e.byte(skeleton, i), byteConst(0));
    };
    auto separator = [&](Value i) { return e.andI(ascii(i), e.notI(in(letters, i))); };
    // The join class of the byte at `i`; 0 outside the text (an `i` below 0
    // wraps round to a large index).
    Value classes = table(e, op, t.joinClass);
    auto classAt = [&](Value i) {
      Value at = b.create<arith::MinUIOp>(loc, i, last);
      Value c = e.load(classes, byteAt(e, skeleton, at));
      return e.select(e.ult(i, n), c, b.create<arith::ConstantIntOp>(loc, 0, 8).getResult());
    };
    auto bit = [&](Value c, int64_t k) {
      return e.ne(b.create<arith::AndIOp>(loc, c, b.create<arith::ConstantIntOp>(loc, k, 8)).getResult(),
                  b.create<arith::ConstantIntOp>(loc, 0, 8).getResult());
    };
    // A word of one ASCII letter (or leetspeak symbol): the byte is a letter
    // (class bit 1) and the bytes around it are not word bytes (bit 2).
    auto singleBetween = [&](Value prev, Value cur, Value next) {
      return e.andI(bit(cur, 1), e.andI(e.notI(bit(prev, 2)), e.notI(bit(next, 2))));
    };
    auto single = [&](Value i) {
      return singleBetween(classAt(e.sub(i, e.idx(1))), classAt(i), classAt(e.add(i, e.idx(1))));
    };
    // Where the word after the letter at `i` starts (the end of its gap).
    auto gapAfter = [&](Value i) {
      return e.findFirst(e.add(i, e.idx(1)), n, [&](Value q) { return e.notI(separator(q)); });
    };
    // Whether the gaps [a, aEnd) and [c, cEnd) have the same bytes.
    auto sameGap = [&](Value a, Value aEnd, Value c, Value cEnd) {
      Value length = e.sub(aEnd, a);
      Value sameLength = e.eq(length, e.sub(cEnd, c));
      return b.create<scf::IfOp>(
                  loc, sameLength,
                  [&](OpBuilder &, Location) {
                    Value differ = e.findFirst(e.idx(0), length, [&](Value k) {
                      return e.ne(e.byte(skeleton, e.add(a, k)), e.byte(skeleton, e.add(c, k)));
                    });
                    b.create<scf::YieldOp>(loc, e.eq(differ, length));
                  },
                  [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, e.i1(false)); })
          .getResult(0);
    };
    // The first one-letter word at or after `from` (< n), or n: one table
    // load per byte, the classes of the bytes around it carried along.
    auto nextSingle = [&](Value from) {
      Type i8 = b.getI8Type();
      Type state[] = {b.getIndexType(), i8, i8};
      Location stateLocs[] = {loc, loc, loc};
      auto find = b.create<scf::WhileOp>(loc, TypeRange(state),
                                         ValueRange{from, classAt(e.sub(from, e.idx(1))), classAt(from)});
      OpBuilder::InsertionGuard findGuard(b);
      Block *test = b.createBlock(&find.getBefore(), {}, state, stateLocs);
      Value q = test->getArgument(0), prev = test->getArgument(1), cur = test->getArgument(2);
      Value next = classAt(e.add(q, e.idx(1)));
      b.create<scf::ConditionOp>(loc, e.andI(e.ult(q, n), e.notI(singleBetween(prev, cur, next))),
                                 ValueRange{q, cur, next});
      Block *step = b.createBlock(&find.getAfter(), {}, state, stateLocs);
      b.create<scf::YieldOp>(loc, ValueRange{e.add(step->getArgument(0), e.idx(1)), step->getArgument(1),
                                             step->getArgument(2)});
      return find.getResult(0);
    };
    Type pair[] = {b.getIndexType(), b.getIndexType()};
    Location pairLocs[] = {loc, loc};
    Type triple[] = {b.getIndexType(), b.getIndexType(), b.getIndexType()};
    // (byte read, byte written, where the rest of a run starts after its
    // leading `a` or `i` was kept as a word: it takes no second article, or
    // "a a a …" would be scanned again from each letter, quadratic in the run)
    Value never = e.idx(-1);
    ValueRange loop = e.whileBelow({e.idx(0), e.idx(0), never}, n, [&](ValueRange args) -> SmallVector<Value> {
      Value from = args[0], to = args[1], noArticleAt = args[2];
      auto move = [&](Value from, Value to, Value mark) {
        e.store(e.byte(skeleton, from), skeleton, to);
        e.store(e.orI(e.load(origins, from), mark), origins, to);
      };
      // Most bytes start no run of one-letter words: up to the next one-letter
      // word they are copied (nothing moves until a run has been joined).
      Value r = nextSingle(from);
      Value w = e.add(to, e.sub(r, from));
      e.ifThen(e.ne(from, to), [&] {
        e.forEach(e.idx(0), e.sub(r, from), [&](Value k) { move(e.add(from, k), e.add(to, k), e.i32(0)); });
      });
      auto outer = b.create<scf::IfOp>(loc, TypeRange(triple), e.ult(r, n), true);
      {
        OpBuilder::InsertionGuard outerGuard(b);
        b.setInsertionPointToStart(&outer.getElseRegion().front());
        b.create<scf::YieldOp>(loc, ValueRange{r, w, noArticleAt});
        b.setInsertionPointToStart(&outer.getThenRegion().front());
        // The run of one-letter words from `r`: its last letter and its length.
        Value firstGap = gapAfter(r);
        auto run = b.create<scf::WhileOp>(loc, TypeRange(pair), ValueRange{r, e.idx(1)});
        {
          OpBuilder::InsertionGuard inner(b);
          Block *test = b.createBlock(&run.getBefore(), {}, pair, pairLocs);
          Value at = test->getArgument(0), count = test->getArgument(1);
          Value q = gapAfter(at);
          Value candidate = e.andI(e.ne(q, e.add(at, e.idx(1))), e.ult(q, n));
          Value more = b.create<scf::IfOp>(
                            loc, candidate,
                            [&](OpBuilder &, Location) {
                              Value same = e.orI(e.eq(count, e.idx(1)),
                                                 sameGap(e.add(r, e.idx(1)), firstGap, e.add(at, e.idx(1)), q));
                              b.create<scf::YieldOp>(loc, e.andI(same, single(q)));
                            },
                            [&](OpBuilder &, Location) { b.create<scf::YieldOp>(loc, e.i1(false)); })
                           .getResult(0);
          // Go on with the next letter, or stop with this run (a while loop's
          // results are what its condition passes on).
          b.create<scf::ConditionOp>(loc, more,
                                     ValueRange{e.select(more, q, at),
                                                e.select(more, e.add(count, e.idx(1)), count)});
          Block *next = b.createBlock(&run.getAfter(), {}, pair, pairLocs);
          b.create<scf::YieldOp>(loc, next->getArguments());
        }
        Value end = run.getResult(0), count = run.getResult(1);
        Value first = e.byte(skeleton, r);
        Value oneSpace = e.andI(e.eq(firstGap, e.add(r, e.idx(2))),
                                e.eq(e.byte(skeleton, b.create<arith::MinUIOp>(loc, e.add(r, e.idx(1)), last)),
                                     byteConst(' ')));
        // Letters one space apart, split into English words where they can
        // be (segmentLetters): the letters at r, r + 2, ... and a space kept
        // where a word ends.
        Value segmented = segment(e, op, t, skeleton, origins, n, r, count, oneSpace);
        auto split = b.create<scf::IfOp>(loc, TypeRange(triple), segmented, true);
        OpBuilder::InsertionGuard splitGuard(b);
        b.setInsertionPointToStart(&split.getThenRegion().front());
        {
          Value written = e.forAcc(e.idx(0), count, w, [&](Value k, Value at) {
            Value p = e.add(r, e.mul(k, e.idx(2)));
            Value starts = e.andI(e.ne(k, e.idx(0)), e.ne(e.andI(e.load(origins, e.add(n, k)),
                                                                  e.i32(kSegmentStart)),
                                                          e.i32(0)));
            e.ifThen(starts, [&] { move(e.sub(p, e.idx(1)), at, e.i32(0)); });
            Value letterAt = e.select(starts, e.add(at, e.idx(1)), at);
            move(p, letterAt, e.i32(0));
            return e.add(letterAt, e.idx(1));
          });
          b.create<scf::YieldOp>(loc, ValueRange{e.add(end, e.idx(1)), written, noArticleAt});
        }
        b.setInsertionPointToStart(&split.getElseRegion().front());
        Value article = e.andI(e.andI(oneSpace, e.cmp(arith::CmpIPredicate::uge, count, e.idx(4))),
                               e.orI(e.eq(first, byteConst('a')), e.eq(first, byteConst('i'))));
        article = e.andI(article, e.ne(r, noArticleAt));
        Value joined = e.cmp(arith::CmpIPredicate::uge, count, e.idx(3));
        auto step = b.create<scf::IfOp>(loc, TypeRange(triple), article, true);
        {
          OpBuilder::InsertionGuard inner(b);
          // "a b o m b": the word `a` and its space; the run starts after it.
          b.setInsertionPointToStart(&step.getThenRegion().front());
          move(r, w, e.i32(0));
          move(e.add(r, e.idx(1)), e.add(w, e.idx(1)), e.i32(0));
          b.create<scf::YieldOp>(loc, ValueRange{e.add(r, e.idx(2)), e.add(w, e.idx(2)), e.add(r, e.idx(2))});
          b.setInsertionPointToStart(&step.getElseRegion().front());
          auto join = b.create<scf::IfOp>(loc, TypeRange(triple), joined, true);
          {
            OpBuilder::InsertionGuard innermost(b);
            b.setInsertionPointToStart(&join.getThenRegion().front());
            // Letters one space apart may be several words: marked joined.
            Value mark = e.select(oneSpace, e.i32(int64_t(kJoinedLetter)), e.i32(0));
            Value written = e.forAcc(r, e.add(end, e.idx(1)), w, [&](Value p, Value at) {
              Value letter = e.notI(separator(p));
              e.ifThen(letter, [&] { move(p, at, mark); });
              return e.select(letter, e.add(at, e.idx(1)), at);
            });
            b.create<scf::YieldOp>(loc, ValueRange{e.add(end, e.idx(1)), written, noArticleAt});
            b.setInsertionPointToStart(&join.getElseRegion().front());
            move(r, w, e.i32(0));
            b.create<scf::YieldOp>(loc, ValueRange{e.add(r, e.idx(1)), e.add(w, e.idx(1)), noArticleAt});
          }
          b.create<scf::YieldOp>(loc, join.getResults());
        }
        b.create<scf::YieldOp>(loc, step.getResults());
        b.setInsertionPointAfter(split);
        b.create<scf::YieldOp>(loc, split.getResults());
      }
      return outer.getResults();
    });
    return loop[1];
  }

  /// The mark, in a letter's dynamic-programming cell, that a word starts
  /// at it (above the cell's count and back distance).
  static constexpr int64_t kSegmentStart = int64_t(1) << 30;

  /// Splits the `count` letters at r, r + 2, ... (one space apart) into the
  /// fewest words of segmentWords(spec), as segmentLetters does (the same
  /// order of trials, so the same split): returns whether a split exists and
  /// then marks, in origins[n + k], the letters k where a word starts. The
  /// cells origins[n .. n + count] are free: the skeleton took n of the 2 *
  /// (text bytes) origins, and each ASCII byte of the text, which these
  /// letters and their spaces are, took one of its two.
  static Value segment(Emit &e, Operation *op, const NormalizerTables &t, Value skeleton,
                       Value origins, Value n, Value r, Value count, Value oneSpace) {
    OpBuilder &b = e.b;
    Location loc = e.loc;
    Value fits = e.cmp(arith::CmpIPredicate::ule, e.add(e.add(n, count), e.idx(1)), e.dim(origins));
    Value tryIt = e.andI(e.andI(oneSpace, e.cmp(arith::CmpIPredicate::uge, count, e.idx(3))),
                         e.andI(e.cmp(arith::CmpIPredicate::ule, count, e.idx(int64_t(kMaxSegmentedRun))),
                                fits));
    auto attempt = b.create<scf::IfOp>(loc, TypeRange{b.getI1Type()}, tryIt, true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&attempt.getElseRegion().front());
    b.create<scf::YieldOp>(loc, e.i1(false));
    b.setInsertionPointToStart(&attempt.getThenRegion().front());
    // cell k (letters before k): the fewest words << 5 | the last word's
    // length (at most kMaxSegmentWord < 32); none: unreachable (below the
    // start mark).
    constexpr int64_t none = kSegmentStart - 1;
    auto cell = [&](Value k) { return e.add(n, k); };
    Value words = table(e, op, t.segmentWords);
    Value mask = e.idx((int64_t(1) << t.segmentSlotBits) - 1);
    auto i32Op = [&](auto tag, Value x, Value y) { return b.create<decltype(tag)>(loc, x, y).getResult(); };
    // Whether a word's hash is in the table (SegmentWords::contains).
    auto contains = [&](Value h) {
      Value tag = e.orI(b.create<arith::TruncIOp>(loc, b.getI32Type(), h), e.i32(1));
      Value home = e.toIndex(b.create<arith::ShRUIOp>(loc, e.mul(h, e.i64(int64_t(kSegmentSlotMix))),
                                                      e.i64(64 - t.segmentSlotBits)));
      auto probe = b.create<scf::WhileOp>(loc, TypeRange{b.getIndexType()}, ValueRange{home});
      {
        OpBuilder::InsertionGuard inner(b);
        Block *before = b.createBlock(&probe.getBefore(), {}, {b.getIndexType()}, {loc});
        Value at = before->getArgument(0);
        Value slot = e.load(words, at);
        b.create<scf::ConditionOp>(loc, e.andI(e.ne(slot, e.i32(0)), e.ne(slot, tag)), ValueRange{at});
        Block *after = b.createBlock(&probe.getAfter(), {}, {b.getIndexType()}, {loc});
        b.create<scf::YieldOp>(loc, e.andI(e.add(after->getArgument(0), e.idx(1)), mask));
      }
      return e.eq(e.load(words, probe.getResult(0)), tag);
    };
    e.store(e.i32(0), origins, cell(e.idx(0)));
    e.forEach(e.idx(1), e.add(count, e.idx(1)), [&](Value k) { e.store(e.i32(none), origins, cell(k)); });
    e.forEach(e.idx(0), count, [&](Value j) {
      Value from = e.load(origins, cell(j));
      e.ifThen(e.ne(from, e.i32(none)), [&] {
        // One more word than reaching j: (count + 1) << 5.
        Value candidate = e.add(i32Op(arith::AndIOp(), from, e.i32(~int64_t(31))), e.i32(32));
        Value upTo = b.create<arith::MinUIOp>(loc, count, e.add(j, e.idx(kMaxSegmentWord)));
        e.forAcc(e.add(j, e.idx(1)), e.add(upTo, e.idx(1)), e.i64(int64_t(kSegmentHashSeed)),
                 [&](Value i, Value h) {
                   Value c = e.byte(skeleton, e.add(r, e.mul(e.sub(i, e.idx(1)), e.idx(2))));
                   Value upper = e.andI(e.cmp(arith::CmpIPredicate::sge, c, b.create<arith::ConstantIntOp>(loc, 'A', 8)),
                                        e.cmp(arith::CmpIPredicate::sle, c, b.create<arith::ConstantIntOp>(loc, 'Z', 8)));
                   Value lowered = e.select(upper, e.add(c, b.create<arith::ConstantIntOp>(loc, 'a' - 'A', 8)), c);
                   Value byte = b.create<arith::ExtUIOp>(loc, b.getI64Type(), lowered);
                   Value next = e.mul(b.create<arith::XOrIOp>(loc, h, byte), e.i64(int64_t(kSegmentHashPrime)));
                   Value current = i32Op(arith::AndIOp(), e.load(origins, cell(i)), e.i32(~int64_t(31)));
                   Value better = e.cmp(arith::CmpIPredicate::slt, candidate, current);
                   e.ifThen(better, [&] {
                     e.ifThen(contains(next), [&] {
                       Value length = b.create<arith::IndexCastOp>(loc, b.getI32Type(), e.sub(i, j));
                       e.store(e.orI(candidate, length), origins, cell(i));
                     });
                   });
                   return next;
                 });
      });
    });
    Value found = e.ne(e.load(origins, cell(count)), e.i32(none));
    e.ifThen(found, [&] {
      // Back from the end, mark where each word starts (`done` counts the
      // letters behind).
      e.whileBelow({e.idx(0)}, count, [&](ValueRange args) -> SmallVector<Value> {
        Value k = e.sub(count, args[0]);
        Value length = e.toIndex(i32Op(arith::AndIOp(), e.load(origins, cell(k)), e.i32(31)));
        Value j = e.sub(k, length);
        e.store(e.orI(e.load(origins, cell(j)), e.i32(kSegmentStart)), origins, cell(j));
        return {e.sub(count, j)};
      });
    });
    b.create<scf::YieldOp>(loc, found);
    return attempt.getResult(0);
  }

  std::map<std::string, NormalizerTables> tables;
};

} // namespace

namespace {

/// A piece of `n` bytes of scratch memory for `op`'s copy of a string, and
/// how many bytes of it may be written: `n`, or 0 when it did not fit (the
/// evaluation then fails with EvalNeedScratch, and the runtime retries with
/// more).
std::pair<Value, Value> scratchPiece(Operation *op, Emit &e, Value n) {
  Value scratch = arg(op, ScratchArg);
  Value out = arg(op, OutArg);
  Value cursor = scratchCursor(op);
  Value base = e.b.create<memref::LoadOp>(e.loc, cursor);
  Value endAt = e.add(base, n);
  Value fits = e.cmp(arith::CmpIPredicate::ule, endAt, e.dim(scratch));
  Value firstError = e.eq(e.load(out, e.idx(riskrt::OutLayout::Error)), e.i64(0));
  e.ifThen(e.andI(e.notI(fits), firstError), [&] {
    e.store(e.i64(riskrt::EvalNeedScratch), out, e.idx(riskrt::OutLayout::Error));
    e.store(e.toI64(endAt), out, e.idx(riskrt::OutLayout::ErrorSlot));
  });
  Value limit = e.select(fits, n, e.idx(0));
  Value next = e.b.create<arith::AndIOp>(e.loc, e.add(endAt, e.idx(7)), e.idx(~int64_t(7)));
  e.b.create<memref::StoreOp>(e.loc, e.select(fits, next, base), cursor);
  Value piece = e.b.create<memref::ViewOp>(
      e.loc, MemRefType::get({ShapedType::kDynamic}, e.b.getI8Type()), scratch, base, ValueRange{limit});
  return {piece, limit};
}

/// The first `length` bytes of a scratch piece, as a string.
Value pieceString(Emit &e, Value piece, Value length) {
  Value prefix = e.b.create<memref::SubViewOp>(e.loc, piece, ArrayRef<OpFoldResult>{e.b.getIndexAttr(0)},
                                               ArrayRef<OpFoldResult>{length},
                                               ArrayRef<OpFoldResult>{e.b.getIndexAttr(1)});
  return e.b.create<memref::CastOp>(e.loc, strType(e.b.getContext()), prefix);
}

/// risk.collapse_repeats: the string copied into a scratch piece of its size,
/// each run of one ASCII letter written once (collapseRepeatedLetters in
/// Skeleton.cpp is the reference).
struct CollapseRepeatsLowering : OpConversionPattern<CollapseRepeatsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult matchAndRewrite(CollapseRepeatsOp op, OpAdaptor a,
                                ConversionPatternRewriter &rw) const override {
    Location loc = op.getLoc();
    Emit e{rw, loc};
    Value str = a.getInput();
    auto [copy, limit] = scratchPiece(op, e, e.dim(str));
    auto byteConst = [&](char c) { return rw.create<arith::ConstantIntOp>(loc, c, 8).getResult(); };
    auto between = [&](Value c, char lo, char hi) {
      return e.andI(e.cmp(arith::CmpIPredicate::sge, c, byteConst(lo)),
                    e.cmp(arith::CmpIPredicate::sle, c, byteConst(hi)));
    };
    // (byte read, byte written, the byte read before: 0 at the start);
    // nothing is read when it did not fit. The last byte written is always
    // the byte read before (a repeat is the same byte), so the test reads
    // the input rather than the copy, and every byte is stored, branch-free:
    // a repeat is overwritten by the next byte kept.
    ValueRange loop = e.whileBelow({e.idx(0), e.idx(0), byteConst(0)}, limit,
                                   [&](ValueRange args) -> SmallVector<Value> {
      Value from = args[0], to = args[1], prev = args[2];
      Value c = e.byte(str, from);
      Value letter = e.orI(between(c, 'a', 'z'), between(c, 'A', 'Z'));
      Value repeat = e.andI(letter, e.eq(prev, c)); // a letter is never 0
      e.store(c, copy, to);
      return {e.add(from, e.idx(1)), e.add(to, e.toIndex(e.notI(repeat))), c};
    });
    rw.replaceOp(op, pieceString(e, copy, loop[1]));
    return success();
  }
};

/// The tables of one skeleton's mask vocabulary (maskVocabulary), by name.
struct UnmaskTables {
  std::string keys, letters, keyBytes;
  explicit UnmaskTables(const std::string &skeleton)
      : keys(skeleton + "_unmask_keys"), letters(skeleton + "_unmask_letters"),
        keyBytes(skeleton + "_unmask_bytes") {}
};

/// risk.unmask: when the string has a mask character, a copy of it in which
/// each masked word the vocabulary knows gets its letter back
/// (unmaskSkeleton in Skeleton.cpp is the reference); otherwise the string
/// itself.
struct UnmaskLowering : OpConversionPattern<UnmaskOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(UnmaskOp op, OpAdaptor a, ConversionPatternRewriter &rw) const override {
    Location loc = op.getLoc();
    Emit e{rw, loc};
    Value str = a.getInput();
    UnmaskTables t(specOf(op).name());
    auto global = op->getParentOfType<ModuleOp>().lookupSymbol<memref::GlobalOp>(t.keys);
    if (!global) { // no lexicon has `masks` over this skeleton: no word to read
      rw.replaceOp(op, str);
      return success();
    }
    unsigned slotBits = llvm::Log2_64(uint64_t(global.getType().getNumElements()));
    Type i8 = rw.getI8Type(), i64 = rw.getI64Type();
    auto byteConst = [&](char c) { return rw.create<arith::ConstantIntOp>(loc, c, 8).getResult(); };
    Value n = e.dim(str);
    // Whether the string has a mask character: most texts have none, and
    // pay only this, 16 bytes a step, then the rest byte by byte.
    constexpr int64_t kLanes = 16;
    auto laneType = VectorType::get({kLanes}, i8);
    auto maskType = VectorType::get({kLanes}, rw.getI1Type());
    Value whole = rw.create<arith::AndIOp>(loc, n, e.idx(~(kLanes - 1)));
    Value star = rw.create<vector::SplatOp>(loc, laneType, byteConst('*'));
    Value hash = rw.create<vector::SplatOp>(loc, laneType, byteConst('#'));
    Value none = rw.create<arith::ConstantOp>(loc, DenseElementsAttr::get(maskType, false));
    auto lanes = rw.create<scf::ForOp>(loc, e.idx(0), whole, e.idx(kLanes), ValueRange{none});
    {
      OpBuilder::InsertionGuard guard(rw);
      rw.setInsertionPointToStart(lanes.getBody());
      Value v = rw.create<vector::LoadOp>(loc, laneType, str, ValueRange{lanes.getInductionVar()});
      Value hit = rw.create<arith::OrIOp>(loc, e.eq(v, star), e.eq(v, hash));
      rw.create<scf::YieldOp>(loc, ValueRange{rw.create<arith::OrIOp>(loc, lanes.getRegionIterArgs()[0], hit)});
    }
    Value inLanes = rw.create<vector::ReductionOp>(loc, vector::CombiningKind::OR, lanes.getResult(0));
    Value anyMask = e.forAcc(whole, n, inLanes, [&](Value i, Value acc) {
      Value c = e.byte(str, i);
      return e.orI(acc, e.orI(e.eq(c, byteConst('*')), e.eq(c, byteConst('#'))));
    });
    auto ifMask = rw.create<scf::IfOp>(loc, TypeRange{str.getType()}, anyMask, true);
    {
      OpBuilder::InsertionGuard guard(rw);
      rw.setInsertionPointToStart(&ifMask.getElseRegion().front());
      rw.create<scf::YieldOp>(loc, str);
      rw.setInsertionPointToStart(&ifMask.getThenRegion().front());
      auto [copy, limit] = scratchPiece(op, e, n);
      e.forEach(e.idx(0), limit, [&](Value i) { e.store(e.byte(str, i), copy, i); });
      Value keyBytes = table(e, op, t.keyBytes);
      Value keys = table(e, op, t.keys);
      Value letters = table(e, op, t.letters);
      int64_t slots = int64_t(1) << slotBits;
      // One step per byte and one past the end (which ends the last word):
      // (i, the word's start, masks in it, where the last one is, its hash,
      // whether it is ASCII).
      Value seed = e.i64(int64_t(kMaskHashSeed));
      e.whileBelow({e.idx(0), e.idx(0), e.idx(0), e.idx(0), seed, e.i1(true)}, e.add(limit, e.idx(1)),
                   [&](ValueRange s) -> SmallVector<Value> {
        Value i = s[0], start = s[1], masks = s[2], at = s[3], hash = s[4], ascii = s[5];
        Value inText = e.ult(i, limit);
        Value c = e.select(inText, e.byte(copy, e.select(inText, i, e.idx(0))), byteConst(0));
        Value key = e.select(inText, e.load(keyBytes, byteAt(e, copy, e.select(inText, i, e.idx(0)))),
                             byteConst(0));
        Value inWord = e.ne(key, byteConst(0));
        Value isMask = e.eq(key, byteConst('*'));
        Value length = e.sub(i, start);
        Value candidate = e.andI(
            e.andI(e.andI(e.notI(inWord), ascii), e.eq(masks, e.idx(1))),
            e.andI(e.andI(e.ult(start, at), e.ult(e.add(at, e.idx(1)), i)),
                   e.andI(e.cmp(arith::CmpIPredicate::uge, length, e.idx(4)),
                          e.cmp(arith::CmpIPredicate::ule, length, e.idx(int64_t(kMaxMaskedWord))))));
        e.ifThen(candidate, [&] {
          Value probe = e.orI(hash, e.i64(1));
          Value first = e.toIndex(rw.create<arith::ShRUIOp>(
              loc, e.mul(probe, e.i64(int64_t(kSegmentSlotMix))), e.i64(64 - slotBits)));
          auto slotAt = [&](Value k) {
            return rw.create<arith::AndIOp>(loc, e.add(first, k), e.idx(slots - 1)).getResult();
          };
          Value k = e.findFirst(e.idx(0), e.idx(slots), [&](Value k) {
            Value stored = e.load(keys, slotAt(k));
            return e.orI(e.eq(stored, e.i64(0)), e.eq(stored, probe));
          });
          Value slot = slotAt(e.select(e.ult(k, e.idx(slots)), k, e.idx(0)));
          e.ifThen(e.andI(e.ult(k, e.idx(slots)), e.eq(e.load(keys, slot), probe)),
                   [&] { e.store(e.load(letters, slot), copy, at); });
        });
        Value next = e.add(i, e.idx(1));
        Value stepped = rw.create<arith::MulIOp>(
            loc, rw.create<arith::XOrIOp>(loc, hash, rw.create<arith::ExtUIOp>(loc, i64, key)),
            e.i64(int64_t(kMaskHashPrime)));
        Value isAscii = e.cmp(arith::CmpIPredicate::ult, rw.create<arith::ExtUIOp>(loc, rw.getI32Type(), c),
                              e.i32(0x80));
        return {next,
                e.select(inWord, start, next),
                e.select(inWord, e.add(masks, e.toIndex(isMask)), e.idx(0)),
                e.select(isMask, i, at),
                e.select(inWord, stepped, seed),
                e.select(inWord, e.andI(ascii, isAscii), e.i1(true))};
      });
      rw.create<scf::YieldOp>(loc, pieceString(e, copy, limit));
    }
    rw.replaceOp(op, ifMask.getResult(0));
    return success();
  }
};

} // namespace

void risk::lowering::addPolicyWordTables(ModuleOp module) {
  OpBuilder b(module.getContext());
  // The lexicons as the checker saw them (CheckedPolicy's words come from
  // the same list, in the same order).
  std::vector<LexiconWords> lexicons;
  module.walk([&](LexiconOp lexicon) {
    std::vector<std::string> names;
    if (std::optional<ArrayAttr> normalize = lexicon.getNormalize())
      for (Attribute n : *normalize)
        names.push_back(cast<StringAttr>(n).getValue().str());
    lexicons.push_back({SkeletonSpec{normalizationMask(names), lexicon.getFoldCase()}, {}});
    for (Attribute term : lexicon.getTerms())
      lexicons.back().terms.push_back(cast<StringAttr>(term).getValue().str());
  });
  // Letters written apart split into the dictionary's words and the
  // lexicons', for each skeleton with `separators`.
  module.walk([&](NormalizeOp op) {
    SkeletonSpec spec = specOf(op);
    std::string name = spec.name() + "_segwords";
    if (!(spec.normalize & NormSeparators) || module.lookupSymbol(name))
      return;
    SegmentWords words = segmentWordsWith(spec, lexicons);
    std::vector<int32_t> slots(words.slots.begin(), words.slots.end());
    addConstantTable(module, b, name, b.getI32Type(), llvm::ArrayRef<int32_t>(slots));
  });
  // Masked words read back, for each skeleton lexicons with `masks` read.
  for (auto &[name, v] : maskVocabularies(lexicons)) {
    if (v.empty() || module.lookupSymbol(UnmaskTables(name).keys))
      continue;
    UnmaskTables t(name);
    std::vector<int64_t> keys(v.keys.begin(), v.keys.end());
    std::vector<int8_t> letters(v.letters.begin(), v.letters.end());
    std::vector<int8_t> keyBytes(256);
    for (int c = 1; c < 256; ++c)
      keyBytes[c] = isMaskChar(uint8_t(c)) || isSkeletonWordByte(uint8_t(c), v.spec)
                        ? int8_t(maskKeyByte(uint8_t(c), v.spec))
                        : 0;
    addConstantTable(module, b, t.keys, b.getI64Type(), llvm::ArrayRef<int64_t>(keys));
    addConstantTable(module, b, t.letters, b.getI8Type(), llvm::ArrayRef<int8_t>(letters));
    addConstantTable(module, b, t.keyBytes, b.getI8Type(), llvm::ArrayRef<int8_t>(keyBytes));
  }
}

void risk::lowering::populateNormalizeLowering(ModuleOp module, TypeConverter &converter,
                                               RewritePatternSet &patterns) {
  std::map<std::string, NormalizerTables> tables;
  module.walk([&](NormalizeOp op) {
    SkeletonSpec spec = specOf(op);
    tables.try_emplace(spec.name(), tablesFor(module, spec));
  });
  patterns.add<NormalizeLowering>(converter, module.getContext(), std::move(tables));
  patterns.add<CollapseRepeatsLowering>(converter, module.getContext());
  patterns.add<UnmaskLowering>(converter, module.getContext());
}
