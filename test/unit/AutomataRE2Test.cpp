//===- AutomataRE2Test.cpp - Compiled patterns against RE2 -----------------===//
//
// RE2 (with leftmost-longest matching) is a test oracle here, never linked
// into guards: random patterns of the shared subset and random texts must give
// the same first match — whether there is one, and where it starts and ends.
// RISK_RE2_PAIRS=N raises the number of pairs (default 30,000 per run);
// RISK_RE2_SEED=S draws other patterns.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Automaton.h"
#include "risk/Automata/Regex.h"
#include "llvm/Support/ConvertUTF.h"
#include <set>
#include <utf8proc.h>

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <cstdlib>
#include <functional>
#include <random>

using namespace risk;

namespace {
std::string randomRegex(std::mt19937 &rng, int depth) {
  static const char *atoms[] = {"a", "b", "c", ".", "[ab]", "[^a]", "\\b", "^", "$", "\\w",
                                "\\s", " ", "\\d", "[a-c]", "x", "\\B"};
  switch (rng() % (depth > 3 ? 1 : 7)) {
  case 0:
    return atoms[rng() % std::size(atoms)];
  case 1:
    return randomRegex(rng, depth + 1) + randomRegex(rng, depth + 1);
  case 2:
    return "(" + randomRegex(rng, depth + 1) + "|" + randomRegex(rng, depth + 1) + ")";
  case 3:
    return "(" + randomRegex(rng, depth + 1) + ")*";
  case 4:
    return "(" + randomRegex(rng, depth + 1) + "){1,3}";
  case 5:
    return "(?:" + randomRegex(rng, depth + 1) + (rng() % 2 ? ")+" : "){2,}");
  default:
    return "(" + randomRegex(rng, depth + 1) + ")?";
  }
}
} // namespace

/// Compares the automata with RE2 (leftmost-longest) on `want` random
/// pattern/text pairs: 100 texts per pattern, each up to `maxLength - 1`
/// pieces of `alphabet`. `fold` says whether the next pattern ignores case.
void agreeWithRE2(std::mt19937 &rng, long want, const std::function<std::string()> &nextPattern,
                  const std::function<bool()> &fold, const std::vector<std::string> &alphabet,
                  int maxLength, const char *what) {
  long pairs = 0, patterns = 0, matched = 0;
  RE2::Options options;
  options.set_longest_match(true); // leftmost-longest, as guards report spans
  options.set_log_errors(false);
  while (pairs < want) {
    std::string re = nextPattern();
    bool folded = fold();
    RegexError error;
    auto node = parseRegex(re, parseRegexFlags(folded ? "i" : ""), error);
    ASSERT_TRUE(node) << re << ": " << error.message;
    CompiledPattern pattern;
    std::string message;
    ASSERT_TRUE(compilePattern(*node, {}, pattern, message)) << re;
    options.set_case_sensitive(!folded);
    RE2 oracle(re, options);
    ASSERT_TRUE(oracle.ok()) << re << ": " << oracle.error();
    ++patterns;
    for (int t = 0; t < 100 && pairs < want; ++t, ++pairs) {
      std::string text;
      int n = rng() % maxLength;
      for (int i = 0; i < n; ++i)
        text += alphabet[rng() % alphabet.size()];
      re2::StringPiece match;
      std::optional<std::pair<size_t, size_t>> expected;
      if (oracle.Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1)) {
        size_t start = match.data() - text.data();
        expected = std::make_pair(start, start + match.size());
        ++matched;
      }
      ASSERT_EQ(findLeftmostLongest(pattern, text), expected)
          << "pattern /" << re << "/" << (folded ? "i" : "") << " on \"" << text << "\"";
    }
  }
  std::printf("%ld pattern/text pairs%s (%ld patterns, %ld with a match) agree with RE2\n", pairs, what,
              patterns, matched);
  EXPECT_EQ(pairs, want);
}

TEST(AutomataRE2, RandomPatternsAgreeWithRE2) {
  long want = 30000;
  if (const char *env = std::getenv("RISK_RE2_PAIRS"))
    want = std::atol(env);
  unsigned seed = 20261128;
  if (const char *env = std::getenv("RISK_RE2_SEED"))
    seed = unsigned(std::atol(env));
  std::mt19937 rng(seed);
  agreeWithRE2(
      rng, want, [&] { return randomRegex(rng, 0); }, [&] { return rng() % 4 == 0; },
      {"a", "b", "c", " ", "\n", "x", "1", "A"}, 16, "");
}

