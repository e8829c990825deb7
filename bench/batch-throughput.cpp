//===- batch-throughput.cpp - Batches: one core, all cores, the GPU --------===//
//
// Decides the same batch of generated ~1 KB prompts three ways, side by side
// in one run, and reports records/s and MB/s of JSON for each:
//
//   cpu/1 core     riskrt::Guard::evaluateBatch on one thread
//   cpu/N cores    the same on every core (riskcard_evaluate_batch)
//   gpu            the policy compiled for CUDA (what a guard built with
//                  `--target=cpu,cuda` carries), rules on GPU 0, JSON parsed
//                  and decisions assembled on every core
//                  (riskcard_evaluate_batch_on), with the device's time split
//                  into copies and kernel
//
// The GPU's decisions must be byte-identical to the CPU's (their JSON is
// compared whole); a mismatch fails the run. Without a usable GPU the GPU row
// says why, and the run fails only with --require-gpu.
//
//   risk-bench-batch POLICY [--records N] [--bytes 1024] [--risky-share 0.3]
//                    [--rounds R] [--benign FILE] [--require-gpu]
//
//===----------------------------------------------------------------------===//
#include "Prompts.h"
#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"
#include "riskcard/device.hpp"

#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <thread>

using namespace risk;
using Clock = std::chrono::steady_clock;

int main(int argc, char **argv) {
  driver::setProgramName("risk-bench-batch");
  std::vector<std::string> words(argv + 1, argv + argc);
  driver::Args args(words);
  auto usage = [] {
    llvm::errs() << "usage: risk-bench-batch POLICY [--records N] [--bytes N] [--risky-share F] "
                    "[--rounds R] [--benign FILE] [--require-gpu]\n";
    return 2;
  };
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << "risk-bench-batch: batch throughput of a policy on one core, every core and "
                    "the GPU, on generated ~1 KB prompts (GPU decisions compared with the CPU's).\n\n";
    usage();
    return 0;
  }
  bool requireGpu = args.flag("--require-gpu");
  std::string benignPath = args.value("--benign").value_or(RISK_SOURCE_DIR "/bench/data/t2i/benign.txt");
  size_t records = 200000, bytes = 1024;
  unsigned rounds = 3;
  bool numbersOk = args.positive("--records", records) && args.positive("--bytes", bytes) &&
                   args.positive("--rounds", rounds);
  double riskyShare = 0.3;
  numbersOk &= args.real("--risky-share", 1, "a share", riskyShare);
  driver::CommonOptions options;
  std::vector<std::string> paths;
  if (!numbersOk || !driver::parseCommonOptions(args, argv[0], options) ||
      !args.finish(paths, "risk-bench-batch") || paths.size() != 1)
    return usage();

  driver::Compilation c(options);
  c.load(paths, /*withStdlibMaps=*/true);
  const PolicyDecl *decl = c.diags.hasErrors() ? nullptr : driver::findPolicy(c.program, "");
  const CheckedPolicy *policy = decl ? c.checked(*decl) : nullptr;
  if (!policy || !checkEvaluable(*policy, c.diags)) {
    driver::emitDiagnostics(c.diags, options.format);
    return 1;
  }
  std::unique_ptr<Engine> jit = createEngine("jit", *policy, c.diags);
  if (!jit) {
    driver::emitDiagnostics(c.diags, options.format);
    return 1;
  }
  riskrt::Guard &guard = jit->guard();
  std::string gpuError;
  auto t0 = Clock::now();
  std::unique_ptr<riskrt::cuda::Device> gpu = driver::openGpu(*policy, c, {}, gpuError);
  double gpuBuildMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

  std::vector<std::string> benign;
  if (!bench::readBenignSentences(benignPath, benign)) {
    llvm::errs() << "risk-bench-batch: cannot read " << benignPath << "\n";
    return 1;
  }
  std::vector<std::string> prompts = bench::makePrompts(benign, records, bytes, riskyShare);
  double mb = 0;
  for (const std::string &p : prompts)
    mb += double(p.size());
  mb /= 1e6;

  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  struct Row {
    std::string name;
    double seconds = 0; // best of the rounds
    std::string note;
  };
  std::vector<Row> rows;
  std::vector<std::string> expected;
  auto timeCpu = [&](unsigned threads, const std::string &name) {
    Row row{name, 1e30, ""};
    for (unsigned r = 0; r < rounds; ++r) {
      std::vector<char> failed;
      auto start = Clock::now();
      std::vector<riskrt::Decision> d = guard.evaluateBatch(prompts, threads, failed);
      row.seconds = std::min(row.seconds, std::chrono::duration<double>(Clock::now() - start).count());
      if (expected.empty())
        for (const riskrt::Decision &x : d)
          expected.push_back(x.toJson());
    }
    rows.push_back(row);
  };
  timeCpu(1, "cpu, 1 core");
  timeCpu(0, "cpu, " + std::to_string(cores) + " cores");
  size_t mismatches = 0;
  riskrt::cuda::BatchStats best;
  if (gpu) {
    Row row{"gpu (" + gpu->description() + ")", 1e30, ""};
    for (unsigned r = 0; r < rounds; ++r) {
      std::vector<riskrt::Decision> d;
      std::vector<char> failed;
      std::string error;
      riskrt::cuda::BatchStats stats;
      auto start = Clock::now();
      bool ok = gpu->evaluate(guard, prompts, 0, d, failed, error, &stats);
      double s = std::chrono::duration<double>(Clock::now() - start).count();
      if (!ok) {
        llvm::errs() << "risk-bench-batch: the device failed: " << error << "\n";
        return 1;
      }
      for (size_t i = 0; i < d.size(); ++i)
        if (d[i].toJson() != expected[i] && mismatches++ == 0)
          llvm::errs() << "first mismatch, record " << i << ":\n  cpu: " << expected[i]
                       << "\n  gpu: " << d[i].toJson() << "\n";
      if (s < row.seconds) {
        row.seconds = s;
        best = stats;
      }
    }
    row.note = llvm::formatv("copies in {0:f1} ms, kernel {1:f1} ms, copies out {2:f1} ms "
                             "({3} chunks; {4} records handed back to the CPU, {5} of them for scratch memory)",
                             best.copyToDeviceMs, best.kernelMs, best.copyFromDeviceMs, best.chunks,
                             best.rerunOnCpu, best.rerunForScratch)
                   .str();
    rows.push_back(row);
  }

  llvm::outs() << "policy `" << policy->decl->name.name << "`: " << records << " records, "
               << llvm::format("%.1f", mb) << " MB of JSON (~" << bytes << " bytes each), best of "
               << rounds << " rounds\n\n";
  llvm::outs() << "| engine | records/s | MB/s | vs 1 core | notes |\n|---|---:|---:|---:|---|\n";
  double oneCore = rows[0].seconds;
  for (const Row &r : rows)
    llvm::outs() << "| " << r.name << " | " << llvm::format("%.0f", records / r.seconds) << " | "
                 << llvm::format("%.1f", mb / r.seconds) << " | "
                 << llvm::format("%.1f", oneCore / r.seconds) << "x | " << r.note << " |\n";
  if (!gpu)
    llvm::outs() << "| gpu | - | - | - | unavailable: " << gpuError << " |\n";
  else
    llvm::outs() << "\nGPU code compiled in " << llvm::format("%.0f", gpuBuildMs)
                 << " ms; decisions identical to the CPU's: "
                 << (mismatches ? "NO (" + std::to_string(mismatches) + " differ)" : std::string("yes"))
                 << "\n";
  if (mismatches)
    return 1;
  if (!gpu && requireGpu)
    return 1;
  return 0;
}
