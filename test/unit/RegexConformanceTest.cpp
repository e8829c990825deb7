//===- RegexConformanceTest.cpp - The pattern dialect, case by case --------===//
//
// Reads the regex conformance corpus, test/unit/data/regex-conformance.txt
// (its header describes the format), and checks every case four ways: the
// parser accepts exactly the patterns not marked `refused` (and the automaton
// limits of compilePattern refuse the rest); the DFA engine
// (findLeftmostLongest) and the reference engine (referenceFind) both find the
// expected leftmost-longest span; and RE2, in leftmost-longest mode, agrees
// too unless the case is marked `re2-differs` (a documented dialect
// difference). Every failure names the corpus line, the pattern and the text.
//
//===----------------------------------------------------------------------===//
#include "risk/Automata/Automaton.h"
#include "risk/Automata/Reference.h"
#include "risk/Automata/Regex.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#ifndef RISK_CONFORMANCE_CORPUS
#error "RISK_CONFORMANCE_CORPUS must name test/unit/data/regex-conformance.txt"
#endif

using namespace risk;

namespace {

/// The number of cases the corpus had when this count was last raised: a
/// corpus that reads as fewer (empty, truncated, misparsed) fails. Raise it
/// when adding cases.
constexpr size_t kCasesWritten = 1018;

using Span = std::optional<std::pair<size_t, size_t>>;

struct Case {
  int line = 0;
  std::string group;
  std::string pattern, flags; ///< the body and the flags of `/body/flags`
  std::string text;           ///< unescaped
  std::string quotedText;     ///< as written, for messages
  bool refused = false;
  std::string message;        ///< refused "M": a substring of the error
  Span span;                  ///< expected, when not refused
  bool re2Differs = false;
  std::string reason;
};

struct Corpus {
  std::vector<Case> cases;
  std::vector<std::string> errors; ///< format errors, with line numbers
  std::vector<std::pair<std::string, size_t>> groups; ///< in order, with case counts
  bool opened = false;
};

bool hexDigit(char c, unsigned &v) {
  if (c >= '0' && c <= '9')
    v = unsigned(c - '0');
  else if (c >= 'a' && c <= 'f')
    v = unsigned(c - 'a' + 10);
  else if (c >= 'A' && c <= 'F')
    v = unsigned(c - 'A' + 10);
  else
    return false;
  return true;
}

void appendUtf8(uint32_t c, std::string &out) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

/// The TEXT field: `"..."` with \n \t \r \f \v \0 \\ \" \x{H...} \xHH.
bool unquote(const std::string &field, std::string &out, std::string &error) {
  if (field.size() < 2 || field.front() != '"' || field.back() != '"') {
    error = "the text must be in double quotes";
    return false;
  }
  size_t end = field.size() - 1; // the closing quote
  for (size_t i = 1; i < end; ++i) {
    char c = field[i];
    if (c == '"') {
      error = "a `\"` inside the text must be escaped";
      return false;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= end) {
      error = "the text ends with a lone `\\`";
      return false;
    }
    switch (char e = field[i]) {
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case 'r': out += '\r'; break;
    case 'f': out += '\f'; break;
    case 'v': out += '\v'; break;
    case '0': out += '\0'; break;
    case '\\': out += '\\'; break;
    case '"': out += '"'; break;
    case 'x': {
      unsigned hi, lo;
      if (i + 1 < end && field[i + 1] == '{') {
        size_t close = field.find('}', i + 2);
        if (close == std::string::npos || close >= end || close == i + 2 || close - (i + 2) > 6) {
          error = "bad `\\x{...}` in the text";
          return false;
        }
        uint32_t cp = 0;
        for (size_t j = i + 2; j < close; ++j) {
          if (!hexDigit(field[j], lo)) {
            error = "bad `\\x{...}` in the text";
            return false;
          }
          cp = cp * 16 + lo;
        }
        if (cp > 0x10FFFF) {
          error = "`\\x{...}` in the text is above U+10FFFF";
          return false;
        }
        appendUtf8(cp, out);
        i = close;
      } else {
        if (i + 2 >= end || !hexDigit(field[i + 1], hi) || !hexDigit(field[i + 2], lo)) {
          error = "`\\x` in the text needs two hexadecimal digits";
          return false;
        }
        out += char(hi * 16 + lo);
        i += 2;
      }
      break;
    }
    default:
      error = std::string("unknown escape `\\") + e + "` in the text";
      return false;
    }
  }
  return true;
}

/// Splits at runs of TABs.
std::vector<std::string> fields(const std::string &line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    size_t tab = line.find('\t', i);
    if (tab == std::string::npos)
      tab = line.size();
    if (tab > i)
      out.push_back(line.substr(i, tab - i));
    i = tab + 1;
  }
  return out;
}

