//===- MLIRGen.cpp - From a checked policy to the risk dialect -------------===//
//
// A direct walk over the checked AST. Values are i1 (bool), f64 (number),
// !risk.str (string), an `index` slot (JSON values and list fields), or a
// !risk.matches (terms()). `and`/`or` become `scf.if` so that they short-
// circuit; loops over list elements are `scf.for`. The scans the checker
// planned are emitted first, in the plan's order, so that evidence is recorded
// in the same order by every backend; lets follow, then the rules.
//
//===----------------------------------------------------------------------===//
#include "risk/MLIRGen/MLIRGen.h"

#include "risk/AST/ASTPrinter.h"
#include "risk/Automata/Normalize.h"
#include "risk/Automata/Skeleton.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "riskcard/runtime.hpp"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include <map>

using namespace risk;
using Kind = ValueType::Kind;

void risk::registerRiskDialects(mlir::MLIRContext &context) {
  context.loadDialect<RiskDialect, mlir::arith::ArithDialect, mlir::scf::SCFDialect,
                      mlir::memref::MemRefDialect, mlir::func::FuncDialect,
                      mlir::math::MathDialect, mlir::vector::VectorDialect,
                      mlir::LLVM::LLVMDialect>();
}

namespace {

/// A generated value with its Riskcard kind.
struct Gen {
  Kind kind = Kind::Error;
  mlir::Value value;            ///< i1, f64, !risk.str, index (slot) or !risk.matches
  std::vector<Gen> elements;    ///< list literals
  int lexicon = -1;             ///< terms()
};

class Generator {
public:
  Generator(mlir::MLIRContext &context, const CheckedPolicy &policy, const SourceManager &sources,
            DiagnosticEngine &diags)
      : context(context), policy(policy), sources(sources), diags(diags), builder(&context) {}

  mlir::OwningOpRef<mlir::ModuleOp> run() {
    mlir::Location moduleLoc = loc(policy.decl->range);
    module = mlir::ModuleOp::create(moduleLoc, llvm::StringRef(policy.decl->name.name));
    builder.setInsertionPointToEnd(module->getBody());
    declareMatchers();
    auto op = builder.create<PolicyOp>(
        loc(policy.decl->range), policy.decl->name.name, toCombine(policy.combine),
        toAction(policy.defaultAction), policy.spanCapacity, int64_t(policy.scores.size()));
    mlir::Block *body = builder.createBlock(&op.getBody());
    policyBody = body;
    builder.setInsertionPointToStart(body);
    emitScans();
    for (const LetDecl &let : policy.decl->lets)
      lets[&let] = expr(*let.value);
    for (const RuleInfo &rule : policy.rules) {
      const RuleDecl &decl = *rule.decl;
      mlir::OpBuilder::InsertionGuard guard(builder);
      auto ruleOp = builder.create<RuleOp>(loc(decl.range), decl.name.name, toAction(decl.action.kind));
      if (!firstRule)
        firstRule = ruleOp;
      builder.createBlock(&ruleOp.getCondition());
      Gen cond = expr(*decl.condition);
      builder.create<YieldOp>(loc(decl.condition->range), cond.value);
    }
    if (failed || mlir::failed(mlir::verify(*module))) {
      if (!failed)
        diags.report(DiagId::CompileError, policy.decl->name.range,
                     {"the generated risk dialect does not verify"});
      return nullptr;
    }
    return std::move(module);
  }

private:
  //--- Helpers ----------------------------------------------------------------------

  mlir::Location loc(SourceRange range) {
    if (!range.isValid())
      return builder.getUnknownLoc();
    LineColumn lc = sources.getLineColumn(range.begin);
    return mlir::FileLineColLoc::get(&context, sources.getPath(range.begin.fileId), lc.line,
                                     lc.column);
  }
  static DecisionAction toAction(ActionKind k) { return DecisionAction(int(k)); }
  static CombineStrategy toCombine(Combine c) {
    switch (c) {
    case Combine::FirstMatch:
      return CombineStrategy::first_match;
    case Combine::MostSevere:
      return CombineStrategy::most_severe;
    case Combine::DenyOverrides:
      return CombineStrategy::deny_overrides;
    }
    return CombineStrategy::first_match;
  }

  mlir::Value index(mlir::Location l, int64_t v) {
    return builder.create<mlir::arith::ConstantIndexOp>(l, v);
  }
  mlir::Value i64(mlir::Location l, int64_t v) {
    return builder.create<mlir::arith::ConstantIntOp>(l, v, 64);
  }
  mlir::Value f64(mlir::Location l, double v) {
    return builder.create<mlir::arith::ConstantFloatOp>(l, llvm::APFloat(v), builder.getF64Type());
  }
  mlir::Value boolean(mlir::Location l, bool v) {
    return builder.create<mlir::arith::ConstantIntOp>(l, v, 1);
  }
  mlir::Value str(mlir::Location l, llvm::StringRef s) {
    return builder.create<StrConstantOp>(l, StrType::get(&context), builder.getStringAttr(s));
  }
  mlir::Value kindIs(mlir::Location l, mlir::Value slot, int64_t kind) {
    mlir::Value k = builder.create<SlotKindOp>(l, builder.getI64Type(), slot);
    return builder.create<mlir::arith::CmpIOp>(l, mlir::arith::CmpIPredicate::eq, k, i64(l, kind));
  }

