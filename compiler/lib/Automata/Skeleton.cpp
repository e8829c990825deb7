//===- Skeleton.cpp - What a disguised text stands for ---------------------===//
//
// The per-character map of docs/design/normalisation.md, from utf8proc's
// Unicode data (decompositions, case folding, categories, default-ignorable
// code points) and ICU's confusables (Confusables.inc, generated at build
// time); the tables of the generated normaliser; the term expressions.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Skeleton.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <utf8proc.h>

using namespace risk;

namespace {

struct Confusable {
  uint32_t from, to;
};
const Confusable kConfusables[] = {
#include "Confusables.inc"
};
#include "SegmentWords.inc"

/// The one character Unicode's confusables map `cp` to, or `cp`.
uint32_t confusableOf(uint32_t cp) {
  auto it = std::lower_bound(std::begin(kConfusables), std::end(kConfusables), cp,
                             [](const Confusable &c, uint32_t x) { return c.from < x; });
  return it != std::end(kConfusables) && it->from == cp ? it->to : cp;
}
/// Letter-like characters that Unicode's confusables data leaves alone and
/// that disguises use as Latin letters: the negative circled and negative
/// squared capitals (🅑, 🅱), the regional indicator symbols (🇧; two of them
/// side by side show as a flag) and the phonetic small capitals (ʙ ᴏ ᴍ).
/// 0 for any other character.
uint32_t letterLikeOf(uint32_t cp) {
  if (cp >= 0x1F150 && cp <= 0x1F169)
    return 'A' + (cp - 0x1F150);
  if (cp >= 0x1F170 && cp <= 0x1F189)
    return 'A' + (cp - 0x1F170);
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF)
    return 'A' + (cp - 0x1F1E6);
  static const std::pair<uint32_t, char> smallCapitals[] = {
      {0x0262, 'g'}, {0x026A, 'i'}, {0x0274, 'n'}, {0x0280, 'r'}, {0x028F, 'y'}, {0x0299, 'b'},
      {0x029C, 'h'}, {0x029F, 'l'}, {0x1D00, 'a'}, {0x1D04, 'c'}, {0x1D05, 'd'}, {0x1D07, 'e'},
      {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x1D0D, 'm'}, {0x1D0F, 'o'}, {0x1D18, 'p'}, {0x1D1B, 't'},
      {0x1D1C, 'u'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x1D22, 'z'}, {0xA730, 'f'}, {0xA731, 's'}};
  for (auto [from, to] : smallCapitals)
    if (from == cp)
      return uint32_t(to);
  return 0;
}

/// A look-alike's letter: letterLikeOf's Latin letter first (the
/// confusables data maps some small capitals to Cyrillic: ʙ to в), then
/// Unicode's confusables; `cp` itself when neither knows it.
uint32_t lookAlikeOf(uint32_t cp) {
  if (uint32_t letter = letterLikeOf(cp))
    return letter;
  return confusableOf(cp);
}
bool isConfusable(uint32_t cp) { return lookAlikeOf(cp) != cp; }

utf8proc_category_t categoryOf(uint32_t cp) {
  return utf8proc_category_t(utf8proc_get_property(utf8proc_int32_t(cp))->category);
}

/// Letters, marks and numbers: what a skeleton keeps; everything else
/// (punctuation, symbols, spaces, controls) is a space.
bool isLetterMarkOrNumber(utf8proc_category_t c) {
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}
bool isMark(utf8proc_category_t c) {
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}
bool isHangulSyllable(uint32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

/// Leetspeak digits (and `l`) that stand for one letter in the skeleton.
/// Symbols (`@ $ ! | +`) stay themselves, so that "bomb!" still ends a word;
/// the term expressions accept them for their letters (leetSymbols).
uint32_t leetLetter(uint32_t c) {
  switch (c) {
  case '0': return 'o';
  case '1': case 'l': return 'i';
  case '3': return 'e';
  case '4': return 'a';
  case '5': return 's';
  case '7': return 't';
  case '8': return 'b';
  case '9': return 'g';
  default: return c;
  }
}
llvm::StringRef leetSymbols(uint32_t letter) {
  switch (letter) {
  case 'a': return "@";
  case 's': return "$";
  case 'i': return "!|";
  case 't': return "+";
  default: return "";
  }
}
bool isLeetSymbol(uint32_t c) { return c == '@' || c == '$' || c == '!' || c == '|' || c == '+'; }

/// `cp` decomposed by utf8proc with `options` (case folding, compatibility
/// decomposition, mark stripping), as code points.
std::vector<uint32_t> decomposed(uint32_t cp, int options) {
  utf8proc_int32_t buf[32];
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(utf8proc_int32_t(cp), buf, 32,
                                               utf8proc_option_t(options), &boundclass);
  if (n < 0 || n > 32)
    return {cp};
  return std::vector<uint32_t>(buf, buf + n);
}

void appendUtf8(std::string &out, uint32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_int32_t(cp), buf);
  out.append(reinterpret_cast<const char *>(buf), size_t(n));
}

