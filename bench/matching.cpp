//===- matching.cpp - Compiled matching against Hyperscan, RE2::Set and AC --===//
//
// A deterministic workload — ~64 MB of English-like prompts (50 to 2,000
// bytes), a 5,000-term lexicon (words and 2-3 word phrases, case-insensitive,
// whole words) and 50 guard-style patterns — scanned in one run by:
//
//   compiled     a Riskcard policy with the lexicon and the patterns (one
//                rule per matcher), JIT-compiled; the generated `risk_eval`
//                on prepared inputs
//   hyperscan    one database of the 5,050 expressions (HS_FLAG_SINGLEMATCH)
//   re2-set      RE2::Set of the same 5,050 expressions
//   aho-corasick a plain Aho-Corasick automaton of the lexicon (lexicon only)
//
// The hit set of a prompt is the set of matchers (the lexicon, or pattern k)
// that occur in it. Every engine's hit sets are compared with each other on
// the whole corpus and with a slow, obviously correct reference on the first
// prompts. Reported: MB/s on one core (first pass and warm), compile time,
// size, equality.
//
//   risk-bench-matching [--mb N] [--reference-prompts N]
//
//===----------------------------------------------------------------------===//
#include "Rng.h"
#include "risk/Automata/Reference.h"
#include "risk/Automata/Regex.h"
#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"
#include "risk/Pipelines/Compile.h"
#include "riskcard/runtime.hpp"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace risk;
using Clock = std::chrono::steady_clock;

