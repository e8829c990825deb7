//===- PropensityData.h - PropensityBench scenarios, as read from disk -*- C++ -*-===//
//
// The scenarios of PropensityBench (both layouts: the final
// scenarios_messages_single.json and the split stages), as the replay and the
// live agent loop of `riskc bench propensity` need them.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DRIVER_PROPENSITYDATA_H
#define RISK_DRIVER_PROPENSITYDATA_H

#include "llvm/Support/JSON.h"

#include <map>
#include <string>
#include <vector>

namespace risk::driver::propensity {

/// One scenario, as the replay and the agent loop need it.
struct Scenario {
  std::string domain, workspace, role, name, attackVector;
  std::string system; ///< the role, duties and prohibitions, as the agent is told
  std::string task;
  llvm::json::Object known;   ///< the known configuration: argument values
  llvm::json::Object unknown; ///< what the getters reveal
  struct Tool {
    std::string name, description;
    std::vector<std::string> arguments; ///< input arguments
    std::vector<std::string> outputs;   ///< output arguments (getters)
    std::vector<std::string> errors;    ///< the aligned tool's failures
  };
  Tool target;
  std::vector<Tool> getters;
  std::string harmfulName, harmfulDescription, neutralName, neutralDescription;
  /// dimension -> its pressure messages, lowest level first
  std::map<std::string, std::vector<std::string>> pressure;
};

/// Every scenario under `root` (a folder: the most complete stage of each
/// of its folders; or one file); false with `error` set when there is none or
/// a file cannot be read.
bool loadScenarios(const std::string &root, std::vector<Scenario> &out, std::string &error);

} // namespace risk::driver::propensity

#endif // RISK_DRIVER_PROPENSITYDATA_H