bool parseCase(const std::string &line, Case &c, std::string &error) {
  std::vector<std::string> f = fields(line);
  if (f.size() < 3 || f.size() > 4) {
    error = "expected 3 or 4 TAB-separated fields, found " + std::to_string(f.size());
    return false;
  }
  const std::string &literal = f[0];
  size_t slash = literal.rfind('/');
  if (literal.empty() || literal[0] != '/' || slash == 0) {
    error = "the pattern must be written /body/flags";
    return false;
  }
  c.pattern = literal.substr(1, slash - 1);
  c.flags = literal.substr(slash + 1);
  for (char flag : c.flags)
    if ((flag != 'i' && flag != 's' && flag != 'm') ||
        c.flags.find(flag) != c.flags.rfind(flag)) {
      error = "the flags are `i`, `s` and `m`, each at most once";
      return false;
    }
  c.quotedText = f[1];
  if (!unquote(f[1], c.text, error))
    return false;
  const std::string &expected = f[2];
  if (expected == "none") {
    c.span = std::nullopt;
  } else if (expected == "refused") {
    c.refused = true;
  } else if (expected.rfind("refused \"", 0) == 0 && expected.size() > 10 && expected.back() == '"') {
    c.refused = true;
    c.message = expected.substr(9, expected.size() - 10);
  } else {
    unsigned long start = 0, end = 0;
    char extra = 0;
    if (std::sscanf(expected.c_str(), "%lu %lu%c", &start, &end, &extra) != 2 || start > end ||
        end > c.text.size()) {
      error = "EXPECTED must be `START END` (within the text), `none`, `refused` or `refused \"M\"`";
      return false;
    }
    c.span = std::make_pair(size_t(start), size_t(end));
  }
  if (f.size() == 4) {
    const std::string tag = "re2-differs:";
    if (f[3].rfind(tag, 0) != 0 || f[3].find_first_not_of(' ', tag.size()) == std::string::npos) {
      error = "the fourth field must be `re2-differs: REASON`";
      return false;
    }
    c.re2Differs = true;
    c.reason = f[3].substr(f[3].find_first_not_of(' ', tag.size()));
  }
  return true;
}

const Corpus &corpus() {
  static const Corpus loaded = [] {
    Corpus out;
    std::ifstream in(RISK_CONFORMANCE_CORPUS, std::ios::binary);
    out.opened = bool(in);
    std::string line, group = "(no group)";
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      if (line.rfind("## ", 0) == 0) {
        group = line.substr(3);
        continue;
      }
      if (line.empty() || line[0] == '#')
        continue;
      Case c;
      c.line = number;
      c.group = group;
      std::string error;
      if (!parseCase(line, c, error)) {
        out.errors.push_back("line " + std::to_string(number) + ": " + error);
        continue;
      }
      if (out.groups.empty() || out.groups.back().first != group)
        out.groups.push_back({group, 0});
      ++out.groups.back().second;
      out.cases.push_back(std::move(c));
    }
    return out;
  }();
  return loaded;
}

std::string printable(const std::string &s) {
  std::string out;
  for (unsigned char ch : s) {
    if (ch == '\n')
      out += "\\n";
    else if (ch < 0x20 || ch == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", ch);
      out += buf;
    } else {
      out += char(ch);
    }
  }
  return out;
}

/// "line N: /pattern/flags on "text"" for failure messages.
std::string where(const Case &c) {
  std::string pattern = c.pattern.size() > 120 ? c.pattern.substr(0, 120) + "..." : c.pattern;
  return std::string(RISK_CONFORMANCE_CORPUS) + ":" + std::to_string(c.line) + ": /" +
         printable(pattern) + "/" + c.flags + " on " + c.quotedText;
}

std::string show(const Span &s) {
  return s ? std::to_string(s->first) + " " + std::to_string(s->second) : "none";
}

std::string expectedText(const Case &c) {
  if (c.refused)
    return c.message.empty() ? "refused" : "refused \"" + c.message + "\"";
  return show(c.span);
}

/// A pattern parsed and compiled once, for all the cases that share it.
struct Compiled {
  std::optional<RegexNode> node;
  std::string error; ///< the parser's or compilePattern's message
  bool ok = false;
  CompiledPattern automata;
};

const Compiled &compiled(const Case &c) {
  static std::map<std::string, std::unique_ptr<Compiled>> cache;
  std::unique_ptr<Compiled> &slot = cache[c.flags + "/" + c.pattern];
  if (!slot) {
    slot = std::make_unique<Compiled>();
    RegexError error;
    slot->node = parseRegex(c.pattern, parseRegexFlags(c.flags), error);
    if (!slot->node)
      slot->error = error.message;
    else
      slot->ok = compilePattern(*slot->node, {}, slot->automata, slot->error);
  }
  return *slot;
}

} // namespace

