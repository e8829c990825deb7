//===- NormalizeTest.cpp - What each normalisation admits, and what not ---===//
//
// The expansion of lexicon terms (Automata/Normalize.h), through the
// reference matcher the interpreter uses: each normalisation on its own, the
// cases it must not admit, the earliest-start rule and the 256-byte bound.
// (The compiled automata are compared with the same reference by the random
// differential test and by test/Eval/normalize.test.)
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Normalize.h"
#include "risk/Automata/Reference.h"

#include <gtest/gtest.h>

using namespace risk;

namespace {
using Matches = std::vector<std::pair<size_t, size_t>>;

Matches find(const char *term, const std::string &text, unsigned normalize, bool fold = false,
             bool words = false) {
  return referenceTermMatches(term, text, TermOptions{fold, false, normalize}, words);
}
} // namespace

TEST(Normalize, Names) {
  EXPECT_EQ(normalizationNamed("leetspeak"), NormLeetspeak);
  EXPECT_EQ(normalizationNamed("obfuscation"), NormObfuscation);
  EXPECT_FALSE(normalizationNamed("obfuscaton"));
  EXPECT_EQ(normalizationMask({"repeats", "nfkc"}), NormRepeats | NormNfkc);
}

TEST(Normalize, Leetspeak) {
  EXPECT_EQ(find("bomb", "a b0m8", NormLeetspeak), (Matches{{2, 6}}));
  EXPECT_EQ(find("toast", "7o@$+", NormLeetspeak), (Matches{{0, 5}}));
  EXPECT_TRUE(find("bomb", "b0mb", 0).empty()); // not without the option
  EXPECT_TRUE(find("mom", "m0m", NormLeetspeak).size() == 1);
  EXPECT_TRUE(find("xyz", "x4z", NormLeetspeak).empty()); // y has no symbol
}

TEST(Normalize, Repeats) {
  EXPECT_EQ(find("blood", "bloooood", NormRepeats), (Matches{{0, 8}}));
  EXPECT_TRUE(find("blood", "blod", NormRepeats).empty()); // a double letter stays double
  // Extra letters are adjacent: with separators too, not `b.o.o.o.m.b`.
  EXPECT_TRUE(find("bomb", "b.o.o.o.m.b", NormRepeats | NormSeparators).empty());
  // The longest spelling that ends at each end: `bbbomb` is one match from 0.
  EXPECT_EQ(find("bomb", "bbbomb", NormRepeats), (Matches{{0, 6}}));
  // In substring mode a trailing repeat ends three times; with words, once.
  EXPECT_EQ(find("bomb", "bombbb", NormRepeats), (Matches{{0, 4}, {0, 5}, {0, 6}}));
  EXPECT_EQ(find("bomb", "bombbb", NormRepeats, false, true), (Matches{{0, 6}}));
}

TEST(Normalize, SeparatorsAndZeroWidth) {
  EXPECT_EQ(find("bomb", "b.o-m_b", NormSeparators), (Matches{{0, 7}}));
  EXPECT_EQ(find("bomb", "b o m b", NormSeparators), (Matches{{0, 7}}));
  EXPECT_TRUE(find("bomb", "b\u200bomb", NormSeparators).empty());
  EXPECT_EQ(find("bomb", "b\u200bo\u00admb", NormZeroWidth), (Matches{{0, 9}}));
  // Not before the first letter or after the last.
  EXPECT_EQ(find("bomb", ".bomb.", NormSeparators), (Matches{{1, 5}}));
  // Between the words of a term only what the term has (a space).
  EXPECT_TRUE(find("ab cd", "ab.cd", NormSeparators).empty());
}

TEST(Normalize, HomoglyphsAndNfkc) {
  EXPECT_EQ(find("bomb", "b\u043emb", NormHomoglyphs), (Matches{{0, 5}}));   // Cyrillic о
  EXPECT_EQ(find("ape", "\u0430p\u0435", NormHomoglyphs), (Matches{{0, 5}})); // а, е
  EXPECT_TRUE(find("bomb", "b\u043emb", NormNfkc).empty());
  EXPECT_EQ(find("bomb", "\uff42\uff4f\uff4d\uff42", NormNfkc), (Matches{{0, 12}})); // fullwidth
  EXPECT_EQ(find("bomb", "\U0001d41b\U0001d428\U0001d426\U0001d41b", NormNfkc), (Matches{{0, 16}}));
  EXPECT_EQ(find("caf\u00e9", "cafe\u0301", NormNfkc), (Matches{{0, 6}})); // decomposed é
  // Case-specific without `fold case`: a fullwidth capital is not `b`.
  EXPECT_TRUE(find("bomb", "\uff22OMB", NormNfkc).empty());
  EXPECT_EQ(find("bomb", "\uff22OMB", NormNfkc, /*fold=*/true), (Matches{{0, 6}}));
}

TEST(Normalize, UnicodeCaseFolding) {
  TermOptions fold{true, false, 0};
  EXPECT_TRUE(termNeedsRegex("caf\u00e9", fold));
  EXPECT_FALSE(termNeedsRegex("cafe", fold)); // ASCII terms keep the byte path
  EXPECT_EQ(referenceTermMatches("caf\u00e9", "CAF\u00c9", fold, false), (Matches{{0, 5}}));
  EXPECT_EQ(referenceTermMatches("\u03c3\u03bf\u03c6\u03af\u03b1", "\u03a3\u039f\u03a6\u038a\u0391", fold, false),
            (Matches{{0, 10}}));
  // ASCII letters fold to ASCII only: not the Kelvin sign for k.
  EXPECT_TRUE(referenceTermMatches("k\u00e9", "\u212a\u00e9", fold, false).empty());
  // A term that is not UTF-8 is matched byte for byte.
  EXPECT_FALSE(termNeedsRegex("caf\xe9", TermOptions{true, false, NormObfuscation}));
}

TEST(Normalize, SpellingsLongerThanTheBoundAreNotFound) {
  std::string text = "b" + std::string(kMaxSpellingBytes, 'o') + "mb";
  EXPECT_TRUE(find("bomb", text, NormRepeats).empty());
  text = "b" + std::string(kMaxSpellingBytes - 3, 'o') + "mb";
  EXPECT_EQ(find("bomb", text, NormRepeats), (Matches{{0, kMaxSpellingBytes}}));
}
