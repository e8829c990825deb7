//===- Automaton.cpp - NFA construction, subset construction, minimisation ===//
//
// NFA: Thompson's construction. Character sets become alternatives of UTF-8
// byte-range sequences (the usual split of a code point range into ranges of
// equal encoded length, then into byte ranges), so the automaton reads bytes.
//
// DFA: a DFA state is a set of NFA states *before* empty-width assertions are
// followed, plus what the previous byte was. Reading byte b first follows the
// assertions that hold between the previous byte and b, records the matches
// that end there ("accept before b"), then steps over b. At the end of the
// input the assertions are followed with "end of text" as the next byte. This
// is how `$` and `\b` are decided without look-ahead in the scan loop.
//
// Minimisation: Hopcroft's partition refinement on (accepts, successors).
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Automaton.h"
#include <mutex>
#include "risk/Automata/Skeleton.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

using namespace risk;

//===----------------------------------------------------------------------===//
// UTF-8 byte ranges
//===----------------------------------------------------------------------===//

namespace {
/// A sequence of 1-4 byte ranges matching the UTF-8 encodings of a code point
/// range.
using ByteSequence = std::vector<std::pair<uint8_t, uint8_t>>;

unsigned encode(uint32_t cp, uint8_t *out) {
  if (cp < 0x80) {
    out[0] = cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = 0xC0 | (cp >> 6);
    out[1] = 0x80 | (cp & 0x3F);
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = 0xE0 | (cp >> 12);
    out[1] = 0x80 | ((cp >> 6) & 0x3F);
    out[2] = 0x80 | (cp & 0x3F);
    return 3;
  }
  out[0] = 0xF0 | (cp >> 18);
  out[1] = 0x80 | ((cp >> 12) & 0x3F);
  out[2] = 0x80 | ((cp >> 6) & 0x3F);
  out[3] = 0x80 | (cp & 0x3F);
  return 4;
}

/// Splits [lo, hi] (no surrogates) into byte-range sequences.
void utf8Sequences(uint32_t lo, uint32_t hi, std::vector<ByteSequence> &out) {
  static const uint32_t limits[] = {0x7F, 0x7FF, 0xFFFF, 0x10FFFF};
  // Split at encoded-length boundaries.
  for (uint32_t max : limits) {
    if (lo <= max && hi > max) {
      utf8Sequences(lo, max, out);
      utf8Sequences(max + 1, hi, out);
      return;
    }
  }
  if (hi < 0x80) {
    out.push_back({{uint8_t(lo), uint8_t(hi)}});
    return;
  }
  // Split so that every continuation byte but the first spans a whole range.
  for (unsigned i = 1; i < 4; ++i) {
    uint32_t mask = (1u << (6 * i)) - 1;
    if ((lo & ~mask) != (hi & ~mask)) {
      if ((lo & mask) != 0) {
        utf8Sequences(lo, lo | mask, out);
        utf8Sequences((lo | mask) + 1, hi, out);
        return;
      }
      if ((hi & mask) != mask) {
        utf8Sequences(lo, (hi & ~mask) - 1, out);
        utf8Sequences(hi & ~mask, hi, out);
        return;
      }
    }
  }
  uint8_t a[4], b[4];
  unsigned n = encode(lo, a);
  encode(hi, b);
  ByteSequence seq;
  for (unsigned i = 0; i < n; ++i)
    seq.push_back({a[i], b[i]});
  out.push_back(std::move(seq));
}

std::vector<ByteSequence> sequencesFor(const CodePointSet &set) {
  std::vector<ByteSequence> out;
  for (auto [lo, hi] : set.getRanges()) {
    // Surrogates have no UTF-8 encoding.
    if (lo <= 0xDFFF && hi >= 0xD800) {
      if (lo < 0xD800)
        utf8Sequences(lo, 0xD7FF, out);
      if (hi > 0xDFFF)
        utf8Sequences(0xE000, hi, out);
      continue;
    }
    utf8Sequences(lo, hi, out);
  }
  return out;
}

RegexNode::Assertion reversed(RegexNode::Assertion a) {
  using A = RegexNode::Assertion;
  switch (a) {
  case A::LineStart:
    return A::LineEnd;
  case A::LineEnd:
    return A::LineStart;
  case A::TextStart:
    return A::TextEnd;
  case A::TextEnd:
    return A::TextStart;
  default:
    return a;
  }
}
} // namespace

//===----------------------------------------------------------------------===//
// NFA construction
//===----------------------------------------------------------------------===//

int NfaBuilder::add(Nfa::State state) {
  if (nfa.states.size() >= limits.maxNfaStates) {
    overflow = true;
    // Keep building into a sink so callers need no special cases; the result
    // is discarded because overflow is set.
    if (nfa.states.empty())
      nfa.states.push_back({});
    return 0;
  }
  nfa.states.push_back(state);
  return nfa.states.size() - 1;
}

void NfaBuilder::patch(Fragment &f, int target) {
  for (auto [state, second] : f.holes)
    (second ? nfa.states[state].out1 : nfa.states[state].out) = target;
  f.holes.clear();
}

NfaBuilder::Fragment NfaBuilder::empty() {
  int s = add({Nfa::State::Kind::Split, 0, 0, -1, -1});
  // A split with one successor is an epsilon edge.
  return {s, {{s, false}}};
}

