//===- Regex.h - The pattern language ---------------------------*- C++ -*-===//
//
// Parses the RE2 subset Riskcard patterns use into a small tree over Unicode
// code points: literals, classes (`[a-z]`, `\d \w \s` and their negations,
// `.`), concatenation, alternation, repetition (`? * + {m,n}`, lazy forms
// accepted), groups, and the empty-width assertions `^ $ \A \z \b \B`. Flags
// `i` (ASCII and simple Unicode case folding), `s` (`.` matches `\n`) and `m`
// (`^`/`$` at line breaks) come from the literal's suffix or `(?ims)` groups.
// Backreferences and lookaround are rejected with the reason: they cannot be
// matched in linear time by an automaton. See docs/design/automata.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AUTOMATA_REGEX_H
#define RISK_AUTOMATA_REGEX_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace risk {

/// A set of code points as sorted, disjoint, non-adjacent closed ranges.
class CodePointSet {
public:
  using Range = std::pair<uint32_t, uint32_t>;
  static constexpr uint32_t MaxCodePoint = 0x10FFFF;

  void add(uint32_t lo, uint32_t hi);
  void add(const CodePointSet &other);
  CodePointSet complement() const;
  bool contains(uint32_t c) const;
  bool empty() const { return ranges.empty(); }
  const std::vector<Range> &getRanges() const { return ranges; }
  /// Adds the other case of every ASCII letter and of the Unicode letters with
  /// a simple one-to-one case mapping.
  void addCaseVariants();

private:
  void normalize();
  std::vector<Range> ranges;
};

struct RegexNode {
  enum class Kind { Empty, Set, Concat, Alternate, Repeat, Assert };
  enum class Assertion { LineStart, LineEnd, TextStart, TextEnd, WordBoundary, NotWordBoundary };

  Kind kind = Kind::Empty;
  CodePointSet set;                 ///< Set
  std::vector<RegexNode> children;  ///< Concat, Alternate, Repeat (one child)
  int min = 0, max = -1;            ///< Repeat; max -1 is unbounded
  Assertion assertion = Assertion::TextStart;
};

struct RegexError {
  size_t offset = 0; ///< byte offset into the pattern text
  size_t length = 1;
  std::string message;
};

struct RegexFlags {
  bool caseInsensitive = false;
  bool dotAll = false;
  bool multiLine = false;
};

/// Parses `pattern` (the text between the slashes, as written). Repetition
/// counts above `maxRepeat` are rejected so a pattern stays bounded.
std::optional<RegexNode> parseRegex(llvm::StringRef pattern, RegexFlags flags, RegexError &error,
                                    int maxRepeat = 1000);

/// The code points of a Unicode general category (`L`, `Lu`, `Nd`, ...; a
/// one-letter name is the union of its two-letter ones; `Any`), or nothing
/// for an unknown name. Unassigned code points and surrogates are not
/// offered.
std::optional<CodePointSet> unicodeCategory(llvm::StringRef name);

/// Flags from a literal's suffix (`i`, `s`, `m`).
RegexFlags parseRegexFlags(llvm::StringRef flags);

/// A word character for `\b`, `\w`: ASCII letters, digits and `_` (as RE2).
inline bool isAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/// A word character for lexicon word boundaries: also every byte of a
/// non-ASCII character, so `caf` is not a word inside `café`.
inline bool isLexiconWordByte(unsigned char c) { return isAsciiWordByte(c) || c >= 0x80; }

} // namespace risk

#endif // RISK_AUTOMATA_REGEX_H
