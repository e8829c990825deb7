//===- Tables.h - The constant tables of matchers and models -----*- C++ -*-===//
//
// What the lowering of the risk dialect builds before it rewrites any op:
// every lexicon and pattern compiled (Automata library) into minimised DFAs,
// every learned model's weights, as constant memref.globals of the module.
// The tables are the same for every target (docs/design/gpu.md); the scans
// and scores that read them are in RiskToStandard.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_CONVERSION_RISKTOSTANDARD_TABLES_H
#define RISK_CONVERSION_RISKTOSTANDARD_TABLES_H

#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "mlir/IR/BuiltinOps.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace risk::lowering {

using namespace mlir;


/// Constant tables of one DFA, as memref.global names.
///
/// Two layouts. The plain one (reverse and anchored automata, run only around
/// a hit) has `next` and `acceptBefore` per (state, class). The search layout
/// (the forward scan every byte goes through) is built for the hot loop:
/// `fastNext` holds the successor premultiplied by the number of classes, so
/// a step is `fastNext[state + class]` with no multiplication, and its sign
/// bit says that the state being left accepts before this byte; which match
/// set it accepts is in `acceptKind[state / classes * 4 + kind(byte)]`
/// (acceptance depends on the next byte only through the assertions: word
/// byte, newline, other). One load per byte instead of two, and a table of
/// 4 entries per state instead of one per (state, class).
struct DfaTables {
  std::string byteClass, next, acceptBefore, acceptAtEnd, setOffsets, setIds;
  std::string fastNext, acceptKind;
  bool fast = false;
  unsigned classes = 0;
  std::array<uint32_t, 4> starts{};
  uint32_t dead = UINT32_MAX; ///< a state that never accepts again, if any
  /// Fast tables: bytes that leave the start state where it is, without a
  /// match (`skip`, i32[256] of 0/1; empty when skipping would not pay).
  std::string skip;
};

/// The whole-word lexicons of a `risk.scan_set` (or one scanned alone),
/// looked up by hashing words instead of stepping an automaton (automata.md, "Word tables").
///
/// A lexicon goes here when it matches whole words (`words`), reads the text
/// as written (no `normalize`) and every term starts and ends with a lexicon
/// word byte and needs no expression (ASCII folding only). A match then
/// starts where a word of the text starts and ends where one ends. The terms
/// are hashed in a canonical form (ASCII letters lowered, each run of
/// whitespace one space); every prefix of a term that ends with a word is a
/// node of a trie of words, stored by its hash. From each word of the text,
/// the generated code hashes the canonical text word by word and probes the
/// slots after each word: a missing prefix ends the walk, a node's terms are
/// compared with the text byte for byte (case and spacing as the lexicon
/// says), and the walk goes on only while longer terms start this way.
///
/// `foldWord` (i8[256]): 0 for a byte that is not a lexicon word byte, else
/// the byte with ASCII letters lowered. Slots (open addressing, linear
/// probing from `(key * kWordSlotMix) >> (64 - slotBits)`), two i64 each in
/// `keys` so that a probe reads one cache line: at 2·slot the prefix's hash
/// | 1 (0 for an empty slot), at 2·slot + 1 its first entry << 32 | its info
/// (its number of entries << 1 | whether longer terms go on).
/// Entries: `member` (an index into `members`), `term` (the member's own
/// term number), `offset` and `length` of the term's bytes in `bytes` (i8,
/// ASCII-lowered with `fold case`), `flags` (1 fold case, 2 phrases).
///
/// `filter` (i64, 2^filterBits bits): bit `(key * kWordFilterMix) >>
/// (64 - filterBits)` is set for the key of every node. A prefix of the text
/// whose bit is clear is no node, and the walk ends before it touches the
/// slots: the filter is a few KB that stay in cache, the slots up to a few MB
/// that do not (automata.md, "Word tables").
struct WordTable {
  std::vector<std::string> members;
  std::string foldWord, filter, keys;
  std::string member, term, offset, length, flags, bytes;
  int64_t slotBits = 0, filterBits = 0;
  int64_t maxWord = 0; ///< bytes of the longest word of any term
  /// Through a skeleton: the longest match, in skeleton bytes, that counts
  /// (kMaxSpellingBytes, as for a normalised lexicon's automaton); 0: any.
  int64_t maxSpan = 0;
};

