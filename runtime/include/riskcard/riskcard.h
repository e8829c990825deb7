/*===- riskcard.h - The C ABI of compiled guards ------------------*- C -*-===*
 *
 * A guard built by `riskc build POLICY -o guard.so` exports these functions.
 * Open it, evaluate JSON inputs (one or a batch), read each decision: the
 * action, the categories (in every mapped taxonomy), the deciding rules, the
 * evidence spans (byte offsets into the input field), scores, the reason, and
 * the bundle hash. Every failure inside the guard yields a decision whose
 * action is RISKCARD_ERROR; unless the guard was opened with
 * RISKCARD_ERRORS_AS_ERRORS, riskcard_decision_action() reports such a
 * decision as RISKCARD_BLOCK: a failure never reads as allow.
 *
 *===----------------------------------------------------------------------===*/
#ifndef RISKCARD_RISKCARD_H
#define RISKCARD_RISKCARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RISKCARD_ABI_VERSION 1

#if defined(__GNUC__)
#define RISKCARD_EXPORT __attribute__((visibility("default")))
#else
#define RISKCARD_EXPORT
#endif

typedef enum riskcard_action {
  RISKCARD_ALLOW = 0,
  RISKCARD_WARN = 1,
  RISKCARD_REDACT = 2,
  RISKCARD_GUIDE = 3,
  RISKCARD_ESCALATE = 4,
  RISKCARD_BLOCK = 5,
  RISKCARD_ERROR = 6
} riskcard_action;

typedef enum riskcard_status {
  RISKCARD_OK = 0,
  RISKCARD_INVALID_ARGUMENT = 1, /* a null pointer or a bad option */
  RISKCARD_OUT_OF_MEMORY = 2,
  RISKCARD_BAD_ARTEFACT = 3      /* the guard's embedded data cannot be read */
} riskcard_status;

/* Options for riskcard_open. */
#define RISKCARD_ERRORS_AS_ERRORS 1u /* report RISKCARD_ERROR instead of BLOCK */

typedef struct riskcard_guard riskcard_guard;
typedef struct riskcard_decision riskcard_decision;

/* The runtime's version, e.g. "0.1.0". */
RISKCARD_EXPORT const char *riskcard_version(void);

/* Opens the guard compiled into this shared object. */
RISKCARD_EXPORT riskcard_status riskcard_open(unsigned options, riskcard_guard **guard);
RISKCARD_EXPORT void riskcard_close(riskcard_guard *guard);

/* The policy's name and the SHA-256 of the sources it was built from. */
RISKCARD_EXPORT const char *riskcard_policy_name(const riskcard_guard *guard);
RISKCARD_EXPORT const char *riskcard_bundle_hash(const riskcard_guard *guard);

/* Evaluates one input: a JSON object (`len` bytes, no terminator needed).
 * Always produces a decision unless memory runs out. */
RISKCARD_EXPORT riskcard_status riskcard_evaluate(riskcard_guard *guard, const char *json, size_t len,
                                  riskcard_decision **decision);

/* Evaluates `count` inputs on up to `threads` threads (0: one per core);
 * decisions[i] belongs to inputs[i]. */
RISKCARD_EXPORT riskcard_status riskcard_evaluate_batch(riskcard_guard *guard, const char *const *inputs,
                                        const size_t *lengths, size_t count, unsigned threads,
                                        riskcard_decision **decisions);

RISKCARD_EXPORT void riskcard_decision_free(riskcard_decision *decision);

/* The action; RISKCARD_ERROR is reported as RISKCARD_BLOCK unless the guard
 * was opened with RISKCARD_ERRORS_AS_ERRORS. */
RISKCARD_EXPORT riskcard_action riskcard_decision_action(const riskcard_decision *decision);
/* Whether the guard failed on this input (the decision is an error). */
RISKCARD_EXPORT int riskcard_decision_is_error(const riskcard_decision *decision);
/* Why it failed ("missing-field: text", ...), or "" when it did not. */
RISKCARD_EXPORT const char *riskcard_decision_error(const riskcard_decision *decision);

RISKCARD_EXPORT size_t riskcard_decision_category_count(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_category(const riskcard_decision *decision, size_t i);
RISKCARD_EXPORT size_t riskcard_decision_rule_count(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_rule(const riskcard_decision *decision, size_t i);

typedef struct riskcard_span {
  const char *field;   /* `text`, `args.cmd`, `tags[2]` */
  uint64_t start, end; /* byte offsets into that field's string */
  const char *rule;    /* the deciding rule the evidence belongs to */
  const char *matcher; /* the lexicon or pattern */
  const char *match;   /* the matched text (its first 256 bytes and "..." (U+2026) when longer) */
} riskcard_span;
RISKCARD_EXPORT size_t riskcard_decision_span_count(const riskcard_decision *decision);
RISKCARD_EXPORT riskcard_span riskcard_decision_span(const riskcard_decision *decision, size_t i);
/* Whether the evaluation found more matches than a decision keeps as
 * evidence (the guard's span capacity, 256): the action is still exact, the
 * span list is incomplete. */
RISKCARD_EXPORT int riskcard_decision_spans_truncated(const riskcard_decision *decision);

RISKCARD_EXPORT size_t riskcard_decision_score_count(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_score_name(const riskcard_decision *decision, size_t i);
RISKCARD_EXPORT double riskcard_decision_score(const riskcard_decision *decision, size_t i);

/* The `because` text of the deciding rule, and the guidance of `guide`. */
RISKCARD_EXPORT const char *riskcard_decision_reason(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_guidance(const riskcard_decision *decision);

/* The whole decision as one line of JSON, rendered on the first call (so a
 * caller that only reads the action pays nothing for it). A decision belongs
 * to one thread at a time; a guard may be shared by any number of threads. */
RISKCARD_EXPORT const char *riskcard_decision_json(const riskcard_decision *decision);

#ifdef __cplusplus
}
#endif

#endif /* RISKCARD_RISKCARD_H */
