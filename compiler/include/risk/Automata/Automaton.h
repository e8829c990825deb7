//===- Automaton.h - Byte automata for patterns and lexicons ----*- C++ -*-===//
//
// Patterns and lexicon terms are compiled into deterministic automata over
// bytes: a Thompson NFA (UTF-8 encoded character sets, empty-width assertions)
// becomes a DFA by subset construction over byte classes, then is minimised.
// Many patterns or terms share one automaton; its accepting transitions say
// which of them end where. The tables below are exactly what generated code
// scans (see risk-to-standard lowering); Dfa::scan is the same loop in C++ for
// tests and tools. docs/design/automata.md explains the design.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AUTOMATA_AUTOMATON_H
#define RISK_AUTOMATA_AUTOMATON_H

#include "risk/Automata/Normalize.h"
#include "risk/Automata/Regex.h"
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <algorithm>
#include <vector>

namespace risk {

/// A Thompson NFA over bytes.
struct Nfa {
  struct State {
    enum class Kind : uint8_t { Range, Split, Assert, Match };
    Kind kind = Kind::Split;
    uint8_t lo = 0, hi = 0;       ///< Range
    int out = -1, out1 = -1;      ///< successors (out1 only for Split)
    RegexNode::Assertion assertion = RegexNode::Assertion::TextStart;
    int matchId = -1;             ///< Match
    /// Range: the first states of the byte chains of one character set share
    /// a group (>= 0). Such states are always reached together, so bytes that
    /// lead them to the same successors can share a byte class.
    int group = -1;
    /// A state of the k-th copy of an unbounded repetition's body (`x{40,}`
    /// is 40 copies and a loop, the loop being copy 41): the repetition, k,
    /// and the state's place in its copy. A state of a later copy can do all
    /// that the same state of an earlier copy can (fewer copies remain), so a
    /// DFA state needs only the latest: the subset construction drops the
    /// others, which keeps `\b[A-Za-z0-9+/]{40,}` from needing 2^40 states.
    int repeat = -1, copy = 0, offset = 0;
  };
  std::vector<State> states;
  int start = -1;
  bool hasAssertions = false;
  bool hasRepeatCopies = false;
};

/// Limits that keep compilation bounded; exceeding one is a compile error,
/// never a silent miss at run time.
struct AutomatonLimits {
  size_t maxNfaStates = 2000000;
  /// States of the minimised DFA.
  size_t maxDfaStates = 20000;
  /// States explored by the subset construction before minimisation.
  size_t maxConstructionStates = 250000;
  /// The subset construction also gives up when its states hold, together,
  /// more than this many NFA states per allowed state (the work it does).
  /// Measured: 24 per state for the stdlib T2I guard, 47 for a normalised
  /// 5,000-term lexicon, 200-500 for `\pL{50}`.
  static constexpr size_t kEntriesPerState = 96;

  /// The limits of one lexicon's or pattern's automata when its minimised DFA
  /// may have `maxDfaStates` states: the subset construction gives up at four
  /// times that (minimisation rarely removes more than three quarters of the
  /// states of a search automaton), so an automaton that will not fit costs
  /// little before it is refused. The checker and the compiler both use it.
  static AutomatonLimits forStates(size_t maxDfaStates) {
    AutomatonLimits limits;
    limits.maxDfaStates = maxDfaStates;
    limits.maxConstructionStates =
        std::min<size_t>(limits.maxConstructionStates, 4 * maxDfaStates + 1024);
    return limits;
  }
};

/// Builds NFAs. Each added pattern or literal gets the next match id.
class NfaBuilder {
public:
  explicit NfaBuilder(const AutomatonLimits &limits = {}) : limits(limits) {}

  /// Adds a parsed pattern; `reverse` builds the automaton of the reversed
  /// language (for finding where a match starts). False if over the limit.
  bool addRegex(const RegexNode &node, int matchId, bool reverse = false);
  /// Adds a literal term. `foldCase` folds ASCII letters; `flexibleSpaces`
  /// lets each space match any run of whitespace.
  bool addLiteral(llvm::StringRef text, int matchId, bool foldCase, bool flexibleSpaces,
                  bool reverse = false);
  /// Adds a lexicon term: byte for byte (`addLiteral`), or through its
  /// expansion when normalisation or Unicode case folding applies to it.
  bool addTerm(llvm::StringRef text, int matchId, const TermOptions &options, bool reverse = false);
  Nfa take();
  size_t size() const { return nfa.states.size(); }

private:
  /// A dangling successor: state index and whether it is `out1`.
  using Hole = std::pair<int, bool>;
  struct Fragment {
    int start;
    std::vector<Hole> holes;
  };
  int add(Nfa::State state);
  Fragment build(const RegexNode &node, bool reverse);
  Fragment buildSet(const CodePointSet &set, bool reverse);
  Fragment empty();
  void patch(Fragment &f, int target);
  void addAlternative(int fragmentStart);
  /// Marks the states of the copies of an unbounded repetition's body
  /// (state index ranges, all built alike).
  void tagCopies(const std::vector<std::pair<size_t, size_t>> &copies);

