//===- Tables.cpp - The constant tables of matchers and models -------------===//
//
// Matchers compiled into DFA tables and models into weight tables, added to
// the module as constant memref.globals (Tables.h).
//
//===----------------------------------------------------------------------===//
#include "Tables.h"

#include "Emit.h"

#include "risk/Automata/Automaton.h"
#include "risk/Automata/Skeleton.h"
#include "risk/Model/Linear.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include <chrono>
#include <map>
#include <set>

using namespace mlir;
using namespace risk;
using namespace risk::lowering;

namespace {

/// How often each byte occurs in English prose, per 10,000 bytes (space,
/// letters by their usual frequencies, some punctuation and digits); other
/// bytes count 1. A scan skips over bytes that cannot start a match only if
/// such text would be mostly skipped: switching between the skip loop and
/// the automaton costs more than it saves when matches can start often.
unsigned proseWeight(int b) {
  static const std::pair<char, unsigned> weights[] = {
      {' ', 1800}, {'e', 1000}, {'t', 740}, {'a', 660}, {'o', 620}, {'i', 570}, {'n', 560},
      {'s', 520},  {'h', 480},  {'r', 490}, {'d', 350}, {'l', 330}, {'c', 230}, {'u', 230},
      {'m', 200},  {'w', 190},  {'f', 180}, {'g', 160}, {'y', 160}, {'p', 150}, {'b', 120},
      {'v', 80},   {'k', 60},   {',', 100}, {'.', 90},  {'x', 12},  {'j', 10},  {'q', 8},
      {'z', 6},    {'\n', 40}};
  for (auto [c, w] : weights)
    if (b == (unsigned char)c)
      return w;
  if (b >= 'A' && b <= 'Z')
    return 25;
  if (b >= '0' && b <= '9')
    return 15;
  return 1;
}
/// Skip when at least this share (per mille) of prose would be skipped.
constexpr unsigned kMinSkipShare = 900;

class TableBuilder {
public:
  TableBuilder(ModuleOp module) : module(module), builder(module.getContext()) {
    builder.setInsertionPointToStart(module.getBody());
  }

  MLIRContext *context() { return module.getContext(); }

  template <typename T>
  std::string global(const std::string &name, Type element, llvm::ArrayRef<T> values,
                     int64_t alignment = 0) {
    std::string unique = name + "_" + std::to_string(counter++);
    addConstantTable(module, builder, unique, element, values, alignment);
    return unique;
  }

  DfaTables tables(const std::string &prefix, const Dfa &dfa, bool fast = false) {
    DfaTables t;
    Type i32 = builder.getI32Type();
    std::vector<int32_t> classes(dfa.byteClass.begin(), dfa.byteClass.end());
    t.byteClass = global(prefix + "_class", i32, llvm::ArrayRef<int32_t>(classes));
    t.fast = fast;
    if (fast) {
      const size_t k = dfa.numClasses, n = dfa.numStates();
      std::vector<int32_t> fastNext(n * k), acceptKind(n * 4, 0);
      for (size_t st = 0; st < n; ++st)
        for (size_t c = 0; c < k; ++c) {
          uint32_t accept = dfa.acceptBefore[st * k + c];
          fastNext[st * k + c] = int32_t(dfa.next[st * k + c] * k) | (accept ? INT32_MIN : 0);
          if (accept) {
            // Every byte of this class has the same kind; record the set
            // under that kind (the builder guarantees it is one set per kind).
            for (int b = 0; b < 256; ++b)
              if (dfa.byteClass[b] == c)
                acceptKind[st * 4 + byteKind(b)] = accept;
          }
        }
      t.fastNext = global(prefix + "_fnext", i32, llvm::ArrayRef<int32_t>(fastNext));
      std::vector<int32_t> skip(256);
      int32_t home = int32_t(dfa.starts[0] * k);
      uint64_t skipped = 0, total = 0;
      for (int b = 0; b < 256; ++b) {
        skip[b] = fastNext[home + dfa.byteClass[b]] == home;
        skipped += skip[b] ? proseWeight(b) : 0;
        total += proseWeight(b);
      }
      if (skipped * 1000 >= total * kMinSkipShare)
        t.skip = global(prefix + "_skip", i32, llvm::ArrayRef<int32_t>(skip));
      t.acceptKind = global(prefix + "_accept_kind", i32, llvm::ArrayRef<int32_t>(acceptKind));
    } else {
      std::vector<int32_t> next(dfa.next.begin(), dfa.next.end());
      t.next = global(prefix + "_next", i32, llvm::ArrayRef<int32_t>(next));
      std::vector<int32_t> acceptBefore(dfa.acceptBefore.begin(), dfa.acceptBefore.end());
      t.acceptBefore = global(prefix + "_accept", i32, llvm::ArrayRef<int32_t>(acceptBefore));
    }
    std::vector<int32_t> acceptAtEnd(dfa.acceptAtEnd.begin(), dfa.acceptAtEnd.end());
    t.acceptAtEnd = global(prefix + "_accept_end", i32, llvm::ArrayRef<int32_t>(acceptAtEnd));
    std::vector<int32_t> offsets{0}, ids;
    for (const std::vector<int> &set : dfa.matchSets) {
      ids.insert(ids.end(), set.begin(), set.end());
      offsets.push_back(ids.size());
    }
    t.setOffsets = global(prefix + "_set_offsets", i32, llvm::ArrayRef<int32_t>(offsets));
    t.setIds = global(prefix + "_set_ids", i32, llvm::ArrayRef<int32_t>(ids));
    t.classes = dfa.numClasses;
    for (int c = 0; c < 4; ++c)
      t.starts[c] = dfa.starts[c];
    t.dead = dfa.dead;
    return t;
  }

