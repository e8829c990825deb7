//===- Reference.cpp - Obviously correct, slow matching --------------------===//
//
// Positions are code point indices; invalid UTF-8 bytes decode to a value that
// no character set contains, as in the automata, which have no UTF-8 sequence
// for them.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Reference.h"
#include "risk/Automata/Skeleton.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/ConvertUTF.h"
#include <map>
#include <set>

using namespace risk;

namespace {

constexpr uint32_t Invalid = 0x110000;

struct Decoded {
  std::vector<uint32_t> cps;
  std::vector<size_t> offset; // byte offset of each code point, plus the end
};

Decoded decode(llvm::StringRef text) {
  Decoded d;
  size_t i = 0;
  while (i < text.size()) {
    d.offset.push_back(i);
    const auto *p = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
    const auto *end = reinterpret_cast<const llvm::UTF8 *>(text.data() + text.size());
    unsigned len = llvm::getNumBytesForUTF8(*p);
    llvm::UTF32 cp;
    const llvm::UTF8 *q = p;
    if (len >= 1 && i + len <= text.size() && llvm::isLegalUTF8Sequence(p, p + len) &&
        llvm::convertUTF8Sequence(&q, end, &cp, llvm::strictConversion) == llvm::conversionOK) {
      d.cps.push_back(cp);
      i += len;
    } else {
      d.cps.push_back(Invalid);
      i += 1;
    }
  }
  d.offset.push_back(text.size());
  return d;
}

class Matcher {
public:
  explicit Matcher(const Decoded &d) : d(d) {}

  const std::set<size_t> &ends(const RegexNode &node, size_t i) {
    auto key = std::make_pair(&node, i);
    auto it = memo.find(key);
    if (it != memo.end())
      return it->second;
    std::set<size_t> out = compute(node, i);
    return memo[key] = std::move(out);
  }

private:
  bool holds(RegexNode::Assertion a, size_t i) const {
    using A = RegexNode::Assertion;
    auto isWord = [](uint32_t c) { return c < 0x80 && isAsciiWordByte(c); };
    bool hasPrev = i > 0, hasNext = i < d.cps.size();
    uint32_t prev = hasPrev ? d.cps[i - 1] : 0, next = hasNext ? d.cps[i] : 0;
    switch (a) {
    case A::TextStart:
      return !hasPrev;
    case A::TextEnd:
      return !hasNext;
    case A::LineStart:
      return !hasPrev || prev == '\n';
    case A::LineEnd:
      return !hasNext || next == '\n';
    case A::WordBoundary:
      return (hasPrev && isWord(prev)) != (hasNext && isWord(next));
    case A::NotWordBoundary:
      return (hasPrev && isWord(prev)) == (hasNext && isWord(next));
    }
    return false;
  }

  std::set<size_t> compute(const RegexNode &node, size_t i) {
    switch (node.kind) {
    case RegexNode::Kind::Empty:
      return {i};
    case RegexNode::Kind::Set:
      if (i < d.cps.size() && d.cps[i] != Invalid && node.set.contains(d.cps[i]))
        return {i + 1};
      return {};
    case RegexNode::Kind::Assert:
      if (holds(node.assertion, i))
        return {i};
      return {};
    case RegexNode::Kind::Concat: {
      std::set<size_t> current{i};
      for (const RegexNode &child : node.children) {
        if (current.empty())
          break;
        std::set<size_t> next;
        for (size_t s : current) {
          const std::set<size_t> &e = ends(child, s);
          next.insert(e.begin(), e.end());
        }
        current = std::move(next);
      }
      return current;
    }
    case RegexNode::Kind::Alternate: {
      std::set<size_t> out;
      for (const RegexNode &child : node.children) {
        const std::set<size_t> &e = ends(child, i);
        out.insert(e.begin(), e.end());
      }
      return out;
    }
    case RegexNode::Kind::Repeat: {
      const RegexNode &child = node.children[0];
      std::set<size_t> current{i}, result;
      for (int k = 0; k < node.min; ++k) {
        std::set<size_t> next;
        for (size_t s : current) {
          const std::set<size_t> &e = ends(child, s);
          next.insert(e.begin(), e.end());
        }
        current = std::move(next);
      }
      result = current;
      if (node.max < 0) {
        std::set<size_t> frontier = current;
        while (!frontier.empty()) {
          std::set<size_t> next;
          for (size_t s : frontier)
            for (size_t e : ends(child, s))
              if (result.insert(e).second)
                next.insert(e);
          frontier = std::move(next);
        }
      } else {
        for (int k = node.min; k < node.max; ++k) {
          std::set<size_t> next;
          for (size_t s : current) {
            const std::set<size_t> &e = ends(child, s);
            next.insert(e.begin(), e.end());
          }
          result.insert(next.begin(), next.end());
          current = std::move(next);
        }
      }
      return result;
    }
    }
    return {};
  }