NfaBuilder::Fragment NfaBuilder::buildSet(const CodePointSet &set, bool reverse) {
  std::vector<ByteSequence> seqs = sequencesFor(set);
  if (seqs.empty()) {
    // Matches nothing: a range state with no byte (lo > hi).
    int s = add({Nfa::State::Kind::Range, 1, 0, -1, -1});
    return {s, {}};
  }
  // Alternation of byte chains that end in one shared exit (an epsilon
  // edge, the fragment's hole). Chains are built from their last byte back
  // and share equal tails: a category such as \p{L} is hundreds of ranges
  // whose continuation bytes ([80-BF]...) are the same, and shared tails keep
  // the NFA, and the closures of the subset construction, small.
  int exit = add({Nfa::State::Kind::Split, 0, 0, -1, -1});
  Fragment result{-1, {{exit, false}}};
  std::map<std::tuple<uint8_t, uint8_t, int>, int> tails;
  std::vector<int> starts;
  std::set<int> inner; // states that are not (only) the first of a chain
  for (ByteSequence &seq : seqs) {
    if (reverse)
      std::reverse(seq.begin(), seq.end());
    int next = exit;
    for (size_t i = seq.size(); i-- > 0;) {
      auto [lo, hi] = seq[i];
      auto [it, inserted] = tails.try_emplace({lo, hi, next}, -1);
      if (inserted)
        it->second = add({Nfa::State::Kind::Range, lo, hi, next, -1});
      next = it->second;
      if (i > 0)
        inner.insert(next);
    }
    if (std::find(starts.begin(), starts.end(), next) == starts.end())
      starts.push_back(next);
  }
  int group = groups++;
  for (int s : starts)
    if (!overflow && !inner.count(s) && s < int(nfa.states.size()))
      nfa.states[s].group = group;
  // Chain splits: s0 | (s1 | (s2 | ...)).
  int head = starts.back();
  for (size_t i = starts.size() - 1; i-- > 0;)
    head = add({Nfa::State::Kind::Split, 0, 0, starts[i], head});
  result.start = head;
  return result;
}

NfaBuilder::Fragment NfaBuilder::build(const RegexNode &node, bool reverse) {
  if (overflow)
    return {0, {}};
  switch (node.kind) {
  case RegexNode::Kind::Empty:
    return empty();
  case RegexNode::Kind::Set:
    return buildSet(node.set, reverse);
  case RegexNode::Kind::Assert: {
    nfa.hasAssertions = true;
    Nfa::State s;
    s.kind = Nfa::State::Kind::Assert;
    s.assertion = reverse ? reversed(node.assertion) : node.assertion;
    int id = add(s);
    return {id, {{id, false}}};
  }
  case RegexNode::Kind::Concat: {
    std::vector<const RegexNode *> parts;
    for (const RegexNode &c : node.children)
      parts.push_back(&c);
    if (reverse)
      std::reverse(parts.begin(), parts.end());
    Fragment f = build(*parts[0], reverse);
    for (size_t i = 1; i < parts.size(); ++i) {
      Fragment g = build(*parts[i], reverse);
      patch(f, g.start);
      f.holes = std::move(g.holes);
    }
    return f;
  }
  case RegexNode::Kind::Alternate: {
    std::vector<Fragment> alts;
    for (const RegexNode &c : node.children)
      alts.push_back(build(c, reverse));
    if (overflow)
      return {0, {}};
    Fragment result{-1, {}};
    for (Fragment &a : alts)
      result.holes.insert(result.holes.end(), a.holes.begin(), a.holes.end());
    int head = alts.back().start;
    for (size_t i = alts.size() - 1; i-- > 0;)
      head = add({Nfa::State::Kind::Split, 0, 0, alts[i].start, head});
    result.start = head;
    return result;
  }
  case RegexNode::Kind::Repeat: {
    const RegexNode &child = node.children[0];
    // min mandatory copies, then (max - min) optional copies, or a star.
    Fragment result{-1, {}};
    auto append = [&](Fragment g) {
      if (result.start < 0) {
        result = std::move(g);
        return;
      }
      patch(result, g.start);
      result.holes = std::move(g.holes);
    };
    // The states of each copy, for an unbounded repetition (Nfa::State::repeat).
    std::vector<std::pair<size_t, size_t>> copies;
    auto copyOf = [&]() {
      size_t begin = nfa.states.size();
      Fragment g = build(child, reverse);
      copies.push_back({begin, nfa.states.size()});
      return g;
    };
    for (int i = 0; i < node.min && !overflow; ++i)
      append(node.max < 0 ? copyOf() : build(child, reverse));
    if (node.max < 0) {
      Fragment body = copyOf();
      tagCopies(copies);
      int loop = add({Nfa::State::Kind::Split, 0, 0, body.start, -1});
      patch(body, loop);
      Fragment star{loop, {{loop, true}}};
      append(std::move(star));
    } else {
      for (int i = node.min; i < node.max && !overflow; ++i) {
        Fragment body = build(child, reverse);
        int opt = add({Nfa::State::Kind::Split, 0, 0, body.start, -1});
        Fragment optional{opt, std::move(body.holes)};
        optional.holes.push_back({opt, true});
        append(std::move(optional));
      }
    }
    if (result.start < 0)
      return empty();
    return result;
  }
  }
  return empty();
}

void NfaBuilder::tagCopies(const std::vector<std::pair<size_t, size_t>> &copies) {
  if (copies.size() < 2 || overflow)
    return;
  size_t size = copies.front().second - copies.front().first;
  for (auto [begin, end] : copies)
    if (end - begin != size)
      return; // not built alike: no correspondence between copies
  int repeat = repeats++;
  for (size_t k = 0; k < copies.size(); ++k)
    for (size_t i = copies[k].first; i < copies[k].second; ++i) {
      Nfa::State &st = nfa.states[i];
      if (st.repeat >= 0)
        continue; // an inner repetition's: compared within it
      st.repeat = repeat;
      st.copy = int(k);
      st.offset = int(i - copies[k].first);
    }
  nfa.hasRepeatCopies = true;
}

void NfaBuilder::addAlternative(int fragmentStart) { alternatives.push_back(fragmentStart); }

bool NfaBuilder::addRegex(const RegexNode &node, int matchId, bool reverse) {
  Fragment f = build(node, reverse);
  Nfa::State match;
  match.kind = Nfa::State::Kind::Match;
  match.matchId = matchId;
  int m = add(match);
  patch(f, m);
  addAlternative(f.start);
  return !overflow;
}