size_t utf8Length(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/// The skeleton of one character, without the length bound.
std::string unboundedSkeleton(uint32_t cp, const SkeletonSpec &spec) {
  const utf8proc_property_t *prop = utf8proc_get_property(utf8proc_int32_t(cp));
  if ((spec.normalize & NormZeroWidth) && prop->ignorable)
    return "";
  // Compatibility forms and accents; then a look-alike of another script
  // (before case folding: a capital like Cyrillic Н looks like H, its small
  // letter н like no Latin letter); then case folding.
  std::vector<uint32_t> decomposedChars{cp};
  if ((spec.normalize & NormNfkc) && !isHangulSyllable(cp))
    decomposedChars = decomposed(cp, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
  std::vector<uint32_t> chars;
  for (uint32_t x : decomposedChars) {
    if ((spec.normalize & NormHomoglyphs) && x >= 0x80)
      x = lookAlikeOf(x);
    if (spec.foldCase) {
      std::vector<uint32_t> folded = decomposed(x, UTF8PROC_CASEFOLD);
      chars.insert(chars.end(), folded.begin(), folded.end());
    } else {
      chars.push_back(x);
    }
  }
  std::string out;
  for (uint32_t x : chars) {
    if (spec.normalize & NormLeetspeak)
      x = leetLetter(x);
    if (x < 0x80) {
      // Whitespace and control characters are a space; ASCII punctuation
      // stays (letters written apart are told apart by it: "a b.o.m.b"),
      // and with `separators` the underscore is punctuation too.
      if (x <= ' ' || x == 0x7F)
        x = ' ';
      else if (x == '_' && (spec.normalize & NormSeparators))
        x = '-';
      appendUtf8(out, x);
      continue;
    }
    // Spaces of other scripts are a space, their punctuation and symbols a
    // full stop; letters, marks and numbers stay, as do code points Unicode
    // has not assigned yet.
    utf8proc_category_t category = categoryOf(x);
    if (category >= UTF8PROC_CATEGORY_ZS && category <= UTF8PROC_CATEGORY_ZP)
      x = ' ';
    else if (!isLetterMarkOrNumber(category) && category != UTF8PROC_CATEGORY_CN)
      x = '.';
    appendUtf8(out, x);
  }
  return out;
}

} // namespace

std::string SkeletonSpec::name() const {
  return "skeleton_" + std::to_string(text().normalize) +
         (foldCase ? "_fold" : "");
}

std::string risk::skeletonOfCodePoint(uint32_t cp, const SkeletonSpec &spec) {
  std::string out = unboundedSkeleton(cp, spec);
  if (out.size() <= 2 * utf8Length(cp))
    return out;
  // A very long decomposition (a few ligatures): the character as it is,
  // or a space when it is not a letter, mark or number.
  std::string own;
  appendUtf8(own, isLetterMarkOrNumber(categoryOf(cp)) ? cp : uint32_t(' '));
  return own; // (an unassigned code point has no decomposition: not here)
}

bool risk::isSkeletonWordByte(unsigned char c, const SkeletonSpec &spec) {
  return isLexiconWordByte(c) || ((spec.normalize & NormLeetspeak) && isLeetSymbol(c));
}

bool risk::isSkeletonSeparator(unsigned char c, const SkeletonSpec &spec) {
  return c < 0x80 && !isSkeletonWordByte(c, spec);
}

//===----------------------------------------------------------------------===//
// Splitting letters written apart into words
//===----------------------------------------------------------------------===//

bool risk::SegmentWords::contains(uint64_t hash) const {
  uint32_t tag = uint32_t(hash) | 1, mask = uint32_t(slots.size() - 1);
  for (uint32_t at = uint32_t((hash * kSegmentSlotMix) >> (64 - slotBits));; at = (at + 1) & mask) {
    if (slots[at] == tag)
      return true;
    if (slots[at] == 0)
      return false;
  }
}

/// The hash a word of the split is looked up by: of its letters' skeletons.
static uint64_t segmentHash(llvm::StringRef word, const SkeletonSpec &key) {
  uint64_t h = kSegmentHashSeed;
  for (char c : word)
    for (char k : skeletonOfCodePoint(uint8_t(c), key))
      h = segmentHashStep(h, uint8_t(k));
  return h;
}

/// The hashes of the dictionary's words, for the skeleton `key`: computed
/// once per process (each policy then adds only its own words).
static const std::vector<uint64_t> &dictionaryHashes(const SkeletonSpec &key) {
  static std::mutex mutex;
  static std::map<SkeletonSpec, std::vector<uint64_t>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, added] = cache.try_emplace(key);
  if (added)
    for (llvm::StringRef list = kSegmentWordList; !list.empty();) {
      auto [word, rest] = list.split('\n');
      list = rest;
      it->second.push_back(segmentHash(word, key));
    }
  return it->second;
}

