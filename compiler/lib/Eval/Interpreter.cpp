//===- Interpreter.cpp - The reference interpreter -------------------------===//
//
// The semantics of docs/design/guards.md, written as plainly as possible:
// prepare the input (shared runtime code), run every planned scan in order
// recording evidence, evaluate the `let`s in order, then the rules under the
// policy's combining strategy, and write the same `out` buffer the generated
// code writes. Failures stop evaluation with an error code and the slot.
//
//===----------------------------------------------------------------------===//
#include "risk/Eval/Interpreter.h"

#include "risk/AST/ASTPrinter.h"
#include "risk/Automata/Reference.h"
#include "risk/Automata/Skeleton.h"
#include "llvm/ADT/STLExtras.h"
#include <cmath>
#include <map>
#include <set>

using namespace risk;
using Kind = ValueType::Kind;

namespace {

/// A runtime value. Strings point into the arena or own their bytes.
struct Value {
  Kind kind = Kind::Error;
  bool b = false;
  double n = 0;
  std::string s;
  int slot = -1;               ///< Json values and lists: the slot
  std::vector<Value> list;     ///< list literals
  std::set<int> terms;         ///< terms(): matched term ids
  int lexicon = -1;            ///< terms(): whose ids
};

/// Thrown-free failure: evaluation stops and the out buffer says why.
struct Failure {
  int64_t code = 0;
  int64_t slot = -1;
};

} // namespace

struct Interpreter::Run {
  const Interpreter &self;
  const CheckedPolicy &policy;
  riskrt::PreparedInput &input;
  std::vector<int64_t> &out;
  Failure failure;
  std::map<const LetDecl *, Value> lets;
  /// Scan results by (matcher, slot): matches as (start, end, term).
  std::map<std::pair<int, int>, std::vector<std::tuple<size_t, size_t, int>>> scans;
  int64_t recorded = 0;

  size_t numScores() const { return policy.scores.size(); }
  int64_t kindOf(int slot) const { return input.slots[3 * slot]; }
  std::string stringOf(int slot) const {
    return input.arena.substr(input.slots[3 * slot + 1], input.slots[3 * slot + 2]);
  }
  double numberOf(int slot) const { return input.numbers[numScores() + slot]; }

  bool fail(int64_t code, int64_t slot) {
    if (!failure.code)
      failure = {code, slot};
    return false;
  }

  //--- Matching ------------------------------------------------------------------