bool NfaBuilder::addLiteral(llvm::StringRef text, int matchId, bool foldCase, bool flexibleSpaces,
                            bool reverse) {
  RegexNode concat;
  concat.kind = RegexNode::Kind::Concat;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    if (flexibleSpaces && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
      concat.children.push_back(whitespaceRun());
      continue;
    }
    // Literal terms are matched byte for byte (any UTF-8 they hold included).
    RegexNode byte;
    byte.kind = RegexNode::Kind::Set;
    byte.set.add(c, c);
    if (foldCase && c < 0x80 && std::isalpha(c))
      byte.set.add(c ^ 0x20, c ^ 0x20);
    concat.children.push_back(std::move(byte));
    ++i;
  }
  // Bytes >= 0x80 of the term are single "code points" here and would be
  // UTF-8 encoded again by buildSet; build them as raw byte ranges instead.
  std::vector<const RegexNode *> parts;
  for (const RegexNode &c : concat.children)
    parts.push_back(&c);
  if (reverse)
    std::reverse(parts.begin(), parts.end());
  Fragment f{-1, {}};
  for (const RegexNode *part : parts) {
    Fragment g;
    if (part->kind == RegexNode::Kind::Set && part->set.getRanges().back().second >= 0x80 &&
        part->set.getRanges().size() == 1) {
      uint8_t b = part->set.getRanges()[0].first;
      int s = add({Nfa::State::Kind::Range, b, b, -1, -1});
      g = {s, {{s, false}}};
    } else {
      g = build(*part, reverse);
    }
    if (f.start < 0) {
      f = std::move(g);
    } else {
      patch(f, g.start);
      f.holes = std::move(g.holes);
    }
  }
  if (f.start < 0)
    f = empty();
  Nfa::State match;
  match.kind = Nfa::State::Kind::Match;
  match.matchId = matchId;
  int m = add(match);
  patch(f, m);
  addAlternative(f.start);
  return !overflow;
}

bool NfaBuilder::addTerm(llvm::StringRef text, int matchId, const TermOptions &options, bool reverse) {
  if (options.normalize && termNeedsRegex(text, options)) {
    // Matched in the skeleton of the text: a term whose skeleton is empty
    // (only punctuation, say) matches nothing.
    std::optional<RegexNode> node = skeletonTermRegex(text, skeletonSpec(options));
    return !node || addRegex(*node, matchId, reverse);
  }
  if (termNeedsRegex(text, options))
    return addRegex(termRegex(text, options), matchId, reverse);
  return addLiteral(text, matchId, options.foldCase, options.phrases, reverse);
}

Nfa NfaBuilder::take() {
  if (alternatives.empty()) {
    int s = add({Nfa::State::Kind::Range, 1, 0, -1, -1}); // matches nothing
    alternatives.push_back(s);
  }
  int head = alternatives.back();
  for (size_t i = alternatives.size() - 1; i-- > 0;)
    head = add({Nfa::State::Kind::Split, 0, 0, alternatives[i], head});
  nfa.start = head;
  Nfa out = std::move(nfa);
  nfa = Nfa();
  alternatives.clear();
  return out;
}

//===----------------------------------------------------------------------===//
// Subset construction
//===----------------------------------------------------------------------===//

namespace {

/// What surrounds a position, for assertions: the byte before and after.
struct Surroundings {
  int prev; // -1 at the start of the text
  int next; // -1 at the end of the text
};

bool holds(RegexNode::Assertion a, Surroundings s) {
  using A = RegexNode::Assertion;
  bool prevWord = s.prev >= 0 && isAsciiWordByte(s.prev);
  bool nextWord = s.next >= 0 && isAsciiWordByte(s.next);
  switch (a) {
  case A::TextStart:
    return s.prev < 0;
  case A::TextEnd:
    return s.next < 0;
  case A::LineStart:
    return s.prev < 0 || s.prev == '\n';
  case A::LineEnd:
    return s.next < 0 || s.next == '\n';
  case A::WordBoundary:
    return prevWord != nextWord;
  case A::NotWordBoundary:
    return prevWord == nextWord;
  }
  return false;
}

/// A representative previous byte for each context.
int representative(Dfa::Context c) {
  switch (c) {
  case Dfa::AtTextStart:
    return -1;
  case Dfa::AfterWord:
    return 'a';
  case Dfa::AfterNewline:
    return '\n';
  case Dfa::AfterOther:
    return ' ';
  }
  return -1;
}

struct Builder {
  Builder(const Nfa &nfa, SearchKind kind, const AutomatonLimits &limits)
      : nfa(nfa), kind(kind), limits(limits) {}
  const Nfa &nfa;
  SearchKind kind;
  const AutomatonLimits &limits;

  /// A DFA state: its own NFA states plus, in an unanchored search, the
  /// set the restarted search stepped into (`start`, an id into
  /// `steppedSets`; -1 for none). Keeping the start's part apart keeps keys
  /// short: with a lexicon of n terms that part has up to ~n states, and it
  /// is one of a few dozen sets. Two keys may then name the same union of
  /// states; minimisation merges such twins.
  struct Key {
    std::vector<int> states;
    int context;
    int start = -1;
    bool operator==(const Key &o) const {
      return context == o.context && start == o.start && states == o.states;
    }
  };
  struct KeyHash {
    size_t operator()(const Key &k) const {
      return llvm::hash_combine(k.context, k.start, llvm::hash_combine_range(k.states.begin(), k.states.end()));
    }
  };
  std::vector<std::vector<int>> steppedSets;
  std::vector<bool> steppedAsserts;
  std::unordered_map<Key, uint32_t, KeyHash> ids;
  std::vector<Key> keys;
  size_t entries = 0;
  std::map<std::vector<int>, uint32_t> matchSetIds;
  std::vector<std::vector<int>> matchSets{{}};

  uint32_t matchSetId(std::vector<int> ids) {
    if (ids.empty())
      return 0;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto [it, inserted] = matchSetIds.try_emplace(ids, matchSets.size());
    if (inserted)
      matchSets.push_back(ids);
    return it->second;
  }