struct MatcherTables {
  bool lexicon = true;
  bool words = false;
  int64_t terms = 1;
  DfaTables search;           ///< lexicon: the terms; pattern: unanchored search
  DfaTables reverse;          ///< lexicon phrases / pattern: reverse automaton
  DfaTables anchored;         ///< pattern: longest match from a start
  bool hasReverse = false;
  bool foldCase = false;
  bool everyMatch = false; ///< pattern: record every match (PatternOp)
  std::string termLengths, flexible, weights;
  /// Phrase terms' bytes (concatenated, i8) and where each term's start
  /// (i64, per term): a hit whose text is the term as written needs no
  /// reverse scan for its start.
  std::string termBytes, termOffsets;
  /// A whole-word lexicon scanned alone (`risk.scan`) is looked up in its
  /// own word table, when it has one, instead of `search`.
  std::optional<WordTable> wordTable;
};

/// A merged automaton for a part of a `risk.scan_set`: match id -> (member,
/// the member's own term number).
struct FusedTables {
  DfaTables search;
  std::string idMember, idTerm;
  std::vector<std::string> members;
  bool ownAutomaton = false; ///< one member, scanned with its own automaton
};

/// FNV-1a over a canonical prefix of a term (WordTable), as the generated
/// code computes it, and the multiplier that spreads it over the slots.
constexpr uint64_t kWordHashSeed = 0xcbf29ce484222325ULL, kWordHashPrime = 0x100000001b3ULL,
                   kWordSlotMix = 0x9e3779b97f4a7c15ULL, kWordFilterMix = 0xc2b2ae3d27d4eb4fULL;

/// A learned model's constant tables.
///
/// A row of weights (one bucket) is padded from `labels` to `lanes` floats
/// with zeros: a power of two up to 16, so that 16 labels or fewer take one
/// 64-byte cache line per feature (the table is 64-byte aligned) and the
/// accumulators are one whole vector (a 15-wide vector costs shuffles at
/// every step); the padded lanes are never read.
struct ModelTables {
  /// memref.global names: the fixed-point weights (model::fixedWeight), i32
  /// [bucket][lane]; the biases, f64 [lane].
  std::string weights, biases;
  int64_t labels = 0, lanes = 0, buckets = 0;
  unsigned features = 7; ///< model::FeatureMask: the kinds of feature it reads
  /// The vocabulary's open-addressed table (none when `slots` is 0): slot s
  /// holds a word's bytes at `vocabKeys[s * 16]` (zero padded) and
  /// `vocabMeta[s]` = its row << 5 | its length (0: an empty slot); row r
  /// of `vocabRows` (i32 [row][lane]) is the sum of the fixed weights of the
  /// word's unigram and character n-grams. A word's home slot is
  /// `(hash >> 32) & (slots - 1)` of its unigram hash; linear probing, at
  /// most `maxProbes` slots.
  std::string vocabKeys, vocabMeta, vocabRows;
  int64_t slots = 0, maxProbes = 0, vocabularyWords = 0;
};

/// The lanes of a row of `labels` weights (ModelTables).
inline int64_t modelLanes(int64_t labels) {
  int64_t lanes = 1;
  while (lanes < labels && lanes < 16)
    lanes *= 2;
  return lanes >= labels ? lanes : (labels + 15) / 16 * 16;
}


/// The key of a risk.scan_set: its matchers' names.
std::string scanSetKey(ScanSetOp op);

/// Compiles every matcher of the module into tables (`out`, by matcher
/// name) and every risk.scan_set's merged automata (`fused`, by
/// scanSetKey), split into parts of at most `fusedMaxStates` states. With
/// `useWordTables`, a set's whole-word lexicons go into its word table
/// (`words`, by scanSetKey; absent when it has none) instead. Reports (on the
/// op) and fails when a matcher exceeds `maxStates`.
LogicalResult buildMatchers(ModuleOp module, std::map<std::string, MatcherTables> &out,
                            std::map<std::string, std::vector<FusedTables>> &fused,
                            std::map<std::string, WordTable> &words, unsigned maxStates,
                            unsigned fusedMaxStates, bool useWordTables);

/// Adds every model's weights and biases as tables (`out`, by model name),
/// the weights aligned to `alignment` bytes (0: their element's).
LogicalResult buildModels(ModuleOp module, std::map<std::string, ModelTables> &out,
                          int64_t alignment);

} // namespace risk::lowering

#endif // RISK_CONVERSION_RISKTOSTANDARD_TABLES_H
