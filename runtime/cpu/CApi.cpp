//===- CApi.cpp - The C ABI over the runtime -------------------------------===//
//
// A riskcard_guard holds a riskrt::Guard and its options; a riskcard_decision
// holds a Decision, its JSON, and its error text. Both begin with a pointer to
// the operations of the guard that made them: when a program links several
// guards, every guard exports the same riskcard_* functions and the program
// calls one guard's copies for all of them, so each public function only
// forwards to the handle's own operations (which run the code of the right
// guard, even one built by another version of the runtime).
//
// No exception leaves this file: every operation that can allocate catches
// std::bad_alloc (RISKCARD_OUT_OF_MEMORY) and anything else
// (RISKCARD_INTERNAL), and gives a fail-closed decision.
//
//===----------------------------------------------------------------------===//
#include "riskcard/guard_entry.h"
#include "riskcard/device.hpp"
#include "riskcard/runtime.hpp"

#include <cstring>
#include <mutex>
#include <new>

namespace {
struct GuardOps;
struct DecisionOps;
} // namespace

struct riskcard_guard {
  const GuardOps *ops;
  riskrt::Guard guard;
  unsigned options;
  /// The CUDA image the guard carries (empty: none), and the device opened
  /// from it on the first batch that asks (under `deviceLock`).
  const unsigned char *cudaImage = nullptr;
  size_t cudaImageSize = 0;
  std::mutex deviceLock;
  std::unique_ptr<riskrt::cuda::Device> device;
  std::string deviceMessage;
  riskrt::cuda::BatchStats deviceStats;
};

struct riskcard_decision {
  const DecisionOps *ops;
  riskrt::Decision decision;
  unsigned options;
  mutable std::string json; ///< rendered on first request
  std::string error;
  bool shared = false; ///< a static decision: never freed
};