  /// Follows epsilon edges and the assertions that hold in `s`; collects the
  /// range states and the matches reached.
  /// Visit marks: a state is seen when its mark equals the current generation,
  /// so clearing is one increment instead of a pass over the NFA.
  mutable std::vector<uint32_t> mark;
  mutable uint32_t generation = 0;
  mutable std::vector<int> stack;
  void startVisit() const {
    if (mark.size() != nfa.states.size())
      mark.assign(nfa.states.size(), 0);
    if (++generation == 0) {
      std::fill(mark.begin(), mark.end(), 0);
      generation = 1;
    }
  }
  bool visit(int id) const {
    if (id < 0 || mark[id] == generation)
      return false;
    mark[id] = generation;
    return true;
  }

  void closure(const std::vector<int> &from, Surroundings s, std::vector<int> &ranges,
               std::vector<int> &matches) const {
    stack.assign(from.rbegin(), from.rend());
    startVisit();
    while (!stack.empty()) {
      int id = stack.back();
      stack.pop_back();
      if (!visit(id))
        continue;
      const Nfa::State &st = nfa.states[id];
      switch (st.kind) {
      case Nfa::State::Kind::Range:
        if (st.lo <= st.hi)
          ranges.push_back(id);
        break;
      case Nfa::State::Kind::Match:
        matches.push_back(st.matchId);
        break;
      case Nfa::State::Kind::Split:
        stack.push_back(st.out1);
        stack.push_back(st.out);
        break;
      case Nfa::State::Kind::Assert:
        if (holds(st.assertion, s))
          stack.push_back(st.out);
        break;
      }
    }
  }

  int contextOfByte(int b) const { return Dfa::contextOf(b); }

  /// Follows epsilon splits and keeps the states that matter (ranges,
  /// assertions, matches), sorted: equal sets then get equal keys, which keeps
  /// the subset construction small.
  void normalize(std::vector<int> &states) const {
    std::vector<int> out;
    stack.assign(states.rbegin(), states.rend());
    startVisit();
    while (!stack.empty()) {
      int id = stack.back();
      stack.pop_back();
      if (!visit(id))
        continue;
      const Nfa::State &st = nfa.states[id];
      if (st.kind == Nfa::State::Kind::Split) {
        stack.push_back(st.out1);
        stack.push_back(st.out);
        continue;
      }
      if (st.kind == Nfa::State::Kind::Range && st.lo > st.hi)
        continue; // matches nothing
      out.push_back(id);
    }
    if (nfa.hasRepeatCopies)
      keepLatestCopies(out);
    std::sort(out.begin(), out.end());
    states = std::move(out);
  }

  /// Drops each state of a repetition's copy when the same state of a later
  /// copy is in the set: it can do nothing the later one cannot (see
  /// Nfa::State::repeat), so the set accepts the same texts without it.
  void keepLatestCopies(std::vector<int> &states) const {
    llvm::SmallDenseMap<std::pair<int, int>, int, 16> latest;
    bool any = false;
    for (int id : states) {
      const Nfa::State &st = nfa.states[id];
      if (st.repeat < 0)
        continue;
      auto [it, inserted] = latest.try_emplace({st.repeat, st.offset}, st.copy);
      if (!inserted) {
        it->second = std::max(it->second, st.copy);
        any = true;
      }
    }
    if (!any)
      return;
    llvm::erase_if(states, [&](int id) {
      const Nfa::State &st = nfa.states[id];
      return st.repeat >= 0 && latest.lookup({st.repeat, st.offset}) > st.copy;
    });
  }

  uint32_t intern(Key key, bool &overflow) {
    auto it = ids.find(key);
    if (it != ids.end())
      return it->second;
    // Two budgets: states, and the NFA states they hold (what the
    // construction costs: `\pL{50}` holds hundreds per state, a lexicon a
    // few dozen), so a doomed construction stops early either way.
    entries += key.states.size();
    if (keys.size() >= limits.maxConstructionStates ||
        entries > limits.maxConstructionStates * AutomatonLimits::kEntriesPerState) {
      overflow = true;
      return 0;
    }
    uint32_t id = keys.size();
    ids.emplace(key, id);
    keys.push_back(std::move(key));
    return id;
  }