  /// Builds `scf.if cond -> i1 { then } else { other }`.
  mlir::Value ifBool(mlir::Location l, mlir::Value cond, llvm::function_ref<mlir::Value()> then,
                     llvm::function_ref<mlir::Value()> otherwise) {
    auto op = builder.create<mlir::scf::IfOp>(l, builder.getI1Type(), cond, true);
    {
      mlir::OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(&op.getThenRegion().front());
      builder.create<mlir::scf::YieldOp>(l, then());
      builder.setInsertionPointToStart(&op.getElseRegion().front());
      builder.create<mlir::scf::YieldOp>(l, otherwise());
    }
    return op.getResult(0);
  }

  std::string matcherSymbol(int matcher) {
    if (size_t(matcher) < policy.lexicons.size())
      return "lexicon" + std::to_string(matcher);
    return "pattern" + std::to_string(matcher - policy.lexicons.size());
  }

  //--- Matchers and scans -------------------------------------------------------------

  void declareMatchers() {
    for (size_t i = 0; i < policy.lexicons.size(); ++i) {
      const LexiconInfo &lex = policy.lexicons[i];
      llvm::SmallVector<llvm::StringRef> terms;
      llvm::SmallVector<double> weights;
      for (const LexiconInfo::Term &t : lex.terms) {
        terms.push_back(t.text);
        weights.push_back(t.weight);
      }
      auto op = builder.create<LexiconOp>(loc(lex.decl->range), matcherSymbol(i),
                                          builder.getStrArrayAttr(terms),
                                          builder.getF64ArrayAttr(weights), false, false, false,
                                          mlir::ArrayAttr());
      if (lex.foldCase)
        op.setFoldCase(true);
      if (lex.words)
        op.setWords(true);
      if (lex.phrases)
        op.setPhrases(true);
      if (!lex.normalize.empty()) {
        llvm::SmallVector<llvm::StringRef> names(lex.normalize.begin(), lex.normalize.end());
        op.setNormalizeAttr(builder.getStrArrayAttr(names));
      }
    }
    for (size_t i = 0; i < policy.patterns.size(); ++i) {
      const PatternInfo &p = policy.patterns[i];
      auto op = builder.create<PatternOp>(loc(p.range), matcherSymbol(policy.lexicons.size() + i),
                                          p.regex, p.flags);
      if (p.everyMatch)
        op.setEveryMatch(true);
    }
    for (size_t i = 0; i < policy.models.size(); ++i) {
      const ModelInfo &m = policy.models[i];
      llvm::SmallVector<llvm::StringRef> labels;
      llvm::SmallVector<double> biases;
      for (const model::LinearModel::Label &l : m.model->labels) {
        labels.push_back(l.name);
        biases.push_back(l.bias);
      }
      builder.create<ModelOp>(loc(m.decl->range), "model" + std::to_string(i), m.path,
                              builder.getStrArrayAttr(labels), builder.getF64ArrayAttr(biases),
                              int64_t(m.model->buckets));
    }
  }

  mlir::FlatSymbolRefAttr symbol(int matcher) {
    return mlir::FlatSymbolRefAttr::get(&context, matcherSymbol(matcher));
  }

  /// The normalisations of the skeleton `risk.normalize` writes for these:
  /// without `masks`, which risk.unmask applies to that skeleton (so that
  /// lexicons with and without it, and a model, share one), unless nothing
  /// else is left.
  static llvm::SmallVector<llvm::StringRef> skeletonNormalizations(llvm::ArrayRef<llvm::StringRef> names) {
    llvm::SmallVector<llvm::StringRef> out;
    for (llvm::StringRef n : names)
      if (n != "masks")
        out.push_back(n);
    if (out.empty())
      out.push_back("masks");
    return out;
  }