const risk::SegmentWords &risk::segmentWords(const SkeletonSpec &spec) {
  static std::mutex mutex;
  static std::map<SkeletonSpec, std::unique_ptr<SegmentWords>> cache;
  SkeletonSpec key = spec.text();
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<SegmentWords> &slot = cache[key];
  if (!slot)
    slot = std::make_unique<SegmentWords>(segmentWordsWith(key, {}));
  return *slot;
}

risk::SegmentWords risk::segmentWordsWith(const SkeletonSpec &spec,
                                          llvm::ArrayRef<LexiconWords> lexicons) {
  SkeletonSpec key = spec.text();
  SegmentWords t;
  std::vector<uint64_t> hashes = dictionaryHashes(key);
  // The words of the terms: runs of ASCII letters, lower case, 2 to
  // kMaxSegmentWord of them (a name's particles too: "de" of "Cruella de
  // Vil").
  for (const LexiconWords &lexicon : lexicons)
    for (llvm::StringRef term : lexicon.terms)
      for (size_t i = 0; i < term.size();) {
        size_t j = i;
        while (j < term.size() && llvm::isAlpha(term[j]))
          ++j;
        if (j - i >= 2 && j - i <= kMaxSegmentWord)
          hashes.push_back(segmentHash(term.slice(i, j).lower(), key));
        i = std::max(j, i + 1);
      }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  t.words = hashes.size();
  t.slotBits = 1;
  while ((size_t(1) << t.slotBits) < hashes.size() * 3 / 2) // at most two thirds full
    ++t.slotBits;
  t.slots.assign(size_t(1) << t.slotBits, 0);
  uint32_t mask = uint32_t(t.slots.size() - 1);
  for (uint64_t h : hashes) {
    uint32_t tag = uint32_t(h) | 1;
    uint32_t at = uint32_t((h * kSegmentSlotMix) >> (64 - t.slotBits));
    while (t.slots[at] != 0 && t.slots[at] != tag)
      at = (at + 1) & mask;
    t.slots[at] = tag;
  }
  return t;
}

