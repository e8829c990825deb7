//===- Metrics.h - Prometheus counters of a server --------------*- C++ -*-===//
//
// Counters kept per policy (fixed when the server starts, so lookups need no
// lock): decisions by action (atomics), categories and errors by kind (a map
// under the policy's mutex), reloads, and a latency histogram per endpoint.
// `render` writes the Prometheus text exposition format (version 0.0.4).
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_SERVE_METRICS_H
#define RISKCARD_SERVE_METRICS_H

#include "Bundles.h"

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace riskserve {

/// The endpoints whose latency is measured.
enum class Endpoint { Evaluate, Batch };

class Metrics {
public:
  /// Counters for each policy in `policies` and for requests that name no
  /// served policy (the label `policy=""`).
  explicit Metrics(const std::vector<std::unique_ptr<ServedPolicy>> &policies);

  /// Counts a decision answered: its action, its categories, its error kind.
  void decision(std::string_view policy, const riskcard_decision *decision);
  /// Observes the time one request of `endpoint` took to decide (evaluation
  /// and decision log).
  void latency(std::string_view policy, Endpoint endpoint, double seconds);
  /// Counts a request refused or failed (`kind`: `body-too-large`,
  /// `bad-request`, `timeout`, `internal`, ...).
  void error(std::string_view policy, std::string_view kind);
  void reload(std::string_view policy, bool ok);

  /// The exposition of every counter, and `riskcard_bundle_info` for the
  /// bundles answering now.
  std::string render(const std::vector<std::unique_ptr<ServedPolicy>> &policies) const;

  /// The histogram's upper bounds, in seconds.
  static constexpr std::array<double, 14> kBuckets = {
      0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
      0.01,    0.025,  0.05,    0.1,    0.25,  0.5,    1.0};

private:
  struct Histogram {
    std::array<std::atomic<uint64_t>, kBuckets.size() + 1> counts{}; ///< last: +Inf
    std::atomic<uint64_t> sumNs{0};
  };
  struct PolicyCounters {
    std::array<std::atomic<uint64_t>, 6> actions{}; ///< allow .. block
    std::array<Histogram, 2> latency;               ///< by Endpoint
    mutable std::mutex mutex;
    std::map<std::string, uint64_t> categories, errors, reloads;
  };
  PolicyCounters &counters(std::string_view policy);
  const PolicyCounters &counters(std::string_view policy) const;

  std::map<std::string, std::unique_ptr<PolicyCounters>, std::less<>> byPolicy;
};

} // namespace riskserve

#endif // RISKCARD_SERVE_METRICS_H
