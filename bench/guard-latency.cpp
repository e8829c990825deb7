//===- guard-latency.cpp - Decision latency: compiled guard vs interpreter -===//
//
// Measures how long one decision takes for a realistic policy on ~1 KB
// prompts, for every way Riskcard can evaluate it, side by side in one run:
//
//   compiled/aot     the guard built by `riskc build` (a shared object), called
//                    through its C API: JSON in, decision out (--guard-so)
//   compiled/jit     the same generated code, JIT-compiled in this process,
//                    JSON in, decision out (what `riskc eval` does)
//   compiled/kernel  only the generated `risk_eval` on an already prepared
//                    input: the rules, scans and scores, no JSON and no
//                    decision assembly
//   interpreter      the reference interpreter, JSON in, decision out
//
// Every decision of every engine is compared with the interpreter's; a
// mismatch fails the run. Timings are per call (steady_clock), reported as
// p50 / p90 / p99 / mean in microseconds after a warm-up pass.
//
//   risk-bench-guard POLICY [--guard-so guard.so] [--prompts N] [--rounds R]
//                    [--benign bench/data/t2i/benign.txt] [--bytes 1024]
//                    [--risky-share 0.3] [--interp-prompts 200]
//
//===----------------------------------------------------------------------===//
#include "Prompts.h"
#include "Rng.h"
#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"
#include "risk/Pipelines/Compile.h"
#include "riskcard/riskcard.h"
#include "riskcard/runtime.hpp"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <dlfcn.h>
#include <functional>
#include <string>
#include <vector>

using namespace risk;
using Clock = std::chrono::steady_clock;

namespace {

using risk::bench::Rng;
using risk::bench::makePrompts;

struct Stats {
  double p50, p90, p99, mean;
};

Stats summarise(std::vector<double> ns) {
  std::sort(ns.begin(), ns.end());
  auto at = [&](double q) { return ns[std::min(ns.size() - 1, size_t(q * ns.size()))] / 1000.0; };
  double sum = 0;
  for (double v : ns)
    sum += v;
  return {at(0.50), at(0.90), at(0.99), sum / ns.size() / 1000.0};
}

/// Times `fn(i)` once per prompt per round, after one warm-up pass.
std::vector<double> timeEach(size_t prompts, unsigned rounds, const std::function<void(size_t)> &fn) {
  for (size_t i = 0; i < prompts; ++i)
    fn(i);
  std::vector<double> ns;
  ns.reserve(prompts * rounds);
  for (unsigned r = 0; r < rounds; ++r)
    for (size_t i = 0; i < prompts; ++i) {
      auto start = Clock::now();
      fn(i);
      ns.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count());
    }
  return ns;
}

/// The C API of a guard built by `riskc build`, loaded with dlopen.
struct GuardLibrary {
  void *handle = nullptr;
  decltype(&riskcard_open) open = nullptr;
  decltype(&riskcard_close) close = nullptr;
  decltype(&riskcard_evaluate) evaluate = nullptr;
  decltype(&riskcard_decision_json) json = nullptr;
  decltype(&riskcard_decision_free) free = nullptr;

  bool load(const std::string &path) {
    handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      llvm::errs() << "risk-bench-guard: cannot load " << path << ": " << dlerror() << "\n";
      return false;
    }
    open = reinterpret_cast<decltype(open)>(dlsym(handle, "riskcard_open"));
    close = reinterpret_cast<decltype(close)>(dlsym(handle, "riskcard_close"));
    evaluate = reinterpret_cast<decltype(evaluate)>(dlsym(handle, "riskcard_evaluate"));
    json = reinterpret_cast<decltype(json)>(dlsym(handle, "riskcard_decision_json"));
    free = reinterpret_cast<decltype(free)>(dlsym(handle, "riskcard_decision_free"));
    if (!open || !close || !evaluate || !json || !free) {
      llvm::errs() << "risk-bench-guard: " << path << " does not export the riskcard C API\n";
      return false;
    }
    return true;
  }
};

int usage() {
  llvm::errs() << "usage: risk-bench-guard POLICY [--guard-so FILE] [--prompts N] [--rounds R] "
                  "[--benign FILE] [--bytes N] [--risky-share F] [--interp-prompts N]\n";
  return 2;
}

} // namespace

