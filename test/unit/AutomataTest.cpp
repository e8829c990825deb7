//===- AutomataTest.cpp - Automata against the reference semantics ---------===//
//
// Random patterns over a small alphabet and random texts: the compiled DFA
// triple must find exactly the leftmost-longest match the reference finds.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Automaton.h"
#include "risk/Automata/Reference.h"

#include <gtest/gtest.h>
#include <random>

using namespace risk;

namespace {
std::optional<std::pair<size_t, size_t>> compiled(const std::string &re, const std::string &text,
                                                  const std::string &flags = "") {
  RegexError error;
  auto node = parseRegex(re, parseRegexFlags(flags), error);
  EXPECT_TRUE(node.has_value()) << re << ": " << error.message;
  CompiledPattern pattern;
  std::string message;
  EXPECT_TRUE(compilePattern(*node, {}, pattern, message)) << message;
  return findLeftmostLongest(pattern, text);
}
using Span = std::optional<std::pair<size_t, size_t>>;
Span span(size_t a, size_t b) { return std::make_pair(a, b); }
} // namespace

TEST(Automata, LeftmostLongest) {
  EXPECT_EQ(compiled("abcd|c", "xabcd"), span(1, 5));
  EXPECT_EQ(compiled("a+", "baaab"), span(1, 4));
  EXPECT_EQ(compiled("a*", "bbb"), span(0, 0));
  EXPECT_EQ(compiled("x", "abc"), Span());
  EXPECT_EQ(compiled("(a|ab)(c|bcd)", "abcd"), span(0, 4));
}

TEST(Automata, AssertionsAndClasses) {
  EXPECT_EQ(compiled("\\bcat\\b", "concat cat"), span(7, 10));
  EXPECT_EQ(compiled("^b", "ab\nb"), Span());
  EXPECT_EQ(compiled("^b", "ab\nb", "m"), span(3, 4));
  EXPECT_EQ(compiled("a$", "a\nba", "m"), span(0, 1));
  EXPECT_EQ(compiled("\\d{3}-\\d{4}", "call 555-1234 now"), span(5, 13));
  EXPECT_EQ(compiled("[^a-c]+", "abcxyzabc"), span(3, 6));
  EXPECT_EQ(compiled("CAT", "a cat", "i"), span(2, 5));
  EXPECT_EQ(compiled("é.", "café!"), span(3, 6));
  EXPECT_EQ(compiled("\\w+", "héllo"), span(0, 1));
  EXPECT_EQ(compiled("a.c", "a\nc"), Span());
  EXPECT_EQ(compiled("a.c", "a\nc", "s"), span(0, 3));
}

TEST(Automata, RejectsWhatAnAutomatonCannotDo) {
  RegexError error;
  EXPECT_FALSE(parseRegex("(a)\\1", {}, error));
  EXPECT_NE(error.message.find("backreferences"), std::string::npos);
  EXPECT_EQ(error.offset, 3u);
  EXPECT_FALSE(parseRegex("a(?=b)", {}, error));
  EXPECT_NE(error.message.find("lookaround"), std::string::npos);
  EXPECT_FALSE(parseRegex("a{2000}", {}, error));
  EXPECT_FALSE(parseRegex("[b-a]", {}, error));
  EXPECT_FALSE(parseRegex("(ab", {}, error));
  EXPECT_FALSE(parseRegex("*a", {}, error));
}

TEST(Automata, StateBudgetIsAnErrorNotAMiss) {
  RegexError error;
  auto node = parseRegex("(a|b)*a(a|b){14}", {}, error);
  ASSERT_TRUE(node);
  AutomatonLimits small;
  small.maxDfaStates = 1000;
  CompiledPattern pattern;
  std::string message;
  EXPECT_FALSE(compilePattern(*node, small, pattern, message));
  EXPECT_NE(message.find("more than 1000 states"), std::string::npos);
}

TEST(Automata, RandomPatternsAgreeWithTheReference) {
  std::mt19937 rng(1234);
  const char *atoms[] = {"a", "b", "c", ".", "[ab]", "[^a]", "\\b", "^", "$", "\\w", "\\s", " "};
  auto randomRegex = [&](auto &self, int depth) -> std::string {
    int choice = rng() % (depth > 3 ? 1 : 6);
    switch (choice) {
    case 0:
      return atoms[rng() % std::size(atoms)];
    case 1:
      return self(self, depth + 1) + self(self, depth + 1);
    case 2:
      return "(" + self(self, depth + 1) + "|" + self(self, depth + 1) + ")";
    case 3:
      return "(" + self(self, depth + 1) + ")*";
    case 4:
      return "(" + self(self, depth + 1) + "){1,2}";
    default:
      return "(" + self(self, depth + 1) + ")?";
    }
  };
  const char alphabet[] = {'a', 'b', 'c', ' ', '\n', 'x'};
  int pairs = 0;
  for (int p = 0; p < 300; ++p) {
    std::string re = randomRegex(randomRegex, 0);
    RegexError error;
    auto node = parseRegex(re, {}, error);
    ASSERT_TRUE(node) << re << ": " << error.message;
    CompiledPattern pattern;
    std::string message;
    ASSERT_TRUE(compilePattern(*node, {}, pattern, message)) << re;
    for (int t = 0; t < 30; ++t) {
      std::string text;
      int n = rng() % 12;
      for (int i = 0; i < n; ++i)
        text += alphabet[rng() % std::size(alphabet)];
      ASSERT_EQ(findLeftmostLongest(pattern, text), referenceFind(*node, text))
          << "pattern /" << re << "/ on \"" << text << "\"";
      ++pairs;
    }
  }
  EXPECT_EQ(pairs, 9000);
}

TEST(Automata, LexiconTermsFindEveryOccurrence) {
  NfaBuilder builder;
  builder.addLiteral("blood", 0, true, false);
  builder.addLiteral("blood-soaked", 1, true, false);
  builder.addLiteral("a b", 2, false, true);
  Nfa nfa = builder.take();
  Dfa dfa;
  ASSERT_TRUE(buildDfa(nfa, SearchKind::Unanchored, {}, dfa));
  std::vector<std::pair<size_t, int>> seen;
  std::string text = "BLOOD-soaked a \t b";
  dfa.scan(text, 0, [&](size_t end, int id) {
    seen.push_back({end, id});
    return true;
  });
  std::vector<std::pair<size_t, int>> want = {{5, 0}, {12, 1}, {18, 2}};
  EXPECT_EQ(seen, want);
  EXPECT_EQ(referenceTermMatches("a b", text, false, false, true),
            (std::vector<std::pair<size_t, size_t>>{{13, 18}}));
}