bool risk::segmentLetters(llvm::StringRef letters, const SkeletonSpec &spec,
                          std::vector<bool> &startsWord, const SegmentWords *split) {
  size_t m = letters.size();
  if (m == 0 || m > kMaxSegmentedRun)
    return false;
  const SegmentWords &words = split ? *split : segmentWords(spec);
  // best[i]: the fewest words that make up the first i letters; from[i]: where
  // the last of them starts (the first start that reaches i with that count).
  constexpr uint32_t none = UINT32_MAX;
  std::vector<uint32_t> best(m + 1, none), from(m + 1, 0);
  best[0] = 0;
  for (size_t j = 0; j < m; ++j) {
    if (best[j] == none)
      continue;
    uint64_t h = kSegmentHashSeed;
    for (size_t i = j + 1; i <= std::min(m, j + kMaxSegmentWord); ++i) {
      h = segmentHashStep(h, uint8_t(letters[i - 1]));
      if (best[j] + 1 < best[i] && words.contains(h)) {
        best[i] = best[j] + 1;
        from[i] = uint32_t(j);
      }
    }
  }
  if (best[m] == none)
    return false;
  startsWord.assign(m, false);
  for (size_t i = m; i > 0; i = from[i])
    startsWord[from[i]] = true;
  return true;
}

/// Letters written apart: with `separators`, a run of three or more words of
/// one ASCII letter each (a leetspeak symbol counts as a letter, not as a
/// word byte next to one: "b!"), with the same gap between each two (the
/// same separator bytes), becomes one word: "n.u.d.e" and "n u d e" are
/// "nude", "b l o o d   k n i f e" is "blood knife". Letters one space apart
/// may be several words one space apart as well ("b l o o d y k n i f e"):
/// they are split into the fewest English words (segmentLetters), the space
/// kept where a word ends ("bloody knife"). Where no split exists (a name,
/// a word of no dictionary), the letters are joined and marked joined: words
/// may end and start anywhere between them; and a leading `a` or `i` is the
/// English word before the run ("a b o m b" is "a bomb").
static void joinLettersWrittenApart(std::string &skeleton, std::vector<SkeletonOrigin> &origins,
                                    const SkeletonSpec &spec, const SegmentWords *split) {
  const std::string s = skeleton;
  const std::vector<SkeletonOrigin> o = origins;
  size_t n = s.size();
  auto single = [&](size_t i) {
    return (unsigned char)s[i] < 0x80 && isSkeletonWordByte(s[i], spec) &&
           (i == 0 || !isLexiconWordByte(s[i - 1])) && (i + 1 == n || !isLexiconWordByte(s[i + 1]));
  };
  // The gap after the letter at `i`: where the next word starts.
  auto gapAfter = [&](size_t i) {
    size_t q = i + 1;
    while (q < n && isSkeletonSeparator(s[q], spec))
      ++q;
    return q;
  };
  auto sameGap = [&](size_t a, size_t aEnd, size_t b, size_t bEnd) {
    return aEnd - a == bEnd - b && s.compare(a, aEnd - a, s, b, bEnd - b) == 0;
  };
  skeleton.clear();
  origins.clear();
  auto keep = [&](size_t p) {
    skeleton += s[p];
    origins.push_back(o[p]);
  };
  // Where the rest of a run starts after its leading `a` or `i` was kept as
  // a word: that rest takes no second article ("a a a …" would otherwise be
  // scanned again from each letter, quadratic in the run).
  size_t noArticleAt = SIZE_MAX;
  for (size_t i = 0; i < n;) {
    if (single(i)) {
      size_t last = i, count = 1;
      for (;;) {
        size_t q = gapAfter(last);
        if (q == last + 1 || q == n || !single(q) || (count > 1 && !sameGap(i + 1, gapAfter(i), last + 1, q)))
          break;
        last = q;
        ++count;
      }
      size_t firstGap = gapAfter(i);
      bool oneSpace = firstGap == i + 2 && s[i + 1] == ' ';
      if (count >= 3 && oneSpace) {
        // Letters one space apart: split back into English words where they
        // can be, keeping the space where a word ends ("b a t h b o m b" is
        // "bath bomb").
        std::string letters;
        for (size_t k = 0; k < count; ++k)
          letters += s[i + 2 * k];
        std::vector<bool> starts;
        if (segmentLetters(letters, spec, starts, split)) {
          for (size_t k = 0; k < count; ++k) {
            if (k > 0 && starts[k])
              keep(i + 2 * k - 1);
            keep(i + 2 * k);
          }
          i = last + 1;
          continue;
        }
      }
      if (count >= 4 && oneSpace && (s[i] == 'a' || s[i] == 'i') && i != noArticleAt) {
        // "a b o m b": the word `a`, its gap, then the run.
        keep(i);
        keep(i + 1);
        i += 2;
        noArticleAt = i;
        continue;
      }
      if (count >= 3) {
        // Letters one space apart may be several words one space apart too:
        // words may end and start anywhere between them.
        bool ambiguous = firstGap == i + 2 && s[i + 1] == ' ';
        for (size_t p = i; p <= last; ++p)
          if (!isSkeletonSeparator(s[p], spec)) {
            keep(p);
            if (ambiguous)
              origins.back() |= kJoinedLetter;
          }
        i = last + 1;
        continue;
      }
    }
    keep(i);
    ++i;
  }
}