  bool run(Dfa &out) {
    // Byte classes: bytes that every range state and every assertion treats
    // alike. A byte's signature is what it leads to: for the first states of
    // a character set's chains (reached all together), the successors by
    // group; for other range states, the state itself; with assertions, its
    // kind (word byte, `\n`, other). Bytes with equal signatures share a
    // class, so `a` and `A` of a case-folded set do.
    std::array<std::vector<int64_t>, 256> signature;
    for (size_t id = 0; id < nfa.states.size(); ++id) {
      const Nfa::State &st = nfa.states[id];
      if (st.kind != Nfa::State::Kind::Range || st.lo > st.hi)
        continue;
      int64_t key = st.group >= 0 ? (int64_t(1) << 62) | (int64_t(st.group) << 31) | int64_t(st.out)
                                  : int64_t(id);
      for (int b = st.lo; b <= st.hi; ++b)
        signature[b].push_back(key);
    }
    // The closure depends on the next byte only through the assertions, that
    // is through whether it is a word byte or `\n`.
    auto nextKind = [&](int b) { return !nfa.hasAssertions ? 0 : b == '\n' ? 1 : isAsciiWordByte(b) ? 2 : 3; };
    std::map<std::vector<int64_t>, unsigned> classOf;
    std::vector<int> representativeByte;
    for (int b = 0; b < 256; ++b) {
      std::vector<int64_t> &sig = signature[b];
      std::sort(sig.begin(), sig.end());
      sig.erase(std::unique(sig.begin(), sig.end()), sig.end());
      sig.push_back(-1 - nextKind(b));
      auto [it, inserted] = classOf.try_emplace(std::move(sig), representativeByte.size());
      if (inserted)
        representativeByte.push_back(b);
      out.byteClass[b] = it->second;
    }
    const unsigned classes = representativeByte.size();
    out.numClasses = classes;
    // The classes each range state covers (not contiguous any more).
    std::vector<uint32_t> coverStart(nfa.states.size() + 1, 0);
    std::vector<uint16_t> cover;
    {
      std::vector<bool> seen(classes);
      for (size_t id = 0; id < nfa.states.size(); ++id) {
        coverStart[id] = cover.size();
        const Nfa::State &st = nfa.states[id];
        if (st.kind != Nfa::State::Kind::Range || st.lo > st.hi)
          continue;
        size_t first = cover.size();
        for (int b = st.lo; b <= st.hi; ++b)
          if (!seen[out.byteClass[b]]) {
            seen[out.byteClass[b]] = true;
            cover.push_back(out.byteClass[b]);
          }
        for (size_t i = first; i < cover.size(); ++i)
          seen[cover[i]] = false;
      }
      coverStart[nfa.states.size()] = cover.size();
    }

    bool overflow = false;
    int contexts = nfa.hasAssertions ? 4 : 1;
    // An unanchored search restarts at every byte, so every state holds the
    // start's closure. Keys leave it out (it is implied), which keeps them
    // short: with a lexicon of n terms the start closure has ~n states. What
    // the start contributes to each step depends only on what precedes and
    // on the byte class, so it is computed once per (context, class), not
    // once per state.
    const bool implicitStart = kind == SearchKind::Unanchored;
    std::vector<int> startNorm{nfa.start};
    normalize(startNorm);
    std::vector<bool> inStart(nfa.states.size());
    bool startAsserts = false;
    for (int id : startNorm) {
      inStart[id] = true;
      startAsserts |= nfa.states[id].kind == Nfa::State::Kind::Assert;
    }
    auto withoutStart = [&](std::vector<int> &states) {
      if (implicitStart)
        llvm::erase_if(states, [&](int id) { return inStart[id]; });
    };
    std::vector<int> first = implicitStart ? std::vector<int>{} : startNorm;
    for (int c = 0; c < 4; ++c)
      out.starts[c] = intern({first, c < contexts ? c : 0}, overflow);
    std::vector<uint32_t> next, acceptBefore, acceptAtEnd;
    // Closures are computed once per kind of next byte.
    std::vector<int> classKind(classes);
    for (unsigned cls = 0; cls < classes; ++cls)
      classKind[cls] = nextKind(representativeByte[cls]);
    // Each range state steps into the classes it covers (usually one or two).
    auto distribute = [&](const std::vector<int> &ranges, int k, std::vector<std::vector<int>> &into) {
      for (int r : ranges) {
        const Nfa::State &st = nfa.states[r];
        for (uint32_t i = coverStart[r], end = coverStart[r + 1]; i < end; ++i)
          if (classKind[cover[i]] == k)
            into[cover[i]].push_back(st.out);
      }
    };
    struct StartStep {
      std::vector<int> matches;               ///< matches of the start's closure
      std::vector<std::vector<int>> stepped;  ///< [class] normalised, start removed
      std::vector<int> id;                    ///< [class] an id of `stepped[class]`, -1 if empty
    };
    std::map<std::pair<int, int>, StartStep> startSteps;
    std::map<std::vector<int>, int> steppedIds;
    auto startStep = [&](int prev, int nextByte, int k) -> const StartStep & {
      auto key = std::make_pair(prev, nextByte < 0 ? -1 : k);
      auto it = startSteps.find(key);
      if (it != startSteps.end())
        return it->second;
      StartStep &st = startSteps[key];
      std::vector<int> ranges;
      closure({nfa.start}, {prev, nextByte}, ranges, st.matches);
      st.stepped.resize(classes);
      st.id.assign(classes, 0);
      if (nextByte >= 0) {
        distribute(ranges, k, st.stepped);
        for (unsigned c = 0; c < classes; ++c) {
          normalize(st.stepped[c]);
          withoutStart(st.stepped[c]);
          if (st.stepped[c].empty()) {
            st.id[c] = -1;
            continue;
          }
          auto [it, inserted] = steppedIds.try_emplace(st.stepped[c], steppedIds.size());
          if (inserted) {
            steppedSets.push_back(st.stepped[c]);
            bool asserts = false;
            for (int id : st.stepped[c])
              asserts |= nfa.states[id].kind == Nfa::State::Kind::Assert;
            steppedAsserts.push_back(asserts);
          }
          st.id[c] = it->second;
        }
      }
      return st;
    };
    static const StartStep noStart{{}, {}, {}};

    std::vector<std::vector<int>> steppedByClass(classes);
    std::unordered_map<Key, uint32_t, KeyHash> stepTargets;
    std::map<std::pair<int, int>, uint32_t> startOnlyTargets;
    for (size_t i = 0; i < keys.size() && !overflow; ++i) {
      std::vector<int> from = keys[i].states; // a copy: `keys` grows below
      if (keys[i].start >= 0) {
        const std::vector<int> &part = steppedSets[keys[i].start];
        from.insert(from.end(), part.begin(), part.end());
      }
      int prev = representative(Dfa::Context(keys[i].context));
      next.resize((i + 1) * classes);
      acceptBefore.resize((i + 1) * classes);
      for (auto &v : steppedByClass)
        v.clear();
      std::array<const StartStep *, 4> starts{};
      std::array<bool, 4> done{};
      for (unsigned cls = 0; cls < classes; ++cls) {
        int k = classKind[cls];
        if (done[k])
          continue;
        done[k] = true;
        std::vector<int> ranges, matches;
        closure(from, {prev, representativeByte[cls]}, ranges, matches);
        starts[k] = implicitStart ? &startStep(prev, representativeByte[cls], k) : &noStart;
        matches.insert(matches.end(), starts[k]->matches.begin(), starts[k]->matches.end());
        uint32_t set = matchSetId(matches);
        for (unsigned c = 0; c < classes; ++c)
          if (classKind[c] == k)
            acceptBefore[i * classes + c] = set;
        distribute(ranges, k, steppedByClass);
      }
      for (unsigned cls = 0; cls < classes; ++cls) {
        std::vector<int> &stepped = steppedByClass[cls];
        std::sort(stepped.begin(), stepped.end());
        stepped.erase(std::unique(stepped.begin(), stepped.end()), stepped.end());
        // Many classes lead from one state to the same set: step once per
        // (own part, start part, context of the byte).
        const StartStep &start = *starts[classKind[cls]];
        int startId = implicitStart ? start.id[cls] : -1;
        int byteContext = contextOfByte(representativeByte[cls]);
        // Most classes only restart the search (nothing of this state goes
        // on): the target then depends on the start's step alone, the same
        // in every state.
        std::pair<int, int> startOnlyKey{startId, byteContext};
        if (implicitStart && stepped.empty()) {
          auto known = startOnlyTargets.find(startOnlyKey);
          if (known != startOnlyTargets.end()) {
            next[i * classes + cls] = known->second;
            continue;
          }
        }
        Key raw{stepped, byteContext, startId};
        auto cached = stepTargets.find(raw);
        if (cached != stepTargets.end()) {
          next[i * classes + cls] = cached->second;
          continue;
        }
        std::vector<int> target = stepped;
        normalize(target);
        withoutStart(target);
        // The start's part is named by its id, not repeated in the key.
        if (startId >= 0) {
          const std::vector<int> &part = steppedSets[startId];
          llvm::erase_if(target, [&](int id) { return std::binary_search(part.begin(), part.end(), id); });
        }
        // What preceded matters only to the assertions still ahead.
        bool asserts = (implicitStart && startAsserts) || (startId >= 0 && steppedAsserts[startId]);
        for (int id : target)
          asserts |= nfa.states[id].kind == Nfa::State::Kind::Assert;
        uint32_t id = intern({std::move(target), asserts ? byteContext : 0, startId}, overflow);
        if (implicitStart && raw.states.empty())
          startOnlyTargets.emplace(startOnlyKey, id);
        stepTargets.emplace(std::move(raw), id);
        next[i * classes + cls] = id;
      }
      stepTargets.clear();
      std::vector<int> ranges, matches;
      closure(from, {prev, -1}, ranges, matches);
      if (implicitStart) {
        const StartStep &atEnd = startStep(prev, -1, -1);
        matches.insert(matches.end(), atEnd.matches.begin(), atEnd.matches.end());
      }
      acceptAtEnd.push_back(matchSetId(matches));
    }
    if (overflow)
      return false;
    out.next = std::move(next);
    out.acceptBefore = std::move(acceptBefore);
    out.acceptAtEnd = std::move(acceptAtEnd);
    out.matchSets = std::move(matchSets);
    // The empty set (anchored search that has failed) can never match again.
    for (size_t i = 0; i < keys.size() && !implicitStart; ++i)
      if (keys[i].states.empty())
        out.dead = i;
    return true;
  }
};

struct VectorHash {
  size_t operator()(const std::vector<uint32_t> &v) const {
    return llvm::hash_combine_range(v.begin(), v.end());
  }
};

/// Merges byte classes whose columns are equal in every state (same
/// successor, same acceptance). Classes come from the NFA's ranges, so a
/// case-folded lexicon starts with separate classes for `a` and `A` that the
/// DFA treats alike; merging them shrinks every table row.
void mergeEquivalentClasses(Dfa &dfa) {
  const size_t n = dfa.numStates();
  const unsigned k = dfa.numClasses;
  std::vector<int> newClass(k, -1);
  std::unordered_map<std::vector<uint32_t>, unsigned, VectorHash> columns;
  std::vector<unsigned> representative;
  for (unsigned c = 0; c < k; ++c) {
    std::vector<uint32_t> column;
    column.reserve(2 * n);
    for (size_t st = 0; st < n; ++st) {
      column.push_back(dfa.next[st * k + c]);
      column.push_back(dfa.acceptBefore[st * k + c]);
    }
    auto [it, inserted] = columns.try_emplace(std::move(column), representative.size());
    if (inserted)
      representative.push_back(c);
    newClass[c] = it->second;
  }
  const unsigned merged = representative.size();
  if (merged == k)
    return;
  std::vector<uint32_t> next(n * merged), acceptBefore(n * merged);
  for (size_t st = 0; st < n; ++st)
    for (unsigned c = 0; c < merged; ++c) {
      next[st * merged + c] = dfa.next[st * k + representative[c]];
      acceptBefore[st * merged + c] = dfa.acceptBefore[st * k + representative[c]];
    }
  for (int b = 0; b < 256; ++b)
    dfa.byteClass[b] = newClass[dfa.byteClass[b]];
  dfa.next = std::move(next);
  dfa.acceptBefore = std::move(acceptBefore);
  dfa.numClasses = merged;
}

/// Hopcroft's partition refinement: merge states with the same accepts whose
/// successors are equivalent. O(k n log n) with a refinable partition.
void minimize(Dfa &dfa) {
  const size_t n = dfa.numStates();
  const unsigned k = dfa.numClasses;
  // Initial partition: equal accepts (per class and at the end) and deadness.
  std::vector<uint32_t> blockOf(n);
  uint32_t numBlocks = 0;
  {
    std::unordered_map<std::vector<uint32_t>, uint32_t, VectorHash> initial;
    for (size_t s = 0; s < n; ++s) {
      std::vector<uint32_t> sig(dfa.acceptBefore.begin() + s * k,
                                dfa.acceptBefore.begin() + (s + 1) * k);
      sig.push_back(dfa.acceptAtEnd[s]);
      sig.push_back(s == dfa.dead ? 1 : 0);
      blockOf[s] = initial.try_emplace(sig, initial.size()).first->second;
    }
    numBlocks = initial.size();
  }
  // Refinable partition: elements grouped by block in `elems`.
  std::vector<uint32_t> elems(n), where(n), first, last;
  {
    std::vector<uint32_t> counts(numBlocks + 1, 0);
    for (size_t s = 0; s < n; ++s)
      ++counts[blockOf[s] + 1];
    for (uint32_t b = 0; b < numBlocks; ++b)
      counts[b + 1] += counts[b];
    first.assign(counts.begin(), counts.end() - 1);
    last = first;
    for (size_t s = 0; s < n; ++s) {
      where[s] = last[blockOf[s]]++;
      elems[where[s]] = s;
    }
  }
  // Predecessors by class.
  std::vector<uint32_t> predStart(size_t(n) * k + 1, 0), preds(size_t(n) * k);
  for (size_t s = 0; s < n; ++s)
    for (unsigned c = 0; c < k; ++c)
      ++predStart[size_t(dfa.next[s * k + c]) * k + c + 1];
  for (size_t i = 0; i + 1 < predStart.size(); ++i)
    predStart[i + 1] += predStart[i];
  {
    std::vector<uint32_t> fill(predStart.begin(), predStart.end() - 1);
    for (size_t s = 0; s < n; ++s)
      for (unsigned c = 0; c < k; ++c)
        preds[fill[size_t(dfa.next[s * k + c]) * k + c]++] = s;
  }
  std::vector<std::pair<uint32_t, unsigned>> work;
  std::vector<uint8_t> inWork;
  auto pushWork = [&](uint32_t b, unsigned c) {
    size_t key = size_t(b) * k + c;
    if (inWork.size() <= key)
      inWork.resize(key + 1, 0);
    if (!inWork[key]) {
      inWork[key] = 1;
      work.push_back({b, c});
    }
  };
  for (uint32_t b = 0; b < numBlocks; ++b)
    for (unsigned c = 0; c < k; ++c)
      pushWork(b, c);
  std::vector<uint32_t> marked(numBlocks, 0), touched;
  std::vector<uint32_t> splitter;
  while (!work.empty()) {
    auto [b, c] = work.back();
    work.pop_back();
    inWork[size_t(b) * k + c] = 0;
    // X: states with a `c` transition into block b.
    splitter.clear();
    for (uint32_t i = first[b]; i < last[b]; ++i) {
      uint32_t t = elems[i];
      for (uint32_t p = predStart[size_t(t) * k + c]; p < predStart[size_t(t) * k + c + 1]; ++p)
        splitter.push_back(preds[p]);
    }
    // Move each X member to the front of its block.
    for (uint32_t s : splitter) {
      uint32_t y = blockOf[s];
      if (marked.size() <= y)
        marked.resize(y + 1, 0);
      uint32_t pos = where[s], target = first[y] + marked[y];
      if (pos < target)
        continue; // already moved
      if (marked[y] == 0)
        touched.push_back(y);
      std::swap(elems[pos], elems[target]);
      where[elems[pos]] = pos;
      where[elems[target]] = target;
      ++marked[y];
    }
    for (uint32_t y : touched) {
      uint32_t m = marked[y];
      marked[y] = 0;
      if (m == last[y] - first[y])
        continue; // X contains all of y: no split
      uint32_t z = first.size();
      first.push_back(first[y]);
      last.push_back(first[y] + m);
      first[y] += m;
      for (uint32_t i = first[z]; i < last[z]; ++i)
        blockOf[elems[i]] = z;
      marked.resize(first.size(), 0);
      for (unsigned cc = 0; cc < k; ++cc) {
        if (size_t(y) * k + cc < inWork.size() && inWork[size_t(y) * k + cc])
          pushWork(z, cc);
        else
          pushWork((last[z] - first[z]) < (last[y] - first[y]) ? z : y, cc);
      }
    }
    touched.clear();
  }
  size_t count = first.size();
  // Renumber so that the start states come first (stable output).
  std::vector<uint32_t> order(count, UINT32_MAX);
  uint32_t nextId = 0;
  auto visit = [&](uint32_t s) {
    if (order[blockOf[s]] == UINT32_MAX)
      order[blockOf[s]] = nextId++;
  };
  for (uint32_t s : dfa.starts)
    visit(s);
  for (size_t s = 0; s < n; ++s)
    visit(s);
  std::vector<uint32_t> next(count * k), acceptBefore(count * k), acceptAtEnd(count);
  for (size_t s = 0; s < n; ++s) {
    uint32_t id = order[blockOf[s]];
    for (unsigned c = 0; c < k; ++c) {
      next[id * k + c] = order[blockOf[dfa.next[s * k + c]]];
      acceptBefore[id * k + c] = dfa.acceptBefore[s * k + c];
    }
    acceptAtEnd[id] = dfa.acceptAtEnd[s];
  }
  for (uint32_t &s : dfa.starts)
    s = order[blockOf[s]];
  if (dfa.dead != UINT32_MAX)
    dfa.dead = order[blockOf[dfa.dead]];
  dfa.next = std::move(next);
  dfa.acceptBefore = std::move(acceptBefore);
  dfa.acceptAtEnd = std::move(acceptAtEnd);
}

/// Renumbers states in breadth-first order from the starts. A search spends
/// most of its steps in the few states near the start (where the text does
/// not match anything yet); numbered first, their rows sit together at the
/// head of the transition table and stay in cache while the rest of a large
/// table is touched only on the way into a match.
void renumberBreadthFirst(Dfa &dfa) {
  const size_t n = dfa.numStates();
  const unsigned k = dfa.numClasses;
  std::vector<uint32_t> order, newId(n, UINT32_MAX);
  order.reserve(n);
  auto reach = [&](uint32_t s) {
    if (newId[s] == UINT32_MAX) {
      newId[s] = order.size();
      order.push_back(s);
    }
  };
  for (uint32_t s : dfa.starts)
    reach(s);
  for (size_t i = 0; i < order.size(); ++i)
    for (unsigned c = 0; c < k; ++c)
      reach(dfa.next[size_t(order[i]) * k + c]);
  for (uint32_t s = 0; s < n; ++s) // unreachable states keep a place at the end
    reach(s);
  std::vector<uint32_t> next(n * k), acceptBefore(n * k), acceptAtEnd(n);
  for (size_t i = 0; i < n; ++i) {
    uint32_t old = order[i];
    for (unsigned c = 0; c < k; ++c) {
      next[i * k + c] = newId[dfa.next[size_t(old) * k + c]];
      acceptBefore[i * k + c] = dfa.acceptBefore[size_t(old) * k + c];
    }
    acceptAtEnd[i] = dfa.acceptAtEnd[old];
  }
  dfa.next = std::move(next);
  dfa.acceptBefore = std::move(acceptBefore);
  dfa.acceptAtEnd = std::move(acceptAtEnd);
  for (uint32_t &s : dfa.starts)
    s = newId[s];
  if (dfa.dead != UINT32_MAX)
    dfa.dead = newId[dfa.dead];
}

} // namespace