  /// Scans `s` with `matcher` into `m`: a lexicon with `normalize` scans the
  /// skeleton of `s` (its spans mapped back through the origins).
  void scanString(mlir::Location l, int matcher, mlir::Value m, mlir::Value s, mlir::Value slot,
                  bool record) {
    mlir::Value origins;
    const std::vector<std::string> *normalizations = nullptr;
    bool foldCase = false;
    if (size_t(matcher) < policy.lexicons.size()) {
      normalizations = &policy.lexicons[matcher].normalize;
      foldCase = policy.lexicons[matcher].foldCase;
    } else {
      const PatternInfo &p = policy.patterns[matcher - policy.lexicons.size()];
      normalizations = &p.normalize;
      foldCase = patternSkeletonSpec(p.normalize, p.flags).foldCase;
    }
    if (!normalizations->empty()) {
      llvm::SmallVector<llvm::StringRef> names(normalizations->begin(), normalizations->end());
      // `masks` does not change the skeleton (risk.unmask reads it after):
      // left out, the skeleton is the one the other lexicons and a model
      // with the same normalisations read.
      llvm::SmallVector<llvm::StringRef> skeletonNames = skeletonNormalizations(names);
      auto normalize = builder.create<NormalizeOp>(l, StrType::get(&context),
                                                   OriginsType::get(&context), s,
                                                   builder.getStrArrayAttr(skeletonNames), foldCase);
      s = normalize.getSkeleton();
      origins = normalize.getOrigins();
      if (normalizationMask(*normalizations) & NormMasks)
        s = builder.create<UnmaskOp>(l, StrType::get(&context), s, builder.getStrArrayAttr(names),
                                     foldCase);
    }
    builder.create<ScanOp>(l, matcherSymbol(matcher), m, s, origins, slot, record,
                           uint64_t(matcher));
  }

  /// Scans one string slot (when it holds a string) into `m`, recording. A
  /// required string field always holds one (the runtime refuses an input
  /// where it does not before anything is evaluated): no test, so that its
  /// skeleton sits beside every other use of the text and is computed once
  /// (a learned model's included).
  void scanSlot(mlir::Location l, int matcher, mlir::Value m, mlir::Value slot,
                bool alwaysString = false) {
    mlir::OpBuilder::InsertionGuard guard(builder);
    if (!alwaysString) {
      mlir::Value isString = kindIs(l, slot, riskrt::SlotString);
      auto ifOp = builder.create<mlir::scf::IfOp>(l, isString, false);
      builder.setInsertionPointToStart(&ifOp.getThenRegion().front());
    }
    mlir::Value s = builder.create<SlotStringOp>(l, StrType::get(&context), slot);
    scanString(l, matcher, m, s, slot, /*record=*/true);
  }

  /// The planned scans, in the plan's order: the evidence order of every backend.
  void emitScans() {
    for (const Scan &scan : policy.scans) {
      mlir::Location l = loc(policy.decl->range);
      mlir::Value m = builder.create<MatchesNewOp>(l, MatchesType::get(&context), symbol(scan.matcher));
      mlir::Value slot = index(l, scan.slot);
      const Slot &plan = policy.slots[scan.slot];
      if (plan.type.kind == Kind::List) {
        mlir::Value first = builder.create<SlotFirstOp>(l, builder.getIndexType(), slot);
        mlir::Value count = builder.create<SlotCountOp>(l, builder.getIndexType(), slot);
        auto loop = builder.create<mlir::scf::ForOp>(l, index(l, 0), count, index(l, 1));
        mlir::OpBuilder::InsertionGuard guard(builder);
        builder.setInsertionPointToStart(loop.getBody());
        mlir::Value element =
            builder.create<mlir::arith::AddIOp>(l, first, loop.getInductionVar());
        scanSlot(l, scan.matcher, m, element);
      } else {
        bool requiredString = plan.kind == Slot::Kind::Field && plan.type.kind == Kind::String &&
                              !plan.optional;
        scanSlot(l, scan.matcher, m, slot, requiredString);
      }
      scans[{scan.matcher, scan.slot}] = m;
    }
  }

  //--- Expressions ----------------------------------------------------------------------

  /// Reads a slot as a value of `kind` (string, number, bool, or a reference).
  Gen readSlot(mlir::Location l, mlir::Value slot, ValueType type) {
    Gen g;
    switch (type.kind) {
    case Kind::String:
      g.kind = Kind::String;
      g.value = builder.create<SlotStringOp>(l, StrType::get(&context), slot);
      return g;
    case Kind::Number:
      g.kind = Kind::Number;
      g.value = builder.create<SlotNumberOp>(l, builder.getF64Type(), slot);
      return g;
    case Kind::Bool: {
      g.kind = Kind::Bool;
      mlir::Value n = builder.create<SlotNumberOp>(l, builder.getF64Type(), slot);
      g.value = builder.create<mlir::arith::CmpFOp>(l, mlir::arith::CmpFPredicate::UNE, n, f64(l, 0));
      return g;
    }
    default:
      g.kind = type.kind; // Json or List: the slot itself
      g.value = slot;
      return g;
    }
  }