void risk::skeletonOf(llvm::StringRef text, const SkeletonSpec &spec, std::string &skeleton,
                      std::vector<SkeletonOrigin> &origins, const SegmentWords *split) {
  skeleton.clear();
  origins.clear();
  for (size_t i = 0; i < text.size();) {
    const auto *p = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
    unsigned length = llvm::getNumBytesForUTF8(*p);
    llvm::UTF32 cp = 0;
    const llvm::UTF8 *q = p;
    bool valid = length >= 1 && i + length <= text.size() &&
                 llvm::convertUTF8Sequence(&q, p + length, &cp, llvm::strictConversion) ==
                     llvm::conversionOK;
    std::string part;
    if (valid) {
      part = skeletonOfCodePoint(cp, spec);
    } else {
      length = 1; // a byte that is not UTF-8 stands for itself
      part = text.substr(i, 1).str();
    }
    for (char c : part) {
      skeleton += c;
      origins.push_back(makeOrigin(i, length));
    }
    i += length;
  }
  if (spec.normalize & NormSeparators)
    joinLettersWrittenApart(skeleton, origins, spec, split);
}

void risk::collapseRepeatedLetters(std::string &text) {
  size_t to = 0;
  for (size_t from = 0; from < text.size(); ++from) {
    char c = text[from];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && to > 0 && text[to - 1] == c)
      continue;
    text[to++] = c;
  }
  text.resize(to);
}

