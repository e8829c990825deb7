//===- Reference.cpp - Obviously correct matching, in linear time ----------===//
//
// Positions are code point indices; invalid UTF-8 bytes decode to a value that
// no character set contains, as in the automata, which have no UTF-8 sequence
// for them.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Reference.h"
#include "risk/Automata/Skeleton.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/ConvertUTF.h"
#include <map>
#include <set>

using namespace risk;

namespace {

constexpr uint32_t Invalid = 0x110000;

struct Decoded {
  std::vector<uint32_t> cps;
  std::vector<size_t> offset; // byte offset of each code point, plus the end
};

Decoded decode(llvm::StringRef text) {
  Decoded d;
  size_t i = 0;
  while (i < text.size()) {
    d.offset.push_back(i);
    const auto *p = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
    const auto *end = reinterpret_cast<const llvm::UTF8 *>(text.data() + text.size());
    unsigned len = llvm::getNumBytesForUTF8(*p);
    llvm::UTF32 cp;
    const llvm::UTF8 *q = p;
    if (len >= 1 && i + len <= text.size() && llvm::isLegalUTF8Sequence(p, p + len) &&
        llvm::convertUTF8Sequence(&q, end, &cp, llvm::strictConversion) == llvm::conversionOK) {
      d.cps.push_back(cp);
      i += len;
    } else {
      d.cps.push_back(Invalid);
      i += 1;
    }
  }
  d.offset.push_back(text.size());
  return d;
}

/// A Thompson NFA over code points, built from the tree as directly as it is
/// written: a set is a state that reads one character; an assertion a state
/// that lets the run through where it holds; alternation, `?`, `*` and counts
/// are states with several epsilon edges; a count copies its child. State 0
/// accepts.
struct Nfa {
  struct State {
    const CodePointSet *set = nullptr; ///< reads a character in it, then goes to `next`
    int next = -1;
    bool isAssert = false;
    RegexNode::Assertion assertion{};
    std::vector<int> eps; ///< epsilon edges (an assertion's only where it holds)
  };
  std::vector<State> states;
  int start = 0;

  explicit Nfa(const RegexNode &pattern) {
    states.emplace_back(); // 0: accept
    start = compile(pattern, 0);
  }

private:
  int add(State s) {
    states.push_back(std::move(s));
    return int(states.size() - 1);
  }
  int split() { return add(State{}); }

  /// The state that starts a match of `node` followed by `target`.
  int compile(const RegexNode &node, int target) {
    switch (node.kind) {
    case RegexNode::Kind::Empty:
      return target;
    case RegexNode::Kind::Set: {
      State s;
      s.set = &node.set;
      s.next = target;
      return add(std::move(s));
    }
    case RegexNode::Kind::Assert: {
      State s;
      s.isAssert = true;
      s.assertion = node.assertion;
      s.eps = {target};
      return add(std::move(s));
    }
    case RegexNode::Kind::Concat:
      for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
        target = compile(*it, target);
      return target;
    case RegexNode::Kind::Alternate: {
      int s = split();
      for (const RegexNode &child : node.children) {
        int c = compile(child, target);
        states[s].eps.push_back(c);
      }
      return s;
    }
    case RegexNode::Kind::Repeat: {
      const RegexNode &child = node.children[0];
      int t = target;
      if (node.max < 0) {
        // loop: child then back here, or on
        int loop = split();
        int body = compile(child, loop);
        states[loop].eps = {body, target};
        t = loop;
      } else {
        // max - min optional copies, each: child then the next, or on
        for (int k = node.min; k < node.max; ++k) {
          int opt = split();
          int body = compile(child, t);
          states[opt].eps = {body, target};
          t = opt;
        }
      }
      for (int k = 0; k < node.min; ++k)
        t = compile(child, t);
      return t;
    }
    }
    return target;
  }
};

/// Runs an Nfa over a decoded text, a set of states at a time: time linear
/// in the text times the automaton, memory linear in the automaton.
class Runner {
public:
  Runner(const Nfa &nfa, const Decoded &d) : nfa(nfa), d(d), mark(nfa.states.size(), 0) {}