bool risk::buildDfa(const Nfa &nfa, SearchKind kind, const AutomatonLimits &limits, Dfa &out) {
  Builder builder(nfa, kind, limits);
  auto t0 = std::chrono::steady_clock::now();
  if (!builder.run(out))
    return false;
  auto t1 = std::chrono::steady_clock::now();
  size_t before = out.numStates();
  minimize(out);
  mergeEquivalentClasses(out);
  renumberBreadthFirst(out);
  if (getenv("RISK_DEBUG_FUSED"))
    llvm::errs() << "  subset " << before << " states "
                 << std::chrono::duration<double>(t1 - t0).count() << " s, minimise "
                 << std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count()
                 << " s\n";
  return out.numStates() <= limits.maxDfaStates;
}

//===----------------------------------------------------------------------===//
// Scanning
//===----------------------------------------------------------------------===//

void Dfa::scan(llvm::StringRef text, size_t from,
               const std::function<bool(size_t, int)> &onMatch) const {
  uint32_t state = starts[contextOf(from > 0 ? (unsigned char)text[from - 1] : -1)];
  for (size_t i = from; i < text.size(); ++i) {
    unsigned cls = byteClass[(unsigned char)text[i]];
    if (uint32_t set = acceptBefore[state * numClasses + cls])
      for (int id : matchSets[set])
        if (!onMatch(i, id))
          return;
    state = next[state * numClasses + cls];
    if (state == dead)
      return;
  }
  if (uint32_t set = acceptAtEnd[state])
    for (int id : matchSets[set])
      if (!onMatch(text.size(), id))
        return;
}

