//===- Bench.cpp - riskc bench t2i: detection quality of a guard -----------===//
//
// Runs a compiled policy over T2I-RiskyPrompt-style records and a benign set,
// split deterministically by a hash of the prompt, and reports per-category
// precision / recall / F1, detection and false-positive rates, a confusion
// view between primary categories, and latency. Design:
// docs/design/t2i-bench.md.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Driver/BenchPropensity.h"
#include "BenchScores.h"
#include "risk/Automata/Disguise.h"
#include "risk/Driver/Engine.h"
#include "risk/Model/Linear.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <unistd.h>

using namespace risk;
using namespace risk::driver;

namespace {

const char *const benchHelp = R"(usage: riskc bench t2i [options]
       riskc bench propensity --data DIR [--policy FILE] [options]
       riskc bench propensity --live --data DIR --base-url URL --model NAME [--policy FILE]

Measures how a guard detects and categorises risky text-to-image prompts
(T2I-RiskyPrompt layout) and how often it flags benign ones.
  --data FILE        labelled prompts (default: the shipped sample,
                     test/data/t2i/sample.json)
  --benign FILE      benign prompts, one per line (default:
                     bench/data/t2i/benign.txt)
  --policy FILE      the guard (default: the stdlib's stdlib/guard/t2i.riskcard)
  --policy-name NAME the policy in FILE, when it holds several
  --split test|dev|train|all
                     which part of the deterministic split to measure (default test)
  -o DIR             where the reports go (default build/bench-t2i)
  --train            also train a linear model on the train split (written to
                     DIR/model/t2i.rkm), and measure the guard that adds it
                     (--model-policy, default bench/t2i/guard-with-model.riskcard)
                     beside the lexicon-only guard: DIR/lexicon, DIR/model and
                     DIR/comparison.md
  --obfuscate        also measure disguised copies of the measured prompts,
                     one per disguise (fullwidth, mathematical bold, doubled
                     letters, Cyrillic look-alikes, zero-width spaces, no-break
                     spaces, soft hyphens, dots and spaces between letters,
                     leetspeak, accents, a mixture): detection and false
                     positives per disguise, and the points lost
  --device=cpu|gpu   where the measured prompts are decided (default cpu, one
                     at a time, with per-decision latency). gpu: the policy is
                     also compiled for CUDA and the prompts are decided in one
                     batch on GPU 0; the metrics are the same, and the
                     latency line gives the batch's time per prompt

riskc bench propensity replays PropensityBench scenarios (the benchmark's
files under DIR: scenarios_messages_single.json, or the split layout) through
a guard over tool calls (an input shaped like std.input.toolcall's ToolCall;
default: the stdlib's stdlib/guard/toolcall.riskcard): the misaligned tool
under both namings, the aligned tool and the getters, with no pressure and
after each pressure message. Reports misaligned calls stopped and
aligned/getter calls wrongly stopped, by tool definition, naming, domain,
pressure dimension, level and attack vector, and latency; writes
report.md, report.html and report.json (-o, default build/bench-propensity).

With --live it runs the benchmark's agent loop against an OpenAI-compatible
chat-completions endpoint instead, each run without and with the guard
(--no-guard: without only), and reports the propensity score both ways:
  --base-url URL     the endpoint's base (…/v1); default $OPENAI_BASE_URL
  --model NAME       default $OPENAI_MODEL
  --api-key KEY      default $OPENAI_API_KEY (sent as a bearer token)
  --max-steps N      tool calls per pressure level (default 10)
  --retries N        retries of a request on 429, 5xx, timeouts, malformed
                     answers (default 4; Retry-After is honoured)
  --timeout-ms N     per request (default 120000)
  --jobs N           runs in parallel (default 1)
  --scenarios N      the first N scenarios only
  --dimension D      only pressure dimension D (repeatable)
Writes live.md and live.json; exits 2 when runs failed at the endpoint
(they are reported as errors, never as safe runs).
)";

/// A prompt of the data set or of the benign set, with its split.
using Record = model::LabelledPrompt;

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r ? 2 * p * r / (p + r) : 0;
  }
};

class Progress {
public:
  Progress(size_t total, const char *what) : total(total), what(what), enabled(isatty(STDERR_FILENO)) {}
  void step() {
    ++done;
    if (!enabled || (done % 64 && done != total))
      return;
    unsigned width = 30, filled = total ? unsigned(width * done / total) : width;
    llvm::errs() << "\r" << what << " [" << std::string(filled, '#') << std::string(width - filled, ' ')
                 << "] " << done << "/" << total;
    if (done == total)
      llvm::errs() << "\n";
  }

private:
  size_t total, done = 0;
  const char *what;
  bool enabled;
};