  AutomatonLimits limits;
  Nfa nfa;
  std::vector<int> alternatives; ///< starts of the added patterns
  int groups = 0;                ///< character sets built so far
  int repeats = 0;               ///< unbounded repetitions tagged so far
  bool overflow = false;
};

/// A minimised DFA over byte classes. Matches are reported on the transition
/// that reads the byte *after* the match (so that `$` and `\b` can look at it)
/// or at the end of the input.
struct Dfa {
  unsigned numClasses = 0;
  std::array<uint8_t, 256> byteClass{};
  std::vector<uint32_t> next;          ///< [state * numClasses + class]
  std::vector<uint32_t> acceptBefore;  ///< [state * numClasses + class] -> match set
  std::vector<uint32_t> acceptAtEnd;   ///< [state] -> match set
  std::vector<std::vector<int>> matchSets; ///< [0] is the empty set
  /// Start states by what precedes the first byte scanned (assertions such as
  /// `\b` and `^` depend on it): the start of the text, a word byte, `\n`,
  /// any other byte.
  enum Context { AtTextStart = 0, AfterWord = 1, AfterNewline = 2, AfterOther = 3 };
  std::array<uint32_t, 4> starts{};
  uint32_t dead = UINT32_MAX;          ///< a state that can never match again, if any
  size_t numStates() const { return acceptAtEnd.size(); }

  static Context contextOf(int previousByte) {
    if (previousByte < 0)
      return AtTextStart;
    if (isAsciiWordByte(previousByte))
      return AfterWord;
    return previousByte == '\n' ? AfterNewline : AfterOther;
  }

  /// Scans `text[from, end)` forward; calls `onMatch(end, matchId)` for every
  /// match end, in order. Return false from the callback to stop.
  void scan(llvm::StringRef text, size_t from,
            const std::function<bool(size_t, int)> &onMatch) const;
  /// Scans `text[0, from)` backward (for reverse automata); calls
  /// `onMatch(start, matchId)` where a reverse match ends, right to left.
  void scanBackward(llvm::StringRef text, size_t from,
                    const std::function<bool(size_t, int)> &onMatch) const;
};

enum class SearchKind {
  Unanchored, ///< a match may start anywhere
  Anchored,   ///< matches start at the first byte scanned
};

/// Subset construction and minimisation. Returns false if the DFA would exceed
/// `limits.maxDfaStates` states.
bool buildDfa(const Nfa &nfa, SearchKind kind, const AutomatonLimits &limits, Dfa &out);

/// A pattern ready for searching: `search` finds whether and where a match
/// ends (unanchored), `reverse` (the reversed pattern, unanchored, scanned
/// backward over the whole text) finds the leftmost start, and `anchored`
/// finds the longest match from that start: leftmost-longest, in linear time.
struct CompiledPattern {
  Dfa search, reverse, anchored;
};

/// Builds the three automata; false (with a message) if a limit is exceeded.
bool compilePattern(const RegexNode &pattern, const AutomatonLimits &limits,
                    CompiledPattern &out, std::string &error);

/// compilePattern, remembered for the process: the checker checks every
/// pattern against the limits and the compiler then needs the same automata,
/// which for a large pattern take seconds to build. `text` must say
/// everything the node was parsed from (its flags and body). Failures are
/// remembered too. At most 256 patterns are kept (then the memory starts
/// over); thread-safe.
bool compilePatternShared(llvm::StringRef text, const RegexNode &pattern,
                          const AutomatonLimits &limits,
                          std::shared_ptr<const CompiledPattern> &out, std::string &error);

/// The leftmost-longest match of a compiled pattern, as byte offsets.
std::optional<std::pair<size_t, size_t>> findLeftmostLongest(const CompiledPattern &pattern,
                                                             llvm::StringRef text);

} // namespace risk

#endif // RISK_AUTOMATA_AUTOMATON_H