  /// Applies the conversion the checker recorded for a JSON value.
  Gen convert(mlir::Location l, Gen json, Kind to) {
    int64_t kind = to == Kind::String ? riskrt::SlotString
                   : to == Kind::Number ? riskrt::SlotNumber
                                        : riskrt::SlotBool;
    mlir::Value ok = kindIs(l, json.value, kind);
    auto ifOp = builder.create<mlir::scf::IfOp>(l, ok, true);
    {
      mlir::OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(&ifOp.getElseRegion().front());
      builder.create<FailOp>(l, uint64_t(riskrt::EvalJsonType), json.value);
    }
    return readSlot(l, json.value, ValueType::of(to));
  }

  Gen expr(const Expr &e) {
    Gen g = exprRaw(e);
    Kind to = policy.info(e).convertTo;
    if (to != Kind::Error && g.kind == Kind::Json)
      return convert(loc(e.range), g, to);
    return g;
  }

  Gen exprRaw(const Expr &e) {
    mlir::Location l = loc(e.range);
    const ExprInfo &info = policy.info(e);
    Gen g;
    switch (e.getKind()) {
    case Expr::Kind::Number:
      return {Kind::Number, f64(l, llvm::cast<NumberExpr>(e).value)};
    case Expr::Kind::String:
      return {Kind::String, str(l, llvm::cast<StringExpr>(e).text.value)};
    case Expr::Kind::Bool:
      return {Kind::Bool, boolean(l, llvm::cast<BoolExpr>(e).value)};
    case Expr::Kind::Regex:
      return {Kind::Pattern, {}};
    case Expr::Kind::Name:
      if (info.let)
        return lets[info.let];
      if (info.slot >= 0)
        return readSlot(l, index(l, info.slot), policy.slots[info.slot].type);
      if (!info.enumLiteral.empty())
        return {Kind::String, str(l, info.enumLiteral)};
      return {info.type.kind, {}};
    case Expr::Kind::Member:
    case Expr::Kind::Index:
    case Expr::Kind::Wildcard: {
      if (info.slot >= 0)
        return readSlot(l, index(l, info.slot), policy.slots[info.slot].type);
      if (auto *x = llvm::dyn_cast<IndexExpr>(&e))
        return listElement(l, *x, info);
      if (info.modelLabel >= 0) {
        Gen scores = expr(*llvm::cast<MemberExpr>(e).base);
        mlir::Value v = builder.create<ModelLabelOp>(l, builder.getF64Type(), scores.value,
                                                     int64_t(info.modelLabel));
        auto id = policy.scoreIds.find(&e);
        if (id != policy.scoreIds.end())
          builder.create<ScoreOp>(l, uint64_t(id->second), v);
        return {Kind::Number, v};
      }
      return {info.type.kind, {}};
    }
    case Expr::Kind::Unary: {
      auto &u = llvm::cast<UnaryExpr>(e);
      Gen x = expr(*u.operand);
      if (u.op == UnaryExpr::Op::Not)
        return {Kind::Bool, builder.create<mlir::arith::XOrIOp>(l, x.value, boolean(l, true))};
      return {Kind::Number, builder.create<mlir::arith::NegFOp>(l, x.value)};
    }
    case Expr::Kind::Binary:
      return binary(llvm::cast<BinaryExpr>(e));
    case Expr::Kind::List: {
      g.kind = Kind::List;
      for (const auto &x : llvm::cast<ListExpr>(e).elements)
        g.elements.push_back(expr(*x));
      return g;
    }
    case Expr::Kind::Call:
      return call(llvm::cast<CallExpr>(e));
    }
    return g;
  }

  /// `list[i]`: a bounds-checked element slot.
  Gen listElement(mlir::Location l, const IndexExpr &x, const ExprInfo &info) {
    Gen list = expr(*x.base);
    Gen i = expr(*x.index);
    mlir::Value first = builder.create<SlotFirstOp>(l, builder.getIndexType(), list.value);
    mlir::Value count = builder.create<SlotCountOp>(l, builder.getIndexType(), list.value);
    mlir::Value countF = builder.create<mlir::arith::UIToFPOp>(
        l, builder.getF64Type(), builder.create<mlir::arith::IndexCastUIOp>(l, builder.getI64Type(), count));
    mlir::Value floor = builder.create<mlir::math::FloorOp>(l, i.value);
    auto cmp = [&](mlir::arith::CmpFPredicate p, mlir::Value a, mlir::Value b) {
      return builder.create<mlir::arith::CmpFOp>(l, p, a, b);
    };
    mlir::Value ok = builder.create<mlir::arith::AndIOp>(
        l, cmp(mlir::arith::CmpFPredicate::OGE, i.value, f64(l, 0)),
        builder.create<mlir::arith::AndIOp>(l, cmp(mlir::arith::CmpFPredicate::OEQ, floor, i.value),
                                            cmp(mlir::arith::CmpFPredicate::OLT, i.value, countF)));
    auto ifOp = builder.create<mlir::scf::IfOp>(l, ok, true);
    {
      mlir::OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(&ifOp.getElseRegion().front());
      builder.create<FailOp>(l, uint64_t(riskrt::EvalIndexRange), list.value);
    }
    // Out of range: read the list slot itself, which reads as empty; the
    // decision is an error anyway.
    mlir::Value safeI = builder.create<mlir::arith::SelectOp>(l, ok, i.value, f64(l, 0));
    mlir::Value offset = builder.create<mlir::arith::IndexCastUIOp>(
        l, builder.getIndexType(), builder.create<mlir::arith::FPToUIOp>(l, builder.getI64Type(), safeI));
    mlir::Value element = builder.create<mlir::arith::SelectOp>(
        l, ok, builder.create<mlir::arith::AddIOp>(l, first, offset), list.value);
    return readSlot(l, element, ValueType::of(info.type.kind));
  }