namespace {

/// What a guard's handle can do. `abi` first: a copy of the functions that
/// finds another value refuses the handle instead of misreading it.
struct GuardOps {
  unsigned abi;
  void (*close)(riskcard_guard *);
  const char *(*policyName)(const riskcard_guard *);
  const char *(*bundleHash)(const riskcard_guard *);
  riskcard_status (*setMaxInputBytes)(riskcard_guard *, size_t);
  size_t (*maxInputBytes)(const riskcard_guard *);
  riskcard_status (*evaluate)(riskcard_guard *, const char *, size_t, riskcard_decision **);
  riskcard_status (*evaluateBatch)(riskcard_guard *, const char *const *, const size_t *, size_t,
                                   unsigned, riskcard_decision **);
  riskcard_status (*evaluateBatchOn)(riskcard_guard *, riskcard_device, const char *const *,
                                     const size_t *, size_t, unsigned, riskcard_decision **);
  int (*hasDeviceCode)(const riskcard_guard *, riskcard_device);
  const char *(*deviceError)(const riskcard_guard *);
  void (*deviceTiming)(const riskcard_guard *, double *);
};

struct DecisionOps {
  unsigned abi;
  void (*free)(riskcard_decision *);
  riskcard_action (*action)(const riskcard_decision *);
  int (*isError)(const riskcard_decision *);
  const char *(*error)(const riskcard_decision *);
  size_t (*categoryCount)(const riskcard_decision *);
  const char *(*category)(const riskcard_decision *, size_t);
  size_t (*ruleCount)(const riskcard_decision *);
  const char *(*rule)(const riskcard_decision *, size_t);
  size_t (*spanCount)(const riskcard_decision *);
  riskcard_span (*span)(const riskcard_decision *, size_t);
  int (*spansTruncated)(const riskcard_decision *);
  size_t (*scoreCount)(const riskcard_decision *);
  const char *(*scoreName)(const riskcard_decision *, size_t);
  double (*score)(const riskcard_decision *, size_t);
  const char *(*reason)(const riskcard_decision *);
  const char *(*guidance)(const riskcard_decision *);
  const char *(*redacted)(const riskcard_decision *, const char *);
  size_t (*redactedCount)(const riskcard_decision *);
  const char *(*redactedField)(const riskcard_decision *, size_t);
  const char *(*json)(const riskcard_decision *);
};

//===----------------------------------------------------------------------===//
// Decisions
//===----------------------------------------------------------------------===//

extern const DecisionOps decisionOps;

/// The decisions given when no decision can be made (memory ran out, or an
/// unexpected failure): built when the guard loads, shared, never freed.
riskcard_decision makeShared(const char *kind, const char *message, unsigned options) {
  riskcard_decision d{&decisionOps, riskrt::Decision::error(kind, message, ""), options, {}, {},
                      true};
  d.error = d.decision.errorKind + ": " + d.decision.errorMessage;
  d.json = d.decision.toJson(options & RISKCARD_ERRORS_AS_ERRORS);
  return d;
}
const riskcard_decision outOfMemory[2] = {
    makeShared("out-of-memory", "the guard ran out of memory", 0),
    makeShared("out-of-memory", "the guard ran out of memory", RISKCARD_ERRORS_AS_ERRORS)};
const riskcard_decision internalFailure[2] = {
    makeShared("internal", "the guard failed unexpectedly", 0),
    makeShared("internal", "the guard failed unexpectedly", RISKCARD_ERRORS_AS_ERRORS)};

riskcard_decision *shared(const riskcard_decision (&which)[2], unsigned options) {
  return const_cast<riskcard_decision *>(&which[(options & RISKCARD_ERRORS_AS_ERRORS) ? 1 : 0]);
}

/// Wraps a decision; throws std::bad_alloc like any allocation.
riskcard_decision *wrap(riskrt::Decision d, unsigned options) {
  auto *out = new riskcard_decision{&decisionOps, std::move(d), options, {}, {}, false};
  if (!out->decision.errorKind.empty())
    out->error = out->decision.errorKind + ": " + out->decision.errorMessage;
  return out;
}

void decisionFree(riskcard_decision *d) {
  if (!d->shared)
    delete d;
}
riskcard_action decisionAction(const riskcard_decision *d) {
  if (d->decision.action == RISKCARD_ERROR && !(d->options & RISKCARD_ERRORS_AS_ERRORS))
    return RISKCARD_BLOCK;
  return riskcard_action(d->decision.action);
}
int decisionIsError(const riskcard_decision *d) { return d->decision.action == RISKCARD_ERROR; }
const char *decisionError(const riskcard_decision *d) { return d->error.c_str(); }

/// The i-th string of `list`, or "" out of range.
const char *item(const std::vector<std::string> &list, size_t i) {
  return i < list.size() ? list[i].c_str() : "";
}
size_t categoryCount(const riskcard_decision *d) { return d->decision.categories.size(); }
const char *category(const riskcard_decision *d, size_t i) { return item(d->decision.categories, i); }
size_t ruleCount(const riskcard_decision *d) { return d->decision.rules.size(); }
const char *rule(const riskcard_decision *d, size_t i) { return item(d->decision.rules, i); }
size_t spanCount(const riskcard_decision *d) { return d->decision.spans.size(); }
riskcard_span span(const riskcard_decision *d, size_t i) {
  if (i >= d->decision.spans.size())
    return {"", 0, 0, "", "", ""};
  const riskrt::Span &s = d->decision.spans[i];
  return {s.field.c_str(), s.start, s.end, s.rule.c_str(), s.matcher.c_str(), s.match.c_str()};
}
int spansTruncated(const riskcard_decision *d) { return d->decision.spansTruncated; }
size_t scoreCount(const riskcard_decision *d) { return d->decision.scores.size(); }
const char *scoreName(const riskcard_decision *d, size_t i) {
  return i < d->decision.scores.size() ? d->decision.scores[i].first.c_str() : "";
}
double score(const riskcard_decision *d, size_t i) {
  return i < d->decision.scores.size() ? d->decision.scores[i].second : 0.0;
}
const char *reason(const riskcard_decision *d) { return d->decision.reason.c_str(); }
const char *guidance(const riskcard_decision *d) { return d->decision.guidance.c_str(); }
const char *redacted(const riskcard_decision *d, const char *field) {
  for (const auto &[name, text] : d->decision.redacted)
    if (name == field)
      return text.c_str();
  return nullptr;
}
size_t redactedCount(const riskcard_decision *d) { return d->decision.redacted.size(); }
const char *redactedField(const riskcard_decision *d, size_t i) {
  return i < d->decision.redacted.size() ? d->decision.redacted[i].first.c_str() : "";
}
const char *json(const riskcard_decision *d) {
  if (d->json.empty()) {
    try {
      d->json = d->decision.toJson(d->options & RISKCARD_ERRORS_AS_ERRORS);
    } catch (...) {
      return shared(outOfMemory, d->options)->json.c_str();
    }
  }
  return d->json.c_str();
}

const DecisionOps decisionOps = {
    RISKCARD_ABI_VERSION, decisionFree, decisionAction, decisionIsError, decisionError,
    categoryCount,        category,     ruleCount,      rule,            spanCount,
    span,                 spansTruncated, scoreCount,   scoreName,       score,
    reason,               guidance,     redacted,       redactedCount,   redactedField,
    json};

//===----------------------------------------------------------------------===//
// Guards
//===----------------------------------------------------------------------===//

void guardClose(riskcard_guard *g) { delete g; }
const char *policyName(const riskcard_guard *g) { return g->guard.manifest().policy.c_str(); }
const char *bundleHash(const riskcard_guard *g) { return g->guard.manifest().bundle.c_str(); }
riskcard_status setMaxInputBytes(riskcard_guard *g, size_t bytes) {
  g->guard.limits().maxInputBytes = bytes ? bytes : RISKCARD_DEFAULT_MAX_INPUT_BYTES;
  return RISKCARD_OK;
}
size_t maxInputBytes(const riskcard_guard *g) { return g->guard.limits().maxInputBytes; }

riskcard_status evaluate(riskcard_guard *g, const char *json, size_t len,
                         riskcard_decision **decision) {
  try {
    *decision = wrap(g->guard.evaluate(json ? json : "", len), g->options);
    return RISKCARD_OK;
  } catch (const std::bad_alloc &) {
    *decision = shared(outOfMemory, g->options);
    return RISKCARD_OUT_OF_MEMORY;
  } catch (...) {
    *decision = shared(internalFailure, g->options);
    return RISKCARD_INTERNAL;
  }
}

/// The inputs of a batch as strings (a null input reads as empty).
std::vector<std::string> batchInputs(const char *const *inputs, const size_t *lengths, size_t count) {
  std::vector<std::string> batch;
  batch.reserve(count);
  for (size_t i = 0; i < count; ++i)
    batch.emplace_back(inputs[i] ? inputs[i] : "", inputs[i] ? lengths[i] : 0);
  return batch;
}

/// Hands out a batch's decisions; one that failed (or cannot be wrapped)
/// becomes the shared out-of-memory decision, and the status says so unless
/// it already says something else.
void wrapBatch(riskcard_guard *g, std::vector<riskrt::Decision> &results,
               const std::vector<char> &failed, riskcard_decision **decisions,
               riskcard_status &status) {
  for (size_t i = 0; i < results.size(); ++i) {
    decisions[i] = nullptr;
    if (!failed[i]) {
      try {
        decisions[i] = wrap(std::move(results[i]), g->options);
        continue;
      } catch (...) {
      }
    }
    decisions[i] = shared(outOfMemory, g->options);
    if (status == RISKCARD_OK)
      status = RISKCARD_OUT_OF_MEMORY;
  }
}

riskcard_status evaluateBatch(riskcard_guard *g, const char *const *inputs, const size_t *lengths,
                              size_t count, unsigned threads, riskcard_decision **decisions) {
  riskcard_status status = RISKCARD_OK;
  try {
    std::vector<std::string> batch = batchInputs(inputs, lengths, count);
    std::vector<char> failed;
    std::vector<riskrt::Decision> results = g->guard.evaluateBatch(batch, threads, failed);
    wrapBatch(g, results, failed, decisions, status);
  } catch (const std::bad_alloc &) {
    for (size_t i = 0; i < count; ++i)
      decisions[i] = shared(outOfMemory, g->options);
    status = RISKCARD_OUT_OF_MEMORY;
  } catch (...) {
    for (size_t i = 0; i < count; ++i)
      decisions[i] = shared(internalFailure, g->options);
    status = RISKCARD_INTERNAL;
  }
  return status;
}

int hasDeviceCode(const riskcard_guard *g, riskcard_device device) {
  return device == RISKCARD_DEVICE_CPU || (device == RISKCARD_DEVICE_CUDA && g->cudaImageSize > 0);
}

const char *deviceError(const riskcard_guard *g) { return g->deviceMessage.c_str(); }

void deviceTiming(const riskcard_guard *g, double *times) {
  const riskrt::cuda::BatchStats &s = g->deviceStats;
  times[0] = s.copyToDeviceMs, times[1] = s.kernelMs, times[2] = s.copyFromDeviceMs,
  times[3] = s.wallMs;
}

riskcard_status evaluateBatchOn(riskcard_guard *g, riskcard_device device, const char *const *inputs,
                                const size_t *lengths, size_t count, unsigned threads,
                                riskcard_decision **decisions) {
  if (device == RISKCARD_DEVICE_CPU)
    return evaluateBatch(g, inputs, lengths, count, threads, decisions);
  if (device != RISKCARD_DEVICE_CUDA)
    return RISKCARD_INVALID_ARGUMENT;
  for (size_t i = 0; i < count; ++i)
    decisions[i] = nullptr;
  riskcard_status status = RISKCARD_OK;
  try {
    std::lock_guard<std::mutex> hold(g->deviceLock);
    if (!g->device) {
      std::string error;
      riskrt::cuda::Image image;
      if (!g->cudaImageSize) {
        g->deviceMessage = "the guard has no CUDA code (build it with `--target=cpu,cuda`)";
        return RISKCARD_NO_DEVICE;
      }
      if (!riskrt::cuda::parseImage(g->cudaImage, g->cudaImageSize, image, error) ||
          !(g->device = riskrt::cuda::Device::open(image, error))) {
        g->deviceMessage = error;
        return RISKCARD_NO_DEVICE;
      }
      g->deviceMessage = g->device->description();
    }
    std::vector<std::string> batch = batchInputs(inputs, lengths, count);
    std::vector<riskrt::Decision> results;
    std::vector<char> failed;
    std::string error;
    if (!g->device->evaluate(g->guard, batch, threads, results, failed, error, &g->deviceStats)) {
      g->deviceMessage = error;
      status = RISKCARD_DEVICE_FAILED;
    }
    wrapBatch(g, results, failed, decisions, status);
  } catch (const std::bad_alloc &) {
    for (size_t i = 0; i < count; ++i)
      if (!decisions[i])
        decisions[i] = shared(outOfMemory, g->options);
    status = RISKCARD_OUT_OF_MEMORY;
  } catch (...) {
    for (size_t i = 0; i < count; ++i)
      if (!decisions[i])
        decisions[i] = shared(internalFailure, g->options);
    status = RISKCARD_INTERNAL;
  }
  return status;
}

const GuardOps guardOps = {RISKCARD_ABI_VERSION, guardClose,    policyName,      bundleHash,
                           setMaxInputBytes,     maxInputBytes, evaluate,        evaluateBatch,
                           evaluateBatchOn,      hasDeviceCode, deviceError,     deviceTiming};

bool usable(const riskcard_guard *g) { return g && g->ops && g->ops->abi == RISKCARD_ABI_VERSION; }
bool usable(const riskcard_decision *d) {
  return d && d->ops && d->ops->abi == RISKCARD_ABI_VERSION;
}

/// What riskcard_decision_json(NULL) (and a decision of another ABI) reads as.
const char *const noDecisionJson =
    "{\"action\":\"block\",\"categories\":[],\"rules\":[],\"spans\":[],\"scores\":{},"
    "\"error\":{\"kind\":\"no-decision\",\"message\":\"no decision was given\"},\"bundle\":\"\"}";

} // namespace