  /// Byte -> context of what follows it (1 word, 2 newline, 3 other) and
  /// byte -> lexicon word byte (1) or not (0).
  std::string contextTable() {
    if (contextName.empty()) {
      std::vector<int32_t> v(256);
      for (int b = 0; b < 256; ++b)
        v[b] = Dfa::contextOf(b);
      contextName = global("risk_context", builder.getI32Type(), llvm::ArrayRef<int32_t>(v));
    }
    return contextName;
  }
  /// Byte -> its kind for acceptance: 1 newline, 2 word byte, 3 other.
  static int byteKind(int b) { return b == '\n' ? 1 : isAsciiWordByte(b) ? 2 : 3; }
  std::string kindTable() {
    if (kindName.empty()) {
      std::vector<int32_t> v(256);
      for (int b = 0; b < 256; ++b)
        v[b] = byteKind(b);
      kindName = global("risk_kind", builder.getI32Type(), llvm::ArrayRef<int32_t>(v));
    }
    return kindName;
  }
  /// Byte -> 0 when it is not a lexicon word byte, else the byte with ASCII
  /// letters lowered (i8; WordTable).
  std::string foldWordTable() {
    if (foldWordName.empty()) {
      std::vector<int8_t> v(256);
      for (int b = 0; b < 256; ++b)
        v[b] = isLexiconWordByte(b) ? int8_t(llvm::toLower(char(b))) : 0;
      foldWordName = global("words_fold", builder.getI8Type(), llvm::ArrayRef<int8_t>(v));
    }
    return foldWordName;
  }
  std::string wordTable() {
    if (wordName.empty()) {
      std::vector<int32_t> v(256);
      for (int b = 0; b < 256; ++b)
        v[b] = isLexiconWordByte(b);
      wordName = global("risk_word", builder.getI32Type(), llvm::ArrayRef<int32_t>(v));
    }
    return wordName;
  }

private:
  ModuleOp module;
  OpBuilder builder;
  unsigned counter = 0;
  std::string contextName, wordName, kindName, foldWordName;
};

/// The number of nodes of the trie of a lexicon's terms (ASCII letters
/// lowered with `fold case`).
size_t trieSize(LexiconOp lex) {
  std::map<std::pair<size_t, char>, size_t> child;
  size_t nodes = 1;
  for (Attribute attr : lex.getTerms()) {
    size_t at = 0;
    for (char c : cast<StringAttr>(attr).getValue()) {
      if (lex.getFoldCase())
        c = llvm::toLower(c);
      auto [it, inserted] = child.try_emplace({at, c}, nodes);
      if (inserted)
        ++nodes;
      at = it->second;
    }
  }
  return nodes;
}

/// How a lexicon op matches its terms.
TermOptions termOptions(LexiconOp lex) {
  TermOptions o;
  o.foldCase = lex.getFoldCase();
  o.phrases = lex.getPhrases();
  if (auto names = lex.getNormalizeAttr())
    for (Attribute n : names)
      o.normalize |= normalizationNamed(cast<StringAttr>(n).getValue()).value_or(0);
  return o;
}

/// The normalisations a word table can read the skeleton of: each maps every
/// character to one fixed spelling, so a term matches the skeleton of a text
/// exactly where the skeleton of the term is written there. `masks` is one
/// too: the skeleton the lexicon reads has its masked words written back
/// (risk.unmask). (Leetspeak and repeats make a term's spellings many;
/// `separators` lets a gap be any run of punctuation.)
constexpr unsigned kFixedSpellingNormalizations = NormNfkc | NormHomoglyphs | NormZeroWidth | NormMasks;

/// The bytes a word table compares for a term: the term itself, or with
/// `normalize` the term's skeleton (what the lexicon's expression for the
/// term matches, skeletonTermRegex, when the normalisations are fixed
/// spellings and the skeleton starts and ends with a word byte).
std::string wordTableTermBytes(StringRef term, const TermOptions &options) {
  return options.normalize ? skeletonOf(term, skeletonSpec(options)) : term.str();
}

/// Whether a lexicon's terms can all be looked up by hashing words
/// (WordTable): whole words, read as written or through a skeleton of fixed
/// spellings, and terms (their skeletons) that start and end with a lexicon
/// word byte and need no expression.
bool wordTableLexicon(LexiconOp lex) {
  TermOptions options = termOptions(lex);
  if (!lex.getWords() || (options.normalize & ~kFixedSpellingNormalizations) || lex.getTerms().empty())
    return false;
  TermOptions asWritten = options;
  asWritten.normalize = 0;
  return llvm::all_of(lex.getTerms(), [&](Attribute attr) {
    std::string term = wordTableTermBytes(cast<StringAttr>(attr).getValue(), options);
    return !term.empty() && isLexiconWordByte(term.front()) && isLexiconWordByte(term.back()) &&
           !termNeedsRegex(term, asWritten);
  });
}

/// A term as the word table hashes it (WordTable): ASCII letters lowered,
/// each run of whitespace one space. Appends to `out` and returns the
/// offsets in it where a word of the term ends.
std::vector<size_t> canonicalTerm(StringRef term, std::string &out) {
  std::vector<size_t> wordEnds;
  for (size_t i = 0; i < term.size(); ++i) {
    char c = term[i];
    if (isTermSpace(uint8_t(c))) {
      out += ' ';
      while (i + 1 < term.size() && isTermSpace(uint8_t(term[i + 1])))
        ++i;
      continue;
    }
    out += llvm::toLower(c);
    if (isLexiconWordByte(c) && (i + 1 == term.size() || !isLexiconWordByte(term[i + 1])))
      wordEnds.push_back(out.size());
  }
  return wordEnds;
}

uint64_t wordHash(StringRef canonical) {
  uint64_t h = kWordHashSeed;
  for (char c : canonical)
    h = (h ^ uint8_t(c)) * kWordHashPrime;
  return h;
}

/// The word table of the whole-word lexicons `names` of one scan set.
WordTable buildWordTable(TableBuilder &tables, ModuleOp module, const std::vector<std::string> &names) {
  WordTable w;
  w.members = names;
  struct Entry {
    int32_t member, term, offset, length, flags;
  };
  // One node per distinct prefix of the terms that ends with a word, by its
  // hash: the terms it completes, and whether longer terms go on from it.
  // Prefixes whose 64-bit hashes collide share a node (the comparison of a
  // completed term with the text tells them apart).
  struct Node {
    std::vector<Entry> entries;
    bool more = false;
  };
  std::map<uint64_t, Node> nodes;
  std::vector<int8_t> bytes;
  for (auto [k, name] : llvm::enumerate(names)) {
    auto lex = cast<LexiconOp>(SymbolTable::lookupSymbolIn(module, name));
    bool fold = lex.getFoldCase();
    TermOptions options = termOptions(lex);
    // Through a skeleton, a term is its skeleton, whose spaces always stretch
    // (skeletonTermRegex), and a match is found only within
    // kMaxSpellingBytes of the skeleton, as by the lexicon's automaton.
    bool phrases = lex.getPhrases() || options.normalize;
    if (options.normalize)
      w.maxSpan = int64_t(kMaxSpellingBytes);
    for (auto [i, attr] : llvm::enumerate(lex.getTerms())) {
      std::string termBytes = wordTableTermBytes(cast<StringAttr>(attr).getValue(), options);
      StringRef term = termBytes;
      std::string canonical;
      std::vector<size_t> wordEnds = canonicalTerm(term, canonical);
      for (size_t e = 0; e < wordEnds.size(); ++e) {
        size_t wordStart = e == 0 ? 0 : wordEnds[e - 1];
        while (wordStart < wordEnds[e] && !isLexiconWordByte(canonical[wordStart]))
          ++wordStart;
        w.maxWord = std::max<int64_t>(w.maxWord, wordEnds[e] - wordStart);
        Node &node = nodes[wordHash(StringRef(canonical).take_front(wordEnds[e])) | 1];
        if (e + 1 < wordEnds.size())
          node.more = true;
        else
          node.entries.push_back({int32_t(k), int32_t(i), int32_t(bytes.size()), int32_t(term.size()),
                                  int32_t((fold ? 1 : 0) | (phrases ? 2 : 0))});
      }
      for (char c : term)
        bytes.push_back(int8_t(fold ? llvm::toLower(c) : c));
    }
  }
  // At most a quarter of the slots used: a word that starts no term (most
  // words of a text) probes about one slot and a third on average.
  while ((int64_t(1) << w.slotBits) < int64_t(4 * nodes.size()) || w.slotBits < 4)
    ++w.slotBits;
  size_t slots = size_t(1) << w.slotBits;
  // Two i64 a slot, so that a probe reads one cache line: the key, then
  // the first entry << 32 | the info.
  std::vector<int64_t> keys(2 * slots, 0);
  std::vector<int32_t> member, term, offset, length, flags;
  for (const auto &[key, node] : nodes) {
    size_t slot = size_t((key * kWordSlotMix) >> (64 - w.slotBits));
    while (keys[2 * slot] != 0)
      slot = (slot + 1) & (slots - 1);
    keys[2 * slot] = int64_t(key);
    uint64_t info = uint32_t(node.entries.size() << 1 | (node.more ? 1 : 0));
    keys[2 * slot + 1] = int64_t(uint64_t(member.size()) << 32 | info);
    for (const Entry &entry : node.entries) {
      member.push_back(entry.member);
      term.push_back(entry.term);
      offset.push_back(entry.offset);
      length.push_back(entry.length);
      flags.push_back(entry.flags);
    }
  }
  // The prefix filter: at least 8 bits per node (about one prefix in nine
  // that is no node passes it), at least 512 bits.
  while ((int64_t(1) << w.filterBits) < int64_t(8 * nodes.size()) || w.filterBits < 9)
    ++w.filterBits;
  std::vector<int64_t> filter(size_t(1) << (w.filterBits - 6), 0);
  for (const auto &[key, node] : nodes) {
    uint64_t bit = (key * kWordFilterMix) >> (64 - w.filterBits);
    filter[bit >> 6] |= int64_t(uint64_t(1) << (bit & 63));
  }
  MLIRContext *ctx = module.getContext();
  Type i8 = IntegerType::get(ctx, 8), i32 = IntegerType::get(ctx, 32), i64 = IntegerType::get(ctx, 64);
  w.foldWord = tables.foldWordTable();
  // A word table of a skeleton is named so (the differential tester counts
  // them).
  std::string prefix = w.maxSpan ? "skeleton_words_" : "words_";
  w.filter = tables.global(prefix + "filter", i64, llvm::ArrayRef<int64_t>(filter));
  w.keys = tables.global(prefix + "keys", i64, llvm::ArrayRef<int64_t>(keys));
  w.member = tables.global(prefix + "member", i32, llvm::ArrayRef<int32_t>(member));
  w.term = tables.global(prefix + "term", i32, llvm::ArrayRef<int32_t>(term));
  w.offset = tables.global(prefix + "offset", i32, llvm::ArrayRef<int32_t>(offset));
  w.length = tables.global(prefix + "length", i32, llvm::ArrayRef<int32_t>(length));
  w.flags = tables.global(prefix + "flags", i32, llvm::ArrayRef<int32_t>(flags));
  w.bytes = tables.global(prefix + "bytes", i8, llvm::ArrayRef<int8_t>(bytes));
  return w;
}

} // namespace