  /// Equality with JSON compared as JSON.
  mlir::Value equal(mlir::Location l, Gen a, Gen b) {
    if (a.kind != Kind::Json && b.kind == Kind::Json)
      std::swap(a, b);
    auto andI = [&](mlir::Value x, mlir::Value y) { return builder.create<mlir::arith::AndIOp>(l, x, y).getResult(); };
    auto orI = [&](mlir::Value x, mlir::Value y) { return builder.create<mlir::arith::OrIOp>(l, x, y).getResult(); };
    auto numEq = [&](mlir::Value x, mlir::Value y) {
      return builder.create<mlir::arith::CmpFOp>(l, mlir::arith::CmpFPredicate::OEQ, x, y).getResult();
    };
    auto asString = [&](mlir::Value slot) {
      return builder.create<SlotStringOp>(l, StrType::get(&context), slot).getResult();
    };
    auto asNumber = [&](mlir::Value slot) {
      return builder.create<SlotNumberOp>(l, builder.getF64Type(), slot).getResult();
    };
    if (a.kind == Kind::Json && b.kind == Kind::Json) {
      mlir::Value ka = builder.create<SlotKindOp>(l, builder.getI64Type(), a.value);
      mlir::Value kb = builder.create<SlotKindOp>(l, builder.getI64Type(), b.value);
      auto kIs = [&](mlir::Value k, int64_t v) {
        return builder.create<mlir::arith::CmpIOp>(l, mlir::arith::CmpIPredicate::eq, k, i64(l, v)).getResult();
      };
      mlir::Value same = builder.create<mlir::arith::CmpIOp>(l, mlir::arith::CmpIPredicate::eq, ka, kb);
      mlir::Value strings = andI(kIs(ka, riskrt::SlotString),
                                 builder.create<StrEqOp>(l, builder.getI1Type(), asString(a.value), asString(b.value)));
      mlir::Value numbers = andI(orI(kIs(ka, riskrt::SlotNumber), kIs(ka, riskrt::SlotBool)),
                                 numEq(asNumber(a.value), asNumber(b.value)));
      mlir::Value empty = orI(kIs(ka, riskrt::SlotNull), kIs(ka, riskrt::SlotAbsent));
      return andI(same, orI(strings, orI(numbers, empty)));
    }
    if (a.kind == Kind::Json) {
      if (b.kind == Kind::String)
        return andI(kindIs(l, a.value, riskrt::SlotString),
                    builder.create<StrEqOp>(l, builder.getI1Type(), asString(a.value), b.value));
      if (b.kind == Kind::Number)
        return andI(kindIs(l, a.value, riskrt::SlotNumber), numEq(asNumber(a.value), b.value));
      mlir::Value truth = builder.create<mlir::arith::CmpFOp>(l, mlir::arith::CmpFPredicate::UNE,
                                                              asNumber(a.value), f64(l, 0));
      return andI(kindIs(l, a.value, riskrt::SlotBool),
                  builder.create<mlir::arith::CmpIOp>(l, mlir::arith::CmpIPredicate::eq, truth, b.value));
    }
    switch (a.kind) {
    case Kind::String:
      return builder.create<StrEqOp>(l, builder.getI1Type(), a.value, b.value);
    case Kind::Number:
      return numEq(a.value, b.value);
    default:
      return builder.create<mlir::arith::CmpIOp>(l, mlir::arith::CmpIPredicate::eq, a.value, b.value);
    }
  }

  /// Any element of a list field for which `test` holds.
  mlir::Value anyElement(mlir::Location l, mlir::Value listSlot, Kind element,
                         llvm::function_ref<mlir::Value(Gen)> test) {
    mlir::Value first = builder.create<SlotFirstOp>(l, builder.getIndexType(), listSlot);
    mlir::Value count = builder.create<SlotCountOp>(l, builder.getIndexType(), listSlot);
    auto loop = builder.create<mlir::scf::ForOp>(l, index(l, 0), count, index(l, 1),
                                                 mlir::ValueRange{boolean(l, false)});
    mlir::OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(loop.getBody());
    mlir::Value slot = builder.create<mlir::arith::AddIOp>(l, first, loop.getInductionVar());
    Gen e = readSlot(l, slot, ValueType::of(element));
    mlir::Value hit = test(e);
    mlir::Value acc = builder.create<mlir::arith::OrIOp>(l, loop.getRegionIterArgs()[0], hit);
    builder.create<mlir::scf::YieldOp>(l, acc);
    return loop.getResult(0);
  }

