//===- Skeleton.h - What a disguised text stands for -------------*- C++ -*-===//
//
// A lexicon with `normalize` options matches the *skeleton* of a text: every
// character replaced by what it stands for once disguises are removed
// (invisible characters dropped, compatibility forms and accents undone, case
// folded, look-alikes of other scripts and leetspeak replaced, punctuation and
// spaces made one space). The terms are replaced by their skeletons at compile
// time and become small expressions that add what depends on context
// (repeated letters, letters written apart). At run time generated code
// computes the skeleton of a field from the tables built here, with, for each
// skeleton byte, where its character is in the original, so that evidence
// points into the text as written. docs/design/normalisation.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AUTOMATA_SKELETON_H
#define RISK_AUTOMATA_SKELETON_H

#include "risk/Automata/Normalize.h"
#include "risk/Automata/Regex.h"

#include "llvm/ADT/StringRef.h"

#include <array>
#include <map>
#include <cstdint>
#include <string>
#include <vector>

namespace risk {

/// Which skeleton: a lexicon's normalisations (NormRepeats changes only the
/// term expressions, not the characters) and its case folding.
struct SkeletonSpec {
  unsigned normalize = 0;
  bool foldCase = false;

  bool operator==(const SkeletonSpec &o) const {
    return normalize == o.normalize && foldCase == o.foldCase;
  }
  bool operator<(const SkeletonSpec &o) const {
    return normalize != o.normalize ? normalize < o.normalize : foldCase < o.foldCase;
  }
  /// The spec of the skeleton's characters: the normalisations that change
  /// only term expressions (NormTermOnly) left out, since specs that differ
  /// only in them share one skeleton, its tables and its name.
  SkeletonSpec text() const { return {normalize & ~unsigned(NormTermOnly), foldCase}; }
  /// A name for tables and the dialect: "skeleton_<mask>[_fold]".
  std::string name() const;
};

/// The skeleton a pattern with `normalize` reads: its normalisations, case
/// folded only when the pattern ignores case (flag `i`), so that a
/// case-sensitive pattern still sees capitals.
inline SkeletonSpec patternSkeletonSpec(llvm::ArrayRef<std::string> normalize, llvm::StringRef flags) {
  return SkeletonSpec{normalizationMask(normalize), flags.contains('i')}.text();
}

/// The skeleton of one code point, as UTF-8 (empty: the character is
/// dropped). At most twice as long as the code point's own UTF-8.
std::string skeletonOfCodePoint(uint32_t cp, const SkeletonSpec &spec);

/// Where a skeleton byte comes from: the byte offset of its character in the
/// original text (bits 3 and up), whether it is a letter of a word that was
/// written apart and joined (bit 2), and that character's length in bytes
/// less one (bits 0-1; a byte that is not UTF-8 is a character of 1).
using SkeletonOrigin = uint32_t;
inline SkeletonOrigin makeOrigin(uint64_t start, unsigned length) {
  return SkeletonOrigin(start << 3 | (length - 1));
}
inline uint64_t originStart(SkeletonOrigin o) { return o >> 3; }
inline uint64_t originEnd(SkeletonOrigin o) { return (o >> 3) + (o & 3) + 1; }
constexpr SkeletonOrigin kJoinedLetter = 4;
/// Whether a word may start or end between skeleton bytes `before` and
/// `after`: inside letters that were written apart ("b l o o d y k n i f e"),
/// any two of them may be where a word ends and the next begins.
inline bool betweenJoinedLetters(SkeletonOrigin before, SkeletonOrigin after) {
  return (before & after & kJoinedLetter) != 0;
}
/// The longest text a skeleton is computed for (offsets fit SkeletonOrigin).
constexpr uint64_t kMaxSkeletonText = uint64_t(1) << 29;

/// English words, to split letters written one space apart back into words
/// ("t h e r a p i s t" is "therapist", not "the rapist"; "b a t h b o m b"
/// is "bath bomb"): the skeletons of the words of the list the build embeds
/// (SegmentWordsGen.cpp; with `leetspeak`, "couple" is "coupie" as the
/// letters of the text are), built once per spec and stored by hash for the
/// generated normaliser too.
/// A word's hash is FNV-1a-64 of its bytes, ASCII letters lowered
/// (segmentHashStep); it lives in slot `(hash * kSegmentSlotMix) >>
/// (64 - slotBits)` or a later one (linear probing), which holds the hash's
/// low 32 bits with bit 0 set (0: an empty slot).
struct SegmentWords {
  std::vector<uint32_t> slots;
  unsigned slotBits = 0;
  size_t words = 0;
  bool contains(uint64_t hash) const;
};
const SegmentWords &segmentWords(const SkeletonSpec &spec);
/// segmentWords(spec) and the words of `terms` (runs of 2 to
/// kMaxSegmentWord ASCII letters, lower case): what a policy splits letters
/// written apart with, so that its lexicons' names are words ("g a s t o n"
/// is "gaston", not "gas ton").
struct LexiconWords;
SegmentWords segmentWordsWith(const SkeletonSpec &spec, llvm::ArrayRef<LexiconWords> lexicons);
constexpr uint64_t kSegmentHashSeed = 0xcbf29ce484222325ULL, kSegmentHashPrime = 0x100000001b3ULL,
                   kSegmentSlotMix = 0x9E3779B97F4A7C15ULL;
/// The longest word tried, and the longest run of letters split (a longer run
/// is joined as before: words may end anywhere in it).
constexpr unsigned kMaxSegmentWord = 20;
constexpr size_t kMaxSegmentedRun = 65535;
inline uint64_t segmentHashStep(uint64_t hash, unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    c = c - 'A' + 'a';
  return (hash ^ c) * kSegmentHashPrime;
}
/// Splits `letters` (skeleton bytes) into the fewest words of
/// segmentWords(spec) (on a tie, the
/// last word is the longest such, then the one before it, and so on):
/// `startsWord[k]` says whether a word starts at letter k. False, with nothing set, when no split exists or the run is
/// longer than kMaxSegmentedRun.
/// `split`: the words to split with (null: segmentWords(spec)).
bool segmentLetters(llvm::StringRef letters, const SkeletonSpec &spec, std::vector<bool> &startsWord,
                    const SegmentWords *split = nullptr);

/// The words a policy reads a skeleton's text with: those its masked words
/// are read as (`masks`), and those letters written apart are split into
/// (`separators`). Null: none, and the dictionary alone.
struct MaskVocabulary;
struct SkeletonWords {
  const MaskVocabulary *masks = nullptr;
  const SegmentWords *split = nullptr;
};

/// `masks`: the words a masked word of the text is read as. A word of the
/// skeleton (a run of skeleton word bytes) with exactly one mask character
/// (`*`, `#`) that is neither its first nor its last byte, 4 to
/// kMaxMaskedWord bytes long and otherwise ASCII, is looked up by the hash of
/// its bytes (the mask as `*`, a leetspeak symbol as its letter); a hit gives
/// the letter the mask stands for, written over it ("n*de" reads "nude"). The
/// keys come from the words of the terms of every lexicon with `masks` that
/// reads this skeleton (maskVocabulary), each inner letter masked in turn; of
/// two words with the same masked spelling the first declared wins.
struct MaskVocabulary {
  SkeletonSpec spec;          ///< the skeleton it reads (its characters' spec)
  std::vector<uint64_t> keys; ///< open addressing; 0 is an empty slot
  std::vector<uint8_t> letters;
  unsigned slotBits = 0;
  size_t entries = 0;
  bool empty() const { return entries == 0; }
  /// The letter a masked word of hash `hash` stands for, or 0.
  uint8_t find(uint64_t hash) const;
};
constexpr size_t kMaxMaskedWord = 32;
constexpr uint64_t kMaskHashSeed = 0xcbf29ce484222325ULL, kMaskHashPrime = 0x100000001b3ULL;
inline bool isMaskChar(unsigned char c) { return c == '*' || c == '#'; }
/// The byte a skeleton byte is hashed as in a masked word: the mask as `*`,
/// with `leetspeak` a symbol as its letter, any other byte itself.
unsigned char maskKeyByte(unsigned char c, const SkeletonSpec &spec);
inline uint64_t maskHashStep(uint64_t hash, unsigned char keyByte) {
  return (hash ^ keyByte) * kMaskHashPrime;
}
/// The slot a key is probed from (then linearly).
inline size_t maskSlot(uint64_t key, unsigned slotBits) {
  return size_t((key * kSegmentSlotMix) >> (64 - slotBits));
}
/// The vocabulary of `lexicons` (each a list of terms), all read through
/// skeletons of `spec`'s characters.
MaskVocabulary maskVocabulary(llvm::ArrayRef<std::vector<std::string>> lexicons,
                              const SkeletonSpec &spec);
/// A lexicon as the words of its policy see it: the options it reads the
/// text with, and its terms.
struct LexiconWords {
  SkeletonSpec spec;
  std::vector<std::string> terms;
};
/// The mask vocabulary of each skeleton (by SkeletonSpec::name()) that
/// lexicons with `masks` read: of those lexicons, grouped by skeleton, in
/// declaration order (the first word of a masked spelling wins).
std::map<std::string, MaskVocabulary> maskVocabularies(llvm::ArrayRef<LexiconWords> lexicons);

/// Writes the letter of each masked word that `vocabulary` knows over its
/// mask, in place (positions, hence origins, are unchanged). The reference of
/// `risk.unmask`. Returns whether anything changed.
bool unmaskSkeleton(std::string &skeleton, const MaskVocabulary &vocabulary,
                    const SkeletonSpec &spec);

/// The skeleton of `text`, character by character (then, with `separators`,
/// a run of three or more one-letter words with the same gap between each two
/// joined into one: "n.u.d.e" is "nude"), and the origin of each of its
/// bytes. Written as
/// plainly as possible: the reference the generated normaliser is checked
/// against.
void skeletonOf(llvm::StringRef text, const SkeletonSpec &spec, std::string &skeleton,
                std::vector<SkeletonOrigin> &origins, const SegmentWords *split = nullptr);
/// A byte of a word in a skeleton: a lexicon word byte (ASCII letters,
/// digits, `_`, any byte of a character outside ASCII) or, with `leetspeak`,
/// a symbol that stands for a letter (`@ $ ! | +`).
bool isSkeletonWordByte(unsigned char c, const SkeletonSpec &spec);

/// A separator in a skeleton: an ASCII byte that is not a word byte (a space
/// or punctuation).
bool isSkeletonSeparator(unsigned char c, const SkeletonSpec &spec);

/// The skeleton alone (of a lexicon term).
std::string skeletonOf(llvm::StringRef text, const SkeletonSpec &spec, const SegmentWords *split = nullptr);

/// A run of one ASCII letter becomes that letter ("bbllooddyy" and "bloody"
/// both become "blody"): what a learned model with `repeats` reads, so that
/// doubled letters give the features of the plain word. The reference of
/// `risk.normalize {collapse_repeats}`.
void collapseRepeatedLetters(std::string &text);

/// The generated normaliser's constant tables for a spec: ASCII by a direct
/// table; any other code point through a two-level table (its block of 128,
/// then its entry) whose entry is kIdentity (copy the character) or the
/// length (high 8 bits) and offset (low 24) of its skeleton in `pool`.
struct SkeletonTables {
  static constexpr uint32_t kIdentity = 0xFFFFFFFF;
  static constexpr uint32_t kBlockBits = 7;
  std::array<uint8_t, 128> ascii; ///< ASCII maps to one ASCII byte
  std::vector<uint16_t> blocks;   ///< per block of 128 code points (from 0)
  std::vector<uint32_t> entries;  ///< 128 per distinct block
  std::string pool;
};
/// Built once per spec and kept for the process.
const SkeletonTables &skeletonTables(const SkeletonSpec &spec);

/// The expression a term stands for over skeletons: its skeleton, where
/// (with `repeats`) a letter may repeat and (with `leetspeak`) a symbol may
/// stand for its letter; a space matches a run of spaces. A term whose
/// skeleton is empty matches nothing (nullopt).
std::optional<RegexNode> skeletonTermRegex(llvm::StringRef term, const SkeletonSpec &spec);

/// The skeleton spec of a lexicon's options (empty normalisation: none).
inline SkeletonSpec skeletonSpec(const TermOptions &o) { return {o.normalize, o.foldCase}; }

} // namespace risk

#endif // RISK_AUTOMATA_SKELETON_H