std::string risk::lowering::scanSetKey(ScanSetOp op) {
  std::string key;
  for (Attribute m : op.getMatchers())
    key += cast<SymbolRefAttr>(m).getRootReference().str() + ",";
  return key;
}

/// Compiles every matcher of the module. Reports (on the op) and fails when a
/// matcher exceeds the automaton limits.
LogicalResult risk::lowering::buildMatchers(ModuleOp module, std::map<std::string, MatcherTables> &out,
                            std::map<std::string, std::vector<FusedTables>> &fused,
                            std::map<std::string, WordTable> &words, unsigned maxStates,
                            unsigned fusedMaxStates, bool useWordTables) {
  TableBuilder tables(module);
  AutomatonLimits limits = AutomatonLimits::forStates(maxStates);
  bool ok = true;
  // A lexicon's own search automaton is built only when something scans with
  // it alone; the members of a scan set use the merged one.
  std::set<std::string> alone;
  module.walk([&](ScanOp scan) { alone.insert(scan.getMatcher().str()); });
  // Merged automata for the scan sets. A set whose merged automaton exceeds
  // the fused-state budget is split in halves until every part fits (a single
  // matcher always fits: it was built above).
  std::map<std::string, size_t> trieSizes;
  std::function<void(const std::vector<std::string> &, std::vector<FusedTables> &)> buildPart =
      [&](const std::vector<std::string> &names, std::vector<FusedTables> &parts) {
        AutomatonLimits partLimits = limits;
        partLimits.maxDfaStates = std::min<size_t>(limits.maxDfaStates, fusedMaxStates);
        // Give up early on a part that will not fit: minimisation removes
        // few states of a merged search automaton (measured: under a fifth
        // on the stdlib guards), so the construction stops a little past the
        // budget instead of at twice it.
        partLimits.maxConstructionStates =
            std::min<size_t>(limits.maxConstructionStates, size_t(fusedMaxStates) + fusedMaxStates / 4 + 1024);
        NfaBuilder forward(partLimits);
        std::vector<int32_t> idMember, idTerm;
        bool fits = true;
        for (auto [k, name] : llvm::enumerate(names)) {
          Operation *decl = SymbolTable::lookupSymbolIn(module, name);
          if (auto lex = dyn_cast_or_null<LexiconOp>(decl)) {
            for (auto [i, attr] : llvm::enumerate(lex.getTerms())) {
              fits &= forward.addTerm(cast<StringAttr>(attr).getValue(), idMember.size(), termOptions(lex));
              idMember.push_back(k);
              idTerm.push_back(i);
            }
          } else if (auto pattern = dyn_cast_or_null<PatternOp>(decl)) {
            RegexError error;
            auto node = parseRegex(pattern.getRegex(), parseRegexFlags(pattern.getFlags()), error);
            fits &= node && forward.addRegex(*node, idMember.size());
            idMember.push_back(k);
            idTerm.push_back(0);
          }
        }
        Dfa dfa;
        // A search automaton has at least a state per node of the trie of a
        // plain lexicon's terms (each prefix leads to different terms). When
        // the lexicons of the set already need more than the budget, the
        // set cannot fit: split it without trying (a lone lexicon then gets
        // its own automaton below instead of being built twice).
        if (fits) {
          size_t trieNodes = 0;
          for (const std::string &name : names)
            if (auto lex = dyn_cast_or_null<LexiconOp>(SymbolTable::lookupSymbolIn(module, name)))
              if (!lex.getNormalizeAttr()) {
                auto [it, inserted] = trieSizes.try_emplace(name, 0);
                if (inserted)
                  it->second = trieSize(lex); // once per lexicon, however often the set splits
                trieNodes += it->second;
              }
          fits = trieNodes <= fusedMaxStates;
        }
        // A lone pattern gets its own automaton (built below, and cached by
        // the checker): the same matches, with nothing to merge.
        if (names.size() == 1 && isa_and_nonnull<PatternOp>(SymbolTable::lookupSymbolIn(module, names[0])))
          fits = false;
        if (fits) {
          Nfa nfa = forward.take();
          auto t0 = std::chrono::steady_clock::now();
          fits = buildDfa(nfa, SearchKind::Unanchored, partLimits, dfa);
          if (getenv("RISK_DEBUG_FUSED"))
            llvm::errs() << "fused " << names.size() << " matchers, nfa " << nfa.states.size()
                         << ", dfa " << dfa.numStates() << " states, " << dfa.numClasses
                         << " classes, fits " << fits << ", "
                         << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()
                         << " s\n";
        }
        if (!fits && names.size() > 1) {
          // Lexicons merge well with each other (their automaton grows with
          // their terms); patterns with loops multiply states. Split a mixed
          // set along that line first, then in halves.
          std::vector<std::string> lexicons, patterns;
          for (const std::string &name : names)
            (isa_and_nonnull<LexiconOp>(SymbolTable::lookupSymbolIn(module, name)) ? lexicons : patterns)
                .push_back(name);
          if (!lexicons.empty() && !patterns.empty()) {
            buildPart(lexicons, parts);
            buildPart(patterns, parts);
            return;
          }
          size_t half = names.size() / 2;
          buildPart({names.begin(), names.begin() + half}, parts);
          buildPart({names.begin() + half, names.end()}, parts);
          return;
        }
        FusedTables part;
        part.members = names;
        if (fits) {
          part.search = tables.tables("fused", dfa, /*fast=*/true);
        } else {
          // One matcher too large to fuse under the budget: its own automaton
          // (built below, where the matcher's own limit is checked), with
          // the identity id map.
          alone.insert(names.front());
          part.ownAutomaton = true;
        }
        Type i32 = IntegerType::get(module.getContext(), 32);
        part.idMember = tables.global("fused_member", i32, llvm::ArrayRef<int32_t>(idMember));
        part.idTerm = tables.global("fused_term", i32, llvm::ArrayRef<int32_t>(idTerm));
        parts.push_back(std::move(part));
      };
  {
    module.walk([&](ScanSetOp set) {
      std::string key = scanSetKey(set);
      if (fused.count(key))
        return;
      std::vector<std::string> names, wordLexicons;
      for (Attribute m : set.getMatchers()) {
        std::string name = cast<SymbolRefAttr>(m).getRootReference().str();
        auto lex = dyn_cast_or_null<LexiconOp>(SymbolTable::lookupSymbolIn(module, name));
        bool byWords = useWordTables && lex && wordTableLexicon(lex);
        (byWords ? wordLexicons : names).push_back(name);
      }
      std::vector<FusedTables> &parts = fused[key];
      if (!names.empty())
        buildPart(names, parts);
      if (!wordLexicons.empty())
        words[key] = buildWordTable(tables, module, wordLexicons);
    });
  }
  module.walk([&](LexiconOp lex) {
    MatcherTables m;
    m.lexicon = true;
    m.words = lex.getWords();
    m.terms = lex.getTerms().size();
    NfaBuilder forward(limits), backward(limits);
    std::vector<int64_t> lengths, flexible, offsets;
    std::vector<int8_t> bytes;
    std::vector<double> weights;
    bool anyFlexible = false, nfaFits = true;
    TermOptions options = termOptions(lex);
    // The lexicon's own automata: the search one for scans of it alone, the
    // reverse one for the starts of phrases found by an automaton (a word
    // table finds starts itself).
    std::string name = lex.getSymName().str();
    bool byWords = useWordTables && wordTableLexicon(lex);
    bool needSearch = alone.count(name) && !byWords, needReverse = !byWords;
    if (byWords && alone.count(name))
      m.wordTable = buildWordTable(tables, module, {name});
    for (auto [i, attr] : llvm::enumerate(lex.getTerms())) {
      StringRef term = cast<StringAttr>(attr).getValue();
      // How the start of a match is found: 0 from the term's length, 1 the
      // nearest start (a phrase: its spaces stretch), 2 the earliest start
      // within kMaxSpellingBytes (an expanded term: letters repeat too).
      int64_t flex = termNeedsRegex(term, options) ? 2
                     : lex.getPhrases() && term.find_first_of(" \t\r\n") != StringRef::npos ? 1
                                                                                              : 0;
      anyFlexible |= flex != 0 && needReverse;
      if (needSearch)
        nfaFits &= forward.addTerm(term, i, options);
      if (needReverse)
        nfaFits &= backward.addTerm(term, i, options, /*reverse=*/true);
      lengths.push_back(term.size());
      flexible.push_back(flex);
      offsets.push_back(bytes.size());
      if (flex == 1)
        for (char c : term)
          bytes.push_back(int8_t(lex.getFoldCase() ? llvm::toLower(c) : c));
      weights.push_back(cast<FloatAttr>(lex.getWeights()[i]).getValueAsDouble());
    }
    if (!nfaFits) {
      // Never a silent miss: a lexicon too large to build is an error.
      lex.emitError("the lexicon's terms need more than ")
          << limits.maxNfaStates << " automaton states before determinisation; split the lexicon";
      ok = false;
      return;
    }
    Dfa search, reverse;
    if (needSearch) {
      Nfa nfa = forward.take();
      if (!buildDfa(nfa, SearchKind::Unanchored, limits, search)) {
        lex.emitError("the lexicon's automaton needs more than ")
            << limits.maxDfaStates << " states; split the lexicon or raise --max-automaton-states";
        ok = false;
        return;
      }
      m.search = tables.tables(name, search, /*fast=*/true);
    }
    if (anyFlexible) {
      Nfa rnfa = backward.take();
      if (!buildDfa(rnfa, SearchKind::Anchored, limits, reverse)) {
        lex.emitError("the lexicon's reverse automaton is too large");
        ok = false;
        return;
      }
      m.reverse = tables.tables(name + "_rev", reverse);
      m.hasReverse = true;
    }
    m.termLengths = tables.global(name + "_len", IntegerType::get(module.getContext(), 64),
                                  llvm::ArrayRef<int64_t>(lengths));
    m.flexible = tables.global(name + "_flex", IntegerType::get(module.getContext(), 64),
                               llvm::ArrayRef<int64_t>(flexible));
    m.foldCase = lex.getFoldCase();
    if (anyFlexible) {
      m.termBytes = tables.global(name + "_bytes", IntegerType::get(module.getContext(), 8),
                                  llvm::ArrayRef<int8_t>(bytes));
      m.termOffsets = tables.global(name + "_offsets", IntegerType::get(module.getContext(), 64),
                                    llvm::ArrayRef<int64_t>(offsets));
    }
    m.weights = tables.global(name + "_weight", Float64Type::get(module.getContext()),
                              llvm::ArrayRef<double>(weights));
    out[name] = std::move(m);
  });
  module.walk([&](PatternOp pattern) {
    RegexError error;
    auto node = parseRegex(pattern.getRegex(), parseRegexFlags(pattern.getFlags()), error);
    std::shared_ptr<const CompiledPattern> compiled;
    std::string message;
    if (!node || !compilePatternShared(pattern.getFlags().str() + "/" + pattern.getRegex().str(), *node,
                                       limits, compiled, message)) {
      pattern.emitError(node ? message : error.message);
      ok = false;
      return;
    }
    MatcherTables m;
    m.lexicon = false;
    std::string name = pattern.getSymName().str();
    m.search = tables.tables(name, compiled->search, /*fast=*/true);
    m.reverse = tables.tables(name + "_rev", compiled->reverse);
    m.anchored = tables.tables(name + "_anchored", compiled->anchored);
    m.hasReverse = true;
    m.everyMatch = pattern.getEveryMatch();
    out[name] = std::move(m);
  });
  if (ok)
    for (auto &[key, parts] : fused)
      for (FusedTables &part : parts)
        if (part.ownAutomaton)
          part.search = out.at(part.members.front()).search;
  tables.contextTable();
  tables.wordTable();
  tables.kindTable();
  return success(ok);
}