std::string risk::skeletonOf(llvm::StringRef text, const SkeletonSpec &spec, const SegmentWords *split) {
  std::string skeleton;
  std::vector<SkeletonOrigin> origins;
  skeletonOf(text, spec, skeleton, origins, split);
  return skeleton;
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

namespace {

/// Whether a code point may have a skeleton other than itself (a cheap test
/// on its properties, so that only these are computed).
bool mayChange(uint32_t cp, const SkeletonSpec &spec) {
  const utf8proc_property_t *prop = utf8proc_get_property(utf8proc_int32_t(cp));
  utf8proc_category_t category = utf8proc_category_t(prop->category);
  if (category == UTF8PROC_CATEGORY_CN || isHangulSyllable(cp))
    return false;
  return !isLetterMarkOrNumber(category) || ((spec.normalize & NormZeroWidth) && prop->ignorable) ||
         ((spec.normalize & NormNfkc) && (prop->decomp_seqindex != UINT16_MAX || isMark(category))) ||
         (spec.foldCase && prop->casefold_seqindex != UINT16_MAX) ||
         ((spec.normalize & NormHomoglyphs) && isConfusable(cp));
}

SkeletonTables buildTables(const SkeletonSpec &spec) {
  SkeletonTables t;
  for (uint32_t b = 0; b < 128; ++b) {
    std::string s = skeletonOfCodePoint(b, spec);
    t.ascii[b] = s.size() == 1 ? uint8_t(s[0]) : uint8_t(' ');
  }
  constexpr uint32_t blockSize = 1u << SkeletonTables::kBlockBits;
  std::map<std::vector<uint32_t>, uint16_t> distinct;
  llvm::DenseMap<llvm::StringRef, uint32_t> pooled;
  std::vector<std::string> strings; // owns what `pooled` points to
  strings.reserve(1 << 16);
  std::vector<uint32_t> block(blockSize);
  for (uint32_t base = 0; base < 0x110000; base += blockSize) {
    for (uint32_t k = 0; k < blockSize; ++k) {
      uint32_t cp = base + k;
      block[k] = SkeletonTables::kIdentity;
      if (cp < 0x80 || (cp >= 0xD800 && cp < 0xE000) || !mayChange(cp, spec))
        continue;
      std::string s = skeletonOfCodePoint(cp, spec);
      std::string own;
      appendUtf8(own, cp);
      if (s == own)
        continue;
      auto it = pooled.find(s);
      if (it == pooled.end()) {
        strings.push_back(s);
        it = pooled.try_emplace(strings.back(), uint32_t(t.pool.size())).first;
        t.pool += s;
      }
      block[k] = uint32_t(s.size()) << 24 | it->second;
    }
    auto [it, inserted] = distinct.try_emplace(block, uint16_t(distinct.size()));
    if (inserted)
      t.entries.insert(t.entries.end(), block.begin(), block.end());
    t.blocks.push_back(it->second);
  }
  return t;
}

} // namespace

const SkeletonTables &risk::skeletonTables(const SkeletonSpec &spec) {
  static std::mutex mutex;
  static std::map<SkeletonSpec, std::unique_ptr<SkeletonTables>> cache;
  SkeletonSpec key = spec.text();
  std::lock_guard<std::mutex> lock(mutex);
  auto &slot = cache[key];
  if (!slot)
    slot = std::make_unique<SkeletonTables>(buildTables(key));
  return *slot;
}

//===----------------------------------------------------------------------===//
// Term expressions
//===----------------------------------------------------------------------===//

namespace {

RegexNode setOf(llvm::ArrayRef<uint32_t> chars) {
  RegexNode set;
  set.kind = RegexNode::Kind::Set;
  for (uint32_t c : chars)
    set.set.add(c, c);
  return set;
}

RegexNode repeat(RegexNode node, int min) {
  RegexNode r;
  r.kind = RegexNode::Kind::Repeat;
  r.min = min;
  r.max = -1;
  r.children.push_back(std::move(node));
  return r;
}

RegexNode concat(std::vector<RegexNode> parts) {
  RegexNode c;
  c.kind = RegexNode::Kind::Concat;
  c.children = std::move(parts);
  return c;
}

/// A skeleton letter and the leetspeak symbols that stand for it.
RegexNode letter(uint32_t c, const SkeletonSpec &spec) {
  std::vector<uint32_t> chars{c};
  if (spec.normalize & NormLeetspeak)
    for (char s : leetSymbols(c))
      chars.push_back(uint32_t(s));
  return setOf(chars);
}

/// One word of a term's skeleton; with `repeats`, each letter may come
/// again. (Letters written apart are joined in the skeleton itself; masked
/// letters are written back in it: unmaskSkeleton.)
RegexNode word(const std::vector<uint32_t> &cps, const SkeletonSpec &spec) {
  bool repeats = spec.normalize & NormRepeats;
  // The word as runs of one letter ("bloody": b l oo d y), each a part.
  std::vector<RegexNode> runs;
  for (size_t i = 0; i < cps.size();) {
    size_t run = 1;
    while (repeats && i + run < cps.size() && cps[i + run] == cps[i])
      ++run;
    RegexNode one = letter(cps[i], spec);
    std::vector<RegexNode> parts(run, one);
    if (repeats)
      parts.push_back(repeat(one, 0));
    runs.push_back(concat(std::move(parts)));
    i += run;
  }
  return concat(runs);
}

} // namespace

std::optional<RegexNode> risk::skeletonTermRegex(llvm::StringRef term, const SkeletonSpec &spec) {
  std::string skeleton = skeletonOf(term, spec);
  // Words and the gaps between them (runs of spaces and punctuation).
  struct Piece {
    std::vector<uint32_t> chars;
    bool gap = false;
  };
  std::vector<Piece> pieces;
  const auto *p = reinterpret_cast<const llvm::UTF8 *>(skeleton.data());
  const auto *end = p + skeleton.size();
  while (p < end) {
    llvm::UTF32 cp;
    if (llvm::convertUTF8Sequence(&p, end, &cp, llvm::strictConversion) != llvm::conversionOK)
      cp = *p++;
    bool gap = cp < 0x80 && isSkeletonSeparator(uint8_t(cp), spec);
    if (pieces.empty() || pieces.back().gap != gap)
      pieces.push_back({{}, gap});
    pieces.back().chars.push_back(cp);
  }
  // A term's own leading and trailing punctuation is not part of it.
  while (!pieces.empty() && pieces.front().gap)
    pieces.erase(pieces.begin());
  while (!pieces.empty() && pieces.back().gap)
    pieces.pop_back();
  if (pieces.empty())
    return std::nullopt;
  // A gap: with `separators`, any run of spaces and punctuation; without,
  // its own punctuation, with each run of spaces one or more spaces.
  std::vector<uint32_t> separators;
  for (uint32_t c = 0; c < 0x80; ++c)
    if (isSkeletonSeparator(uint8_t(c), spec))
      separators.push_back(c);
  std::vector<RegexNode> parts;
  for (const Piece &piece : pieces) {
    if (!piece.gap) {
      parts.push_back(word(piece.chars, spec));
    } else if (spec.normalize & NormSeparators) {
      parts.push_back(repeat(setOf(separators), 1));
    } else {
      for (size_t i = 0; i < piece.chars.size(); ++i) {
        if (piece.chars[i] != ' ') {
          parts.push_back(setOf({piece.chars[i]}));
          continue;
        }
        while (i + 1 < piece.chars.size() && piece.chars[i + 1] == ' ')
          ++i;
        parts.push_back(repeat(setOf({uint32_t(' ')}), 1));
      }
    }
  }
  return concat(std::move(parts));
}

//===----------------------------------------------------------------------===//
// Masked letters
//===----------------------------------------------------------------------===//

unsigned char risk::maskKeyByte(unsigned char c, const SkeletonSpec &spec) {
  if (isMaskChar(c))
    return '*';
  if (spec.normalize & NormLeetspeak) {
    for (char letter : llvm::StringRef("asit"))
      if (leetSymbols(uint8_t(letter)).contains(char(c)))
        return uint8_t(letter);
  }
  return c;
}

uint8_t risk::MaskVocabulary::find(uint64_t hash) const {
  if (entries == 0)
    return 0;
  uint64_t key = hash | 1;
  size_t mask = keys.size() - 1;
  for (size_t at = maskSlot(key, slotBits);; at = (at + 1) & mask) {
    if (keys[at] == key)
      return letters[at];
    if (keys[at] == 0)
      return 0;
  }
}

namespace {
/// The ordinary English words (the list letters written apart are split
/// with) through a skeleton: each word's hash, and the hash of each of its
/// masked spellings (maskHashStep over its skeleton bytes).
struct OrdinaryWords {
  llvm::DenseSet<uint64_t> words, masked;
};

/// The hash of `word` (skeleton bytes) with the byte at `at` masked (`at`
/// past the end: none).
uint64_t maskedHash(llvm::StringRef word, size_t at, const SkeletonSpec &text) {
  uint64_t h = kMaskHashSeed;
  for (size_t k = 0; k < word.size(); ++k)
    h = maskHashStep(h, k == at ? '*' : maskKeyByte(uint8_t(word[k]), text));
  return h | 1;
}

const OrdinaryWords &ordinaryWords(const SkeletonSpec &text) {
  static std::mutex mutex;
  static std::map<SkeletonSpec, std::unique_ptr<OrdinaryWords>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<OrdinaryWords> &slot = cache[text];
  if (slot)
    return *slot;
  slot = std::make_unique<OrdinaryWords>();
  for (llvm::StringRef list = kSegmentWordList; !list.empty();) {
    auto [word, rest] = list.split('\n');
    list = rest;
    std::string skeleton = skeletonOf(word, text);
    slot->words.insert(maskedHash(skeleton, skeleton.size(), text));
    for (size_t at = 1; at + 1 < skeleton.size(); ++at)
      slot->masked.insert(maskedHash(skeleton, at, text));
  }
  return *slot;
}
} // namespace

risk::MaskVocabulary risk::maskVocabulary(llvm::ArrayRef<std::vector<std::string>> lexicons,
                                          const SkeletonSpec &spec) {
  SkeletonSpec text = spec.text();
  const OrdinaryWords &ordinary = ordinaryWords(text);
  // Every masked spelling of every word, in declaration order (the first of
  // two words with one masked spelling wins).
  std::vector<std::pair<uint64_t, uint8_t>> spellings;
  for (const std::vector<std::string> &terms : lexicons)
    for (const std::string &term : terms) {
      std::string skeleton = skeletonOf(term, text);
      for (size_t i = 0; i < skeleton.size();) {
        size_t j = i;
        bool ascii = true;
        while (j < skeleton.size() && isSkeletonWordByte(uint8_t(skeleton[j]), text)) {
          ascii &= uint8_t(skeleton[j]) < 0x80;
          ++j;
        }
        size_t n = j - i;
        if (ascii && n >= 4 && n <= kMaxMaskedWord) {
          llvm::StringRef word = llvm::StringRef(skeleton).slice(i, j);
          // A word that is not an ordinary one (a name, a brand) is not read
          // into a masked spelling an ordinary word also has ("l*ft" is
          // "left" or "lift" before it is a brand).
          bool ordinaryWord = ordinary.words.contains(maskedHash(word, n, text));
          for (size_t at = 1; at + 1 < n; ++at) {
            uint64_t key = maskedHash(word, at, text);
            if (ordinaryWord || !ordinary.masked.contains(key))
              spellings.push_back({key, maskKeyByte(uint8_t(word[at]), text)});
          }
        }
        i = std::max(j, i + 1);
      }
    }
  MaskVocabulary v;
  v.spec = text;
  v.slotBits = 4;
  while ((size_t(1) << v.slotBits) < 2 * spellings.size())
    ++v.slotBits;
  v.keys.assign(size_t(1) << v.slotBits, 0);
  v.letters.assign(v.keys.size(), 0);
  size_t mask = v.keys.size() - 1;
  for (auto [key, letter] : spellings) {
    size_t at = maskSlot(key, v.slotBits);
    while (v.keys[at] != 0 && v.keys[at] != key)
      at = (at + 1) & mask;
    if (v.keys[at] == key)
      continue;
    v.keys[at] = key;
    v.letters[at] = letter;
    ++v.entries;
  }
  return v;
}

std::map<std::string, risk::MaskVocabulary> risk::maskVocabularies(llvm::ArrayRef<LexiconWords> lexicons) {
  std::map<std::string, std::pair<SkeletonSpec, std::vector<std::vector<std::string>>>> groups;
  for (const LexiconWords &lexicon : lexicons) {
    if (!(lexicon.spec.normalize & NormMasks))
      continue;
    auto &group = groups[lexicon.spec.text().name()];
    group.first = lexicon.spec;
    group.second.push_back(lexicon.terms);
  }
  std::map<std::string, MaskVocabulary> out;
  for (auto &[name, group] : groups)
    out.emplace(name, maskVocabulary(group.second, group.first));
  return out;
}

bool risk::unmaskSkeleton(std::string &skeleton, const MaskVocabulary &vocabulary,
                          const SkeletonSpec &spec) {
  if (vocabulary.empty())
    return false;
  SkeletonSpec text = spec.text();
  bool changed = false;
  size_t n = skeleton.size();
  for (size_t i = 0; i < n;) {
    auto inWord = [&](size_t k) {
      uint8_t c = uint8_t(skeleton[k]);
      return isMaskChar(c) || isSkeletonWordByte(c, text);
    };
    if (!inWord(i)) {
      ++i;
      continue;
    }
    size_t j = i, masks = 0, at = 0;
    bool ascii = true;
    uint64_t h = kMaskHashSeed;
    for (; j < n && inWord(j); ++j) {
      uint8_t c = uint8_t(skeleton[j]);
      if (isMaskChar(c)) {
        ++masks;
        at = j;
      }
      ascii &= c < 0x80;
      h = maskHashStep(h, maskKeyByte(c, text));
    }
    if (masks == 1 && at > i && at + 1 < j && j - i >= 4 && j - i <= kMaxMaskedWord && ascii)
      if (uint8_t letter = vocabulary.find(h)) {
        skeleton[at] = char(letter);
        changed = true;
      }
    i = j;
  }
  return changed;
}
