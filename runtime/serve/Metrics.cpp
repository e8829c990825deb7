//===- Metrics.cpp - Prometheus counters of a server ----------------------===//
//
// Counting (lock-free for actions and latency) and the text exposition
// (Metrics.h). Label values are escaped as the format asks (backslash,
// quote, newline).
//
//===----------------------------------------------------------------------===//
#include "Metrics.h"

#include <fmt/format.h>

#include <iterator>

using namespace riskserve;

namespace {

const char *const kActionNames[] = {"allow", "warn", "redact", "guide", "escalate", "block"};
const char *const kEndpointNames[] = {"evaluate", "batch"};

std::string label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"')
      out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

void header(std::string &out, const char *name, const char *type, const char *help) {
  fmt::format_to(std::back_inserter(out), "# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
}

} // namespace

Metrics::Metrics(const std::vector<std::unique_ptr<ServedPolicy>> &policies) {
  byPolicy.emplace("", std::make_unique<PolicyCounters>());
  for (const auto &policy : policies)
    byPolicy.emplace(policy->name(), std::make_unique<PolicyCounters>());
}

Metrics::PolicyCounters &Metrics::counters(std::string_view policy) {
  auto it = byPolicy.find(policy);
  return *(it == byPolicy.end() ? byPolicy.find("") : it)->second;
}

const Metrics::PolicyCounters &Metrics::counters(std::string_view policy) const {
  auto it = byPolicy.find(policy);
  return *(it == byPolicy.end() ? byPolicy.find("") : it)->second;
}

void Metrics::decision(std::string_view policy, const riskcard_decision *decision) {
  PolicyCounters &c = counters(policy);
  unsigned action = riskcard_decision_action(decision);
  size_t slot = action < c.actions.size() ? action : size_t(RISKCARD_BLOCK);
  c.actions[slot].fetch_add(1, std::memory_order_relaxed);
  size_t categories = riskcard_decision_category_count(decision);
  bool failed = riskcard_decision_is_error(decision);
  if (!categories && !failed)
    return;
  std::lock_guard<std::mutex> lock(c.mutex);
  for (size_t i = 0; i < categories; ++i)
    ++c.categories[riskcard_decision_category(decision, i)];
  if (failed) {
    std::string_view why = riskcard_decision_error(decision);
    ++c.errors[std::string(why.substr(0, why.find(':')))];
  }
}

void Metrics::latency(std::string_view policy, Endpoint endpoint, double seconds) {
  Histogram &h = counters(policy).latency[size_t(endpoint)];
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
    ++bucket;
  h.counts[bucket].fetch_add(1, std::memory_order_relaxed);
  h.sumNs.fetch_add(uint64_t(seconds * 1e9), std::memory_order_relaxed);
}

void Metrics::error(std::string_view policy, std::string_view kind) {
  PolicyCounters &c = counters(policy);
  std::lock_guard<std::mutex> lock(c.mutex);
  ++c.errors[std::string(kind)];
}

void Metrics::reload(std::string_view policy, bool ok) {
  PolicyCounters &c = counters(policy);
  std::lock_guard<std::mutex> lock(c.mutex);
  ++c.reloads[ok ? "ok" : "failed"];
}

std::string Metrics::render(const std::vector<std::unique_ptr<ServedPolicy>> &policies) const {
  std::string out;
  auto line = std::back_inserter(out);
  header(out, "riskcard_decisions_total", "counter", "Decisions answered, by policy and action.");
  for (const auto &[policy, c] : byPolicy)
    if (!policy.empty())
      for (size_t a = 0; a < c->actions.size(); ++a)
        fmt::format_to(line, "riskcard_decisions_total{{policy=\"{}\",action=\"{}\"}} {}\n",
                       label(policy), kActionNames[a], c->actions[a].load());

  header(out, "riskcard_decision_categories_total", "counter",
         "Categories of the decisions answered, by policy and category.");
  for (const auto &[policy, c] : byPolicy) {
    std::lock_guard<std::mutex> lock(c->mutex);
    for (const auto &[category, n] : c->categories)
      fmt::format_to(line, "riskcard_decision_categories_total{{policy=\"{}\",category=\"{}\"}} {}\n",
                     label(policy), label(category), n);
  }

  header(out, "riskcard_decision_seconds", "histogram",
         "Time from a request's body to its answer (evaluation and decision log), by endpoint.");
  for (const auto &[policy, c] : byPolicy) {
    if (policy.empty())
      continue;
    for (size_t e = 0; e < c->latency.size(); ++e) {
      const Histogram &h = c->latency[e];
      std::string labels =
          fmt::format("policy=\"{}\",endpoint=\"{}\"", label(policy), kEndpointNames[e]);
      uint64_t cumulative = 0;
      for (size_t b = 0; b <= kBuckets.size(); ++b) {
        cumulative += h.counts[b].load();
        if (b < kBuckets.size())
          fmt::format_to(line, "riskcard_decision_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                         kBuckets[b], cumulative);
        else
          fmt::format_to(line, "riskcard_decision_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels,
                         cumulative);
      }
      fmt::format_to(line, "riskcard_decision_seconds_sum{{{}}} {}\n", labels, h.sumNs.load() / 1e9);
      fmt::format_to(line, "riskcard_decision_seconds_count{{{}}} {}\n", labels, cumulative);
    }
  }

  header(out, "riskcard_errors_total", "counter",
         "Inputs the guard could not decide (by error kind) and requests refused or failed; "
         "policy=\"\" for requests that name no served policy.");
  for (const auto &[policy, c] : byPolicy) {
    std::lock_guard<std::mutex> lock(c->mutex);
    for (const auto &[kind, n] : c->errors)
      fmt::format_to(line, "riskcard_errors_total{{policy=\"{}\",kind=\"{}\"}} {}\n", label(policy),
                     label(kind), n);
  }

  header(out, "riskcard_bundle_info", "gauge", "The bundle answering for each policy.");
  for (const auto &policy : policies) {
    auto bundle = policy->current();
    fmt::format_to(line,
                   "riskcard_bundle_info{{policy=\"{}\",bundle_hash=\"{}\",policy_hash=\"{}\"}} 1\n",
                   label(policy->name()), label(bundle->fileHash), label(bundle->policyHash));
  }

  header(out, "riskcard_reloads_total", "counter", "Reloads of a policy's file, by result.");
  for (const auto &[policy, c] : byPolicy) {
    std::lock_guard<std::mutex> lock(c->mutex);
    for (const auto &[result, n] : c->reloads)
      fmt::format_to(line, "riskcard_reloads_total{{policy=\"{}\",result=\"{}\"}} {}\n", label(policy),
                     result, n);
  }
  return out;
}