/// Reads every model's weights file into constant tables.
/// The vocabulary's table (ModelTables): each word's unigram and character
/// n-gram weights summed ahead of time, so that the generated code looks a
/// known word up instead of hashing its n-grams. A word whose sum does not
/// fit an i32 lane stays out (the code then takes its features one by one).
static void buildVocabulary(TableBuilder &tables, const std::string &name,
                            const model::LinearModel &m, llvm::ArrayRef<int32_t> weights,
                            ModelTables &t, int64_t alignment) {
  const unsigned features = m.features & (model::WordMask | model::CharMask);
  if (m.vocabulary.empty() || !features)
    return;
  std::vector<std::pair<std::string, std::vector<int32_t>>> words;
  for (const std::string &word : m.vocabulary) {
    std::vector<int64_t> sum(t.lanes, 0);
    model::forEachFeature(
        word,
        [&](uint64_t h) {
          for (int64_t l = 0; l < t.lanes; ++l)
            sum[l] += weights[(h & uint64_t(t.buckets - 1)) * t.lanes + l];
        },
        features);
    if (std::all_of(sum.begin(), sum.end(),
                    [](int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }))
      words.push_back({word, std::vector<int32_t>(sum.begin(), sum.end())});
  }
  if (words.empty() || words.size() >= (1u << 26))
    return;
  int64_t slots = 16;
  while (slots < int64_t(words.size()) * 2)
    slots *= 2;
  std::vector<int8_t> keys(slots * model::kVocabularyWordMax, 0);
  std::vector<int32_t> meta(slots, 0), rows;
  int64_t maxProbes = 1;
  for (size_t r = 0; r < words.size(); ++r) {
    const std::string &word = words[r].first;
    uint64_t h = model::hashLowered(model::kFnvOffset ^ model::WordFeature, word);
    int64_t s = int64_t(h >> 32) & (slots - 1), probes = 1;
    while (meta[s]) {
      s = (s + 1) & (slots - 1);
      ++probes;
    }
    maxProbes = std::max(maxProbes, probes);
    std::copy(word.begin(), word.end(), keys.begin() + s * model::kVocabularyWordMax);
    meta[s] = int32_t(r << 5 | word.size());
    rows.insert(rows.end(), words[r].second.begin(), words[r].second.end());
  }
  Type i8 = IntegerType::get(tables.context(), 8), i32 = IntegerType::get(tables.context(), 32);
  t.vocabKeys = tables.global(name + "_vocab_keys", i8, llvm::ArrayRef<int8_t>(keys));
  t.vocabMeta = tables.global(name + "_vocab_meta", i32, llvm::ArrayRef<int32_t>(meta));
  t.vocabRows = tables.global(name + "_vocab_rows", i32, llvm::ArrayRef<int32_t>(rows), alignment);
  t.slots = slots;
  t.maxProbes = maxProbes;
  t.vocabularyWords = int64_t(words.size());
}