extern "C" {

const char *riskcard_version(void) { return RISKCARD_RUNTIME_VERSION; }

riskcard_status riskcard_open_with(const char *manifest, riskrt::EvalFn eval, unsigned options,
                                   riskcard_guard **guard) {
  riskcard_guard_code code{manifest, eval, nullptr, 0};
  return riskcard_guard_from_code(&code, options, guard);
}

riskcard_status riskcard_guard_from_code(const riskcard_guard_code *code, unsigned options,
                                    riskcard_guard **guard) {
  if (!guard || !code || !code->manifest || !code->eval || (options & ~RISKCARD_ERRORS_AS_ERRORS))
    return RISKCARD_INVALID_ARGUMENT;
  *guard = nullptr;
  try {
    riskrt::Manifest m;
    std::string error;
    if (!m.parse(code->manifest, error))
      return RISKCARD_BAD_ARTEFACT;
    *guard = new riskcard_guard{&guardOps, riskrt::Guard(std::move(m), code->eval), options};
    (*guard)->cudaImage = code->cudaImage;
    (*guard)->cudaImageSize = code->cudaImage ? code->cudaImageSize : 0;
    return RISKCARD_OK;
  } catch (const std::bad_alloc &) {
    return RISKCARD_OUT_OF_MEMORY;
  } catch (...) {
    return RISKCARD_INTERNAL;
  }
}

void riskcard_close(riskcard_guard *g) {
  if (usable(g))
    g->ops->close(g);
}

const char *riskcard_policy_name(const riskcard_guard *g) {
  return usable(g) ? g->ops->policyName(g) : "";
}

const char *riskcard_bundle_hash(const riskcard_guard *g) {
  return usable(g) ? g->ops->bundleHash(g) : "";
}

riskcard_status riskcard_set_max_input_bytes(riskcard_guard *g, size_t bytes) {
  return usable(g) ? g->ops->setMaxInputBytes(g, bytes) : RISKCARD_INVALID_ARGUMENT;
}

size_t riskcard_max_input_bytes(const riskcard_guard *g) {
  return usable(g) ? g->ops->maxInputBytes(g) : 0;
}

riskcard_status riskcard_evaluate(riskcard_guard *g, const char *json, size_t len,
                                  riskcard_decision **decision) {
  if (!usable(g) || !decision || (!json && len))
    return RISKCARD_INVALID_ARGUMENT;
  return g->ops->evaluate(g, json, len, decision);
}

riskcard_status riskcard_evaluate_batch(riskcard_guard *g, const char *const *inputs,
                                        const size_t *lengths, size_t count, unsigned threads,
                                        riskcard_decision **decisions) {
  if (!usable(g) || (count && (!inputs || !lengths || !decisions)))
    return RISKCARD_INVALID_ARGUMENT;
  return g->ops->evaluateBatch(g, inputs, lengths, count, threads, decisions);
}

riskcard_status riskcard_evaluate_batch_on(riskcard_guard *g, riskcard_device device,
                                           const char *const *inputs, const size_t *lengths,
                                           size_t count, unsigned threads,
                                           riskcard_decision **decisions) {
  if (!usable(g) || (count && (!inputs || !lengths || !decisions)))
    return RISKCARD_INVALID_ARGUMENT;
  return g->ops->evaluateBatchOn(g, device, inputs, lengths, count, threads, decisions);
}

int riskcard_has_device_code(const riskcard_guard *g, riskcard_device device) {
  return usable(g) ? g->ops->hasDeviceCode(g, device) : 0;
}

const char *riskcard_device_error(const riskcard_guard *g) {
  return usable(g) ? g->ops->deviceError(g) : "";
}

riskcard_status riskcard_device_timing(const riskcard_guard *g, double times[4]) {
  if (!usable(g) || !times)
    return RISKCARD_INVALID_ARGUMENT;
  g->ops->deviceTiming(g, times);
  return RISKCARD_OK;
}

void riskcard_decision_free(riskcard_decision *d) {
  if (usable(d))
    d->ops->free(d);
}

riskcard_action riskcard_decision_action(const riskcard_decision *d) {
  return usable(d) ? d->ops->action(d) : RISKCARD_BLOCK; // fail closed
}
int riskcard_decision_is_error(const riskcard_decision *d) {
  return usable(d) ? d->ops->isError(d) : 1;
}
const char *riskcard_decision_error(const riskcard_decision *d) {
  return usable(d) ? d->ops->error(d) : "no-decision: no decision was given";
}
size_t riskcard_decision_category_count(const riskcard_decision *d) {
  return usable(d) ? d->ops->categoryCount(d) : 0;
}
const char *riskcard_decision_category(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->category(d, i) : "";
}
size_t riskcard_decision_rule_count(const riskcard_decision *d) {
  return usable(d) ? d->ops->ruleCount(d) : 0;
}
const char *riskcard_decision_rule(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->rule(d, i) : "";
}
int riskcard_decision_spans_truncated(const riskcard_decision *d) {
  return usable(d) ? d->ops->spansTruncated(d) : 0;
}
size_t riskcard_decision_span_count(const riskcard_decision *d) {
  return usable(d) ? d->ops->spanCount(d) : 0;
}
riskcard_span riskcard_decision_span(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->span(d, i) : riskcard_span{"", 0, 0, "", "", ""};
}
size_t riskcard_decision_score_count(const riskcard_decision *d) {
  return usable(d) ? d->ops->scoreCount(d) : 0;
}
const char *riskcard_decision_score_name(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->scoreName(d, i) : "";
}
double riskcard_decision_score(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->score(d, i) : 0.0;
}
const char *riskcard_decision_reason(const riskcard_decision *d) {
  return usable(d) ? d->ops->reason(d) : "";
}
const char *riskcard_decision_guidance(const riskcard_decision *d) {
  return usable(d) ? d->ops->guidance(d) : "";
}
const char *riskcard_decision_redacted(const riskcard_decision *d, const char *field) {
  return usable(d) && field ? d->ops->redacted(d, field) : nullptr;
}
size_t riskcard_decision_redacted_count(const riskcard_decision *d) {
  return usable(d) ? d->ops->redactedCount(d) : 0;
}
const char *riskcard_decision_redacted_field(const riskcard_decision *d, size_t i) {
  return usable(d) ? d->ops->redactedField(d, i) : "";
}
const char *riskcard_decision_json(const riskcard_decision *d) {
  return usable(d) ? d->ops->json(d) : noDecisionJson;
}

} // extern "C"