  Gen binary(const BinaryExpr &b) {
    using Op = BinaryExpr::Op;
    mlir::Location l = loc(b.range);
    if (b.op == Op::And || b.op == Op::Or) {
      Gen lhs = expr(*b.lhs);
      bool isAnd = b.op == Op::And;
      mlir::Value v = ifBool(
          l, lhs.value,
          [&] { return isAnd ? expr(*b.rhs).value : boolean(l, true); },
          [&] { return isAnd ? boolean(l, false) : expr(*b.rhs).value; });
      return {Kind::Bool, v};
    }
    if (b.op == Op::In || b.op == Op::NotIn) {
      mlir::Value in = membership(l, *b.lhs, *b.rhs);
      if (b.op == Op::NotIn)
        in = builder.create<mlir::arith::XOrIOp>(l, in, boolean(l, true));
      return {Kind::Bool, in};
    }
    Gen lhs = expr(*b.lhs), rhs = expr(*b.rhs);
    auto cmp = [&](mlir::arith::CmpFPredicate p) {
      return Gen{Kind::Bool, builder.create<mlir::arith::CmpFOp>(l, p, lhs.value, rhs.value)};
    };
    switch (b.op) {
    case Op::Add:
      return {Kind::Number, builder.create<mlir::arith::AddFOp>(l, lhs.value, rhs.value)};
    case Op::Sub:
      return {Kind::Number, builder.create<mlir::arith::SubFOp>(l, lhs.value, rhs.value)};
    case Op::Mul:
      return {Kind::Number, builder.create<mlir::arith::MulFOp>(l, lhs.value, rhs.value)};
    case Op::Div:
      return {Kind::Number, builder.create<mlir::arith::DivFOp>(l, lhs.value, rhs.value)};
    case Op::Mod:
      return {Kind::Number, builder.create<mlir::arith::RemFOp>(l, lhs.value, rhs.value)};
    case Op::Lt:
      return cmp(mlir::arith::CmpFPredicate::OLT);
    case Op::Le:
      return cmp(mlir::arith::CmpFPredicate::OLE);
    case Op::Gt:
      return cmp(mlir::arith::CmpFPredicate::OGT);
    case Op::Ge:
      return cmp(mlir::arith::CmpFPredicate::OGE);
    case Op::Eq:
      return {Kind::Bool, equal(l, lhs, rhs)};
    case Op::Ne: {
      // Not equal, and (as every comparison with not-a-number) false when a
      // number operand is NaN.
      mlir::Value ne = builder.create<mlir::arith::XOrIOp>(l, equal(l, lhs, rhs), boolean(l, true));
      for (const Gen *g : {&lhs, &rhs})
        if (g->kind == Kind::Number) {
          mlir::Value ordered =
              builder.create<mlir::arith::CmpFOp>(l, mlir::arith::CmpFPredicate::ORD, g->value, g->value);
          ne = builder.create<mlir::arith::AndIOp>(l, ne, ordered);
        }
      return {Kind::Bool, ne};
    }
    default:
      return {};
    }
  }

  mlir::Value membership(mlir::Location l, const Expr &lhsExpr, const Expr &rhsExpr) {
    const ExprInfo &set = policy.info(rhsExpr);
    Gen lhs = expr(lhsExpr);
    if (set.type.kind == Kind::Categories) {
      auto names = builder.getStrArrayAttr(
          llvm::SmallVector<llvm::StringRef>(set.categoryNames.begin(), set.categoryNames.end()));
      auto inSet = [&](Gen x) -> mlir::Value {
        if (x.kind == Kind::Json)
          x = convert(l, x, Kind::String);
        return builder.create<CategoryInOp>(l, builder.getI1Type(), x.value, names);
      };
      if (lhs.kind == Kind::List)
        return anyElement(l, lhs.value, Kind::String, inSet);
      return inSet(lhs);
    }
    Gen rhs = expr(rhsExpr);
    if (rhs.kind == Kind::String)
      return builder.create<StrContainsOp>(l, builder.getI1Type(), rhs.value, lhs.value);
    if (rhs.kind == Kind::List && rhs.lexicon >= 0) {
      // "term" in terms(lex, text): every term with that text.
      mlir::Value any = boolean(l, false);
      const LexiconInfo &lex = policy.lexicons[rhs.lexicon];
      for (size_t t = 0; t < lex.terms.size(); ++t) {
        mlir::Value has = builder.create<MatchesHasOp>(l, builder.getI1Type(), matcherSymbol(rhs.lexicon), rhs.value, uint64_t(t));
        mlir::Value same = builder.create<StrEqOp>(l, builder.getI1Type(), lhs.value, str(l, lex.terms[t].text));
        any = builder.create<mlir::arith::OrIOp>(l, any, builder.create<mlir::arith::AndIOp>(l, has, same));
      }
      return any;
    }
    if (rhs.kind == Kind::List && !rhs.value) {
      mlir::Value any = boolean(l, false);
      for (const Gen &e : rhs.elements)
        any = builder.create<mlir::arith::OrIOp>(l, any, equal(l, lhs, e));
      return any;
    }
    // A list field.
    Kind element = policy.info(rhsExpr).type.element;
    return anyElement(l, rhs.value, element, [&](Gen e) { return equal(l, lhs, e); });
  }