int main(int argc, char **argv) {
  driver::setProgramName("risk-bench-guard");
  std::vector<std::string> words(argv + 1, argv + argc);
  driver::Args args(words);
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << "risk-bench-guard: decision latency of a policy, compiled (C API of a built\n"
                    "guard, JIT, kernel alone) against the reference interpreter, on generated\n"
                    "~1 KB prompts; every decision is compared across engines.\n\n";
    usage();
    return 0;
  }
  std::string guardSo = args.value("--guard-so").value_or("");
  std::string benignPath = args.value("--benign").value_or(RISK_SOURCE_DIR "/bench/data/t2i/benign.txt");
  bool numbersOk = true;
  auto count = [&](const char *name, size_t fallback) -> size_t {
    auto v = args.value(name);
    unsigned long long n = fallback;
    if (v && (llvm::StringRef(*v).getAsInteger(10, n) || n == 0)) {
      llvm::errs() << "risk-bench-guard: " << name << " takes a positive number, not `" << *v << "`\n";
      numbersOk = false;
    }
    return n;
  };
  size_t promptCount = count("--prompts", 2000);
  unsigned rounds = count("--rounds", 5);
  size_t bytes = count("--bytes", 1024);
  size_t interpPrompts = count("--interp-prompts", 200);
  double riskyShare = 0.3;
  numbersOk &= args.real("--risky-share", 1, "a share", riskyShare);
  driver::CommonOptions options;
  std::vector<std::string> paths;
  if (!numbersOk || !driver::parseCommonOptions(args, argv[0], options) ||
      !args.finish(paths, "risk-bench-guard") || paths.size() != 1)
    return usage();

  // --- Front end and both engines; compile time is part of the report. -----
  auto t0 = Clock::now();
  driver::Compilation c(options);
  c.load(paths, /*withStdlibMaps=*/true);
  const PolicyDecl *decl = nullptr;
  for (const Module *root : c.program.roots)
    for (const auto &d : root->decls)
      if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get()))
        decl = p;
  const CheckedPolicy *policy = decl && !c.diags.hasErrors() ? c.checked(*decl) : nullptr;
  if (!policy || !checkEvaluable(*policy, c.diags)) {
    driver::emitDiagnostics(c.diags, options.format);
    llvm::errs() << "risk-bench-guard: no evaluable policy in " << paths[0] << "\n";
    return 1;
  }
  auto t1 = Clock::now();
  std::unique_ptr<Engine> interp = createEngine("interp", *policy, c.diags);
  std::unique_ptr<Engine> jit = createEngine("jit", *policy, c.diags);
  auto t2 = Clock::now();
  if (!interp || !jit) {
    driver::emitDiagnostics(c.diags, options.format);
    return 1;
  }
  // The kernel alone: the same pipeline, called on prepared inputs.
  mlir::MLIRContext context;
  auto module = compilePolicy(context, *policy, c.sources, c.diags, Stage::LLVMDialect);
  auto kernel = module ? JitGuard::create(*module) : llvm::Expected<std::unique_ptr<JitGuard>>(
                                                         llvm::createStringError("no module"));
  riskrt::Manifest manifest;
  std::string manifestError;
  if (!kernel || !manifest.parse(policy->manifestJson(), manifestError)) {
    llvm::errs() << "risk-bench-guard: kernel: "
                 << (kernel ? manifestError : llvm::toString(kernel.takeError())) << "\n";
    return 1;
  }

  GuardLibrary aot;
  riskcard_guard *guard = nullptr;
  if (!guardSo.empty()) {
    if (!aot.load(guardSo) || aot.open(0, &guard) != RISKCARD_OK) {
      llvm::errs() << "risk-bench-guard: cannot open the guard in " << guardSo << "\n";
      return 1;
    }
  }

  // --- Prompts -------------------------------------------------------------
  std::vector<std::string> benign;
  if (!risk::bench::readBenignSentences(benignPath, benign)) {
    llvm::errs() << "risk-bench-guard: cannot read " << benignPath << "\n";
    return 1;
  }
  std::vector<std::string> prompts = makePrompts(benign, promptCount, bytes, riskyShare);
  size_t totalBytes = 0;
  for (const std::string &p : prompts)
    totalBytes += p.size();

  // --- Agreement: every engine against the interpreter. ------------------
  std::vector<std::string> expected;
  size_t flagged = 0, mismatches = 0;
  for (const std::string &p : prompts) {
    riskrt::Decision d = interp->run(p).decision;
    flagged += d.action != RISKCARD_ALLOW;
    expected.push_back(d.toJson(false));
  }
  auto mismatch = [&](size_t i, const char *engine, const std::string &got) {
    if (mismatches++ == 0)
      llvm::errs() << "first mismatch, prompt " << i << ":\n  input:  " << prompts[i]
                   << "\n  interp: " << expected[i] << "\n  " << engine << ": " << got << "\n";
  };
  for (size_t i = 0; i < prompts.size(); ++i) {
    std::string got = jit->run(prompts[i]).decision.toJson(false);
    if (got != expected[i])
      mismatch(i, "jit", got);
    if (guard) {
      riskcard_decision *d = nullptr;
      aot.evaluate(guard, prompts[i].data(), prompts[i].size(), &d);
      // The C API renders decisions with the same code: compare them whole.
      std::string got = d ? aot.json(d) : "(no decision)";
      if (got != expected[i])
        mismatch(i, "aot", got);
      aot.free(d);
    }
  }

  // --- Timing --------------------------------------------------------------
  std::vector<riskrt::PreparedInput> prepared(prompts.size());
  for (size_t i = 0; i < prompts.size(); ++i) {
    riskrt::Decision unused;
    if (!riskrt::prepareInput(manifest, prompts[i].data(), prompts[i].size(), prepared[i], unused)) {
      llvm::errs() << "risk-bench-guard: prompt " << i << " was rejected\n";
      return 1;
    }
  }
  std::vector<int64_t> out(riskrt::outSize(manifest));
  riskrt::EvalFn fn = (*kernel)->function();
  // Scratch memory kept from call to call, as a guard's workspace keeps it
  // (without it every call would allocate and clear its own).
  std::vector<char> scratch;
  for (riskrt::PreparedInput &p : prepared)
    p.scratch = &scratch;
  auto runKernel = [&](size_t i) { riskrt::invoke(fn, manifest, prepared[i], out); };


  struct Row {
    std::string name;
    Stats stats;
  };
  std::vector<Row> rows;
  if (guard)
    rows.push_back({"compiled/aot (C API, JSON in, decision out)",
                    summarise(timeEach(prompts.size(), rounds, [&](size_t i) {
                      riskcard_decision *d = nullptr;
                      aot.evaluate(guard, prompts[i].data(), prompts[i].size(), &d);
                      aot.free(d);
                    }))});
  rows.push_back({"compiled/jit (JSON in, decision out)",
                  summarise(timeEach(prompts.size(), rounds,
                                     [&](size_t i) { (void)jit->run(prompts[i]); }))});
  rows.push_back({"compiled/kernel (rules and scans only)",
                  summarise(timeEach(prompts.size(), rounds, runKernel))});
  // The interpreter is the slow reference: one round over a prefix is enough.
  rows.push_back({"interpreter (JSON in, decision out)",
                  summarise(timeEach(std::min(prompts.size(), interpPrompts), 1,
                                     [&](size_t i) { (void)interp->run(prompts[i]); }))});

  size_t lexiconTerms = 0;
  for (const LexiconInfo &l : policy->lexicons)
    lexiconTerms += l.terms.size();
  auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  llvm::outs() << "policy `" << policy->decl->name.name << "`: " << policy->rules.size()
               << " rules, " << policy->lexicons.size() << " lexicons (" << lexiconTerms
               << " terms), " << policy->patterns.size() << " patterns\n";
  llvm::outs() << "prompts: " << prompts.size() << " x ~" << totalBytes / prompts.size()
               << " bytes of JSON, " << flagged << " not allowed; compiled: " << rounds
               << " timed rounds after a warm-up; interpreter: the first "
               << std::min(prompts.size(), interpPrompts) << " prompts once\n";
  llvm::outs() << llvm::format("front end %.0f ms, JIT compile %.0f ms\n", ms(t1 - t0), ms(t2 - t1));
  llvm::outs() << "\n| engine | p50 µs | p90 µs | p99 µs | mean µs | vs interpreter (p50) |\n"
               << "|---|---:|---:|---:|---:|---:|\n";
  double interpP50 = rows.back().stats.p50;
  for (const Row &r : rows)
    llvm::outs() << llvm::format("| %s | %.2f | %.2f | %.2f | %.2f | %.1fx |\n", r.name.c_str(),
                                 r.stats.p50, r.stats.p90, r.stats.p99, r.stats.mean,
                                 interpP50 / r.stats.p50);
  llvm::outs() << "\ndecisions: " << prompts.size() * (guard ? 2 : 1)
               << " compiled decisions compared with the interpreter, " << mismatches
               << " mismatches\n";
  if (guard)
    aot.close(guard);
  return mismatches ? 1 : 0;
}
