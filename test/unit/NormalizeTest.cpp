//===- NormalizeTest.cpp - What each normalisation admits, and what not ---===//
//
// Skeletons and term expressions (Automata/Skeleton.h), through the reference
// matcher the interpreter uses: each normalisation on its own, the cases it
// must not admit, the earliest-start rule and the 256-byte bound; and the
// generated normaliser's tables against the per-character reference.
// (The compiled automata are compared with the same reference by the random
// differential test and by test/Eval/normalize.test.)
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Normalize.h"
#include "risk/Automata/Reference.h"
#include "risk/Automata/Skeleton.h"
#include "llvm/Support/ConvertUTF.h"

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
  EXPECT_EQ(find("mom", "m0m", NormLeetspeak).size(), 1u);
  EXPECT_TRUE(find("xyz", "x4z", NormLeetspeak).empty()); // y has no symbol
  // `1` and `l` both stand for `i`: every spelling of "kill" is one skeleton.
  for (const char *text : {"kill", "k1ll", "ki11", "k!ll", "KILL"})
    EXPECT_EQ(find("kill", text, NormLeetspeak, /*fold=*/true).size(), 1u) << text;
  // A symbol is a letter only inside a term: "bomb!" still ends a word.
  EXPECT_EQ(find("bomb", "a bomb!", NormLeetspeak, false, /*words=*/true), (Matches{{2, 6}}));
}

TEST(Normalize, Repeats) {
  EXPECT_EQ(find("blood", "bloooood", NormRepeats), (Matches{{0, 8}}));
  EXPECT_EQ(find("nude", "nnuuddee", NormRepeats, false, /*words=*/true), (Matches{{0, 8}}));
  EXPECT_TRUE(find("blood", "blod", NormRepeats).empty()); // a double letter stays double
  EXPECT_TRUE(find("ass", "as", NormRepeats, false, true).empty());
  // With separators, repeats may be written apart too.
  EXPECT_EQ(find("bomb", "b.o.o.o.m.b", NormRepeats | NormSeparators), (Matches{{0, 11}}));
  // The longest spelling that ends at each end: `bbbomb` is one match from 0.
  EXPECT_EQ(find("bomb", "bbbomb", NormRepeats), (Matches{{0, 6}}));
  // In substring mode a trailing repeat ends three times; with words, once.
  EXPECT_EQ(find("bomb", "bombbb", NormRepeats), (Matches{{0, 4}, {0, 5}, {0, 6}}));
  EXPECT_EQ(find("bomb", "bombbb", NormRepeats, false, true), (Matches{{0, 6}}));
}

TEST(Normalize, SeparatorsAndZeroWidth) {
  EXPECT_EQ(find("bomb", "b.o.m.b", NormSeparators), (Matches{{0, 7}}));
  // Different gaps between the letters are not one word written apart.
  EXPECT_TRUE(find("bomb", "b.o-m_b", NormSeparators).empty());
  EXPECT_EQ(find("bomb", "b o m b", NormSeparators), (Matches{{0, 7}}));
  EXPECT_EQ(find("bomb", "b. o. m. b", NormSeparators), (Matches{{0, 10}}));
  // Letters written apart are joined when there are three or more, with the
  // same gap between each two; a leading "a" or "i" before one space is a
  // word; wider gaps between words keep them apart.
  EXPECT_EQ(find("bomb", "a b.o.m.b!", NormSeparators, false, true), (Matches{{2, 9}}));
  EXPECT_EQ(find("bomb", "a b o m b", NormSeparators, false, true), (Matches{{2, 9}}));
  EXPECT_EQ(find("nude", "n_u_d_e", NormSeparators, false, true), (Matches{{0, 7}}));
  EXPECT_EQ(find("nude", "n\u2022u\u2022d\u2022e", NormSeparators, false, true), (Matches{{0, 13}}));
  EXPECT_TRUE(find("nude", "n u de", NormSeparators, false, true).empty());
  EXPECT_EQ(find("knife", "b l o o d y   k n i f e", NormSeparators, false, true), (Matches{{14, 23}}));
  // Inside letters written apart a word may end and start anywhere: a text
  // with every letter apart has no other word boundaries.
  EXPECT_EQ(find("bomb", "x b o m b y", NormSeparators, false, true), (Matches{{2, 9}}));
  // Every pair of letters apart, or none: "go re" is not "gore".
  EXPECT_TRUE(find("gore", "go re-enter", NormSeparators, false, true).empty());
  EXPECT_TRUE(find("bomb", "b\u200bomb", NormSeparators).empty());
  EXPECT_EQ(find("bomb", "b\u200bo\u00admb", NormZeroWidth), (Matches{{0, 9}}));
  // Bidi controls and the word joiner are invisible too.
  EXPECT_EQ(find("bomb", "b\u202eo\u2060mb", NormZeroWidth), (Matches{{0, 10}}));
  // Not before the first letter or after the last.
  EXPECT_EQ(find("bomb", ".bomb.", NormSeparators), (Matches{{1, 5}}));
  // Punctuation between the words of a term is a space: "ab cd" is "ab.cd".
  EXPECT_EQ(find("ab cd", "ab.cd", NormSeparators), (Matches{{0, 5}}));
  // A spelling that would reach back into the previous word starts at the word.
  EXPECT_EQ(find("dismembered", "red, d i s m e m b e r e d", NormSeparators | NormRepeats, false, true),
            (Matches{{5, 26}}));
}

