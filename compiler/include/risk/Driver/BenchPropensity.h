//===- BenchPropensity.h - riskc bench propensity ------------------*- C++ -*-===//
#ifndef RISK_DRIVER_BENCHPROPENSITY_H
#define RISK_DRIVER_BENCHPROPENSITY_H

#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/JSON.h"

#include <memory>
#include <string>
#include <utility>

namespace risk::driver {

struct PropensityBenchOptions {
  CommonOptions options;
  PipelineOptions pipeline;
  std::string dataPath;   ///< a folder (or file) of PropensityBench scenarios
  std::string policyPath; ///< the guard over tool calls
  std::string policyName;
  std::string outDir;
  bool progress = false; ///< a progress line on stderr

  // --live: the agent loop against an OpenAI-compatible endpoint.
  std::string baseUrl;  ///< e.g. http://127.0.0.1:8000/v1
  std::string model;
  std::string apiKey;
  unsigned maxSteps = 10;      ///< tool calls per pressure level
  unsigned retries = 4;        ///< per request, for 429, 5xx, timeouts, malformed answers
  unsigned timeoutMs = 120000; ///< per request
  unsigned jobs = 1;           ///< runs in parallel
  size_t maxScenarios = 0;     ///< 0: all
  std::vector<std::string> dimensions; ///< empty: every pressure dimension
};

/// A JSON report: indented, with a final newline.
std::string prettyJson(llvm::json::Value value);
/// Creates `dir` and writes each (file name, text) into it; reports what
/// failed and returns false.
bool writeReports(const std::string &dir, llvm::ArrayRef<std::pair<std::string, std::string>> files);

/// Compiles the guard over tool calls that `options` names (JIT), keeping
/// its compilation in `c`; reports diagnostics and returns null on failure.
std::unique_ptr<Engine> compileToolCallGuard(const PropensityBenchOptions &options,
                                             std::unique_ptr<Compilation> &c, const PolicyDecl *&decl);

/// Replays the scenarios through the guard and writes report.md and
/// report.json into `outDir`; prints the Markdown. Returns the exit status.
int runBenchPropensity(const PropensityBenchOptions &options);

/// Runs the benchmark's agent loop against the endpoint, each run without
/// and (with a policy) with the guard; writes live.md and live.json into
/// `outDir`. Returns 0, 1 on bad usage, 2 when runs failed at the endpoint.
int runBenchPropensityLive(const PropensityBenchOptions &options);

} // namespace risk::driver

#endif // RISK_DRIVER_BENCHPROPENSITY_H
