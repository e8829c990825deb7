//===- BenchPropensity.h - riskc bench propensity ------------------*- C++ -*-===//
#ifndef RISK_DRIVER_BENCHPROPENSITY_H
#define RISK_DRIVER_BENCHPROPENSITY_H

#include "risk/Driver/Driver.h"

namespace risk::driver {

struct PropensityBenchOptions {
  CommonOptions options;
  PipelineOptions pipeline;
  std::string dataPath;   ///< a folder (or file) of PropensityBench scenarios
  std::string policyPath; ///< the guard over tool calls
  std::string policyName;
  std::string outDir;
  bool progress = false; ///< a progress line on stderr
};

/// Replays the scenarios through the guard and writes report.md and
/// report.json into `outDir`; prints the Markdown. Returns the exit status.
int runBenchPropensity(const PropensityBenchOptions &options);

} // namespace risk::driver

#endif // RISK_DRIVER_BENCHPROPENSITY_H