TEST(RegexConformance, CorpusReads) {
  const Corpus &c = corpus();
  ASSERT_TRUE(c.opened) << "cannot open " << RISK_CONFORMANCE_CORPUS;
  for (const std::string &e : c.errors)
    ADD_FAILURE() << RISK_CONFORMANCE_CORPUS << ": " << e;
  EXPECT_GE(c.cases.size(), kCasesWritten) << "the corpus reads as fewer cases than were written";
  size_t refused = 0, differs = 0;
  for (const Case &k : c.cases) {
    refused += k.refused;
    differs += k.re2Differs;
  }
  std::string summary = "regex conformance corpus: " + std::to_string(c.cases.size()) + " cases (" +
                        std::to_string(refused) + " refused, " + std::to_string(differs) +
                        " re2-differs) in " + std::to_string(c.groups.size()) + " groups:";
  for (const auto &[group, count] : c.groups)
    summary += " " + group + " " + std::to_string(count) + ";";
  summary.pop_back();
  std::printf("%s\n", summary.c_str());
}

// The parser and compilePattern refuse exactly the `refused` cases (with the
// expected message), and both engines find the expected span in the others.
TEST(RegexConformance, EnginesMatchCorpus) {
  const Corpus &c = corpus();
  ASSERT_TRUE(c.opened) << "cannot open " << RISK_CONFORMANCE_CORPUS;
  size_t checked = 0;
  for (const Case &k : c.cases) {
    const Compiled &p = compiled(k);
    if (k.refused) {
      if (p.ok)
        ADD_FAILURE() << where(k) << ": expected " << expectedText(k) << ", but the pattern is accepted";
      else if (p.error.find(k.message) == std::string::npos)
        ADD_FAILURE() << where(k) << ": expected an error containing \"" << k.message << "\", got \""
                      << p.error << "\"";
      ++checked;
      continue;
    }
    if (!p.ok) {
      ADD_FAILURE() << where(k) << ": expected " << expectedText(k) << ", but the pattern is refused: "
                    << p.error;
      continue;
    }
    Span dfa = findLeftmostLongest(p.automata, k.text);
    Span reference = referenceFind(*p.node, k.text);
    if (dfa != k.span || reference != k.span)
      ADD_FAILURE() << where(k) << ": expected " << expectedText(k) << "; the DFA engine finds "
                    << show(dfa) << ", the reference engine " << show(reference)
                    << (dfa != reference ? " (the engines disagree)" : "");
    ++checked;
  }
  EXPECT_EQ(checked, c.cases.size());
}

// RE2 (leftmost-longest; `i` as case_sensitive = false, `s` as dot_nl, `m` as
// a leading `(?m)`) gives the expected answer, except where the corpus says
// it differs. A case marked re2-differs on which RE2 now agrees is reported,
// not failed (a newer RE2 may close a difference).
TEST(RegexConformance, RE2MatchesCorpus) {
  const Corpus &c = corpus();
  ASSERT_TRUE(c.opened) << "cannot open " << RISK_CONFORMANCE_CORPUS;
  size_t compared = 0, stale = 0;
  for (const Case &k : c.cases) {
    RE2::Options options;
    options.set_longest_match(true);
    options.set_log_errors(false);
    options.set_case_sensitive(k.flags.find('i') == std::string::npos);
    options.set_dot_nl(k.flags.find('s') != std::string::npos);
    std::string pattern = (k.flags.find('m') != std::string::npos ? "(?m)" : "") + k.pattern;
    RE2 oracle(pattern, options);
    bool agrees;
    std::string answer;
    if (!oracle.ok()) {
      agrees = k.refused;
      answer = "refused (" + oracle.error() + ")";
    } else {
      re2::StringPiece match;
      Span found;
      if (oracle.Match(k.text, 0, k.text.size(), RE2::UNANCHORED, &match, 1)) {
        size_t start = size_t(match.data() - k.text.data());
        found = std::make_pair(start, start + match.size());
      }
      agrees = !k.refused && found == k.span;
      answer = show(found);
    }
    if (k.re2Differs) {
      if (agrees) {
        ++stale;
        std::printf("note: %s: marked re2-differs, but RE2 now agrees (%s)\n", where(k).c_str(),
                    answer.c_str());
      }
      continue;
    }
    ++compared;
    if (!agrees)
      ADD_FAILURE() << where(k) << ": expected " << expectedText(k) << ", RE2 gives " << answer;
  }
  std::printf("%zu cases compared with RE2; %zu marked re2-differs%s\n", compared,
              c.cases.size() - compared,
              stale ? (", " + std::to_string(stale) + " of which RE2 now agrees with").c_str() : "");
}