  //--- Calls ---------------------------------------------------------------------------

  /// The matches of `matcher` over `arg`: the planned scan, or a scan here.
  mlir::Value matches(mlir::Location l, int matcher, const Expr &arg) {
    int slot = policy.info(arg).slot;
    if (policy.info(arg).type.kind == Kind::Json && slot >= 0) {
      // A JSON value is searched as a string: any other JSON type (or none)
      // fails, as it does wherever a JSON value is used as a string.
      mlir::Value s = index(l, slot);
      auto ifOp = builder.create<mlir::scf::IfOp>(l, kindIs(l, s, riskrt::SlotString), true);
      mlir::OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(&ifOp.getElseRegion().front());
      builder.create<FailOp>(l, uint64_t(riskrt::EvalJsonType), s);
    }
    auto planned = scans.find({matcher, slot});
    if (slot >= 0 && planned != scans.end())
      return planned->second;
    mlir::Value m = builder.create<MatchesNewOp>(l, MatchesType::get(&context), symbol(matcher));
    Gen x = expr(arg);
    if (x.kind == Kind::List) {
      mlir::Value first = builder.create<SlotFirstOp>(l, builder.getIndexType(), x.value);
      mlir::Value count = builder.create<SlotCountOp>(l, builder.getIndexType(), x.value);
      auto loop = builder.create<mlir::scf::ForOp>(l, index(l, 0), count, index(l, 1));
      mlir::OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(loop.getBody());
      mlir::Value element = builder.create<mlir::arith::AddIOp>(l, first, loop.getInductionVar());
      mlir::Value s = builder.create<SlotStringOp>(l, StrType::get(&context), element);
      scanString(l, matcher, m, s, element, /*record=*/false);
      return m;
    }
    scanString(l, matcher, m, x.value, index(l, -1), /*record=*/false);
    return m;
  }