  /// Every match of a lexicon in `text`: (start, end, term), by end then term.
  std::vector<std::tuple<size_t, size_t, int>> lexiconMatches(size_t lexicon, llvm::StringRef text) const {
    const LexiconInfo &lex = policy.lexicons[lexicon];
    std::vector<std::tuple<size_t, size_t, int>> out;
    TermOptions options{lex.foldCase, lex.phrases, normalizationMask(lex.normalize)};
    SkeletonWords words = policy.skeletonWords(skeletonSpec(options));
    auto matches = referenceLexiconMatches(self.lexiconTerms[lexicon], text, options, lex.words, &words);
    for (size_t t = 0; t < lex.terms.size(); ++t)
      for (auto [start, end] : matches[t])
        out.push_back({start, end, int(t)});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
      return std::get<1>(a) != std::get<1>(b) ? std::get<1>(a) < std::get<1>(b)
                                              : std::get<2>(a) < std::get<2>(b);
    });
    return out;
  }

  std::vector<std::tuple<size_t, size_t, int>> matcherMatches(int matcher,
                                                              llvm::StringRef text) const {
    if (size_t(matcher) < policy.lexicons.size())
      return lexiconMatches(size_t(matcher), text);
    std::vector<std::tuple<size_t, size_t, int>> out;
    size_t p = matcher - policy.lexicons.size();
    const PatternInfo &pattern = policy.patterns[p];
    // A pattern with `normalize` reads the skeleton; a match is mapped back
    // to the text as a lexicon's is, from the start of the character of its
    // first byte to the end of the character of its last (an empty match at
    // the skeleton's end: where its last character ends, 0 when it is empty).
    std::string skeleton;
    std::vector<SkeletonOrigin> origins;
    llvm::StringRef scanned = text;
    if (!pattern.normalize.empty()) {
      SkeletonSpec spec = patternSkeletonSpec(pattern.normalize, pattern.flags);
      skeletonOf(text, spec, skeleton, origins, policy.skeletonWords(spec).split);
      scanned = skeleton;
    }
    auto add = [&](size_t start, size_t end) {
      if (!pattern.normalize.empty()) {
        size_t first = start < origins.size() ? originStart(origins[start])
                       : origins.empty()      ? 0
                                              : originEnd(origins.back());
        end = end > start ? originEnd(origins[end - 1]) : first;
        start = first;
      }
      out.push_back({start, end, -1});
    };
    if (pattern.everyMatch) {
      for (auto [start, end] : referenceFindAll(self.patterns[p], scanned))
        add(start, end);
    } else if (auto m = referenceFind(self.patterns[p], scanned)) {
      add(m->first, m->second);
    }
    return out;
  }

  /// The string slots a scan covers: the slot itself or a list's elements.
  std::vector<int> stringSlots(int slot) const {
    if (kindOf(slot) == riskrt::SlotList) {
      std::vector<int> out;
      for (int64_t i = 0; i < input.slots[3 * slot + 2]; ++i)
        out.push_back(input.slots[3 * slot + 1] + i);
      return out;
    }
    return {slot};
  }

  void runScans() {
    int64_t capacity = policy.spanCapacity;
    int64_t *spans = out.data() + riskrt::OutLayout::Rules + policy.rules.size();
    for (const Scan &scan : policy.scans) {
      for (int slot : stringSlots(scan.slot)) {
        std::vector<std::tuple<size_t, size_t, int>> found;
        if (kindOf(slot) == riskrt::SlotString)
          found = matcherMatches(scan.matcher, stringOf(slot));
        for (auto [start, end, term] : found) {
          if (recorded < capacity) {
            int64_t *s = spans + recorded * riskrt::OutLayout::SpanWords;
            s[0] = scan.matcher;
            s[1] = slot;
            s[2] = start;
            s[3] = end;
            s[4] = term;
            ++recorded;
          } else {
            out[riskrt::OutLayout::Truncated] = 1;
          }
        }
        scans[{scan.matcher, slot}] = std::move(found);
      }
    }
    out[riskrt::OutLayout::SpanCount] = recorded;
  }

  /// Matches of `matcher` in the string value of `arg`: from the planned scan
  /// when `arg` reads a slot directly, else computed here.
  bool matchesOf(int matcher, const Expr &arg,
                 std::vector<std::vector<std::tuple<size_t, size_t, int>>> &out) {
    int slot = policy.info(arg).slot;
    // A JSON value is searched as a string; any other JSON type fails.
    if (policy.info(arg).type.kind == Kind::Json && slot >= 0 && kindOf(slot) != riskrt::SlotString)
      return fail(riskrt::EvalJsonType, slot);
    if (slot >= 0) {
      auto scanned = scans.find({matcher, slot});
      if (scanned != scans.end() || kindOf(slot) == riskrt::SlotList) {
        for (int s : stringSlots(slot)) {
          auto it = scans.find({matcher, s});
          if (it != scans.end())
            out.push_back(it->second);
          else if (kindOf(s) == riskrt::SlotString)
            out.push_back(matcherMatches(matcher, stringOf(s)));
        }
        return true;
      }
    }
    Value v;
    if (!eval(arg, v))
      return false;
    if (v.kind == Kind::List) {
      for (const Value &e : v.list)
        out.push_back(matcherMatches(matcher, e.s));
      return true;
    }
    out.push_back(matcherMatches(matcher, v.s));
    return true;
  }

  //--- Values ---------------------------------------------------------------------

  /// Reads slot `slot` as a value of the slot's declared type.
  bool readSlot(int slot, Value &v) {
    const Slot *plan = size_t(slot) < policy.slots.size() ? &policy.slots[slot] : nullptr;
    int64_t kind = kindOf(slot);
    if (plan && plan->kind == Slot::Kind::JsonPath) {
      v.kind = Kind::Json;
      v.slot = slot;
      return true;
    }
    if (plan && plan->type.kind == Kind::Json) {
      v.kind = Kind::Json;
      v.slot = slot;
      return true;
    }
    if (kind == riskrt::SlotList) {
      v.kind = Kind::List;
      v.slot = slot;
      return true;
    }
    if (kind == riskrt::SlotString) {
      v.kind = Kind::String;
      v.s = stringOf(slot);
      return true;
    }
    if (kind == riskrt::SlotNumber) {
      v.kind = Kind::Number;
      v.n = numberOf(slot);
      return true;
    }
    if (kind == riskrt::SlotBool) {
      v.kind = Kind::Bool;
      v.b = numberOf(slot) != 0;
      return true;
    }
    v.kind = Kind::Json;
    v.slot = slot;
    return true;
  }

  /// Applies a JSON value's conversion to a string, number or bool.
  bool convert(const Value &in, Kind to, Value &v) {
    int64_t kind = kindOf(in.slot);
    if (to == Kind::String && kind == riskrt::SlotString) {
      v.kind = Kind::String;
      v.s = stringOf(in.slot);
      return true;
    }
    if (to == Kind::Number && kind == riskrt::SlotNumber) {
      v.kind = Kind::Number;
      v.n = numberOf(in.slot);
      return true;
    }
    if (to == Kind::Bool && kind == riskrt::SlotBool) {
      v.kind = Kind::Bool;
      v.b = numberOf(in.slot) != 0;
      return true;
    }
    return fail(riskrt::EvalJsonType, in.slot);
  }

  /// Evaluates `e`, applying the conversion the checker recorded for it.
  bool eval(const Expr &e, Value &v) {
    if (!evalRaw(e, v))
      return false;
    Kind to = policy.info(e).convertTo;
    if (to != Kind::Error && v.kind == Kind::Json) {
      Value json = v;
      return convert(json, to, v);
    }
    return true;
  }

  bool evalBool(const Expr &e, bool &out) {
    Value v;
    if (!eval(e, v))
      return false;
    out = v.b;
    return true;
  }

  static size_t codePoints(const std::string &s) {
    size_t n = 0;
    for (unsigned char c : s)
      n += (c & 0xC0) != 0x80;
    return n;
  }

  /// Equality of two values, JSON compared as JSON.
  bool equal(const Value &a, const Value &b) {
    if (a.kind == Kind::Json && b.kind == Kind::Json) {
      int64_t ka = kindOf(a.slot), kb = kindOf(b.slot);
      if (ka != kb)
        return false;
      switch (ka) {
      case riskrt::SlotString:
        return stringOf(a.slot) == stringOf(b.slot);
      case riskrt::SlotNumber:
      case riskrt::SlotBool:
        return numberOf(a.slot) == numberOf(b.slot);
      case riskrt::SlotNull:
      case riskrt::SlotAbsent:
        return true;
      default:
        return false;
      }
    }
    if (a.kind == Kind::Json)
      return equal(b, a);
    if (b.kind == Kind::Json) {
      int64_t k = kindOf(b.slot);
      if (a.kind == Kind::String)
        return k == riskrt::SlotString && a.s == stringOf(b.slot);
      if (a.kind == Kind::Number)
        return k == riskrt::SlotNumber && a.n == numberOf(b.slot);
      if (a.kind == Kind::Bool)
        return k == riskrt::SlotBool && a.b == (numberOf(b.slot) != 0);
      return false;
    }
    switch (a.kind) {
    case Kind::String:
      return a.s == b.s;
    case Kind::Number:
      return a.n == b.n;
    case Kind::Bool:
      return a.b == b.b;
    default:
      return false;
    }
  }

  /// The elements of a list value, read from its slots or its literal.
  bool elements(const Value &list, std::vector<Value> &out) {
    if (list.slot < 0) {
      out = list.list;
      return true;
    }
    for (int s : stringSlots(list.slot)) {
      Value e;
      readSlot(s, e);
      out.push_back(std::move(e));
    }
    return true;
  }

  bool evalRaw(const Expr &e, Value &v) {
    const ExprInfo &info = policy.info(e);
    switch (e.getKind()) {
    case Expr::Kind::Number:
      v.kind = Kind::Number;
      v.n = llvm::cast<NumberExpr>(e).value;
      return true;
    case Expr::Kind::String:
      v.kind = Kind::String;
      v.s = llvm::cast<StringExpr>(e).text.value;
      return true;
    case Expr::Kind::Bool:
      v.kind = Kind::Bool;
      v.b = llvm::cast<BoolExpr>(e).value;
      return true;
    case Expr::Kind::Name: {
      if (info.let) {
        v = lets[info.let];
        return true;
      }
      if (info.slot >= 0)
        return readSlot(info.slot, v);
      if (!info.enumLiteral.empty()) {
        v.kind = Kind::String;
        v.s = info.enumLiteral;
        return true;
      }
      v.kind = info.type.kind; // lexicons and patterns are used by their callers
      return true;
    }
    case Expr::Kind::Member:
    case Expr::Kind::Index:
    case Expr::Kind::Wildcard: {
      if (info.slot >= 0)
        return readSlot(info.slot, v);
      if (info.modelLabel >= 0) {
        // `m(x).label`: the model's calibrated score for the label.
        Value scores;
        if (!eval(*llvm::cast<MemberExpr>(e).base, scores))
          return false;
        v.kind = Kind::Number;
        v.n = scores.list[info.modelLabel].n;
        auto id = policy.scoreIds.find(&e);
        if (id != policy.scoreIds.end())
          input.numbers[id->second] = v.n;
        return true;
      }
      if (auto *x = llvm::dyn_cast<IndexExpr>(&e)) {
        // A list element.
        Value list, index;
        if (!eval(*x->base, list) || !eval(*x->index, index))
          return false;
        int64_t count = input.slots[3 * list.slot + 2];
        double i = index.n;
        if (!(i >= 0) || i != std::floor(i) || i >= double(count))
          return fail(riskrt::EvalIndexRange, list.slot);
        return readSlot(input.slots[3 * list.slot + 1] + int64_t(i), v);
      }
      v.kind = info.type.kind; // a category set or a lexicon: used by its caller
      return true;
    }
    case Expr::Kind::Unary: {
      auto &u = llvm::cast<UnaryExpr>(e);
      Value x;
      if (!eval(*u.operand, x))
        return false;
      if (u.op == UnaryExpr::Op::Not) {
        v.kind = Kind::Bool;
        v.b = !x.b;
      } else {
        v.kind = Kind::Number;
        v.n = -x.n;
      }
      return true;
    }
    case Expr::Kind::Binary:
      return evalBinary(llvm::cast<BinaryExpr>(e), v);
    case Expr::Kind::List: {
      v.kind = Kind::List;
      for (const auto &x : llvm::cast<ListExpr>(e).elements) {
        Value element;
        if (!eval(*x, element))
          return false;
        v.list.push_back(std::move(element));
      }
      return true;
    }
    case Expr::Kind::Call:
      return evalCall(llvm::cast<CallExpr>(e), v);
    case Expr::Kind::Regex:
      v.kind = Kind::Pattern;
      return true;
    }
    return false;
  }

  bool evalBinary(const BinaryExpr &b, Value &v) {
    using Op = BinaryExpr::Op;
    v.kind = Kind::Bool;
    if (b.op == Op::And || b.op == Op::Or) {
      bool l;
      if (!evalBool(*b.lhs, l))
        return false;
      if (b.op == Op::And ? !l : l) {
        v.b = l;
        return true;
      }
      return evalBool(*b.rhs, v.b);
    }
    if (b.op == Op::In || b.op == Op::NotIn) {
      bool in = false;
      if (!evalIn(*b.lhs, *b.rhs, in))
        return false;
      v.b = b.op == Op::In ? in : !in;
      return true;
    }
    Value l, r;
    if (!eval(*b.lhs, l) || !eval(*b.rhs, r))
      return false;
    switch (b.op) {
    case Op::Add:
      v = Value{Kind::Number, false, l.n + r.n};
      return true;
    case Op::Sub:
      v = Value{Kind::Number, false, l.n - r.n};
      return true;
    case Op::Mul:
      v = Value{Kind::Number, false, l.n * r.n};
      return true;
    case Op::Div:
      v = Value{Kind::Number, false, l.n / r.n};
      return true;
    case Op::Mod:
      v = Value{Kind::Number, false, std::fmod(l.n, r.n)};
      return true;
    case Op::Lt:
      v.b = l.n < r.n;
      return true;
    case Op::Le:
      v.b = l.n <= r.n;
      return true;
    case Op::Gt:
      v.b = l.n > r.n;
      return true;
    case Op::Ge:
      v.b = l.n >= r.n;
      return true;
    case Op::Eq:
      v.b = equal(l, r);
      return true;
    case Op::Ne:
      // A comparison with not-a-number is false, `!=` too.
      v.b = !equal(l, r) && !(l.kind == Kind::Number && std::isnan(l.n)) &&
            !(r.kind == Kind::Number && std::isnan(r.n));
      return true;
    default:
      return false;
    }
  }

  bool evalIn(const Expr &lhs, const Expr &rhs, bool &in) {
    const ExprInfo &set = policy.info(rhs);
    Value l;
    if (!eval(lhs, l))
      return false;
    if (set.type.kind == Kind::Categories) {
      std::vector<Value> items;
      if (l.kind == Kind::List)
        elements(l, items);
      else
        items.push_back(l);
      for (const Value &x : items) {
        std::string name = x.kind == Kind::Json
                               ? (kindOf(x.slot) == riskrt::SlotString ? stringOf(x.slot) : "")
                               : x.s;
        if (x.kind == Kind::Json && kindOf(x.slot) != riskrt::SlotString)
          return fail(riskrt::EvalJsonType, x.slot);
        if (std::binary_search(set.categoryNames.begin(), set.categoryNames.end(), name))
          in = true;
      }
      return true;
    }
    Value r;
    if (!eval(rhs, r))
      return false;
    if (r.kind == Kind::String) {
      in = r.s.find(l.s) != std::string::npos;
      return true;
    }
    if (r.kind == Kind::List && r.lexicon >= 0) {
      // "term" in terms(lex, text)
      const LexiconInfo &lex = policy.lexicons[r.lexicon];
      for (int t : r.terms)
        if (lex.terms[t].text == l.s)
          in = true;
      return true;
    }
    std::vector<Value> items;
    elements(r, items);
    for (const Value &x : items)
      if (equal(l, x))
        in = true;
    return true;
  }

  bool evalCall(const CallExpr &c, Value &v) {
    const ExprInfo &info = policy.info(c);
    if (info.slot >= 0) // strings(j), keys(j): a list the runtime prepared
      return readSlot(info.slot, v);
    switch (info.builtin) {
    case Builtin::Lower: {
      if (!eval(*c.args[0], v))
        return false;
      for (char &ch : v.s)
        if (ch >= 'A' && ch <= 'Z')
          ch += 'a' - 'A';
      return true;
    }
    case Builtin::Contains:
    case Builtin::StartsWith:
    case Builtin::EndsWith: {
      Value s, sub;
      if (!eval(*c.args[0], s) || !eval(*c.args[1], sub))
        return false;
      v.kind = Kind::Bool;
      llvm::StringRef text = s.s;
      v.b = info.builtin == Builtin::Contains     ? text.contains(sub.s)
            : info.builtin == Builtin::StartsWith ? text.starts_with(sub.s)
                                                  : text.ends_with(sub.s);
      return true;
    }
    case Builtin::Length: {
      Value x;
      if (!eval(*c.args[0], x))
        return false;
      v.kind = Kind::Number;
      if (x.kind == Kind::String)
        v.n = double(codePoints(x.s));
      else if (x.lexicon >= 0)
        v.n = double(x.terms.size());
      else if (x.slot >= 0)
        v.n = double(input.slots[3 * x.slot + 2]);
      else
        v.n = double(x.list.size());
      return true;
    }
    case Builtin::String:
    case Builtin::Number:
      return eval(*c.args[0], v);
    case Builtin::Any:
    case Builtin::Count:
    case Builtin::Weight:
    case Builtin::Terms:
    case Builtin::Matches: {
      const ExprInfo &m = policy.info(*c.args[0]);
      int matcher = m.lexicon >= 0 ? m.lexicon : policy.matcherOfPattern(m.pattern);
      std::vector<std::vector<std::tuple<size_t, size_t, int>>> found;
      if (!matchesOf(matcher, *c.args[1], found))
        return false;
      size_t count = 0;
      std::map<int, size_t> perTerm;
      std::set<int> terms;
      // A pattern counts the strings it matches (its evidence may list
      // every match of one string); a lexicon counts its hits.
      bool pattern = size_t(matcher) >= policy.lexicons.size();
      for (const auto &list : found) {
        count += pattern ? !list.empty() : list.size();
        for (auto [start, end, term] : list)
          if (term >= 0) {
            ++perTerm[term];
            terms.insert(term);
          }
      }
      // A weight is summed term by term, in the lexicon's order: the order
      // the compiled code uses, so the two agree to the last bit.
      double weight = 0;
      for (auto [term, n] : perTerm)
        for (size_t k = 0; k < n; ++k)
          weight += policy.lexicons[matcher].terms[term].weight;
      if (info.builtin == Builtin::Any || info.builtin == Builtin::Matches) {
        v.kind = Kind::Bool;
        v.b = count > 0;
      } else if (info.builtin == Builtin::Terms) {
        v.kind = Kind::List;
        v.lexicon = matcher;
        v.terms = std::move(terms);
      } else {
        v.kind = Kind::Number;
        v.n = info.builtin == Builtin::Count ? double(count) : weight;
        auto id = policy.scoreIds.find(&c);
        if (id != policy.scoreIds.end())
          input.numbers[id->second] = v.n;
      }
      return true;
    }
    case Builtin::Strings: // read from their slot, above
    case Builtin::Keys:
    case Builtin::None:
      if (info.model >= 0) {
        Value text;
        if (!eval(*c.args[0], text))
          return false;
        v.kind = Kind::Scores;
        v.list.clear();
        const model::LinearModel &m = *policy.models[info.model].model;
        for (double score : m.score(text.s, policy.skeletonWords(m.skeletonSpec()))) {
          Value x;
          x.kind = Kind::Number;
          x.n = score;
          v.list.push_back(x);
        }
        return true;
      }
      break;
    }
    return false;
  }

  //--- Policy ------------------------------------------------------------------------

  void run() {
    runScans();
    for (const LetDecl &let : policy.decl->lets) {
      Value v;
      if (!eval(*let.value, v))
        return finishWithError();
      lets[&let] = std::move(v);
    }
    std::vector<size_t> fired;
    for (size_t r = 0; r < policy.rules.size(); ++r) {
      bool holds = false;
      if (!evalBool(*policy.rules[r].decl->condition, holds))
        return finishWithError();
      out[riskrt::OutLayout::Rules + r] |= riskrt::RuleEvaluated | (holds ? int64_t(riskrt::RuleHeld) : int64_t(0));
      if (!holds)
        continue;
      fired.push_back(r);
      if (policy.combine == Combine::FirstMatch)
        break;
    }
    std::vector<size_t> deciding;
    int action = int(policy.defaultAction);
    auto actionOf = [&](size_t r) { return int(policy.rules[r].decl->action.kind); };
    if (!fired.empty()) {
      switch (policy.combine) {
      case Combine::FirstMatch:
        deciding = {fired.front()};
        break;
      case Combine::MostSevere: {
        int worst = 0;
        for (size_t r : fired)
          worst = std::max(worst, actionOf(r));
        for (size_t r : fired)
          if (actionOf(r) == worst)
            deciding.push_back(r);
        break;
      }
      case Combine::DenyOverrides:
        for (size_t r : fired)
          if (actionOf(r) == RISKCARD_BLOCK)
            deciding.push_back(r);
        if (deciding.empty())
          deciding = {fired.front()};
        break;
      }
      action = actionOf(deciding.front());
    }
    out[riskrt::OutLayout::Action] = action;
    for (size_t r : deciding)
      out[riskrt::OutLayout::Rules + r] |= riskrt::RuleDeciding;
  }

  void finishWithError() {
    out[riskrt::OutLayout::Error] = failure.code;
    out[riskrt::OutLayout::ErrorSlot] = failure.slot;
  }

};

Interpreter::Interpreter(const CheckedPolicy &policy) : policy(policy) {
  std::string error;
  bool ok = runtimeManifest.parse(policy.manifestJson(), error);
  (void)ok;
  for (const PatternInfo &p : policy.patterns) {
    RegexError regexError;
    auto node = parseRegex(p.regex, parseRegexFlags(p.flags), regexError);
    // The checker parsed every pattern already; an empty node is unreachable.
    patterns.push_back(node ? std::move(*node) : RegexNode());
  }
  for (const LexiconInfo &lex : policy.lexicons) {
    lexiconTerms.emplace_back();
    for (const auto &term : lex.terms)
      lexiconTerms.back().push_back(term.text);
  }
}

Interpreter::~Interpreter() = default;

void Interpreter::run(riskrt::PreparedInput &input, std::vector<int64_t> &out) const {
  std::fill(out.begin(), out.end(), 0);
  Run run{*this, policy, input, out, {}, {}, {}, 0};
  run.run();
}