  /// The leftmost-longest match that starts at or after `from` (code point
  /// positions). Threads are kept in order of their start; the first to reach
  /// a state has the earliest start, and a later one there has the same future
  /// with a later start, so it is dropped. Once a match is found no thread
  /// starts any more, and threads that started after it are dropped; the run
  /// ends when no thread that could still give an earlier or a longer match
  /// is left.
  std::optional<std::pair<size_t, size_t>> leftmostLongest(size_t from) {
    std::vector<Thread> current, next;
    bool found = false;
    size_t bestStart = 0, bestEnd = 0;
    auto accept = [&](size_t start, size_t end) {
      if (!found || start < bestStart || (start == bestStart && end > bestEnd)) {
        found = true;
        bestStart = start;
        bestEnd = end;
      }
    };
    ++generation;
    for (size_t i = from;; ++i) {
      if (!found)
        closure(current, nfa.start, i, i, accept);
      if (i >= d.cps.size())
        break;
      step(current, next, i, [&](const Thread &t) { return !found || t.start <= bestStart; }, accept);
      if (found && current.empty())
        break;
    }
    if (!found)
      return std::nullopt;
    return std::make_pair(bestStart, bestEnd);
  }

  /// Calls `onEnd(end)` for every position where a match of the automaton
  /// started at `start` ends, up to `maxBytes` bytes on.
  void anchoredEnds(size_t start, size_t maxBytes, llvm::function_ref<void(size_t)> onEnd) {
    std::vector<Thread> current, next;
    auto accept = [&](size_t, size_t end) { onEnd(end); };
    ++generation;
    closure(current, nfa.start, start, start, accept);
    for (size_t i = start; i < d.cps.size() && !current.empty(); ++i) {
      if (d.offset[i + 1] - d.offset[start] > maxBytes)
        break;
      step(current, next, i, [](const Thread &) { return true; }, accept);
    }
  }

private:
  struct Thread {
    int state; ///< a state that reads a character
    size_t start;
  };

  bool holds(RegexNode::Assertion a, size_t i) const {
    using A = RegexNode::Assertion;
    auto isWord = [](uint32_t c) { return c < 0x80 && isAsciiWordByte(c); };
    bool hasPrev = i > 0, hasNext = i < d.cps.size();
    uint32_t prev = hasPrev ? d.cps[i - 1] : 0, next = hasNext ? d.cps[i] : 0;
    switch (a) {
    case A::TextStart:
      return !hasPrev;
    case A::TextEnd:
      return !hasNext;
    case A::LineStart:
      return !hasPrev || prev == '\n';
    case A::LineEnd:
      return !hasNext || next == '\n';
    case A::WordBoundary:
      return (hasPrev && isWord(prev)) != (hasNext && isWord(next));
    case A::NotWordBoundary:
      return (hasPrev && isWord(prev)) == (hasNext && isWord(next));
    }
    return false;
  }

  /// Reads character `i`: the threads of `current` that `keep` allows and
  /// that read it go on (with their closures) into `current` again.
  template <typename Keep, typename Accept>
  void step(std::vector<Thread> &current, std::vector<Thread> &next, size_t i, Keep keep,
            Accept &accept) {
    ++generation;
    next.clear();
    for (const Thread &t : current) {
      if (!keep(t))
        continue;
      const Nfa::State &s = nfa.states[t.state];
      if (d.cps[i] != Invalid && s.set->contains(d.cps[i]))
        closure(next, s.next, i + 1, t.start, accept);
    }
    std::swap(current, next);
  }

  /// Adds the states reachable from `from` at position `at` without reading
  /// (each once per step): those that read go to `list`; reaching state 0 is
  /// a match from `start` to `at`.
  template <typename Accept>
  void closure(std::vector<Thread> &list, int from, size_t at, size_t start, Accept &accept) {
    stack.clear();
    stack.push_back(from);
    while (!stack.empty()) {
      int s = stack.back();
      stack.pop_back();
      if (mark[s] == generation)
        continue;
      mark[s] = generation;
      const Nfa::State &state = nfa.states[s];
      if (s == 0) {
        accept(start, at);
        continue;
      }
      if (state.set) {
        list.push_back({s, start});
        continue;
      }
      if (state.isAssert && !holds(state.assertion, at))
        continue;
      for (auto it = state.eps.rbegin(); it != state.eps.rend(); ++it)
        stack.push_back(*it);
    }
  }