LogicalResult risk::lowering::buildModels(ModuleOp module, std::map<std::string, ModelTables> &out,
                                          int64_t alignment) {
  TableBuilder tables(module);
  bool ok = true;
  module.walk([&](ModelOp op) {
    model::LinearModel m;
    std::string error;
    if (!model::readModel(op.getPath(), m, error)) {
      op.emitError("cannot read the model's weights `") << op.getPath() << "`: " << error;
      ok = false;
      return;
    }
    if (int64_t(m.labels.size()) != int64_t(op.getLabels().size()) ||
        int64_t(m.buckets) != op.getBuckets()) {
      op.emitError("the model file `") << op.getPath() << "` changed since the policy was checked";
      ok = false;
      return;
    }
    ModelTables t;
    t.labels = m.labels.size();
    t.lanes = modelLanes(t.labels);
    t.features = m.features;
    t.buckets = m.buckets;
    std::string name = op.getSymName().str();
    Type i32 = IntegerType::get(module.getContext(), 32);
    std::vector<int32_t> padded(size_t(t.buckets) * t.lanes, 0);
    for (int64_t b = 0; b < t.buckets; ++b)
      for (int64_t l = 0; l < t.labels; ++l)
        padded[b * t.lanes + l] = model::fixedWeight(m.weights[b * t.labels + l]);
    t.weights = tables.global(name + "_weights", i32, llvm::ArrayRef<int32_t>(padded), alignment);
    buildVocabulary(tables, name, m, padded, t, alignment);
    std::vector<double> biases;
    for (Attribute a : op.getBiases())
      biases.push_back(cast<FloatAttr>(a).getValueAsDouble());
    biases.resize(t.lanes, 0.0);
    t.biases = tables.global(name + "_biases", Float64Type::get(module.getContext()),
                             llvm::ArrayRef<double>(biases));
    out[name] = std::move(t);
  });
  return success(ok);
}
