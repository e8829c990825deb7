//===- Normalize.cpp - Lexicon terms that match disguised spellings -------===//

#include "risk/Automata/Normalize.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"

#include <cstdlib>
#include <mutex>
#include <utf8proc.h>

using namespace risk;

std::optional<unsigned> risk::normalizationNamed(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<unsigned>>(name)
      .Case("leetspeak", NormLeetspeak)
      .Case("repeats", NormRepeats)
      .Case("separators", NormSeparators)
      .Case("zero_width", NormZeroWidth)
      .Case("homoglyphs", NormHomoglyphs)
      .Case("nfkc", NormNfkc)
      .Case("obfuscation", NormObfuscation)
      .Default(std::nullopt);
}

unsigned risk::normalizationMask(llvm::ArrayRef<std::string> names) {
  unsigned mask = 0;
  for (const std::string &n : names)
    mask |= normalizationNamed(n).value_or(0);
  return mask;
}

namespace {

/// The code points of `text`, or nothing when it is not valid UTF-8.
std::optional<std::vector<uint32_t>> decodeUtf8(llvm::StringRef text) {
  std::vector<uint32_t> out;
  const auto *p = reinterpret_cast<const llvm::UTF8 *>(text.data());
  const auto *end = p + text.size();
  while (p < end) {
    llvm::UTF32 cp;
    if (llvm::convertUTF8Sequence(&p, end, &cp, llvm::strictConversion) != llvm::conversionOK)
      return std::nullopt;
    out.push_back(cp);
  }
  return out;
}

bool isTermSpace(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Digits and symbols written for letters.
llvm::StringRef leetFor(uint32_t lowerLetter) {
  switch (lowerLetter) {
  case 'a': return "4@";
  case 'b': return "8";
  case 'e': return "3";
  case 'g': return "96";
  case 'i': return "1!|";
  case 'l': return "1|";
  case 'o': return "0";
  case 's': return "5$";
  case 't': return "7+";
  case 'z': return "2";
  default: return "";
  }
}

/// Letters of other scripts that look like an ASCII letter (Cyrillic, Greek,
/// Latin extensions), by letter and case.
llvm::ArrayRef<uint32_t> homoglyphsFor(uint32_t c) {
  static const llvm::DenseMap<uint32_t, std::vector<uint32_t>> table = {
      {'a', {0x0430, 0x0251, 0x03B1}}, {'c', {0x0441, 0x03F2}},  {'d', {0x0501}},
      {'e', {0x0435}},                 {'g', {0x0261}},          {'h', {0x04BB}},
      {'i', {0x0456, 0x0131, 0x03B9}}, {'j', {0x0458}},          {'k', {0x03BA, 0x043A}},
      {'l', {0x04CF}},                 {'o', {0x043E, 0x03BF}},  {'p', {0x0440, 0x03C1}},
      {'q', {0x051B}},                 {'s', {0x0455}},          {'u', {0x03C5, 0x057D}},
      {'v', {0x03BD, 0x0475}},         {'w', {0x0461, 0x051D}},  {'x', {0x0445, 0x03C7}},
      {'y', {0x0443}},                 {'A', {0x0410, 0x0391}},  {'B', {0x0412, 0x0392}},
      {'C', {0x0421, 0x03F9}},         {'E', {0x0415, 0x0395}},  {'H', {0x041D, 0x0397}},
      {'I', {0x0406, 0x0399}},         {'J', {0x0408}},          {'K', {0x041A, 0x039A}},
      {'M', {0x041C, 0x039C}},         {'N', {0x039D}},          {'O', {0x041E, 0x039F}},
      {'P', {0x0420, 0x03A1}},         {'S', {0x0405}},          {'T', {0x0422, 0x03A4}},
      {'X', {0x0425, 0x03A7}},         {'Y', {0x04AE, 0x03A5}},  {'Z', {0x0396}},
  };
  auto it = table.find(c);
  return it == table.end() ? llvm::ArrayRef<uint32_t>() : llvm::ArrayRef<uint32_t>(it->second);
}

/// For each character, the characters whose NFKC form is exactly it
/// (fullwidth, mathematical, circled, superscript forms...). Built once, on
/// first use, from utf8proc's tables.
const llvm::DenseMap<uint32_t, std::vector<uint32_t>> &compatibilityForms() {
  static llvm::DenseMap<uint32_t, std::vector<uint32_t>> table;
  static std::once_flag once;
  std::call_once(once, [] {
    for (uint32_t x = 0xA0; x < 0x20000; ++x) {
      if (x >= 0xD800 && x < 0xE000)
        continue;
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t n = utf8proc_encode_char(x, buf);
      utf8proc_uint8_t *mapped = nullptr;
      utf8proc_ssize_t m = utf8proc_map(buf, n, &mapped,
                                        utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
      if (m > 0) {
        utf8proc_int32_t c;
        utf8proc_ssize_t used = utf8proc_iterate(mapped, m, &c);
        if (used == m && uint32_t(c) != x)
          table[c].push_back(x);
      }
      std::free(mapped);
    }
  });
  return table;
}

void addChar(CodePointSet &set, uint32_t c) { set.add(c, c); }

/// One character of the term: what may stand for it.
RegexNode charNode(uint32_t c, const TermOptions &o) {
  RegexNode set;
  set.kind = RegexNode::Kind::Set;
  std::vector<uint32_t> variants{c};
  if (o.foldCase) {
    // ASCII letters fold to ASCII only; others by the simple case mapping,
    // as the `i` flag of patterns.
    uint32_t lower = utf8proc_tolower(c), upper = utf8proc_toupper(c);
    bool ascii = c < 0x80;
    if (lower != c && (!ascii || lower < 0x80))
      variants.push_back(lower);
    if (upper != c && (!ascii || upper < 0x80))
      variants.push_back(upper);
  }
  for (uint32_t v : variants) {
    addChar(set.set, v);
    if (o.normalize & NormLeetspeak)
      if (v < 0x80)
        for (char s : leetFor(std::tolower(int(v))))
          addChar(set.set, (unsigned char)s);
    if (o.normalize & NormHomoglyphs)
      for (uint32_t h : homoglyphsFor(v))
        addChar(set.set, h);
    if (o.normalize & NormNfkc) {
      const auto &forms = compatibilityForms();
      auto it = forms.find(v);
      if (it != forms.end())
        for (uint32_t f : it->second)
          addChar(set.set, f);
    }
  }
  if (!(o.normalize & NormNfkc))
    return set;
  // A precomposed character may also come decomposed: é as e + U+0301.
  RegexNode alt;
  alt.kind = RegexNode::Kind::Alternate;
  alt.children.push_back(std::move(set));
  for (uint32_t v : variants) {
    utf8proc_int32_t buf[8];
    int options = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(v, buf, 8, utf8proc_option_t(UTF8PROC_DECOMPOSE), &options);
    if (n < 2 || n > 8)
      continue;
    RegexNode seq;
    seq.kind = RegexNode::Kind::Concat;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
      RegexNode one;
      one.kind = RegexNode::Kind::Set;
      addChar(one.set, buf[i]);
      seq.children.push_back(std::move(one));
    }
    alt.children.push_back(std::move(seq));
  }
  if (alt.children.size() == 1)
    return std::move(alt.children.front());
  return alt;
}

/// What may come between two characters of a word: separators and zero-width
/// characters, any number of them.
std::optional<RegexNode> fillerNode(const TermOptions &o) {
  if (!(o.normalize & (NormSeparators | NormZeroWidth)))
    return std::nullopt;
  RegexNode set;
  set.kind = RegexNode::Kind::Set;
  if (o.normalize & NormSeparators)
    for (uint32_t c : {uint32_t(' '), uint32_t('\t'), uint32_t('.'), uint32_t('-'), uint32_t('_'),
                       uint32_t('*'), uint32_t('~'), uint32_t('\''), uint32_t('"'), uint32_t('`'),
                       uint32_t(','), uint32_t(':'), uint32_t(';'), uint32_t('/'), uint32_t('\\'),
                       uint32_t(0x00B7), uint32_t(0x2022)})
      addChar(set.set, c);
  if (o.normalize & NormZeroWidth) {
    for (uint32_t c : {uint32_t(0x00AD), uint32_t(0x180E), uint32_t(0x200B), uint32_t(0x200C),
                       uint32_t(0x200D), uint32_t(0x2060), uint32_t(0xFEFF)})
      addChar(set.set, c);
    set.set.add(0x2061, 0x2064);
  }
  RegexNode star;
  star.kind = RegexNode::Kind::Repeat;
  star.min = 0;
  star.max = -1;
  star.children.push_back(std::move(set));
  return star;
}

/// Whether two term characters are the same letter for `repeats`.
bool sameLetter(uint32_t a, uint32_t b, const TermOptions &o) {
  if (a == b)
    return true;
  return o.foldCase && utf8proc_tolower(a) == utf8proc_tolower(b);
}

} // namespace

RegexNode risk::whitespaceRun() {
  RegexNode ws;
  ws.kind = RegexNode::Kind::Set;
  ws.set.add('\t', '\n');
  ws.set.add('\r', '\r');
  ws.set.add(' ', ' ');
  RegexNode plus;
  plus.kind = RegexNode::Kind::Repeat;
  plus.min = 1;
  plus.children.push_back(std::move(ws));
  return plus;
}

bool risk::termNeedsRegex(llvm::StringRef term, const TermOptions &options) {
  if (!decodeUtf8(term))
    return false;
  if (options.normalize)
    return true;
  return options.foldCase && llvm::any_of(term, [](char c) { return (unsigned char)c >= 0x80; });
}

RegexNode risk::termRegex(llvm::StringRef term, const TermOptions &o) {
  std::vector<uint32_t> cps = decodeUtf8(term).value_or(std::vector<uint32_t>());
  std::optional<RegexNode> filler = fillerNode(o);
  RegexNode out;
  out.kind = RegexNode::Kind::Concat;
  bool afterChar = false; // the previous unit was a character of a word
  for (size_t i = 0; i < cps.size();) {
    uint32_t c = cps[i];
    if (isTermSpace(c)) {
      afterChar = false;
      if (o.phrases) {
        while (i < cps.size() && isTermSpace(cps[i]))
          ++i;
        out.children.push_back(whitespaceRun());
      } else {
        RegexNode one;
        one.kind = RegexNode::Kind::Set;
        addChar(one.set, c);
        out.children.push_back(std::move(one));
        ++i;
      }
      continue;
    }
    // A run of one letter: with `repeats`, that many or more.
    size_t run = 1;
    if (o.normalize & NormRepeats)
      while (i + run < cps.size() && sameLetter(cps[i + run], c, o))
        ++run;
    RegexNode one = charNode(c, o);
    auto separated = [&] {
      if (afterChar && filler)
        out.children.push_back(*filler);
    };
    for (size_t k = 0; k < run; ++k) {
      separated();
      out.children.push_back(one);
      afterChar = true;
    }
    if (o.normalize & NormRepeats) {
      // More of the letter, written next to it: one*. (With separators in
      // between, "d, d" would be a spelling of "d" that reaches back into
      // the previous word.)
      RegexNode star;
      star.kind = RegexNode::Kind::Repeat;
      star.min = 0;
      star.max = -1;
      star.children.push_back(one);
      out.children.push_back(std::move(star));
    }
    i += run;
  }
  return out;
}