namespace {

using risk::bench::Rng;

// Vocabulary written for this benchmark.
const char *const kNouns[] = {
    "river", "mountain", "city", "garden", "window", "kitchen", "forest", "harbor", "bridge", "market",
    "library", "castle", "desert", "island", "meadow", "village", "station", "tower", "valley", "lake",
    "studio", "museum", "street", "bakery", "lantern", "teapot", "bicycle", "violin", "camera", "notebook",
    "umbrella", "blanket", "mirror", "candle", "painting", "sculpture", "fountain", "balcony", "staircase",
    "orchard", "vineyard", "lighthouse", "cathedral", "workshop", "greenhouse", "carousel", "observatory",
    "dog", "cat", "horse", "owl", "fox", "whale", "heron", "rabbit", "turtle", "dragonfly", "sparrow",
    "child", "teacher", "farmer", "sailor", "painter", "baker", "gardener", "musician", "dancer",
    "astronaut", "knight", "wizard", "robot", "traveler", "fisherman", "grandmother", "student", "chef",
    "storm", "sunset", "sunrise", "rainbow", "snowfall", "fog", "breeze", "thunder", "moonlight", "shadow"};
const char *const kAdjectives[] = {
    "quiet", "golden", "misty", "ancient", "vivid", "gentle", "rusty", "shiny", "crowded", "empty",
    "colorful", "dark", "bright", "tiny", "giant", "cozy", "wild", "calm", "frozen", "sunny", "rainy",
    "wooden", "glass", "marble", "velvet", "paper", "silver", "copper", "emerald", "crimson", "pale",
    "dreamy", "moody", "playful", "serene", "stormy", "hidden", "floating", "broken", "glowing",
    "old", "modern", "rustic", "elegant", "simple", "detailed", "surreal", "minimal", "vintage", "futuristic"};
const char *const kFillers[] = {"a", "the", "with", "in", "on", "near", "under", "over", "and", "of",
                                "at", "beside", "behind", "during", "photo", "painting", "style",
                                "lighting", "view", "scene", "shot", "render", "sketch", "portrait",
                                "close-up", "wide", "angle", "soft", "light", "color", "palette"};

std::vector<std::string> makeLexicon() {
  std::set<std::string> terms;
  std::vector<std::string> out;
  auto add = [&](std::string t) {
    if (terms.insert(t).second)
      out.push_back(std::move(t));
  };
  Rng r;
  // Single words: the vocabulary and made-up compounds.
  for (const char *n : kNouns)
    add(n);
  while (out.size() < 1200) {
    std::string w = std::string(kAdjectives[r.below(std::size(kAdjectives))]) +
                    kNouns[r.below(std::size(kNouns))];
    add(w);
  }
  // Two- and three-word phrases.
  while (out.size() < 3500)
    add(std::string(kAdjectives[r.below(std::size(kAdjectives))]) + " " +
        kNouns[r.below(std::size(kNouns))]);
  while (out.size() < 5000)
    add(std::string(kAdjectives[r.below(std::size(kAdjectives))]) + " " +
        kAdjectives[r.below(std::size(kAdjectives))] + " " + kNouns[r.below(std::size(kNouns))]);
  return out;
}

/// Guard-style patterns in the syntax both Riskcard and the peers accept.
std::vector<std::string> makePatterns() {
  std::vector<std::string> p = {
      "\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b",
      "\\b\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{4}\\b",
      "\\bhttps?://[a-z0-9.-]+\\.[a-z]{2,}(/[a-z0-9._/-]*)?",
      "\\b\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b",
      "\\b\\d{3}-\\d{2}-\\d{4}\\b",
      "\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b",
      "\\b\\d{4}-\\d{2}-\\d{2}\\b",
      "\\b0x[0-9a-f]{8,}\\b",
      "\\b[A-Z]{2}\\d{2}[A-Z0-9]{10,20}\\b",
      "\\b(password|passwd|secret)\\s*[:=]\\s*[^ ]+",
      "\\bb[^a-z0-9]*[l1][^a-z0-9]*[o0][^a-z0-9]*[o0][^a-z0-9]*d\\b",
      "\\bg[^a-z0-9]*[o0][^a-z0-9]*r[^a-z0-9]*[e3]\\b",
      "\\bk[^a-z0-9]*[i1][^a-z0-9]*[l1][^a-z0-9]*[l1]\\b",
      "\\bn[^a-z0-9]*[a4][^a-z0-9]*k[^a-z0-9]*[e3][^a-z0-9]*d\\b",
      "\\bb[^a-z0-9]*[o0][^a-z0-9]*m[^a-z0-9]*b\\b",
      "\\b(buy|sell) (cheap|fake) [a-z]+\\b",
      "\\bwire \\$?\\d+(,\\d{3})*\\b",
      "\\b(ignore|disregard) (all|previous) instructions\\b",
      "\\bssh-rsa [A-Za-z0-9+/]{20,}",
      "\\bAKIA[0-9A-Z]{16}\\b",
  };
  // Thirty more: a word followed within a few words by another.
  Rng r;
  r.s ^= 0x5555;
  while (p.size() < 50) {
    std::string a = kNouns[r.below(std::size(kNouns))], b = kAdjectives[r.below(std::size(kAdjectives))];
    p.push_back("\\b" + a + "( [a-z]+){0,3} " + b + "\\b");
  }
  return p;
}

std::vector<std::string> makeCorpus(size_t bytes, const std::vector<std::string> &lexicon) {
  Rng r;
  r.s ^= 0x1234567;
  static const char *extras[] = {"contact ana.lopez@example.org today", "card 4111 1111 1111 1111",
                                 "see https://example.com/menu/today", "call 555-123-4567",
                                 "id 078-05-1120", "b.l.o.o.d on the floor", "a g0re scene",
                                 "on 2026-11-28", "host 10.0.0.1", "password: hunter2"};
  std::vector<std::string> prompts;
  size_t total = 0;
  while (total < bytes) {
    size_t length = 50 + r.below(1951);
    std::string p;
    while (p.size() < length) {
      size_t kind = r.below(100);
      std::string word = kind < 3    ? lexicon[r.below(lexicon.size())]
                         : kind < 4  ? extras[r.below(std::size(extras))]
                         : kind < 40 ? kNouns[r.below(std::size(kNouns))]
                         : kind < 65 ? kAdjectives[r.below(std::size(kAdjectives))]
                                     : kFillers[r.below(std::size(kFillers))];
      if (r.below(20) == 0 && !word.empty())
        word[0] = char(std::toupper((unsigned char)word[0]));
      p += (p.empty() ? "" : r.below(12) == 0 ? ", " : " ") + word;
    }
    total += p.size();
    prompts.push_back(std::move(p));
  }
  return prompts;
}

/// Hit sets: for each prompt, the matchers found (0 the lexicon, 1 + k pattern k).
using HitSets = std::vector<std::vector<uint16_t>>;

size_t differences(const HitSets &a, const HitSets &b, size_t limit, bool lexiconOnly = false) {
  size_t diff = 0;
  for (size_t i = 0; i < limit && i < a.size() && i < b.size(); ++i) {
    std::vector<uint16_t> x = a[i], y = b[i];
    if (lexiconOnly) {
      x.erase(std::remove_if(x.begin(), x.end(), [](uint16_t m) { return m != 0; }), x.end());
      y.erase(std::remove_if(y.begin(), y.end(), [](uint16_t m) { return m != 0; }), y.end());
    }
    diff += x != y;
  }
  return diff;
}

/// A plain Aho-Corasick automaton over lower-cased bytes, with the lexicon's
/// whole-word rule and a space in a term matching one space.
class AhoCorasick {
public:
  explicit AhoCorasick(const std::vector<std::string> &terms) {
    nodes.emplace_back();
    for (size_t t = 0; t < terms.size(); ++t) {
      int s = 0;
      for (unsigned char c : terms[t]) {
        c = std::tolower(c);
        if (!nodes[s].next[c]) {
          nodes[s].next[c] = nodes.size();
          nodes.emplace_back();
        }
        s = nodes[s].next[c];
      }
      nodes[s].length = std::max<int>(nodes[s].length, terms[t].size());
      nodes[s].lengths.push_back(terms[t].size());
    }
    std::deque<int> queue;
    for (int c = 0; c < 256; ++c)
      if (int n = nodes[0].next[c]) {
        nodes[n].fail = 0;
        queue.push_back(n);
      }
    while (!queue.empty()) {
      int s = queue.front();
      queue.pop_front();
      for (int c = 0; c < 256; ++c) {
        int n = nodes[s].next[c];
        if (!n) {
          nodes[s].next[c] = nodes[nodes[s].fail].next[c];
          continue;
        }
        nodes[n].fail = nodes[nodes[s].fail].next[c];
        int f = nodes[n].fail;
        nodes[n].output = !nodes[f].lengths.empty() ? f : nodes[f].output;
        queue.push_back(n);
      }
    }
  }
  bool any(const std::string &text) const {
    int s = 0;
    auto word = [&](size_t i) { return risk::isLexiconWordByte((unsigned char)text[i]); };
    for (size_t i = 0; i < text.size(); ++i) {
      s = nodes[s].next[(unsigned char)std::tolower((unsigned char)text[i])];
      for (int o = !nodes[s].lengths.empty() ? s : nodes[s].output; o > 0; o = nodes[o].output)
        for (int len : nodes[o].lengths) {
          size_t start = i + 1 - len;
          if ((start == 0 || !word(start - 1)) && (i + 1 == text.size() || !word(i + 1)))
            return true;
        }
    }
    return false;
  }
  size_t bytes() const { return nodes.size() * sizeof(Node); }

private:
  struct Node {
    std::array<int, 256> next{};
    int fail = 0, output = 0, length = 0;
    std::vector<int> lengths;
  };
  std::vector<Node> nodes;
};

std::string escapeTerm(const std::string &t) {
  std::string out;
  for (char c : t) {
    if (c == ' ') {
      out += " ";
      continue;
    }
    if (!std::isalnum((unsigned char)c))
      out += '\\';
    out += c;
  }
  return out;
}

} // namespace