/// The headline figures of one measured policy.
struct Summary {
  std::string policy;
  double subMacroF1 = 0, primaryMacroF1 = 0, detection = 0, fpr = 0, p50 = 0, p99 = 0;
};

} // namespace

int driver::runBench(const char *argv0, Args args) {
  std::vector<std::string> positional;
  bool help = args.flag("--help") || args.flag("-h");
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string dataPath = args.value("--data").value_or("");
  std::string benignPath = args.value("--benign").value_or("");
  std::string policyPath = args.value("--policy").value_or("");
  std::string policyName = args.value("--policy-name").value_or("");
  std::string which = args.value("--split").value_or("test");
  std::optional<std::string> outArg = args.value("-o");
  std::string outDir = outArg.value_or("build/bench-t2i");
  bool train = args.flag("--train");
  bool obfuscate = args.flag("--obfuscate");
  std::string device = args.value("--device").value_or("cpu");
  std::string variantPath = args.value("--model-policy").value_or("");
  PipelineOptions pipeline;
  ok &= parsePipelineOptions(args, pipeline);
  // bench propensity --live
  bool live = args.flag("--live"), noGuard = args.flag("--no-guard");
  auto fromEnv = [](const char *name) {
    const char *v = getenv(name);
    return std::string(v ? v : "");
  };
  std::string baseUrl = args.value("--base-url").value_or(fromEnv("OPENAI_BASE_URL"));
  std::string modelName = args.value("--model").value_or(fromEnv("OPENAI_MODEL"));
  std::string apiKey = args.value("--api-key").value_or(fromEnv("OPENAI_API_KEY"));
  unsigned maxSteps = 10, retries = 4, timeoutMs = 120000, jobs = 1;
  size_t maxScenarios = 0;
  ok &= args.positive("--max-steps", maxSteps) && args.positive("--timeout-ms", timeoutMs) &&
        args.positive("--jobs", jobs) && args.positive("--scenarios", maxScenarios);
  if (std::optional<std::string> r = args.value("--retries")) {
    if (!llvm::to_integer(*r, retries) || retries > 100) {
      errs() << "error: `--retries` takes a whole number from 0 to 100, not `" << *r << "`\n";
      ok = false;
    }
  }
  std::vector<std::string> dimensions = args.values("--dimension");
  ok &= args.finish(positional, "bench");
  if (help) {
    llvm::outs() << benchHelp;
    return 0;
  }
  if (!ok)
    return 1;
  // Defaults: the shipped sample and benign set, the stdlib guards; found
  // next to the stdlib (the source tree or the installation).
  std::string stdlib = options.frontend.stdlibDir.empty() ? getDefaultStdlibDir(argv0)
                                                          : options.frontend.stdlibDir;
  std::string root = llvm::sys::path::parent_path(stdlib).str();
  auto orDefault = [&](std::string &path, const char *relative) {
    if (path.empty()) {
      llvm::SmallString<256> p(root);
      llvm::sys::path::append(p, relative);
      path = std::string(p);
    }
  };
  if (positional.size() == 1 && positional[0] == "propensity") {
    if (policyPath.empty())
      policyPath = stdlib + "/guard/toolcall.riskcard";
    PropensityBenchOptions p;
    p.options = options;
    p.pipeline = pipeline;
    p.dataPath = dataPath;
    p.policyPath = policyPath;
    p.policyName = policyName;
    p.baseUrl = baseUrl;
    p.model = modelName;
    p.apiKey = apiKey;
    p.maxSteps = maxSteps;
    p.retries = retries;
    p.timeoutMs = timeoutMs;
    p.jobs = jobs;
    p.maxScenarios = maxScenarios;
    p.dimensions = dimensions;
    p.outDir = outArg ? *outArg : "build/bench-propensity";
    p.progress = isatty(2);
    if (live) {
      if (noGuard)
        p.policyPath.clear();
      return runBenchPropensityLive(p);
    }
    return runBenchPropensity(p);
  }
  if (positional.size() != 1 || positional[0] != "t2i") {
    errs() << "error: usage: riskc bench t2i|propensity [options] (the benchmarks are `t2i` and `propensity`)\n";
    return 1;
  }
  if (device != "cpu" && device != "gpu") {
    errs() << "error: `--device` is cpu or gpu, not `" << device << "`\n";
    return 1;
  }
  if (which != "test" && which != "dev" && which != "train" && which != "all") {
    errs() << "error: `--split` is test, dev, train or all, not `" << which << "`\n";
    return 1;
  }
  orDefault(dataPath, "test/data/t2i/sample.json");
  orDefault(benignPath, "bench/data/t2i/benign.txt");
  orDefault(policyPath, "stdlib/guard/t2i.riskcard");
  orDefault(variantPath, "bench/t2i/guard-with-model.riskcard");

  // --- Data ----------------------------------------------------------------
  std::vector<Record> risky, benign;
  size_t skipped = 0;
  std::string loadError;
  if (!model::loadLabelledPrompts(dataPath, risky, skipped, loadError) ||
      !model::loadBenignPrompts(benignPath, benign, loadError)) {
    errs() << "error: " << loadError << "\n";
    return 1;
  }

  // Measures one policy into `outDir`; false after reporting a problem.
  auto measure = [&](const std::string &policyPath, const std::string &outDir,
                     Summary &summary) -> bool {
    // --- The guard --------------------------------------------------------------
    Compilation c(options);
    c.maxAutomatonStates = pipeline.maxAutomatonStates;
    c.load({policyPath}, /*withStdlibMaps=*/true);
    emitDiagnostics(c.diags, options.format);
    if (c.diags.hasErrors())
      return false;
    const PolicyDecl *decl = nullptr;
    for (const Module *m : c.program.roots)
      for (const auto &d : m->decls)
        if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get()))
          if (policyName.empty() || p->name.name == policyName)
            decl = p;
    if (!decl) {
      errs() << "error: no policy" << (policyName.empty() ? "" : " `" + policyName + "`") << " in `"
             << policyPath << "`\n";
      return false;
    }
    const CheckedPolicy *policy = c.checked(*decl);
    if (policy && !textInput(*policy, "")) {
      errs() << "error: policy `" << decl->name.name << "` reads no string field to put a prompt in\n";
      return false;
    }
    std::unique_ptr<Engine> engine =
        policy && checkEvaluable(*policy, c.diags) ? createEngine("jit", *policy, c.diags, pipeline) : nullptr;
    if (!engine) {
      emitDiagnostics(c.diags, options.format);
      return false;
    }
    // Category path -> T2I code, from the stdlib taxonomy the program loaded.
    std::map<std::string, std::string> codeOf;
    std::vector<std::string> subLabels, primaryLabels;
    for (const TaxonomyDecl *t : c.sema.getTaxonomies())
      if (t->module && t->module->name == "std.taxonomy.t2i")
        t->walk([&](const CategoryDecl *cat) {
          if (!cat->code)
            return;
          codeOf[cat->qualifiedPath()] = cat->code->value;
          (cat->parent ? subLabels : primaryLabels).push_back(cat->code->value);
        });
    if (subLabels.empty()) {
      errs() << "error: the program has no T2I-RiskyPrompt taxonomy (std.taxonomy.t2i); the policy's "
                "categories cannot be compared with the labels\n";
      return false;
    }
    std::sort(subLabels.begin(), subLabels.end());
    std::sort(primaryLabels.begin(), primaryLabels.end());

    // --- Evaluation -------------------------------------------------------------
    auto selected = [&](const Record &r) { return which == "all" || r.split == which; };
    // On the GPU, every measured prompt is decided first, in one batch.
    std::map<std::string, riskrt::Decision> batched;
    double batchMicros = 0;
    if (device == "gpu") {
      std::unique_ptr<riskrt::cuda::Device> gpu = openGpuForCommand(*policy, c, pipeline, options.format);
      if (!gpu)
        return false;
      std::string error;
      std::vector<std::string> inputs, texts;
      for (const std::vector<Record> *set : {&risky, &benign})
        for (const Record &r : *set)
          if (selected(r)) {
            texts.push_back(r.text);
            inputs.push_back(*textInput(*policy, r.text));
          }
      std::vector<riskrt::Decision> decisions;
      std::vector<char> failed;
      auto start = std::chrono::steady_clock::now();
      if (!gpu->evaluate(engine->guard(), inputs, 0, decisions, failed, error)) {
        errs() << "error: the device failed: " << error << "\n";
        return false;
      }
      batchMicros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() /
                    std::max<size_t>(1, inputs.size());
      for (size_t i = 0; i < texts.size(); ++i)
        if (!failed[i])
          batched.emplace(texts[i], std::move(decisions[i]));
      llvm::outs() << "decided on " << gpu->description() << ": " << inputs.size() << " prompts in "
                   << llvm::format("%.1f", batchMicros * inputs.size() / 1000) << " ms\n";
    }
    struct Outcome {
      bool flagged = false;
      bool error = false;
      std::set<std::string> subs, primaries;
      double micros = 0;
    };
    auto decide = [&](const std::string &text) {
      Outcome o;
      std::string json = *textInput(*policy, text);
      EngineResult result;
      if (auto it = batched.find(text); it != batched.end()) {
        result.decision = it->second;
        o.micros = batchMicros;
      } else {
        auto start = std::chrono::steady_clock::now();
        result = engine->run(json);
        o.micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
      }
      const riskrt::Decision &d = result.decision;
      o.error = !d.errorKind.empty();
      o.flagged = d.action != RISKCARD_ALLOW || o.error;
      for (const std::string &cat : d.categories) {
        auto it = codeOf.find(cat);
        if (it == codeOf.end())
          continue;
        if (llvm::StringRef(it->second).contains("--")) {
          o.subs.insert(it->second);
          o.primaries.insert(primaryOf(it->second));
        } else {
          o.primaries.insert(it->second);
        }
      }
      return o;
    };
    std::map<std::string, Counts> perSub, perPrimary;
    std::map<std::string, std::map<std::string, size_t>> confusion; // true primary -> predicted
    std::map<std::string, size_t> truePrimaryCount;
    size_t riskyN = 0, detected = 0, benignN = 0, benignFlagged = 0, errors = 0;
    std::vector<double> latencies;
    auto totalStart = std::chrono::steady_clock::now();
    size_t toRun = llvm::count_if(risky, selected) + llvm::count_if(benign, selected);
    Progress progress(toRun, "deciding");
    for (const Record &r : risky) {
      if (!selected(r))
        continue;
      Outcome o = decide(r.text);
      progress.step();
      latencies.push_back(o.micros);
      ++riskyN;
      detected += o.flagged;
      errors += o.error;
      std::set<std::string> truePrimaries;
      for (const std::string &l : r.labels)
        truePrimaries.insert(primaryOf(l));
      for (const std::string &l : subLabels) {
        bool t = r.labels.count(l), p = o.subs.count(l);
        perSub[l].tp += t && p;
        perSub[l].fp += !t && p;
        perSub[l].fn += t && !p;
      }
      for (const std::string &l : primaryLabels) {
        bool t = truePrimaries.count(l), p = o.primaries.count(l);
        perPrimary[l].tp += t && p;
        perPrimary[l].fp += !t && p;
        perPrimary[l].fn += t && !p;
      }
      for (const std::string &t : truePrimaries) {
        ++truePrimaryCount[t];
        if (o.primaries.empty())
          ++confusion[t]["(none)"];
        for (const std::string &p : o.primaries)
          ++confusion[t][p];
      }
    }
    for (const Record &r : benign) {
      if (!selected(r))
        continue;
      Outcome o = decide(r.text);
      progress.step();
      latencies.push_back(o.micros);
      ++benignN;
      benignFlagged += o.flagged;
      errors += o.error;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - totalStart).count();
    // The learned scores of the policy's first model with T2I labels.
    ScoreReport scores;
    std::vector<const Record *> riskyMeasured, benignMeasured;
    for (const Record &r : risky)
      if (selected(r))
        riskyMeasured.push_back(&r);
    for (const Record &r : benign)
      if (selected(r))
        benignMeasured.push_back(&r);
    for (const ModelInfo &m : policy->models)
      if (m.model && scores.labels.empty())
        scores = scoreReport(*m.model, m.name, riskyMeasured, benignMeasured, subLabels);
    std::vector<double> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double q) { return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(q * sorted.size()))]; };
    auto micro = [](const std::map<std::string, Counts> &m) {
      Counts all;
      for (auto &[k, v] : m) {
        all.tp += v.tp;
        all.fp += v.fp;
        all.fn += v.fn;
      }
      return all;
    };
    // Macro averages are over the labels that occur in the measured prompts
    // (a label with no true instance has no defined recall).
    auto macroF1 = [](const std::map<std::string, Counts> &m) {
      double sum = 0;
      size_t n = 0;
      for (auto &[k, v] : m)
        if (v.tp + v.fn) {
          sum += v.f1();
          ++n;
        }
      return n ? sum / n : 0;
    };
    Counts subMicro = micro(perSub), primaryMicro = micro(perPrimary);
    double detection = riskyN ? double(detected) / riskyN : 0;
    double fpr = benignN ? double(benignFlagged) / benignN : 0;

    // --- Disguised copies -------------------------------------------------------
    struct Disguised {
      std::string name;
      double detection = 0, fpr = 0, subMacroF1 = 0;
    };
    std::vector<Disguised> disguised;
    if (obfuscate) {
      Progress dprogress(allDisguises().size() * toRun, "disguised");
      for (Disguise kind : allDisguises()) {
        Disguised d{disguiseName(kind).str()};
        std::map<std::string, Counts> sub;
        size_t found = 0, flagged = 0;
        for (const Record &r : risky) {
          if (!selected(r))
            continue;
          Outcome o = decide(disguise(r.text, kind));
          dprogress.step();
          found += o.flagged;
          for (const std::string &l : subLabels) {
            bool t = r.labels.count(l), p = o.subs.count(l);
            sub[l].tp += t && p;
            sub[l].fp += !t && p;
            sub[l].fn += t && !p;
          }
        }
        for (const Record &r : benign) {
          if (!selected(r))
            continue;
          flagged += decide(disguise(r.text, kind)).flagged;
          dprogress.step();
        }
        d.detection = riskyN ? double(found) / riskyN : 0;
        d.fpr = benignN ? double(flagged) / benignN : 0;
        d.subMacroF1 = macroF1(sub);
        disguised.push_back(d);
      }
    }

    // --- Reports ----------------------------------------------------------------
    if (std::error_code ec = llvm::sys::fs::create_directories(outDir)) {
      errs() << "error: cannot create `" << outDir << "`: " << ec.message() << "\n";
      return false;
    }
    auto write = [&](const char *name, const std::string &text) {
      llvm::SmallString<256> p(outDir);
      llvm::sys::path::append(p, name);
      return writeTextFile(p, text);
    };
    // The split, so that others can reproduce it.
    std::string splitText;
    for (const std::vector<Record> *list : {&risky, &benign})
      for (const Record &r : *list) {
        llvm::raw_string_ostream os(splitText);
        os << llvm::json::Value(llvm::json::Object{{"id", r.id}, {"split", r.split}}) << "\n";
      }

    llvm::json::Object perSubJson, perPrimaryJson, confusionJson;
    for (auto &[k, v] : perSub)
      perSubJson[k] = llvm::json::Object{{"precision", v.precision()}, {"recall", v.recall()},
                                         {"f1", v.f1()}, {"tp", int64_t(v.tp)}, {"fp", int64_t(v.fp)},
                                         {"fn", int64_t(v.fn)}};
    for (auto &[k, v] : perPrimary)
      perPrimaryJson[k] = llvm::json::Object{{"precision", v.precision()}, {"recall", v.recall()},
                                             {"f1", v.f1()}, {"tp", int64_t(v.tp)}, {"fp", int64_t(v.fp)},
                                             {"fn", int64_t(v.fn)}};
    for (auto &[t, row] : confusion) {
      llvm::json::Object r;
      for (auto &[p, n] : row)
        r[p] = int64_t(n);
      confusionJson[t] = std::move(r);
    }
    llvm::json::Object report{
        {"policy", decl->name.name},
        {"policy_file", policyPath},
        {"data", dataPath},
        {"benign", benignPath},
        {"split", which},
        {"risky_prompts", int64_t(riskyN)},
        {"benign_prompts", int64_t(benignN)},
        {"records_skipped", int64_t(skipped)},
        {"guard_errors", int64_t(errors)},
        {"detection_rate", detection},
        {"false_positive_rate", fpr},
        {"subcategory", llvm::json::Object{{"micro_f1", subMicro.f1()},
                                           {"micro_precision", subMicro.precision()},
                                           {"micro_recall", subMicro.recall()},
                                           {"macro_f1", macroF1(perSub)},
                                           {"per_label", std::move(perSubJson)}}},
        {"primary", llvm::json::Object{{"micro_f1", primaryMicro.f1()},
                                       {"micro_precision", primaryMicro.precision()},
                                       {"micro_recall", primaryMicro.recall()},
                                       {"macro_f1", macroF1(perPrimary)},
                                       {"per_label", std::move(perPrimaryJson)}}},
        {"confusion_primary", std::move(confusionJson)},
        {"latency_us", llvm::json::Object{{"p50", pct(0.5)}, {"p90", pct(0.9)}, {"p99", pct(0.99)},
                                          {"max", sorted.empty() ? 0.0 : sorted.back()}}},
        {"decisions_per_second", seconds > 0 ? double(latencies.size()) / seconds : 0.0},
    };
    if (!scores.labels.empty())
      report["learned_scores"] = scoresJson(scores);
    if (obfuscate) {
      llvm::json::Array rows;
      for (const Disguised &d : disguised)
        rows.push_back(llvm::json::Object{{"disguise", d.name},
                                          {"detection_rate", d.detection},
                                          {"points_lost", 100 * (detection - d.detection)},
                                          {"false_positive_rate", d.fpr},
                                          {"subcategory_macro_f1", d.subMacroF1}});
      report["disguises"] = std::move(rows);
    }
    std::string jsonText;
    {
      llvm::raw_string_ostream os(jsonText);
      os << llvm::formatv("{0:2}", llvm::json::Value(std::move(report))) << "\n";
    }

    // Markdown.
    std::string md;
    {
      llvm::raw_string_ostream os(md);
      os << "# T2I-RiskyPrompt: `" << decl->name.name << "`\n\n"
         << "Split `" << which << "`: " << riskyN << " risky prompts (`" << dataPath << "`), " << benignN
         << " benign (`" << benignPath << "`).\n\n"
         << "| measure | value |\n|---|---:|\n"
         << "| subcategory macro-F1 (labels present) | " << formatNumber(macroF1(perSub)) << " |\n"
         << "| subcategory micro-F1 | " << formatNumber(subMicro.f1()) << " |\n"
         << "| primary macro-F1 | " << formatNumber(macroF1(perPrimary)) << " |\n"
         << "| primary micro-F1 | " << formatNumber(primaryMicro.f1()) << " |\n"
         << "| detection rate (risky flagged) | " << formatNumber(detection) << " |\n"
         << "| false-positive rate (benign flagged) | " << formatNumber(fpr) << " |\n"
         << "| latency p50 / p99 µs | " << formatNumber(pct(0.5)) << " / " << formatNumber(pct(0.99)) << " |\n"
         << "| decisions per second | " << llvm::format("%.0f", seconds > 0 ? latencies.size() / seconds : 0)
         << " |\n\n";
      auto table = [&](const char *title, const std::map<std::string, Counts> &m) {
        os << "## " << title << "\n\n| label | precision | recall | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|\n";
        for (auto &[k, v] : m)
          os << "| " << k << " | " << formatNumber(v.precision()) << " | " << formatNumber(v.recall()) << " | "
             << formatNumber(v.f1()) << " | " << v.tp << " | " << v.fp << " | " << v.fn << " |\n";
        os << "\n";
      };
      table("Subcategories", perSub);
      table("Primary categories", perPrimary);
      writeScoresMarkdown(os, scores);
      if (obfuscate) {
        os << "## Disguised prompts\n\nEach prompt disguised (every word), measured again: detection, "
              "points of detection lost against the plain prompts, false positives on the disguised "
              "benign prompts, subcategory macro-F1.\n\n| disguise | detection | points lost | "
              "false positives | subcategory macro-F1 |\n|---|---:|---:|---:|---:|\n";
        for (const Disguised &d : disguised)
          os << "| " << d.name << " | " << formatNumber(d.detection) << " | "
             << llvm::format("%.1f", 100 * (detection - d.detection)) << " | " << formatNumber(d.fpr) << " | "
             << formatNumber(d.subMacroF1) << " |\n";
        os << "\n";
      }
      os << "## Confusion between primary categories\n\nRows: the true primary (count of prompts); "
            "columns: how often each primary was predicted.\n\n| true \\ predicted |";
      std::vector<std::string> columns = primaryLabels;
      columns.push_back("(none)");
      for (const std::string &col : columns)
        os << " " << col << " |";
      os << "\n|---|";
      for (size_t j = 0; j < columns.size(); ++j)
        os << "---:|";
      os << "\n";
      for (const std::string &t : primaryLabels) {
        os << "| " << t << " (" << truePrimaryCount[t] << ") |";
        for (const std::string &col : columns)
          os << " " << confusion[t][col] << " |";
        os << "\n";
      }
    }

    // HTML with SVG.
    std::string html;
    {
      llvm::raw_string_ostream os(html);
      os << htmlReportHead("T2I-RiskyPrompt: " + decl->name.name) << "<h1>T2I-RiskyPrompt: <code>" << htmlEscape(decl->name.name) << "</code></h1>\n<p>Split <b>"
         << which << "</b>: " << riskyN << " risky prompts, " << benignN << " benign.</p>\n"
         << "<table><tr><th>measure</th><th>value</th></tr>"
         << "<tr><td>subcategory macro-F1</td><td>" << formatNumber(macroF1(perSub)) << "</td></tr>"
         << "<tr><td>primary macro-F1</td><td>" << formatNumber(macroF1(perPrimary)) << "</td></tr>"
         << "<tr><td>detection rate</td><td>" << formatNumber(detection) << "</td></tr>"
         << "<tr><td>false-positive rate</td><td>" << formatNumber(fpr) << "</td></tr>"
         << "<tr><td>latency p50 / p99 µs</td><td>" << formatNumber(pct(0.5)) << " / " << formatNumber(pct(0.99))
         << "</td></tr></table>\n";
      auto bars = [&](const char *title, const std::map<std::string, Counts> &m) {
        unsigned row = 18, labelW = 300, barW = 400;
        os << "<h2>" << title << ": F1</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
           << labelW + barW + 60 << "\" height=\"" << row * m.size() + 10 << "\">\n";
        unsigned y = 0;
        for (auto &[k, v] : m) {
          double w = barW * v.f1();
          os << "<text x=\"" << labelW - 6 << "\" y=\"" << y + 13 << "\" text-anchor=\"end\">"
             << htmlEscape(k) << "</text><rect x=\"" << labelW << "\" y=\"" << y + 3 << "\" width=\""
             << llvm::format("%.1f", w) << "\" height=\"" << row - 6 << "\" fill=\"#3b7dd8\"/><text x=\""
             << llvm::format("%.1f", labelW + w + 4) << "\" y=\"" << y + 13 << "\">" << formatNumber(v.f1())
             << "</text>\n";
          y += row;
        }
        os << "</svg>\n";
      };
      bars("Subcategories", perSub);
      bars("Primary categories", perPrimary);
      writeScoresHtml(os, scores);
      // Confusion heatmap: rows are true primaries, shade by share of the row.
      std::vector<std::string> columns = primaryLabels;
      columns.push_back("(none)");
      unsigned cell = 56, left = 190, topH = 110;
      os << "<h2>Confusion between primary categories</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
         << left + cell * columns.size() + 10 << "\" height=\"" << topH + cell * primaryLabels.size() + 10
         << "\">\n";
      for (size_t j = 0; j < columns.size(); ++j)
        os << "<text transform=\"translate(" << left + j * cell + cell / 2 << "," << topH - 6
           << ") rotate(-45)\">" << htmlEscape(columns[j]) << "</text>\n";
      for (size_t i = 0; i < primaryLabels.size(); ++i) {
        const std::string &t = primaryLabels[i];
        os << "<text x=\"" << left - 6 << "\" y=\"" << topH + i * cell + cell / 2 + 4
           << "\" text-anchor=\"end\">" << htmlEscape(t) << "</text>\n";
        size_t total = std::max<size_t>(1, truePrimaryCount[t]);
        for (size_t j = 0; j < columns.size(); ++j) {
          size_t n = confusion[t][columns[j]];
          double share = double(n) / total;
          int shade = 255 - int(200 * share);
          os << "<rect x=\"" << left + j * cell << "\" y=\"" << topH + i * cell << "\" width=\"" << cell - 2
             << "\" height=\"" << cell - 2 << "\" fill=\"rgb(" << shade << "," << shade << ",255)\"/><text x=\""
             << left + j * cell + cell / 2 << "\" y=\"" << topH + i * cell + cell / 2 + 4
             << "\" text-anchor=\"middle\">" << n << "</text>\n";
        }
      }
      os << "</svg>\n";
      // Latency histogram (log-spaced buckets).
      std::vector<size_t> buckets(12, 0);
      for (double us : latencies)
        ++buckets[std::min<size_t>(11, size_t(std::max(0.0, std::log2(std::max(us, 1.0)))))];
      size_t most = std::max<size_t>(1, *std::max_element(buckets.begin(), buckets.end()));
      os << "<h2>Latency per decision</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"170\">\n";
      for (size_t b = 0; b < buckets.size(); ++b) {
        double h = 120.0 * buckets[b] / most;
        os << "<rect x=\"" << 10 + b * 42 << "\" y=\"" << llvm::format("%.1f", 130 - h) << "\" width=\"36\" height=\""
           << llvm::format("%.1f", h) << "\" fill=\"#d8833b\"/><text x=\"" << 28 + b * 42
           << "\" y=\"145\" text-anchor=\"middle\">" << (1u << b) << "</text><text x=\"" << 28 + b * 42
           << "\" y=\"160\" text-anchor=\"middle\">" << buckets[b] << "</text>\n";
      }
      os << "</svg>\n<p>Buckets: microseconds, from the bucket's value to twice it; below, the count.</p>\n"
         << "</body></html>\n";
    }
    if (!write("report.json", jsonText) || !write("report.md", md) || !write("report.html", html) ||
        !write("split.jsonl", splitText))
      return false;

    // Terminal summary.
    llvm::outs() << "T2I-RiskyPrompt, policy `" << decl->name.name << "`, split " << which << ": "
                 << riskyN << " risky, " << benignN << " benign prompts\n"
                 << "  subcategory macro-F1 " << formatNumber(macroF1(perSub)) << ", micro-F1 " << formatNumber(subMicro.f1())
                 << "\n  primary     macro-F1 " << formatNumber(macroF1(perPrimary)) << ", micro-F1 "
                 << formatNumber(primaryMicro.f1()) << "\n  detection rate " << formatNumber(detection)
                 << ", false-positive rate " << formatNumber(fpr) << "\n  latency p50 " << formatNumber(pct(0.5))
                 << " us, p99 " << formatNumber(pct(0.99)) << " us\n";
    if (errors)
      llvm::outs() << "  the guard failed on " << errors << " prompts (counted as flagged)\n";
    for (const Disguised &d : disguised)
      llvm::outs() << llvm::format("  disguised %-15s detection %.3f (%+.1f points), false positives %.3f\n",
                                   d.name.c_str(), d.detection, -100 * (detection - d.detection), d.fpr);
    llvm::outs() << "reports: " << outDir << "/report.{md,html,json}, split: " << outDir << "/split.jsonl\n";
    summary = {decl->name.name, macroF1(perSub), macroF1(perPrimary), detection, fpr, pct(0.5), pct(0.99)};
    return true;
  };

  if (!train) {
    Summary summary;
    return measure(policyPath, outDir, summary) ? 0 : 1;
  }

  // --train: a model trained on the train split, and the guard that adds it
  // to the lexicons, measured beside the lexicon-only guard.
  llvm::SmallString<256> modelDir(outDir), lexiconDir(outDir);
  llvm::sys::path::append(modelDir, "model");
  llvm::sys::path::append(lexiconDir, "lexicon");
  if (std::error_code ec = llvm::sys::fs::create_directories(modelDir)) {
    errs() << "error: cannot create `" << modelDir << "`: " << ec.message() << "\n";
    return 1;
  }
  std::vector<std::pair<std::string, std::string>> labelList;
  {
    Compilation labels(options);
    uint32_t id = labels.sources.addBuffer("<labels>", "import std.taxonomy.t2i as t2i\n");
    labels.loader.loadRootBuffer(id);
    labels.loader.resolveImports();
    labels.sema.run();
    for (const TaxonomyDecl *t : labels.sema.getTaxonomies())
      if (t->module && t->module->name == "std.taxonomy.t2i")
        t->walk([&](const CategoryDecl *cat) {
          if (cat->children.empty() && cat->code)
            labelList.push_back({cat->id.name, cat->code->value});
        });
  }
  std::vector<model::LabelledPrompt> trainingSet;
  trainingSet.insert(trainingSet.end(), risky.begin(), risky.end());
  trainingSet.insert(trainingSet.end(), benign.begin(), benign.end());
  auto trainStart = std::chrono::steady_clock::now();
  // Like the stdlib's model: features of the skeleton, so that the trained
  // guard holds against disguised spellings too (--obfuscate measures it),
  // masked words read back through the guard's lexicons (`masks`: nothing
  // changes in training, which has no vocabulary).
  model::TrainOptions trainOptions;
  trainOptions.normalize = {"obfuscation", "masks"};
  model::LinearModel trained = model::trainLinear(trainingSet, labelList, trainOptions);
  double trainSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - trainStart).count();
  llvm::SmallString<256> modelFile(modelDir), variant(modelDir);
  llvm::sys::path::append(modelFile, "t2i.rkm");
  llvm::sys::path::append(variant, "guard-with-model.riskcard");
  std::string error;
  if (!model::writeModel(modelFile, trained, error)) {
    errs() << "error: cannot write `" << modelFile << "`: " << error << "\n";
    return 1;
  }
  if (std::error_code ec = llvm::sys::fs::copy_file(variantPath, variant)) {
    errs() << "error: cannot copy `" << variantPath << "`: " << ec.message() << "\n";
    return 1;
  }
  llvm::outs() << "trained " << labelList.size() << " labels on the train split ("
               << llvm::format("%.1f", trainSeconds) << " s): " << modelFile << "\n";
  Summary lexicon, withModel;
  if (!measure(policyPath, std::string(lexiconDir), lexicon) ||
      !measure(std::string(variant), std::string(modelDir), withModel))
    return 1;
  std::string table;
  llvm::raw_string_ostream os(table);
  os << "| policy | subcategory macro-F1 | primary macro-F1 | detection | benign FPR | p50 µs | p99 µs |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n";
  for (const Summary *x : {&lexicon, &withModel})
    os << "| `" << x->policy << "` | " << formatNumber(x->subMacroF1) << " | " << formatNumber(x->primaryMacroF1)
       << " | " << formatNumber(x->detection) << " | " << formatNumber(x->fpr) << " | " << formatNumber(x->p50) << " | "
       << formatNumber(x->p99) << " |\n";
  llvm::SmallString<256> comparison(outDir);
  llvm::sys::path::append(comparison, "comparison.md");
  std::error_code ec;
  llvm::raw_fd_ostream file(comparison, ec, llvm::sys::fs::OF_Text);
  if (!ec)
    file << "# T2I-RiskyPrompt: what the model adds (split " << which << ")\n\n" << table;
  llvm::outs() << "\n" << table << "comparison: " << comparison << "\n";
  return 0;
}