  Gen call(const CallExpr &c) {
    mlir::Location l = loc(c.range);
    const ExprInfo &info = policy.info(c);
    auto arg = [&](size_t i) { return expr(*c.args[i]); };
    // strings(j), keys(j): a list the runtime prepared.
    if (info.slot >= 0)
      return readSlot(l, index(l, info.slot), policy.slots[info.slot].type);
    switch (info.builtin) {
    case Builtin::Lower:
      return {Kind::String, builder.create<StrLowerOp>(l, StrType::get(&context), arg(0).value)};
    case Builtin::Contains:
      return {Kind::Bool, builder.create<StrContainsOp>(l, builder.getI1Type(), arg(0).value, arg(1).value)};
    case Builtin::StartsWith:
      return {Kind::Bool, builder.create<StrStartsWithOp>(l, builder.getI1Type(), arg(0).value, arg(1).value)};
    case Builtin::EndsWith:
      return {Kind::Bool, builder.create<StrEndsWithOp>(l, builder.getI1Type(), arg(0).value, arg(1).value)};
    case Builtin::Length: {
      Gen x = arg(0);
      if (x.kind == Kind::String)
        return {Kind::Number, builder.create<StrLengthOp>(l, builder.getF64Type(), x.value)};
      if (x.lexicon >= 0)
        return {Kind::Number,
                builder.create<MatchesDistinctOp>(l, builder.getF64Type(), symbol(x.lexicon), x.value)};
      if (x.value) {
        mlir::Value count = builder.create<SlotCountOp>(l, builder.getIndexType(), x.value);
        mlir::Value i = builder.create<mlir::arith::IndexCastUIOp>(l, builder.getI64Type(), count);
        return {Kind::Number, builder.create<mlir::arith::UIToFPOp>(l, builder.getF64Type(), i)};
      }
      return {Kind::Number, f64(l, double(x.elements.size()))};
    }
    case Builtin::String:
    case Builtin::Number:
      return arg(0);
    case Builtin::Any:
    case Builtin::Count:
    case Builtin::Weight:
    case Builtin::Terms:
    case Builtin::Matches: {
      const ExprInfo &m = policy.info(*c.args[0]);
      int matcher = m.lexicon >= 0 ? m.lexicon : policy.matcherOfPattern(m.pattern);
      mlir::Value found = matches(l, matcher, *c.args[1]);
      switch (info.builtin) {
      case Builtin::Any:
      case Builtin::Matches:
        return {Kind::Bool, builder.create<MatchesAnyOp>(l, builder.getI1Type(), symbol(matcher), found)};
      case Builtin::Terms: {
        Gen g{Kind::List, found};
        g.lexicon = matcher;
        return g;
      }
      default: {
        mlir::Value v =
            info.builtin == Builtin::Count
                ? builder.create<MatchesCountOp>(l, builder.getF64Type(), symbol(matcher), found).getResult()
                : builder.create<MatchesWeightOp>(l, builder.getF64Type(), symbol(matcher), found).getResult();
        auto id = policy.scoreIds.find(&c);
        if (id != policy.scoreIds.end())
          builder.create<ScoreOp>(l, uint64_t(id->second), v);
        return {Kind::Number, v};
      }
      }
    }
    case Builtin::Strings: // read from their slot, above
    case Builtin::Keys:
    case Builtin::None:
      if (info.model >= 0) {
        // A model is evaluated once per text, before the rules (in the
        // policy's body, like a `let`): a rule's condition
        // is a tree of branches, and the same call in two rules, or in a
        // branch, would otherwise run the whole model again.
        std::string key = std::to_string(info.model) + ":" + exprToString(*c.args[0]);
        if (auto it = modelEvals.find(key); it != modelEvals.end())
          return it->second;
        mlir::OpBuilder::InsertionGuard guard(builder);
        if (firstRule) {
          builder.setInsertionPoint(firstRule);
        } else {
          // In a `let`: before the op of the policy's body that holds the call
          // (`a or clf(text).x >= 0.5` puts it in a branch), so that every
          // later let and rule that reuses it is dominated by it.
          mlir::Operation *anchor = nullptr;
          for (mlir::Block *b = builder.getInsertionBlock(); b && b != policyBody; b = anchor->getBlock())
            anchor = b->getParentOp();
          if (anchor)
            builder.setInsertionPoint(anchor);
        }
        Gen text = expr(*c.args[0]);
        mlir::Value input = text.value;
        // A model trained on skeletons reads the skeleton (the same op the
        // lexicons with these normalisations use: computed once).
        const auto &model = *policy.models[info.model].model;
        if (!model.normalize.empty()) {
          llvm::SmallVector<llvm::StringRef> names(model.normalize.begin(), model.normalize.end());
          unsigned mask = normalizationMask(model.normalize);
          bool collapse = mask & NormRepeats;
          // The lexicons' skeleton of the same text (CSE makes it one), with
          // `masks` their unmasked skeleton, then runs of a letter collapsed
          // in a copy.
          llvm::SmallVector<llvm::StringRef> skeletonNames = skeletonNormalizations(names);
          input = builder
                      .create<NormalizeOp>(l, StrType::get(&context), OriginsType::get(&context), input,
                                           builder.getStrArrayAttr(skeletonNames), /*fold_case=*/true)
                      .getSkeleton();
          if (mask & NormMasks)
            input = builder.create<UnmaskOp>(l, StrType::get(&context), input, builder.getStrArrayAttr(names),
                                             /*fold_case=*/true);
          if (collapse)
            input = builder.create<CollapseRepeatsOp>(l, StrType::get(&context), input);
        }
        auto sym = mlir::FlatSymbolRefAttr::get(&context, "model" + std::to_string(info.model));
        Gen scores{Kind::Scores, builder.create<ModelEvalOp>(l, ScoresType::get(&context), sym, input)};
        modelEvals[key] = scores;
        return scores;
      }
      break;
    }
    failed = true;
    return {};
  }

  mlir::MLIRContext &context;
  const CheckedPolicy &policy;
  const SourceManager &sources;
  DiagnosticEngine &diags;
  mlir::OpBuilder builder;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  std::map<const LetDecl *, Gen> lets;
  /// The first rule (what the policy computes for its rules comes before
  /// it), and each model's scores of each text, computed there.
  mlir::Operation *firstRule = nullptr;
  mlir::Block *policyBody = nullptr; ///< where lets and rules are emitted
  std::map<std::string, Gen> modelEvals;
  std::map<std::pair<int, int>, mlir::Value> scans;
  bool failed = false;
};

} // namespace

mlir::OwningOpRef<mlir::ModuleOp> risk::generatePolicyModule(mlir::MLIRContext &context,
                                                             const CheckedPolicy &policy,
                                                             const SourceManager &sources,
                                                             DiagnosticEngine &diags) {
  registerRiskDialects(context);
  return Generator(context, policy, sources, diags).run();
}