  const Decoded &d;
  std::map<std::pair<const RegexNode *, size_t>, std::set<size_t>> memo;
};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Whether `term` matches `text` at `start`; sets `end`.
bool termAt(llvm::StringRef term, llvm::StringRef text, size_t start, bool foldCase,
            bool flexibleSpaces, size_t &end) {
  size_t i = start, j = 0;
  while (j < term.size()) {
    if (flexibleSpaces && isSpace(term[j])) {
      while (j < term.size() && isSpace(term[j]))
        ++j;
      if (i >= text.size() || !isSpace(text[i]))
        return false;
      while (i < text.size() && isSpace(text[i]))
        ++i;
      continue;
    }
    if (i >= text.size())
      return false;
    char a = text[i], b = term[j];
    if (foldCase && (unsigned char)a < 0x80 && (unsigned char)b < 0x80) {
      a = std::tolower((unsigned char)a);
      b = std::tolower((unsigned char)b);
    }
    if (a != b)
      return false;
    ++i;
    ++j;
  }
  end = i;
  return true;
}

} // namespace

std::optional<std::pair<size_t, size_t>> risk::referenceFind(const RegexNode &pattern,
                                                             llvm::StringRef text) {
  Decoded d = decode(text);
  Matcher m(d);
  for (size_t start = 0; start <= d.cps.size(); ++start) {
    const std::set<size_t> &e = m.ends(pattern, start);
    if (!e.empty())
      return std::make_pair(d.offset[start], d.offset[*e.rbegin()]);
  }
  return std::nullopt;
}

std::vector<std::pair<size_t, size_t>> risk::referenceFindAll(const RegexNode &pattern,
                                                              llvm::StringRef text) {
  Decoded d = decode(text);
  Matcher m(d);
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t start = 0; start <= d.cps.size();) {
    const std::set<size_t> &e = m.ends(pattern, start);
    if (e.empty()) {
      ++start;
      continue;
    }
    size_t end = *e.rbegin();
    out.push_back({d.offset[start], d.offset[end]});
    start = end > start ? end : start + 1;
  }
  return out;
}

/// The characters a match of `node` must start with, where that is one set
/// (a concatenation led by a set or by a repetition of one); null otherwise.
/// Only a shortcut: a start outside it cannot match.
static const CodePointSet *firstSet(const RegexNode &node) {
  switch (node.kind) {
  case RegexNode::Kind::Set:
    return &node.set;
  case RegexNode::Kind::Concat:
    return node.children.empty() ? nullptr : firstSet(node.children[0]);
  case RegexNode::Kind::Repeat:
    return node.min >= 1 ? firstSet(node.children[0]) : nullptr;
  default:
    return nullptr;
  }
}

namespace {
/// The skeleton of one text, computed once for all the terms of a lexicon.
struct SkeletonText {
  std::string skeleton;
  std::vector<SkeletonOrigin> origins;
  Decoded decoded;
};
} // namespace