  const Nfa &nfa;
  const Decoded &d;
  std::vector<uint64_t> mark;
  uint64_t generation = 1;
  std::vector<int> stack;
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Whether `term` matches `text` at `start`; sets `end`.
bool termAt(llvm::StringRef term, llvm::StringRef text, size_t start, bool foldCase,
            bool flexibleSpaces, size_t &end) {
  size_t i = start, j = 0;
  while (j < term.size()) {
    if (flexibleSpaces && isSpace(term[j])) {
      while (j < term.size() && isSpace(term[j]))
        ++j;
      if (i >= text.size() || !isSpace(text[i]))
        return false;
      while (i < text.size() && isSpace(text[i]))
        ++i;
      continue;
    }
    if (i >= text.size())
      return false;
    char a = text[i], b = term[j];
    if (foldCase && (unsigned char)a < 0x80 && (unsigned char)b < 0x80) {
      a = std::tolower((unsigned char)a);
      b = std::tolower((unsigned char)b);
    }
    if (a != b)
      return false;
    ++i;
    ++j;
  }
  end = i;
  return true;
}

} // namespace

std::optional<std::pair<size_t, size_t>> risk::referenceFind(const RegexNode &pattern,
                                                             llvm::StringRef text) {
  Decoded d = decode(text);
  Nfa nfa(pattern);
  Runner run(nfa, d);
  if (auto m = run.leftmostLongest(0))
    return std::make_pair(d.offset[m->first], d.offset[m->second]);
  return std::nullopt;
}

std::vector<std::pair<size_t, size_t>> risk::referenceFindAll(const RegexNode &pattern,
                                                              llvm::StringRef text) {
  Decoded d = decode(text);
  Nfa nfa(pattern);
  Runner run(nfa, d);
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t from = 0; from <= d.cps.size();) {
    std::optional<std::pair<size_t, size_t>> m = run.leftmostLongest(from);
    if (!m)
      break;
    auto [start, end] = *m;
    out.push_back({d.offset[start], d.offset[end]});
    from = end > start ? end : start + 1;
  }
  return out;
}

/// The characters a match of `node` must start with, where that is one set
/// (a concatenation led by a set or by a repetition of one); null otherwise.
/// Only a shortcut: a start outside it cannot match.
static const CodePointSet *firstSet(const RegexNode &node) {
  switch (node.kind) {
  case RegexNode::Kind::Set:
    return &node.set;
  case RegexNode::Kind::Concat:
    return node.children.empty() ? nullptr : firstSet(node.children[0]);
  case RegexNode::Kind::Repeat:
    return node.min >= 1 ? firstSet(node.children[0]) : nullptr;
  default:
    return nullptr;
  }
}

namespace {
/// The skeleton of one text, computed once for all the terms of a lexicon.
struct SkeletonText {
  std::string skeleton;
  std::vector<SkeletonOrigin> origins;
  Decoded decoded;
};
} // namespace