namespace {
std::string randomUnicodeRegex(std::mt19937 &rng, int depth) {
  static const char *atoms[] = {"\\p{L}", "\\pN", "\\P{L}", "[\\p{Lu}x]", "\\p{Ll}", "\\p{^Ll}",
                                "é", ".", "a", "\\b", "[^\\p{Nd}]", "\\p{Zs}", "\\p{P}", "Σ"};
  switch (rng() % (depth > 3 ? 1 : 5)) {
  case 0:
    return atoms[rng() % std::size(atoms)];
  case 1:
    return randomUnicodeRegex(rng, depth + 1) + randomUnicodeRegex(rng, depth + 1);
  case 2:
    return "(" + randomUnicodeRegex(rng, depth + 1) + "|" + randomUnicodeRegex(rng, depth + 1) + ")";
  case 3:
    return "(" + randomUnicodeRegex(rng, depth + 1) + ")+";
  default:
    return "(" + randomUnicodeRegex(rng, depth + 1) + ")?";
  }
}
} // namespace

// Unicode general categories (`\p{...}`) over texts with letters, digits and
// punctuation of several scripts, case-sensitive (RE2 folds case by orbits,
// `(?i)` here by the simple mapping; see docs/language.md).
// Each pattern over a category compiles in 0.1-1 s (a category is hundreds of
// UTF-8 byte ranges), so a CI run checks 1,500 pairs; RISK_RE2_UNICODE_PAIRS
// asks for more.
TEST(AutomataRE2, UnicodeCategoriesAgreeWithRE2) {
  long want = 1500;
  if (const char *env = std::getenv("RISK_RE2_UNICODE_PAIRS"))
    want = std::atol(env);
  std::mt19937 rng(20261128);
  agreeWithRE2(
      rng, want, [&] { return randomUnicodeRegex(rng, 0); }, [] { return false; },
      {"a", "É", "é", "ß", "Σ", "σ", "١", " ", "x", "1", "¿", "\u00a0", "ж", "-"}, 12,
      " with Unicode categories");
}

/// Case-insensitive literals: for every cased code point below U+1E944, the
/// characters `/c/i` matches among c's case relatives (its lower, upper and
/// title case, and theirs) are the ones RE2's `(?i)c` matches: the same case
/// orbits (k, K and the Kelvin sign; σ, ς and Σ).
TEST(AutomataRE2, CaseFoldingOrbitsAgreeWithRE2) {
  auto utf8 = [](uint32_t c) {
    std::string out;
    char buf[4];
    char *p = buf;
    llvm::ConvertCodePointToUTF8(c, p);
    out.assign(buf, p);
    return out;
  };
  size_t compared = 0, disagreements = 0;
  for (uint32_t c = 0x41; c < 0x1E944; ++c) {
    if ((c >= 0xD800 && c < 0xE000) || !utf8proc_codepoint_valid(utf8proc_int32_t(c)))
      continue;
    std::set<uint32_t> relatives;
    for (uint32_t x : {c, uint32_t(utf8proc_tolower(c)), uint32_t(utf8proc_toupper(c)),
                       uint32_t(utf8proc_totitle(c))})
      for (uint32_t y : {x, uint32_t(utf8proc_tolower(x)), uint32_t(utf8proc_toupper(x))})
        relatives.insert(y);
    if (relatives.size() < 2)
      continue;
    char escaped[32];
    snprintf(escaped, sizeof escaped, "\\x{%X}", c);
    RE2::Options options;
    options.set_case_sensitive(false);
    RE2 oracle(escaped, options);
    RegexError error;
    auto node = parseRegex(escaped, parseRegexFlags("i"), error);
    ASSERT_TRUE(node && oracle.ok()) << escaped;
    for (uint32_t r : relatives) {
      bool ours = node->set.contains(r);
      bool theirs = RE2::FullMatch(utf8(r), oracle);
      ++compared;
      if (ours != theirs && ++disagreements <= 10)
        ADD_FAILURE() << "U+" << std::hex << c << " against U+" << r << ": ours " << ours
                      << ", RE2 " << theirs;
    }
  }
  EXPECT_EQ(disagreements, 0u) << "of " << compared << " pairs";
  EXPECT_GT(compared, 2000u);
}