void Dfa::scanBackward(llvm::StringRef text, size_t from,
                       const std::function<bool(size_t, int)> &onMatch) const {
  uint32_t state = starts[contextOf(from < text.size() ? (unsigned char)text[from] : -1)];
  for (size_t i = from; i-- > 0;) {
    unsigned cls = byteClass[(unsigned char)text[i]];
    if (uint32_t set = acceptBefore[state * numClasses + cls])
      for (int id : matchSets[set])
        if (!onMatch(i + 1, id))
          return;
    state = next[state * numClasses + cls];
    if (state == dead)
      return;
  }
  if (uint32_t set = acceptAtEnd[state])
    for (int id : matchSets[set])
      if (!onMatch(0, id))
        return;
}

//===----------------------------------------------------------------------===//
// Patterns: leftmost-longest in three linear passes
//===----------------------------------------------------------------------===//

bool risk::compilePattern(const RegexNode &pattern, const AutomatonLimits &limits,
                          CompiledPattern &out, std::string &error) {
  struct Pass {
    Dfa *dfa;
    bool reverse;
    SearchKind kind;
  } passes[] = {{&out.search, false, SearchKind::Unanchored},
                {&out.reverse, true, SearchKind::Unanchored},
                {&out.anchored, false, SearchKind::Anchored}};
  for (const Pass &p : passes) {
    NfaBuilder builder(limits);
    if (!builder.addRegex(pattern, 0, p.reverse)) {
      error = "the pattern needs more than " + std::to_string(limits.maxNfaStates) +
              " automaton states before determinisation";
      return false;
    }
    Nfa nfa = builder.take();
    if (!buildDfa(nfa, p.kind, limits, *p.dfa)) {
      error = "the pattern's automaton needs more than " + std::to_string(limits.maxDfaStates) +
              " states";
      return false;
    }
  }
  return true;
}

