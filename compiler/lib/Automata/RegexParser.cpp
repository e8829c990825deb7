//===- RegexParser.cpp - Parsing the pattern language ----------------------===//
//
// A recursive-descent parser over the pattern's bytes (decoding UTF-8 for
// literals). Grammar, loosest first:
//   alternation := concat ('|' concat)*
//   concat      := repeat*
//   repeat      := atom ('?' | '*' | '+' | '{m}' | '{m,}' | '{m,n}') '?'?
//   atom        := literal | '.' | class | escape | '(' ... ')' | '^' | '$'
// Errors carry the byte offset into the pattern so the diagnostic points at
// the exact character in the .riskcard file.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Regex.h"

#include "llvm/ADT/DenseMap.h"
#include <map>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include <algorithm>
#include <mutex>
#include <utf8proc.h>

using namespace risk;

//===----------------------------------------------------------------------===//
// CodePointSet
//===----------------------------------------------------------------------===//

void CodePointSet::add(uint32_t lo, uint32_t hi) {
  if (lo > hi)
    return;
  ranges.push_back({lo, std::min(hi, MaxCodePoint)});
  normalize();
}

void CodePointSet::add(const CodePointSet &other) {
  ranges.insert(ranges.end(), other.ranges.begin(), other.ranges.end());
  normalize();
}

void CodePointSet::normalize() {
  std::sort(ranges.begin(), ranges.end());
  std::vector<Range> merged;
  for (const Range &r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second + 1)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  ranges = std::move(merged);
}

CodePointSet CodePointSet::complement() const {
  CodePointSet out;
  uint32_t next = 0;
  for (const Range &r : ranges) {
    if (r.first > next)
      out.ranges.push_back({next, r.first - 1});
    next = r.second + 1;
  }
  if (next <= MaxCodePoint)
    out.ranges.push_back({next, MaxCodePoint});
  return out;
}

bool CodePointSet::contains(uint32_t c) const {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), Range{c, UINT32_MAX});
  return it != ranges.begin() && std::prev(it)->second >= c;
}

namespace {
/// The simple case folding of `c` (CaseFolding.txt's C and S mappings): its
/// full folding when that is one character, else its lower case, except for
/// U+0130, which folds only to two characters (and, for Turkish, to i).
uint32_t simpleFold(uint32_t c) {
  utf8proc_int32_t buf[4];
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(utf8proc_int32_t(c), buf, 4,
                                               utf8proc_option_t(UTF8PROC_CASEFOLD), &boundclass);
  if (n == 1)
    return uint32_t(buf[0]);
  if (c == 0x130)
    return c;
  return uint32_t(utf8proc_tolower(utf8proc_int32_t(c)));
}

/// The case orbits, as RE2 has them: the characters with the same simple case
/// folding (`k`, `K` and the Kelvin sign; `σ`, `ς` and `Σ`). Each member of
/// an orbit of two or more maps to the next, round the orbit.
const llvm::DenseMap<uint32_t, uint32_t> &caseOrbits() {
  static const llvm::DenseMap<uint32_t, uint32_t> next = [] {
    std::map<uint32_t, std::vector<uint32_t>> byFold;
    for (uint32_t c = 0; c <= 0x1E943; ++c) {
      if (c >= 0xD800 && c < 0xE000)
        continue;
      byFold[simpleFold(c)].push_back(c);
    }
    llvm::DenseMap<uint32_t, uint32_t> out;
    for (auto &[fold, members] : byFold) {
      if (std::find(members.begin(), members.end(), fold) == members.end())
        members.push_back(fold);
      if (members.size() < 2)
        continue;
      std::sort(members.begin(), members.end());
      for (size_t i = 0; i < members.size(); ++i)
        out[members[i]] = members[(i + 1) % members.size()];
    }
    return out;
  }();
  return next;
}
} // namespace

void CodePointSet::addCaseVariants() {
  const llvm::DenseMap<uint32_t, uint32_t> &orbits = caseOrbits();
  std::vector<Range> original = ranges;
  CodePointSet extra;
  for (const Range &r : original) {
    // Case mappings exist only below U+1E944; the large ranges of negated
    // classes are already closed under case, so walk them no further.
    uint32_t hi = std::min<uint32_t>(r.second, 0x1E943);
    for (uint32_t c = r.first; c <= hi && c - r.first < 0x20000; ++c) {
      auto it = orbits.find(c);
      if (it == orbits.end())
        continue;
      for (uint32_t o = it->second; o != c; o = orbits.find(o)->second)
        extra.add(o, o);
    }
  }
  add(extra);
}

