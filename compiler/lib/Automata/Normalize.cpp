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
      .Case("masks", NormMasks)
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

void addChar(CodePointSet &set, uint32_t c) { set.add(c, c); }

/// One character of the term and, with case folding, its other cases (ASCII
/// letters fold to ASCII only; others by the simple case mapping, as the `i`
/// flag of patterns).
RegexNode charNode(uint32_t c, const TermOptions &o) {
  RegexNode set;
  set.kind = RegexNode::Kind::Set;
  addChar(set.set, c);
  if (o.foldCase) {
    uint32_t lower = utf8proc_tolower(c), upper = utf8proc_toupper(c);
    bool ascii = c < 0x80;
    if (lower != c && (!ascii || lower < 0x80))
      addChar(set.set, lower);
    if (upper != c && (!ascii || upper < 0x80))
      addChar(set.set, upper);
  }
  return set;
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

bool risk::isTermSpace(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool risk::termNeedsRegex(llvm::StringRef term, const TermOptions &options) {
  if (!decodeUtf8(term))
    return false;
  if (options.normalize)
    return true;
  return options.foldCase && llvm::any_of(term, [](char c) { return (unsigned char)c >= 0x80; });
}

RegexNode risk::termRegex(llvm::StringRef term, const TermOptions &o) {
  std::vector<uint32_t> cps = decodeUtf8(term).value_or(std::vector<uint32_t>());
  RegexNode out;
  out.kind = RegexNode::Kind::Concat;
  for (size_t i = 0; i < cps.size();) {
    uint32_t c = cps[i];
    if (isTermSpace(c) && o.phrases) {
      while (i < cps.size() && isTermSpace(cps[i]))
        ++i;
      out.children.push_back(whitespaceRun());
      continue;
    }
    out.children.push_back(charNode(c, o));
    ++i;
  }
  return out;
}
