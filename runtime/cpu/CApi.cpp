//===- CApi.cpp - The C ABI over the runtime -------------------------------===//
//
// Thin wrappers: a riskcard_guard holds a riskrt::Guard and its options; a
// riskcard_decision holds a Decision, its JSON, and the C views of its spans.
// No function here lets an exception or a null pointer escape.
//
//===----------------------------------------------------------------------===//
#include "riskcard/guard_entry.h"
#include "riskcard/runtime.hpp"

#include <new>

struct riskcard_guard {
  riskrt::Guard guard;
  unsigned options;
};

struct riskcard_decision {
  riskrt::Decision decision;
  unsigned options;
  mutable std::string json; ///< rendered on first request
  std::string error;
};

extern "C" {

const char *riskcard_version(void) { return RISKCARD_RUNTIME_VERSION; }

riskcard_status riskcard_open_with(const char *manifest, riskrt::EvalFn eval, unsigned options,
                                   riskcard_guard **guard) {
  if (!guard || !manifest || !eval || (options & ~RISKCARD_ERRORS_AS_ERRORS))
    return RISKCARD_INVALID_ARGUMENT;
  riskrt::Manifest m;
  std::string error;
  if (!m.parse(manifest, error))
    return RISKCARD_BAD_ARTEFACT;
  *guard = new (std::nothrow) riskcard_guard{riskrt::Guard(std::move(m), eval), options};
  return *guard ? RISKCARD_OK : RISKCARD_OUT_OF_MEMORY;
}

void riskcard_close(riskcard_guard *guard) { delete guard; }

const char *riskcard_policy_name(const riskcard_guard *guard) {
  return guard ? guard->guard.manifest().policy.c_str() : "";
}

const char *riskcard_bundle_hash(const riskcard_guard *guard) {
  return guard ? guard->guard.manifest().bundle.c_str() : "";
}

static riskcard_decision *wrap(riskrt::Decision d, unsigned options) {
  auto *out = new (std::nothrow) riskcard_decision{std::move(d), options, {}, {}};
  if (!out)
    return nullptr;
  if (!out->decision.errorKind.empty())
    out->error = out->decision.errorKind + ": " + out->decision.errorMessage;
  return out;
}

riskcard_status riskcard_evaluate(riskcard_guard *guard, const char *json, size_t len,
                                  riskcard_decision **decision) {
  if (!guard || !decision || (!json && len))
    return RISKCARD_INVALID_ARGUMENT;
  *decision = wrap(guard->guard.evaluate(json ? json : "", len), guard->options);
  return *decision ? RISKCARD_OK : RISKCARD_OUT_OF_MEMORY;
}

riskcard_status riskcard_evaluate_batch(riskcard_guard *guard, const char *const *inputs,
                                        const size_t *lengths, size_t count, unsigned threads,
                                        riskcard_decision **decisions) {
  if (!guard || (count && (!inputs || !lengths || !decisions)))
    return RISKCARD_INVALID_ARGUMENT;
  std::vector<std::string> batch;
  batch.reserve(count);
  for (size_t i = 0; i < count; ++i)
    batch.emplace_back(inputs[i] ? inputs[i] : "", inputs[i] ? lengths[i] : 0);
  std::vector<riskrt::Decision> results = guard->guard.evaluateBatch(batch, threads);
  riskcard_status status = RISKCARD_OK;
  for (size_t i = 0; i < count; ++i) {
    decisions[i] = wrap(std::move(results[i]), guard->options);
    if (!decisions[i])
      status = RISKCARD_OUT_OF_MEMORY;
  }
  return status;
}

void riskcard_decision_free(riskcard_decision *decision) { delete decision; }

riskcard_action riskcard_decision_action(const riskcard_decision *d) {
  if (!d)
    return RISKCARD_BLOCK; // fail closed
  if (d->decision.action == RISKCARD_ERROR && !(d->options & RISKCARD_ERRORS_AS_ERRORS))
    return RISKCARD_BLOCK;
  return riskcard_action(d->decision.action);
}

int riskcard_decision_is_error(const riskcard_decision *d) {
  return !d || d->decision.action == RISKCARD_ERROR;
}

const char *riskcard_decision_error(const riskcard_decision *d) {
  return d ? d->error.c_str() : "no decision";
}

size_t riskcard_decision_category_count(const riskcard_decision *d) {
  return d ? d->decision.categories.size() : 0;
}
const char *riskcard_decision_category(const riskcard_decision *d, size_t i) {
  return d && i < d->decision.categories.size() ? d->decision.categories[i].c_str() : "";
}
size_t riskcard_decision_rule_count(const riskcard_decision *d) {
  return d ? d->decision.rules.size() : 0;
}
const char *riskcard_decision_rule(const riskcard_decision *d, size_t i) {
  return d && i < d->decision.rules.size() ? d->decision.rules[i].c_str() : "";
}
int riskcard_decision_spans_truncated(const riskcard_decision *d) {
  return d && d->decision.spansTruncated;
}
size_t riskcard_decision_span_count(const riskcard_decision *d) {
  return d ? d->decision.spans.size() : 0;
}
riskcard_span riskcard_decision_span(const riskcard_decision *d, size_t i) {
  if (!d || i >= d->decision.spans.size())
    return {"", 0, 0, "", "", ""};
  const riskrt::Span &s = d->decision.spans[i];
  return {s.field.c_str(), s.start, s.end, s.rule.c_str(), s.matcher.c_str(), s.match.c_str()};
}
size_t riskcard_decision_score_count(const riskcard_decision *d) {
  return d ? d->decision.scores.size() : 0;
}
const char *riskcard_decision_score_name(const riskcard_decision *d, size_t i) {
  return d && i < d->decision.scores.size() ? d->decision.scores[i].first.c_str() : "";
}
double riskcard_decision_score(const riskcard_decision *d, size_t i) {
  return d && i < d->decision.scores.size() ? d->decision.scores[i].second : 0.0;
}
const char *riskcard_decision_reason(const riskcard_decision *d) {
  return d ? d->decision.reason.c_str() : "";
}
const char *riskcard_decision_guidance(const riskcard_decision *d) {
  return d ? d->decision.guidance.c_str() : "";
}
const char *riskcard_decision_json(const riskcard_decision *d) {
  if (!d)
    return "{\"action\":\"error\"}";
  if (d->json.empty())
    d->json = d->decision.toJson(d->options & RISKCARD_ERRORS_AS_ERRORS);
  return d->json.c_str();
}

} // extern "C"