std::optional<CodePointSet> risk::unicodeCategory(llvm::StringRef name) {
  // Two-letter general categories, from utf8proc's tables, computed once.
  static const char *const names[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd",
                                      "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm",
                                      "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};
  static std::vector<CodePointSet> byCategory;
  static std::once_flag once;
  std::call_once(once, [] {
    byCategory.resize(std::size(names));
    std::vector<std::pair<uint32_t, uint32_t>> run; // (start, category) of the current run
    uint32_t start = 0;
    int current = utf8proc_category(0);
    for (uint32_t c = 1; c <= CodePointSet::MaxCodePoint + 1; ++c) {
      int cat = c <= CodePointSet::MaxCodePoint ? int(utf8proc_category(c)) : -1;
      if (cat == current)
        continue;
      if (current >= 0 && size_t(current) < byCategory.size())
        byCategory[current].add(start, c - 1);
      start = c;
      current = cat;
    }
  });
  if (name == "Any") {
    CodePointSet all;
    all.add(0, 0xD7FF);
    all.add(0xE000, CodePointSet::MaxCodePoint);
    return all;
  }
  // Unassigned code points and surrogates are left out: what they are
  // depends on the Unicode version, and surrogates are not characters.
  if (name.empty() || name == "Cn" || name == "Cs")
    return std::nullopt;
  CodePointSet out;
  bool any = false;
  for (size_t i = 0; i < std::size(names); ++i) {
    llvm::StringRef n = names[i];
    if (n == "Cn" || n == "Cs")
      continue;
    if (n == name || (name.size() == 1 && n[0] == name[0])) {
      out.add(byCategory[i]);
      any = true;
    }
  }
  if (!any)
    return std::nullopt;
  return out;
}

RegexFlags risk::parseRegexFlags(llvm::StringRef flags) {
  RegexFlags out;
  out.caseInsensitive = flags.contains('i');
  out.dotAll = flags.contains('s');
  out.multiLine = flags.contains('m');
  return out;
}

//===----------------------------------------------------------------------===//
// The parser
//===----------------------------------------------------------------------===//

namespace {

class Parser {
public:
  Parser(llvm::StringRef text, RegexFlags flags, RegexError &error, int maxRepeat)
      : text(text), flags(flags), error(error), maxRepeat(maxRepeat) {}

  std::optional<RegexNode> parse() {
    // Checked first and cheaply: no pattern is this long.
    if (text.size() > kMaxPatternBytes) {
      fail(0, 1, "the pattern is " + std::to_string(text.size()) + " bytes; a pattern may have at most " +
                     std::to_string(kMaxPatternBytes));
      return std::nullopt;
    }
    RegexNode node = alternation();
    if (failed)
      return std::nullopt;
    if (pos < text.size()) {
      fail(pos, 1, text[pos] == ')' ? "unmatched `)`" : "unexpected character");
      return std::nullopt;
    }
    return node;
  }

private:
  //--- Errors and input -------------------------------------------------------------

  void fail(size_t at, size_t length, std::string message) {
    if (failed)
      return;
    failed = true;
    error.offset = at;
    error.length = length;
    error.message = std::move(message);
  }
  bool atEnd() const { return pos >= text.size(); }
  bool isOctal(size_t at) const { return at < text.size() && text[at] >= '0' && text[at] <= '7'; }
  char peek() const { return atEnd() ? '\0' : text[pos]; }

  /// Reads one UTF-8 code point (invalid bytes are an error).
  uint32_t readCodePoint() {
    const auto *begin = reinterpret_cast<const llvm::UTF8 *>(text.data() + pos);
    const auto *end = reinterpret_cast<const llvm::UTF8 *>(text.data() + text.size());
    llvm::UTF32 cp = 0;
    if (llvm::convertUTF8Sequence(&begin, end, &cp, llvm::strictConversion) != llvm::conversionOK) {
      fail(pos, 1, "invalid UTF-8 in the pattern");
      ++pos;
      return 0;
    }
    pos = reinterpret_cast<const char *>(begin) - text.data();
    return cp;
  }

  //--- Structure -----------------------------------------------------------------------

  RegexNode alternation() {
    RegexNode first = concat();
    if (peek() != '|')
      return first;
    RegexNode alt;
    alt.kind = RegexNode::Kind::Alternate;
    alt.children.push_back(std::move(first));
    while (!failed && peek() == '|') {
      ++pos;
      alt.children.push_back(concat());
    }
    return alt;
  }

  RegexNode concat() {
    RegexNode node;
    node.kind = RegexNode::Kind::Concat;
    while (!failed && !atEnd() && peek() != '|' && peek() != ')') {
      std::optional<RegexNode> item = repeat();
      if (item)
        node.children.push_back(std::move(*item));
    }
    if (node.children.size() == 1)
      return std::move(node.children.front());
    if (node.children.empty())
      node.kind = RegexNode::Kind::Empty;
    return node;
  }

  std::optional<RegexNode> repeat() {
    size_t start = pos;
    std::optional<RegexNode> atomNode = atom();
    if (!atomNode)
      return std::nullopt;
    // `(?i)` sets flags and matches nothing: there is nothing to repeat.
    bool flagsOnly = lastGroupSetFlags && pos > start;
    lastGroupSetFlags = false;
    size_t repeats = 0, opStart = pos;
    while (!failed && !atEnd()) {
      char c = peek();
      int min = 0, max = -1;
      if (c == '?') {
        min = 0;
        max = 1;
        ++pos;
      } else if (c == '*') {
        ++pos;
      } else if (c == '+') {
        min = 1;
        ++pos;
      } else if (c == '{' && countedRepeat(min, max)) {
        // parsed
      } else {
        break;
      }
      // As RE2: an operator on a flag group, or on a repetition, is refused.
      if (flagsOnly) {
        fail(opStart, pos - opStart, "no argument for repetition operator `" +
                                         text.slice(opStart, pos).str() + "`");
        return std::nullopt;
      }
      if (repeats++) {
        fail(opStart, pos - opStart, "bad repetition operator `" + text.slice(opStart, pos).str() +
                                         "` (a repetition of a repetition: group it first)");
        return std::nullopt;
      }
      if (peek() == '?')
        ++pos; // lazy: the same set of matches, so the same automaton
      else if (peek() == '+') {
        fail(pos, 1, "possessive repetition is not supported (it needs backtracking)");
        return std::nullopt;
      }
      RegexNode rep;
      rep.kind = RegexNode::Kind::Repeat;
      rep.min = min;
      rep.max = max;
      rep.children.push_back(std::move(*atomNode));
      atomNode = std::move(rep);
    }
    (void)start;
    return atomNode;
  }

  /// `{m}`, `{m,}`, `{m,n}`; a `{` that does not start one is a literal.
  bool countedRepeat(int &min, int &max) {
    size_t save = pos;
    ++pos;
    auto number = [&](int &out) {
      size_t begin = pos;
      while (!atEnd() && llvm::isDigit(peek()))
        ++pos;
      if (pos == begin)
        return false;
      unsigned long long v = 0;
      if (text.slice(begin, pos).getAsInteger(10, v) || v > unsigned(maxRepeat)) {
        fail(begin, pos - begin,
             "repetition count is larger than " + std::to_string(maxRepeat));
        out = 0;
        return true;
      }
      out = int(v);
      return true;
    };
    if (!number(min)) {
      pos = save;
      return false;
    }
    if (peek() == '}') {
      ++pos;
      max = min;
      return true;
    }
    if (peek() != ',') {
      pos = save;
      return false;
    }
    ++pos;
    if (peek() == '}') {
      ++pos;
      max = -1;
      return true;
    }
    if (!number(max) || peek() != '}') {
      pos = save;
      return false;
    }
    ++pos;
    if (max < min) {
      fail(save, pos - save, "the repetition's maximum is smaller than its minimum");
    }
    return true;
  }

  RegexNode setNode(CodePointSet set) {
    if (flags.caseInsensitive)
      set.addCaseVariants();
    RegexNode node;
    node.kind = RegexNode::Kind::Set;
    node.set = std::move(set);
    return node;
  }

  RegexNode assertNode(RegexNode::Assertion a) {
    RegexNode node;
    node.kind = RegexNode::Kind::Assert;
    node.assertion = a;
    return node;
  }

  std::optional<RegexNode> atom() {
    char c = peek();
    switch (c) {
    case '(':
      return group();
    case '.': {
      ++pos;
      CodePointSet set;
      set.add(0, CodePointSet::MaxCodePoint);
      if (!flags.dotAll) {
        CodePointSet newline;
        newline.add('\n', '\n');
        set = newline.complement();
      }
      RegexNode node;
      node.kind = RegexNode::Kind::Set;
      node.set = std::move(set);
      return node;
    }
    case '[':
      return charClass();
    case '^':
      ++pos;
      return assertNode(flags.multiLine ? RegexNode::Assertion::LineStart
                                        : RegexNode::Assertion::TextStart);
    case '$':
      ++pos;
      return assertNode(flags.multiLine ? RegexNode::Assertion::LineEnd
                                        : RegexNode::Assertion::TextEnd);
    case '\\':
      return escape(/*inClass=*/false);
    case '*':
    case '+':
    case '?':
      fail(pos, 1, "nothing to repeat");
      return std::nullopt;
    case '{': {
      // A `{` that does not start a count is itself; a count here has
      // nothing to repeat (RE2 refuses it too).
      size_t at = pos;
      int min = 0, max = 0;
      if (countedRepeat(min, max)) {
        if (!failed)
          fail(at, pos - at, "nothing to repeat");
        return std::nullopt;
      }
      if (failed)
        return std::nullopt;
      pos = at;
      uint32_t cp = readCodePoint();
      CodePointSet set;
      set.add(cp, cp);
      return setNode(std::move(set));
    }
    default: {
      uint32_t cp = readCodePoint();
      CodePointSet set;
      set.add(cp, cp);
      return setNode(std::move(set));
    }
    }
  }

  std::optional<RegexNode> group() {
    size_t open = pos;
    // Every later stage walks the tree recursively: bound its depth.
    if (++depth > kMaxNesting) {
      fail(open, 1, "groups nest more than " + std::to_string(kMaxNesting) + " deep");
      return std::nullopt;
    }
    struct Leave {
      int &depth;
      ~Leave() { --depth; }
    } leave{depth};
    ++pos; // (
    RegexFlags saved = flags;
    if (peek() == '?') {
      ++pos;
      char kind = peek();
      if (kind == '=' || kind == '!' || (kind == '<' && (text.substr(pos + 1).starts_with("=") ||
                                                         text.substr(pos + 1).starts_with("!")))) {
        fail(open, 3, "lookaround is not supported: an automaton reads the input once, left to "
                      "right, and cannot look ahead or behind");
        return std::nullopt;
      }
      if (kind == 'P' || kind == '<') {
        // (?P<name>...) or (?<name>...): a group; names are not used, but
        // are checked as RE2 checks them (word characters).
        pos += kind == 'P' ? 2 : 1;
        if (kind == 'P' && text[pos - 1] != '<') {
          fail(open, pos - open, "invalid named group: write `(?P<name>...)`");
          return std::nullopt;
        }
        size_t nameAt = pos;
        while (!atEnd() && peek() != '>')
          ++pos;
        if (atEnd()) {
          fail(open, pos - open, "unterminated group name");
          return std::nullopt;
        }
        llvm::StringRef name = text.slice(nameAt, pos);
        ++pos;
        if (name.empty() || !llvm::all_of(name, [](char ch) { return llvm::isAlnum(ch) || ch == '_'; })) {
          fail(open, pos - open, "invalid group name `" + name.str() +
                                     "`: a name is one or more letters, digits or `_`");
          return std::nullopt;
        }
      } else {
        // Flags: (?i) (?s) (?m) (?-i) and (?i:...)
        bool negate = false, flagAfterMinus = false;
        size_t minusAt = 0;
        RegexFlags set = flags;
        while (!atEnd() && peek() != ')' && peek() != ':') {
          char f = peek();
          flagAfterMinus |= negate && f != '-';
          if (f == '-') {
            if (negate) {
              fail(pos, 1, "a flag group has at most one `-`");
              return std::nullopt;
            }
            negate = true;
            minusAt = pos;
          } else if (f == 'i')
            set.caseInsensitive = !negate;
          else if (f == 's')
            set.dotAll = !negate;
          else if (f == 'm')
            set.multiLine = !negate;
          else {
            fail(pos, 1, std::string("unknown group flag `") + f + "`");
            return std::nullopt;
          }
          ++pos;
        }
        if (atEnd()) {
          fail(open, pos - open, "missing `)`");
          return std::nullopt;
        }
        if (negate && !flagAfterMinus) {
          fail(minusAt, 1, "`-` must be followed by the flags it turns off");
          return std::nullopt;
        }
        if (peek() == ')') {
          ++pos;
          flags = set; // applies to the rest of the enclosing group
          lastGroupSetFlags = true;
          RegexNode empty;
          return empty;
        }
        ++pos; // ':'
        flags = set;
      }
    }
    RegexNode inner = alternation();
    if (failed)
      return std::nullopt;
    if (peek() != ')') {
      fail(open, 1, "missing `)` for this group");
      return std::nullopt;
    }
    ++pos;
    flags = saved;
    return inner;
  }

  /// A named group of characters as RE2 adds it (AddUGroup): under `i` the
  /// group is closed under case first, and a negated group is the complement
  /// of that (so `[\W]` with `i` takes in neither `k` nor the Kelvin sign).
  static CodePointSet group(CodePointSet positive, bool negate, bool fold) {
    if (fold)
      positive.addCaseVariants();
    return negate ? positive.complement() : positive;
  }

  /// Adds a predefined class (`d w s` and negations); returns false if `c` is
  /// not one.
  static bool predefined(char c, CodePointSet &set, bool fold) {
    CodePointSet s;
    switch (llvm::toLower(c)) {
    case 'd':
      s.add('0', '9');
      break;
    case 'w':
      s.add('0', '9');
      s.add('A', 'Z');
      s.add('a', 'z');
      s.add('_', '_');
      break;
    case 's':
      s.add('\t', '\n');
      s.add('\f', '\r');
      s.add(' ', ' ');
      break;
    default:
      return false;
    }
    set.add(group(std::move(s), llvm::isUpper(c), fold));
    return true;
  }

  /// An escape after `\`. In a class only sets and literals are allowed.
  std::optional<RegexNode> escape(bool inClass) {
    size_t at = pos;
    ++pos; // backslash
    if (atEnd()) {
      fail(at, 1, "trailing `\\`");
      return std::nullopt;
    }
    char c = peek();
    CodePointSet set;
    if (predefined(c, set, flags.caseInsensitive)) {
      ++pos;
      RegexNode node;
      node.kind = RegexNode::Kind::Set;
      node.set = std::move(set);
      return node;
    }
    if (!inClass) {
      switch (c) {
      case 'b':
        ++pos;
        return assertNode(RegexNode::Assertion::WordBoundary);
      case 'B':
        ++pos;
        return assertNode(RegexNode::Assertion::NotWordBoundary);
      case 'A':
        ++pos;
        return assertNode(RegexNode::Assertion::TextStart);
      case 'z':
        ++pos;
        return assertNode(RegexNode::Assertion::TextEnd);
      default:
        break;
      }
      if (c >= '1' && c <= '9' && !(c <= '7' && isOctal(pos + 1))) {
        fail(at, 2, "backreferences are not supported: they cannot be matched by an automaton "
                    "in linear time");
        return std::nullopt;
      }
    }
    if (c == 'p' || c == 'P') {
      // \pL, \p{Lu}, \P{N}, \p{^L}: a Unicode general category.
      bool negate = c == 'P';
      ++pos;
      std::string name;
      if (peek() == '{') {
        size_t close = text.find('}', pos);
        if (close == llvm::StringRef::npos) {
          fail(at, pos - at, "missing `}` for this Unicode property");
          return std::nullopt;
        }
        name = text.slice(pos + 1, close).str();
        pos = close + 1;
        if (!name.empty() && name[0] == '^') {
          negate = !negate;
          name.erase(0, 1);
        }
      } else if (!atEnd()) {
        name = std::string(1, peek());
        ++pos;
      }
      std::optional<CodePointSet> category = unicodeCategory(name);
      if (!category) {
        fail(at, pos - at,
             "unknown Unicode property `" + name +
                 "`; the general categories are supported (L Lu Ll Lt Lm Lo, M Mn Mc Me, N Nd Nl No, "
                 "P Pc Pd Ps Pe Pi Pf Po, S Sm Sc Sk So, Z Zs Zl Zp, C Cc Cf Co, Any), not scripts");
        return std::nullopt;
      }
      RegexNode node;
      node.kind = RegexNode::Kind::Set;
      node.set = group(std::move(*category), negate, flags.caseInsensitive);
      return node;
    }
    uint32_t cp = 0;
    ++pos;
    switch (c) {
    case 'n':
      cp = '\n';
      break;
    case 't':
      cp = '\t';
      break;
    case 'r':
      cp = '\r';
      break;
    case 'f':
      cp = '\f';
      break;
    case 'v':
      cp = '\v';
      break;
    case 'a':
      cp = 7;
      break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      // Octal, as RE2 reads it: `\0` and up to two more digits; `\1`-`\7`
      // with one or two more (alone they would be backreferences).
      if (c != '0' && !isOctal(pos)) {
        fail(at, 2, "backreferences are not supported: they cannot be matched by an automaton "
                    "in linear time");
        return std::nullopt;
      }
      cp = uint32_t(c - '0');
      for (int digits = 0; digits < 2 && isOctal(pos); ++digits)
        cp = cp * 8 + uint32_t(text[pos++] - '0');
      break;
    }
    case 'x': {
      size_t begin = pos;
      unsigned long long v = 0;
      if (peek() == '{') {
        size_t close = text.find('}', pos);
        if (close == llvm::StringRef::npos ||
            text.slice(pos + 1, close).getAsInteger(16, v) || v > CodePointSet::MaxCodePoint) {
          fail(at, (close == llvm::StringRef::npos ? pos : close + 1) - at,
               "invalid `\\x{...}` escape");
          return std::nullopt;
        }
        pos = close + 1;
      } else {
        if (pos + 2 > text.size() || text.substr(pos, 2).getAsInteger(16, v)) {
          fail(at, 2, "`\\x` needs two hexadecimal digits");
          return std::nullopt;
        }
        pos += 2;
      }
      (void)begin;
      cp = uint32_t(v);
      break;
    }
    default:
      if (llvm::isAlnum(c)) {
        fail(at, 2, std::string("unknown escape `\\") + c + "`");
        return std::nullopt;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        // RE2 escapes only ASCII punctuation; `\é` is an error there too.
        size_t end = pos;
        readCodePoint();
        size_t length = pos - at;
        pos = end;
        fail(at, length, "only ASCII punctuation can be escaped; write the character itself");
        return std::nullopt;
      }
      --pos;
      cp = readCodePoint(); // `\.`, `\*`, `\/`, ... stand for themselves
      break;
    }
    CodePointSet literal;
    literal.add(cp, cp);
    return inClass ? RegexNode{RegexNode::Kind::Set, literal, {}, 0, -1, {}} : setNode(literal);
  }

  std::optional<RegexNode> charClass() {
    size_t open = pos;
    ++pos; // [
    bool negated = false;
    if (peek() == '^') {
      negated = true;
      ++pos;
    }
    CodePointSet set;
    bool first = true;
    while (!failed) {
      if (atEnd()) {
        fail(open, pos - open, "missing `]` for this class");
        return std::nullopt;
      }
      if (peek() == ']' && !first)
        break;
      first = false;
      // [:alpha:] and friends.
      if (text.substr(pos).starts_with("[:")) {
        size_t close = text.find(":]", pos + 2);
        if (close != llvm::StringRef::npos) {
          llvm::StringRef name = text.slice(pos + 2, close);
          bool negateNamed = name.consume_front("^");
          CodePointSet named;
          if (!posixClass(name, named)) {
            fail(pos, close + 2 - pos,
                 "unknown class `[:" + text.slice(pos + 2, close).str() +
                     ":]`; the POSIX classes are alnum alpha ascii blank cntrl digit graph lower "
                     "print punct space upper word xdigit, and `[:^name:]` for their complements");
            return std::nullopt;
          }
          set.add(group(std::move(named), negateNamed, flags.caseInsensitive));
          pos = close + 2;
          continue;
        }
      }
      uint32_t lo;
      if (peek() == '\\') {
        size_t escapeAt = pos;
        std::optional<RegexNode> e = escape(/*inClass=*/true);
        if (!e)
          return std::nullopt;
        const auto &r = e->set.getRanges();
        if (r.size() != 1 || r[0].first != r[0].second) {
          set.add(e->set); // \d, \w, \s inside a class
          if (peek() == '-' && pos + 1 < text.size() && text[pos + 1] != ']') {
            fail(escapeAt, pos - escapeAt + 1, "a class range cannot start with a class");
            return std::nullopt;
          }
          continue;
        }
        lo = r[0].first;
      } else {
        lo = readCodePoint();
      }
      uint32_t hi = lo;
      if (peek() == '-' && pos + 1 < text.size() && text[pos + 1] != ']') {
        size_t dashAt = pos;
        ++pos;
        if (peek() == '\\') {
          std::optional<RegexNode> e = escape(/*inClass=*/true);
          if (!e)
            return std::nullopt;
          const auto &r = e->set.getRanges();
          if (r.size() != 1 || r[0].first != r[0].second) {
            fail(dashAt, pos - dashAt, "a class range cannot end with a class");
            return std::nullopt;
          }
          hi = r[0].first;
        } else {
          hi = readCodePoint();
        }
        if (hi < lo) {
          fail(dashAt - 1, pos - dashAt + 1, "the class range is out of order");
          return std::nullopt;
        }
      }
      set.add(lo, hi);
    }
    ++pos; // ]
    if (flags.caseInsensitive)
      set.addCaseVariants();
    if (negated)
      set = set.complement();
    RegexNode node;
    node.kind = RegexNode::Kind::Set;
    node.set = std::move(set);
    return node;
  }

  static bool posixClass(llvm::StringRef name, CodePointSet &set) {
    if (name == "alpha") {
      set.add('A', 'Z');
      set.add('a', 'z');
    } else if (name == "digit") {
      set.add('0', '9');
    } else if (name == "alnum") {
      set.add('0', '9');
      set.add('A', 'Z');
      set.add('a', 'z');
    } else if (name == "upper") {
      set.add('A', 'Z');
    } else if (name == "lower") {
      set.add('a', 'z');
    } else if (name == "space") {
      set.add('\t', '\r');
      set.add(' ', ' ');
    } else if (name == "punct") {
      set.add('!', '/');
      set.add(':', '@');
      set.add('[', '`');
      set.add('{', '~');
    } else if (name == "xdigit") {
      set.add('0', '9');
      set.add('A', 'F');
      set.add('a', 'f');
    } else if (name == "word") {
      set.add('0', '9');
      set.add('A', 'Z');
      set.add('a', 'z');
      set.add('_', '_');
    } else if (name == "ascii") {
      set.add(0, 0x7F);
    } else if (name == "blank") {
      set.add('\t', '\t');
      set.add(' ', ' ');
    } else if (name == "cntrl") {
      set.add(0, 0x1F);
      set.add(0x7F, 0x7F);
    } else if (name == "graph") {
      set.add('!', '~');
    } else if (name == "print") {
      set.add(' ', '~');
    } else {
      return false;
    }
    return true;
  }

  llvm::StringRef text;
  RegexFlags flags;
  RegexError &error;
  int maxRepeat;
  size_t pos = 0;
  bool failed = false;
  /// Groups open around the current position, and whether the last atom was
  /// a group that only sets flags, `(?i)`.
  int depth = 0;
  bool lastGroupSetFlags = false;
  static constexpr int kMaxNesting = 1000;
  static constexpr size_t kMaxPatternBytes = 64 * 1024;
};

} // namespace

std::optional<RegexNode> risk::parseRegex(llvm::StringRef pattern, RegexFlags flags,
                                          RegexError &error, int maxRepeat) {
  return Parser(pattern, flags, error, maxRepeat).parse();
}