/// A normalised term in the skeleton of `text`: for each end, the earliest
/// start within kMaxSpellingBytes where (with `words`) a word starts; then
/// `words` on the end; positions mapped back to `text`.
static std::vector<std::pair<size_t, size_t>>
skeletonTermMatches(llvm::StringRef term, const SkeletonText &text, const SkeletonSpec &spec,
                    bool words) {
  std::optional<RegexNode> node = skeletonTermRegex(term, spec);
  if (!node)
    return {};
  const std::string &skeleton = text.skeleton;
  const std::vector<SkeletonOrigin> &origins = text.origins;
  const Decoded &d = text.decoded;
  const CodePointSet *first = firstSet(*node);
  Nfa nfa(*node);
  Runner run(nfa, d);
  auto boundary = [&](size_t at, size_t word) {
    return !isLexiconWordByte(skeleton[word]) || betweenJoinedLetters(origins[at - 1], origins[at]);
  };
  auto startsWord = [&](size_t at) { return at == 0 || boundary(at, at - 1); };
  auto endsWord = [&](size_t at) { return at == skeleton.size() || boundary(at, at); };
  std::map<size_t, size_t> earliest;
  for (size_t start = 0; start < d.cps.size(); ++start) {
    if (first && (d.cps[start] == Invalid || !first->contains(d.cps[start])))
      continue;
    if (words && !startsWord(d.offset[start]))
      continue;
    run.anchoredEnds(start, kMaxSpellingBytes, [&](size_t end) {
      if (end > start)
        earliest.try_emplace(end, start);
    });
  }
  std::vector<std::pair<size_t, size_t>> out;
  for (auto [e, s] : earliest) {
    size_t start = d.offset[s], end = d.offset[e];
    if (words && !endsWord(end))
      continue;
    out.push_back({originStart(origins[start]), originEnd(origins[end - 1])});
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> risk::referenceTermMatches(llvm::StringRef term,
                                                                  llvm::StringRef text,
                                                                  bool foldCase, bool words,
                                                                  bool flexibleSpaces) {
  std::vector<std::pair<size_t, size_t>> out;
  if (term.empty())
    return out;
  for (size_t start = 0; start < text.size(); ++start) {
    size_t end;
    if (!termAt(term, text, start, foldCase, flexibleSpaces, end))
      continue;
    if (words && ((start > 0 && isLexiconWordByte(text[start - 1])) ||
                  (end < text.size() && isLexiconWordByte(text[end]))))
      continue;
    out.push_back({start, end});
  }
  std::stable_sort(out.begin(), out.end(), [](auto a, auto b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  return out;
}

std::vector<std::pair<size_t, size_t>> risk::referenceTermMatches(llvm::StringRef term, llvm::StringRef text,
                                                                  const TermOptions &options, bool words) {
  if (!termNeedsRegex(term, options))
    return referenceTermMatches(term, text, options.foldCase, words, options.phrases);
  if (options.normalize)
    return referenceLexiconMatches({term.str()}, text, options, words)[0];
  RegexNode node = termRegex(term, options);
  Decoded d = decode(text);
  Nfa nfa(node);
  Runner run(nfa, d);
  // For each end, the earliest start that reaches it (with `words`, where a
  // word starts).
  std::map<size_t, size_t> earliest;
  for (size_t start = 0; start < d.cps.size(); ++start)
    if (!words || start == 0 || !isLexiconWordByte(text[d.offset[start] - 1]))
      run.anchoredEnds(start, kMaxSpellingBytes, [&](size_t end) {
        if (end > start)
          earliest.try_emplace(end, start);
      });
  std::vector<std::pair<size_t, size_t>> out;
  for (auto [e, s] : earliest) {
    size_t start = d.offset[s], end = d.offset[e];
    if (words && ((start > 0 && isLexiconWordByte(text[start - 1])) ||
                  (end < text.size() && isLexiconWordByte(text[end]))))
      continue;
    out.push_back({start, end});
  }
  return out;
}

std::vector<std::vector<std::pair<size_t, size_t>>>
risk::referenceLexiconMatches(llvm::ArrayRef<std::string> terms, llvm::StringRef text,
                              const TermOptions &options, bool words,
                              const SkeletonWords *policyWords) {
  std::vector<std::vector<std::pair<size_t, size_t>>> out(terms.size());
  if (!options.normalize) {
    for (size_t t = 0; t < terms.size(); ++t)
      out[t] = referenceTermMatches(terms[t], text, options, words);
    return out;
  }
  SkeletonSpec spec = skeletonSpec(options);
  SkeletonText prepared;
  skeletonOf(text, spec, prepared.skeleton, prepared.origins, policyWords ? policyWords->split : nullptr);
  if (options.normalize & NormMasks) {
    // Masked words read as the lexicons' words (by default this lexicon's).
    const MaskVocabulary *vocabulary = policyWords ? policyWords->masks : nullptr;
    std::optional<MaskVocabulary> own;
    if (!vocabulary)
      vocabulary = &own.emplace(maskVocabulary({std::vector<std::string>(terms.begin(), terms.end())}, spec));
    unmaskSkeleton(prepared.skeleton, *vocabulary, spec);
  }
  prepared.decoded = decode(prepared.skeleton);
  for (size_t t = 0; t < terms.size(); ++t)
    out[t] = termNeedsRegex(terms[t], options) ? skeletonTermMatches(terms[t], prepared, spec, words)
                                               : referenceTermMatches(terms[t], text, options, words);
  return out;
}