TEST(Normalize, LettersOneSpaceApartAreSplitIntoWords) {
  // Letters one space apart are split into the fewest English words, and a
  // word boundary is only where a word of that split ends: "t h e r a p i s t"
  // is "therapist", not "the rapist"; "c o u p l e" is no "coup".
  EXPECT_TRUE(find("rapist", "t h e r a p i s t", NormSeparators, false, true).empty());
  EXPECT_EQ(find("therapist", "t h e r a p i s t", NormSeparators, false, true), (Matches{{0, 17}}));
  EXPECT_TRUE(find("coup", "a c o u p l e", NormSeparators, false, true).empty());
  EXPECT_TRUE(find("gun", "w o r k i n g u n d e r", NormSeparators, false, true).empty());
  EXPECT_EQ(find("gun", "h i s g u n", NormSeparators, false, true), (Matches{{6, 11}}));
  EXPECT_EQ(find("knife", "b l o o d y k n i f e", NormSeparators, false, true), (Matches{{12, 21}}));
  // With leetspeak the words are compared by their skeletons ("couple" is
  // "coupie" as the text's letters are).
  unsigned obfuscation = *normalizationNamed("obfuscation");
  EXPECT_TRUE(find("coup", "a c o u p l e", obfuscation, true, true).empty());
  EXPECT_EQ(find("coup", "a c o u p", obfuscation, true, true), (Matches{{2, 9}}));
  // The space kept between the words is a phrase's space.
  TermOptions phrase{true, true, obfuscation};
  EXPECT_EQ(referenceTermMatches("bath bomb", "a b a t h b o m b", phrase, true), (Matches{{2, 17}}));
  // No split (a name no dictionary has): joined, words may end anywhere.
  EXPECT_EQ(find("bomb", "x b o m b y", NormSeparators, false, true), (Matches{{2, 9}}));

  SkeletonSpec spec{NormSeparators, true};
  std::vector<bool> starts;
  ASSERT_TRUE(segmentLetters("bloodyknife", spec, starts));
  EXPECT_EQ(starts, (std::vector<bool>{1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
  ASSERT_TRUE(segmentLetters("BATHBOMB", spec, starts)); // ASCII case does not matter
  EXPECT_EQ(starts, (std::vector<bool>{1, 0, 0, 0, 1, 0, 0, 0}));
  EXPECT_FALSE(segmentLetters("xqzv", spec, starts));
  EXPECT_FALSE(segmentLetters(std::string(kMaxSegmentedRun + 1, 'a'), spec, starts));
  EXPECT_GT(segmentWords(spec).words, 10000u);
}

TEST(Normalize, MaskedLetters) {
  // One inner letter of a word of four or more may be a mask (`*` or `#`);
  // not the first or last, not two, not in a shorter word.
  EXPECT_EQ(find("nude", "a n*de", NormMasks, false, true), (Matches{{2, 6}}));
  EXPECT_EQ(find("porn", "p#rn", NormMasks, false, true), (Matches{{0, 4}}));
  EXPECT_EQ(find("bloody", "bl**dy", NormMasks | NormRepeats, false, true), (Matches{}));
  EXPECT_EQ(find("bloody", "blo*dy", NormMasks | NormRepeats, false, true), (Matches{{0, 6}}));
  EXPECT_TRUE(find("nude", "*ude", NormMasks, false, true).empty());
  EXPECT_TRUE(find("nude", "nud*", NormMasks, false, true).empty());
  EXPECT_TRUE(find("nude", "n**e", NormMasks, false, true).empty());
  EXPECT_TRUE(find("sex", "s*x", NormMasks, false, true).empty());
  EXPECT_TRUE(find("nude", "n*de", NormSeparators, false, true).empty()); // not without `masks`
  // With the rest of obfuscation: case and leetspeak still apply around the
  // mask, and repeats after the letter is read back.
  unsigned all = *normalizationNamed("obfuscation") | NormMasks;
  EXPECT_EQ(find("nude", "N*D3", all, true, true), (Matches{{0, 4}}));
  EXPECT_EQ(find("porn", "p0*n", all, true, true), (Matches{{0, 4}}));
  EXPECT_EQ(find("naked", "n@k*d", all, true, true), (Matches{{0, 5}}));
  EXPECT_EQ(find("nude", "n*de", all, true, true), (Matches{{0, 4}}));
  EXPECT_EQ(find("nude", "nnn*de", all, true, true), (Matches{})); // the letters must be the word's
  // A fullwidth mask is a mask.
  EXPECT_EQ(find("nude", "\uff4e\uff0a\uff44\uff45", all, true, true), (Matches{{0, 12}}));
  // Masks change no skeleton: lexicons with and without them share one.
  EXPECT_EQ((SkeletonSpec{all, true}.name()), (SkeletonSpec{all & ~NormMasks, true}.name()));
}

TEST(Normalize, MaskVocabulary) {
  // The masked word is read as the first declared word with that masked
  // spelling, for every lexicon that reads the skeleton.
  SkeletonSpec spec{*normalizationNamed("obfuscation") | NormMasks, true};
  MaskVocabulary v = maskVocabulary({{"nude", "erotic photo"}, {"node"}}, spec);
  auto unmasked = [&](std::string text) {
    unmaskSkeleton(text, v, spec);
    return text;
  };
  EXPECT_EQ(unmasked("a n*de"), "a nude");
  EXPECT_EQ(unmasked("no*e and er#tic ph*to"), "node and erotic photo");
  EXPECT_EQ(unmasked("n*de*"), "n*de*");   // two masks
  EXPECT_EQ(unmasked("*ude nud*"), "*ude nud*");
  EXPECT_EQ(unmasked("x*yz plain"), "x*yz plain"); // no such word
  EXPECT_EQ(unmasked("caf*\xc3\xa9"), "caf*\xc3\xa9"); // not ASCII
  EXPECT_TRUE(maskVocabulary({{"sex", "a b"}}, spec).empty()); // no word of four letters
  // A name is not read into a masked spelling an ordinary word has too.
  SkeletonSpec nfkc{NormNfkc | NormMasks, true}; // (leetspeak would read `l` as `i`)
  MaskVocabulary names = maskVocabulary({{"lyft", "pikachu"}}, nfkc);
  auto unmaskedName = [&](std::string text) {
    unmaskSkeleton(text, names, nfkc);
    return text;
  };
  EXPECT_EQ(unmaskedName("to the l*ft"), "to the l*ft"); // left, lift, loft
  EXPECT_EQ(unmaskedName("ly*t and pik*chu"), "lyft and pikachu");
  // The reference lexicon matcher reads through the policy's vocabulary.
  TermOptions options{true, true, spec.normalize};
  SkeletonWords policyWords{&v, nullptr};
  EXPECT_EQ(referenceLexiconMatches({"node"}, "a n*de", options, true, &policyWords)[0], (Matches{}));
  EXPECT_EQ(referenceLexiconMatches({"node"}, "a n*de", options, true)[0], (Matches{{2, 6}}));
}

TEST(Normalize, UnicodeSpacesAndWords) {
  // A no-break space and an ideographic space are spaces; an emoji is not a
  // letter: each leaves a word boundary.
  EXPECT_EQ(find("nude", "a\u00a0nude\u3000b", NormZeroWidth, false, true), (Matches{{3, 7}}));
  EXPECT_EQ(find("nude", "\U0001F600nude", NormZeroWidth, false, true), (Matches{{4, 8}}));
  // A letter of another script is a word character: no boundary.
  EXPECT_TRUE(find("nude", "\u0436nude", NormZeroWidth, false, true).empty());
}

TEST(Normalize, HomoglyphsAndNfkc) {
  EXPECT_EQ(find("bomb", "b\u043emb", NormHomoglyphs), (Matches{{0, 5}}));   // Cyrillic о
  EXPECT_EQ(find("ape", "\u0430p\u0435", NormHomoglyphs), (Matches{{0, 5}})); // а, е
  EXPECT_TRUE(find("bomb", "b\u043emb", NormNfkc).empty());
  EXPECT_EQ(find("bomb", "\uff42\uff4f\uff4d\uff42", NormNfkc), (Matches{{0, 12}})); // fullwidth
  EXPECT_EQ(find("bomb", "\U0001d41b\U0001d428\U0001d426\U0001d41b", NormNfkc), (Matches{{0, 16}}));
  // Accents go (a dropped combining accent after the last letter is not part
  // of the span).
  EXPECT_EQ(find("cafe", "cafe\u0301", NormNfkc), (Matches{{0, 4}}));
  EXPECT_EQ(find("cafe", "caf\u00e9", NormNfkc), (Matches{{0, 5}}));
  EXPECT_EQ(find("nude", "n\u00fcde", NormNfkc), (Matches{{0, 5}}));
  EXPECT_EQ(find("find", "\ufb01nd", NormNfkc), (Matches{{0, 5}})); // the fi ligature
  // Case-specific without `fold case`: a fullwidth capital is not `b`.
  EXPECT_TRUE(find("bomb", "\uff22OMB", NormNfkc).empty());
  EXPECT_EQ(find("bomb", "\uff22OMB", NormNfkc, /*fold=*/true), (Matches{{0, 6}}));
  // Full case folding: ß is ss.
  EXPECT_EQ(find("strasse", "STRA\u00dfE", NormNfkc, true), (Matches{{0, 7}}));
  // Letter-like symbols the confusables data leaves alone: negative squared
  // and negative circled capitals, regional indicators, phonetic small
  // capitals (ʙ, which the data maps to Cyrillic в, is b).
  EXPECT_EQ(find("bomb", "\U0001F171\U0001F17E\U0001F17C\U0001F171", NormHomoglyphs, true), (Matches{{0, 16}}));
  EXPECT_EQ(find("bomb", "\U0001F151\U0001F15E\U0001F15C\U0001F151", NormHomoglyphs, true), (Matches{{0, 16}}));
  EXPECT_EQ(find("bomb", "\U0001F1E7\U0001F1F4\U0001F1F2\U0001F1E7", NormHomoglyphs, true), (Matches{{0, 16}}));
  EXPECT_EQ(find("bomb", "\u0299\u1D0F\u1D0D\u0299", NormHomoglyphs), (Matches{{0, 10}}));
  EXPECT_EQ(find("nude", "\u0274\u1D1C\u1D05\u1D07", NormHomoglyphs), (Matches{{0, 11}}));
  EXPECT_TRUE(find("bomb", "\u0299\u1D0F\u1D0D\u0299", NormNfkc).empty());
}

TEST(Normalize, SkeletonTablesAgreeWithTheReference) {
  // The generated normaliser reads SkeletonTables; decode them here as it
  // does and compare with skeletonOf on every code point of several planes.
  for (unsigned mask : {unsigned(NormObfuscation), unsigned(NormZeroWidth | NormLeetspeak)})
    for (bool fold : {false, true}) {
      SkeletonSpec spec{mask, fold};
      const SkeletonTables &t = skeletonTables(spec);
      for (uint32_t cp = 0; cp < 0x30000; ++cp) {
        if (cp >= 0xD800 && cp < 0xE000)
          continue;
        std::string fromTables;
        if (cp < 0x80) {
          fromTables = std::string(1, char(t.ascii[cp]));
        } else {
          uint32_t entry = t.entries[t.blocks[cp >> 7] * 128 + (cp & 127)];
          if (entry == SkeletonTables::kIdentity) {
            char buf[4];
            char *p = buf;
            llvm::ConvertCodePointToUTF8(cp, p);
            fromTables.assign(buf, p);
          } else {
            fromTables = t.pool.substr(entry & 0xFFFFFF, entry >> 24);
          }
        }
        ASSERT_EQ(fromTables, skeletonOfCodePoint(cp, spec)) << std::hex << cp;
      }
    }
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