/// A normalised term in the skeleton of `text`: for each end, the earliest
/// start within kMaxSpellingBytes where (with `words`) a word starts; then
/// `words` on the end; positions mapped back to `text`.
static std::vector<std::pair<size_t, size_t>>
skeletonTermMatches(llvm::StringRef term, const SkeletonText &text, const SkeletonSpec &spec,
                    bool words) {
  std::optional<RegexNode> node = skeletonTermRegex(term, spec);
  if (!node)
    return {};
  const std::string &skeleton = text.skeleton;
  const std::vector<SkeletonOrigin> &origins = text.origins;
  const Decoded &d = text.decoded;
  const CodePointSet *first = firstSet(*node);
  Matcher m(d);
  auto boundary = [&](size_t at, size_t word) {
    return !isLexiconWordByte(skeleton[word]) || betweenJoinedLetters(origins[at - 1], origins[at]);
  };
  auto startsWord = [&](size_t at) { return at == 0 || boundary(at, at - 1); };
  auto endsWord = [&](size_t at) { return at == skeleton.size() || boundary(at, at); };
  std::map<size_t, size_t> earliest;
  for (size_t start = 0; start < d.cps.size(); ++start) {
    if (first && (d.cps[start] == Invalid || !first->contains(d.cps[start])))
      continue;
    if (words && !startsWord(d.offset[start]))
      continue;
    for (size_t end : m.ends(*node, start))
      if (end > start && d.offset[end] - d.offset[start] <= kMaxSpellingBytes)
        earliest.try_emplace(end, start);
  }
  std::vector<std::pair<size_t, size_t>> out;
  for (auto [e, s] : earliest) {
    size_t start = d.offset[s], end = d.offset[e];
    if (words && !endsWord(end))
      continue;
    out.push_back({originStart(origins[start]), originEnd(origins[end - 1])});
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> risk::referenceTermMatches(llvm::StringRef term,
                                                                  llvm::StringRef text,
                                                                  bool foldCase, bool words,
                                                                  bool flexibleSpaces) {
  std::vector<std::pair<size_t, size_t>> out;
  if (term.empty())
    return out;
  for (size_t start = 0; start < text.size(); ++start) {
    size_t end;
    if (!termAt(term, text, start, foldCase, flexibleSpaces, end))
      continue;
    if (words && ((start > 0 && isLexiconWordByte(text[start - 1])) ||
                  (end < text.size() && isLexiconWordByte(text[end]))))
      continue;
    out.push_back({start, end});
  }
  std::stable_sort(out.begin(), out.end(), [](auto a, auto b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  return out;
}

std::vector<std::pair<size_t, size_t>> risk::referenceTermMatches(llvm::StringRef term, llvm::StringRef text,
                                                                  const TermOptions &options, bool words) {
  if (!termNeedsRegex(term, options))
    return referenceTermMatches(term, text, options.foldCase, words, options.phrases);
  if (options.normalize)
    return referenceLexiconMatches({term.str()}, text, options, words)[0];
  RegexNode node = termRegex(term, options);
  Decoded d = decode(text);
  Matcher m(d);
  // For each end, the earliest start that reaches it (with `words`, where a
  // word starts).
  std::map<size_t, size_t> earliest;
  for (size_t start = 0; start < d.cps.size(); ++start)
    if (!words || start == 0 || !isLexiconWordByte(text[d.offset[start] - 1]))
      for (size_t end : m.ends(node, start))
        if (end > start && d.offset[end] - d.offset[start] <= kMaxSpellingBytes)
          earliest.try_emplace(end, start);
  std::vector<std::pair<size_t, size_t>> out;
  for (auto [e, s] : earliest) {
    size_t start = d.offset[s], end = d.offset[e];
    if (words && ((start > 0 && isLexiconWordByte(text[start - 1])) ||
                  (end < text.size() && isLexiconWordByte(text[end]))))
      continue;
    out.push_back({start, end});
  }
  return out;
}

std::vector<std::vector<std::pair<size_t, size_t>>>
risk::referenceLexiconMatches(llvm::ArrayRef<std::string> terms, llvm::StringRef text,
                              const TermOptions &options, bool words) {
  std::vector<std::vector<std::pair<size_t, size_t>>> out(terms.size());
  if (!options.normalize) {
    for (size_t t = 0; t < terms.size(); ++t)
      out[t] = referenceTermMatches(terms[t], text, options, words);
    return out;
  }
  SkeletonSpec spec = skeletonSpec(options);
  SkeletonText prepared;
  skeletonOf(text, spec, prepared.skeleton, prepared.origins);
  prepared.decoded = decode(prepared.skeleton);
  for (size_t t = 0; t < terms.size(); ++t)
    out[t] = termNeedsRegex(terms[t], options) ? skeletonTermMatches(terms[t], prepared, spec, words)
                                               : referenceTermMatches(terms[t], text, options, words);
  return out;
}