int main(int argc, char **argv) {
  driver::setProgramName("risk-bench-matching");
  std::vector<std::string> words(argv + 1, argv + argc);
  driver::Args args(words);
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << "usage: risk-bench-matching [--mb N] [--reference-prompts N] [--write-policy FILE] "
                    "[--write-inputs FILE]\n";
    return 0;
  }
  unsigned long long mb = 64, referencePrompts = 300;
  if (auto v = args.value("--mb"); v && (llvm::StringRef(*v).getAsInteger(10, mb) || !mb)) {
    llvm::errs() << "risk-bench-matching: --mb takes a positive number\n";
    return 2;
  }
  if (auto v = args.value("--reference-prompts"); v && llvm::StringRef(*v).getAsInteger(10, referencePrompts)) {
    llvm::errs() << "risk-bench-matching: --reference-prompts takes a number\n";
    return 2;
  }
  std::optional<std::string> writePolicy = args.value("--write-policy");
  std::optional<std::string> writeInputs = args.value("--write-inputs");
  driver::CommonOptions options;
  std::vector<std::string> rest;
  if (!driver::parseCommonOptions(args, argv[0], options) || !args.finish(rest, "risk-bench-matching"))
    return 2;

  auto seconds = [](Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); };
  std::vector<std::string> lexicon = makeLexicon();
  std::vector<std::string> patterns = makePatterns();
  std::vector<std::string> corpus = makeCorpus(mb << 20, lexicon);
  size_t totalBytes = 0;
  for (const std::string &p : corpus)
    totalBytes += p.size();
  const size_t N = corpus.size();
  llvm::outs() << "workload: " << N << " prompts, " << llvm::format("%.1f", totalBytes / 1048576.0)
               << " MiB; lexicon of " << lexicon.size() << " terms (words and phrases, case-insensitive, "
               << "whole words); " << patterns.size() << " patterns\n\n";

  if (writeInputs) {
    // The workload as JSON lines, for a built guard (bench/gpu/batch.c, perf).
    std::string lines;
    llvm::raw_string_ostream os(lines);
    for (const std::string &p : corpus)
      os << llvm::json::Object{{"text", p}} << "\n";
    if (!driver::writeTextFile(*writeInputs, lines))
      return 2;
  }

  // --- The compiled guard --------------------------------------------------
  std::string source = "lexicon terms {\n  fold case\n  words\n  phrases\n";
  for (const std::string &t : lexicon)
    source += "  \"" + t + "\"\n";
  source += "}\n";
  for (size_t k = 0; k < patterns.size(); ++k) {
    std::string escaped;
    for (char c : patterns[k])
      escaped += c == '/' ? std::string("\\/") : std::string(1, c);
    source += "pattern p" + std::to_string(k) + " = /" + escaped + "/\n";
  }
  source += "input Doc { text: string }\npolicy scan for Doc {\n  combine most_severe\n"
            "  rule in_lexicon when any(terms, text) => warn\n";
  for (size_t k = 0; k < patterns.size(); ++k)
    source += "  rule r" + std::to_string(k) + " when matches(p" + std::to_string(k) + ", text) => warn\n";
  source += "  default allow\n}\n";
  if (writePolicy && !driver::writeTextFile(*writePolicy, source))
    return 2;
  // The whole compile, source to native code; `wordTables` false merges the
  // lexicon into the automaton as well (the engine before word tables).
  riskrt::Manifest manifest;
  auto compileGuard = [&](bool wordTables, double &secondsTaken) -> std::unique_ptr<JitGuard> {
    auto compileStart = Clock::now();
    driver::Compilation c(options);
    uint32_t id = c.sources.addBuffer("workload.riskcard", source);
    c.loader.loadRootBuffer(id);
    c.loader.resolveImports();
    c.sema.run();
    c.policies = checkAllPolicies(c.sema, c.program, 400000);
    const CheckedPolicy *policy = c.policies.empty() ? nullptr : c.policies.begin()->second.get();
    mlir::MLIRContext context;
    PipelineOptions pipeline;
    pipeline.maxAutomatonStates = 400000; // the 5,000-term lexicon alone is ~36,000 states
    pipeline.wordTables = wordTables;
    auto module = policy ? compilePolicy(context, *policy, c.sources, c.diags, Stage::LLVMDialect, pipeline)
                         : mlir::OwningOpRef<mlir::ModuleOp>();
    auto jit = module ? JitGuard::create(*module)
                      : llvm::Expected<std::unique_ptr<JitGuard>>(llvm::createStringError("no module"));
    if (!policy || !module || !jit) {
      c.diags.emit(llvm::errs(), DiagnosticFormat::Text);
      if (!jit)
        llvm::errs() << llvm::toString(jit.takeError()) << "\n";
      return nullptr;
    }
    secondsTaken = seconds(compileStart);
    std::string error;
    riskrt::Manifest own;
    own.parse(policy->manifestJson(), error);
    manifest = std::move(own); // the same policy: the same manifest both times
    return std::move(*jit);
  };
  double compiledCompile = 0, automatonCompile = 0;
  std::unique_ptr<JitGuard> guard = compileGuard(true, compiledCompile);
  std::unique_ptr<JitGuard> automatonGuard = guard ? compileGuard(false, automatonCompile) : nullptr;
  if (!guard || !automatonGuard)
    return 1;
  std::string error;
  std::vector<riskrt::PreparedInput> prepared(N);
  for (size_t i = 0; i < N; ++i) {
    std::string json;
    llvm::raw_string_ostream os(json);
    os << llvm::json::Object{{"text", corpus[i]}};
    riskrt::Decision failure;
    if (!riskrt::prepareInput(manifest, json.data(), json.size(), prepared[i], failure)) {
      llvm::errs() << "prompt " << i << " rejected: " << failure.errorMessage << "\n";
      return 1;
    }
  }
  std::vector<int64_t> out(riskrt::outSize(manifest));
  HitSets compiled(N), automaton(N);
  auto runGuard = [&](riskrt::EvalFn fn, HitSets &hitSets, bool record) {
    for (size_t i = 0; i < N; ++i) {
      riskrt::invoke(fn, manifest, prepared[i], out);
      if (record)
        for (size_t r = 0; r < manifest.rules.size(); ++r)
          if (out[riskrt::OutLayout::Rules + r] & riskrt::RuleHeld)
            hitSets[i].push_back(uint16_t(r));
    }
  };
  auto runCompiled = [&](bool record) { runGuard(guard->function(), compiled, record); };
  auto runAutomaton = [&](bool record) { runGuard(automatonGuard->function(), automaton, record); };

  // --- Hyperscan -----------------------------------------------------------
  std::vector<std::string> expressions;
  std::vector<unsigned> ids, flags;
  for (const std::string &t : lexicon) {
    std::string e = "\\b" + escapeTerm(t) + "\\b";
    size_t pos;
    while ((pos = e.find(' ')) != std::string::npos)
      e.replace(pos, 1, "\\s+");
    expressions.push_back(e);
    ids.push_back(0);
    flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
  }
  for (size_t k = 0; k < patterns.size(); ++k) {
    expressions.push_back(patterns[k]);
    ids.push_back(1 + k);
    flags.push_back(HS_FLAG_SINGLEMATCH);
  }
  std::vector<const char *> cexpr;
  for (const std::string &e : expressions)
    cexpr.push_back(e.c_str());
  auto hsStart = Clock::now();
  hs_database_t *db = nullptr;
  hs_compile_error_t *compileError = nullptr;
  if (hs_compile_multi(cexpr.data(), flags.data(), ids.data(), cexpr.size(), HS_MODE_BLOCK, nullptr, &db,
                       &compileError) != HS_SUCCESS) {
    llvm::errs() << "hyperscan: " << compileError->message << " (expression " << compileError->expression
                 << ")\n";
    return 1;
  }
  double hsCompile = seconds(hsStart);
  hs_scratch_t *scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  size_t hsBytes = 0;
  hs_database_size(db, &hsBytes);
  HitSets hyperscan(N);
  auto runHyperscan = [&](bool record) {
    for (size_t i = 0; i < N; ++i) {
      std::vector<uint16_t> *hits = record ? &hyperscan[i] : nullptr;
      hs_scan(db, corpus[i].data(), corpus[i].size(), 0, scratch,
              [](unsigned id, unsigned long long, unsigned long long, unsigned, void *ctx) -> int {
                if (auto *h = static_cast<std::vector<uint16_t> *>(ctx))
                  h->push_back(uint16_t(id));
                return 0;
              },
              hits);
      if (record) {
        std::sort(hyperscan[i].begin(), hyperscan[i].end());
        hyperscan[i].erase(std::unique(hyperscan[i].begin(), hyperscan[i].end()), hyperscan[i].end());
      }
    }
  };

  // --- RE2::Set ------------------------------------------------------------
  RE2::Options re2Options;
  re2Options.set_log_errors(false);
  re2Options.set_max_mem(int64_t(1) << 31);
  auto re2Start = Clock::now();
  RE2::Set set(re2Options, RE2::UNANCHORED);
  std::vector<uint16_t> setMatcher;
  for (size_t e = 0; e < expressions.size(); ++e) {
    std::string expr = (e < lexicon.size() ? "(?i)" : "") + expressions[e];
    if (set.Add(expr, &error) < 0) {
      llvm::errs() << "re2: " << error << " in " << expr << "\n";
      return 1;
    }
    setMatcher.push_back(uint16_t(ids[e]));
  }
  bool re2Ok = set.Compile();
  double re2Compile = seconds(re2Start);
  HitSets re2(N);
  auto runRe2 = [&](bool record) {
    std::vector<int> matched;
    for (size_t i = 0; i < N; ++i) {
      matched.clear();
      set.Match(corpus[i], &matched);
      if (record) {
        for (int m : matched)
          re2[i].push_back(setMatcher[m]);
        std::sort(re2[i].begin(), re2[i].end());
        re2[i].erase(std::unique(re2[i].begin(), re2[i].end()), re2[i].end());
      }
    }
  };

  // --- Aho-Corasick (the lexicon only) -------------------------------------
  auto acStart = Clock::now();
  AhoCorasick ac(lexicon);
  double acCompile = seconds(acStart);
  HitSets aho(N);
  auto runAho = [&](bool record) {
    for (size_t i = 0; i < N; ++i)
      if (ac.any(corpus[i]) && record)
        aho[i].push_back(0);
  };

  // --- Runs: a first pass (recording hits), then a warm pass ------------------
  struct Row {
    const char *name;
    double compile, first, warm;
    std::string size;
    std::string scope;
  };
  std::vector<Row> rows;
  auto measure = [&](const char *name, double compile, const std::function<void(bool)> &run,
                     std::string size, std::string scope) {
    auto a = Clock::now();
    run(true);
    double first = seconds(a);
    a = Clock::now();
    run(false);
    double warm = seconds(a);
    rows.push_back({name, compile, totalBytes / 1048576.0 / first, totalBytes / 1048576.0 / warm, size, scope});
  };
  measure("compiled (Riskcard)", compiledCompile, runCompiled, "-", "lexicon + 50 patterns + 51 rules");
  measure("compiled, no word tables", automatonCompile, runAutomaton, "-", "lexicon + 50 patterns + 51 rules");
  measure("hyperscan", hsCompile, runHyperscan, std::to_string(hsBytes / 1024) + " KiB", "lexicon + 50 patterns");
  if (re2Ok)
    measure("re2-set", re2Compile, runRe2, "-", "lexicon + 50 patterns");
  measure("aho-corasick", acCompile, runAho, std::to_string(ac.bytes() / 1024) + " KiB", "lexicon only");

  // --- Equality ---------------------------------------------------------------
  // The compiled guard's rule index is the matcher index already (rule 0 is
  // the lexicon, rule 1 + k pattern k).
  size_t automatonDiff = differences(compiled, automaton, N);
  size_t hsDiff = differences(compiled, hyperscan, N);
  size_t re2Diff = re2Ok ? differences(compiled, re2, N) : N;
  size_t acDiff = differences(compiled, aho, N, /*lexiconOnly=*/true);
  // The reference on the first prompts.
  size_t refN = std::min<size_t>(referencePrompts, N), refDiff = 0;
  std::vector<std::optional<RegexNode>> nodes;
  for (const std::string &p : patterns) {
    RegexError e;
    nodes.push_back(parseRegex(p, {}, e));
  }
  for (size_t i = 0; i < refN; ++i) {
    std::vector<uint16_t> want;
    for (const std::string &t : lexicon)
      if (!referenceTermMatches(t, corpus[i], /*foldCase=*/true, /*words=*/true, /*phrases=*/true).empty()) {
        want.push_back(0);
        break;
      }
    for (size_t k = 0; k < nodes.size(); ++k)
      if (nodes[k] && referenceFind(*nodes[k], corpus[i]))
        want.push_back(1 + k);
    refDiff += want != compiled[i];
  }
  size_t promptsWithHits = 0, hits = 0;
  for (const auto &h : compiled) {
    promptsWithHits += !h.empty();
    hits += h.size();
  }

  llvm::outs() << "| engine | scope | compile s | first pass MB/s | warm MB/s | size |\n"
               << "|---|---|---:|---:|---:|---:|\n";
  for (const Row &r : rows)
    llvm::outs() << llvm::format("| %s | %s | %.2f | %.1f | %.1f | %s |\n", r.name, r.scope.c_str(), r.compile,
                                 r.first, r.warm, r.size.c_str());
  llvm::outs() << "\nhits: " << hits << " (prompt, matcher) pairs in " << promptsWithHits << " of " << N
               << " prompts\n"
               << "hit sets differing from the compiled guard's: without word tables " << automatonDiff
               << ", hyperscan " << hsDiff << ", re2-set "
               << (re2Ok ? std::to_string(re2Diff) : std::string("(did not compile)")) << ", aho-corasick (lexicon) "
               << acDiff << "; reference (first " << refN << " prompts) " << refDiff << "\n";
  hs_free_scratch(scratch);
  hs_free_database(db);
  return automatonDiff || hsDiff || (re2Ok && re2Diff) || acDiff || refDiff ? 1 : 0;
}