bool risk::compilePatternShared(llvm::StringRef text, const RegexNode &pattern,
                                const AutomatonLimits &limits,
                                std::shared_ptr<const CompiledPattern> &out, std::string &error) {
  struct Entry {
    std::shared_ptr<const CompiledPattern> compiled;
    std::string error;
  };
  static std::mutex mutex;
  static std::map<std::string, Entry> cache;
  std::string key = std::to_string(limits.maxNfaStates) + "/" + std::to_string(limits.maxDfaStates) +
                    "/" + std::to_string(limits.maxConstructionStates) + "/" + text.str();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) {
      out = it->second.compiled;
      error = it->second.error;
      return out != nullptr;
    }
  }
  auto compiled = std::make_shared<CompiledPattern>();
  Entry entry;
  if (compilePattern(pattern, limits, *compiled, entry.error))
    entry.compiled = std::move(compiled);
  out = entry.compiled;
  error = entry.error;
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 256)
    cache.clear();
  cache.emplace(std::move(key), std::move(entry));
  return out != nullptr;
}

std::optional<std::pair<size_t, size_t>> risk::findLeftmostLongest(const CompiledPattern &pattern,
                                                                   llvm::StringRef text) {
  bool found = false;
  pattern.search.scan(text, 0, [&](size_t, int) {
    found = true;
    return false;
  });
  if (!found)
    return std::nullopt;
  size_t start = text.size();
  pattern.reverse.scanBackward(text, text.size(), [&](size_t at, int) {
    start = std::min(start, at);
    return true;
  });
  size_t end = start;
  bool any = false;
  pattern.anchored.scan(text, start, [&](size_t at, int) {
    end = std::max(end, at);
    any = true;
    return true;
  });
  if (!any)
    return std::nullopt; // cannot happen for a consistent triple
  return std::make_pair(start, end);
}
