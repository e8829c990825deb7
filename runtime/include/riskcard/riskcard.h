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
 * No function lets an exception, an abort or a null pointer through: a
 * failure is a status or a fail-closed decision.
 *
 * Several guards in one process. Every guard exports the functions below and
 * one entry of its own, riskcard_open_NAME (NAME: the policy's name, or what
 * `riskc build --entry NAME` chose), declared in the guard.h written beside
 * it. A guard and its decisions carry their own implementation, so the
 * functions below, whichever guard's copy the program calls, always run the
 * code of the guard that made the handle. A program that links more than one
 * guard opens each through its own riskcard_open_NAME; riskcard_open then
 * returns RISKCARD_AMBIGUOUS. A program that dlopen()s guards may look up
 * riskcard_open in each library's handle.
 *
 *===----------------------------------------------------------------------===*/
#ifndef RISKCARD_RISKCARD_H
#define RISKCARD_RISKCARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RISKCARD_ABI_VERSION 2

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
  RISKCARD_OUT_OF_MEMORY = 2,    /* the decision(s) given are fail-closed errors */
  RISKCARD_BAD_ARTEFACT = 3,     /* the guard's embedded data cannot be read */
  RISKCARD_AMBIGUOUS = 4,        /* riskcard_open with several guards linked: use riskcard_open_NAME */
  RISKCARD_INTERNAL = 5,         /* any other failure; the decision(s) given are fail-closed errors */
  RISKCARD_NO_DEVICE = 6,        /* the device asked for cannot be used (no driver, no device, no
                                    code for it in the guard): nothing was evaluated */
  RISKCARD_DEVICE_FAILED = 7     /* the device failed during a batch: the records it had not
                                    finished have `error` decisions of kind `device` */
} riskcard_status;

/* Where riskcard_evaluate_batch_on runs the rules. */
typedef enum riskcard_device {
  RISKCARD_DEVICE_CPU = 0, /* this process's threads (riskcard_evaluate_batch) */
  RISKCARD_DEVICE_CUDA = 1 /* GPU 0, for a guard built with `--target=cpu,cuda` */
} riskcard_device;

/* The most bytes of JSON a guard takes from one input unless told otherwise
 * (riskcard_set_max_input_bytes); a larger input is decided `block` with the
 * error kind `input-too-large`, without being parsed. */
#define RISKCARD_DEFAULT_MAX_INPUT_BYTES ((size_t)16 << 20)

/* The most evidence spans a decision keeps (matches of lexicons and of
 * patterns, every non-overlapping match of a matcher that a `redact` rule
 * uses). A `redact` decision whose evidence does not fit is decided `block`
 * with the error kind `too-many-redactions`: redacting part of it would leak
 * the rest. */
#define RISKCARD_MAX_SPANS 4096

/* Options for riskcard_open. */
#define RISKCARD_ERRORS_AS_ERRORS 1u /* report RISKCARD_ERROR instead of BLOCK */

typedef struct riskcard_guard riskcard_guard;
typedef struct riskcard_decision riskcard_decision;

/* The runtime's version, e.g. "0.1.0". */
RISKCARD_EXPORT const char *riskcard_version(void);

/* Opens the guard compiled into this shared object (RISKCARD_AMBIGUOUS when
 * the program has linked several guards: see above). */
RISKCARD_EXPORT riskcard_status riskcard_open(unsigned options, riskcard_guard **guard);
RISKCARD_EXPORT void riskcard_close(riskcard_guard *guard);

/* The most bytes of JSON one input may have (0: the default). */
RISKCARD_EXPORT riskcard_status riskcard_set_max_input_bytes(riskcard_guard *guard, size_t bytes);
RISKCARD_EXPORT size_t riskcard_max_input_bytes(const riskcard_guard *guard);

/* The policy's name and the SHA-256 of the sources it was built from. */
RISKCARD_EXPORT const char *riskcard_policy_name(const riskcard_guard *guard);
RISKCARD_EXPORT const char *riskcard_bundle_hash(const riskcard_guard *guard);

/* Evaluates one input: a JSON object (`len` bytes, no terminator needed).
 * Always produces a decision (*decision is never null after a call with valid
 * arguments): when memory runs out it is a shared fail-closed error decision
 * (error kind `out-of-memory`) and the status says RISKCARD_OUT_OF_MEMORY;
 * riskcard_decision_free accepts it like any other. */
RISKCARD_EXPORT riskcard_status riskcard_evaluate(riskcard_guard *guard, const char *json, size_t len,
                                  riskcard_decision **decision);

/* Evaluates `count` inputs on up to `threads` threads (0: one per core);
 * decisions[i] belongs to inputs[i]. A thread that cannot be started leaves
 * its share to the others (at worst the caller's thread does it all). */
RISKCARD_EXPORT riskcard_status riskcard_evaluate_batch(riskcard_guard *guard, const char *const *inputs,
                                        const size_t *lengths, size_t count, unsigned threads,
                                        riskcard_decision **decisions);

/* riskcard_evaluate_batch on a device. With RISKCARD_DEVICE_CUDA the JSON is
 * parsed and the decisions assembled on up to `threads` CPU threads, the
 * rules run on the GPU (one thread per record), and a record the GPU cannot
 * finish (more evidence than it keeps) is evaluated on the CPU: the decisions
 * are exactly those of riskcard_evaluate_batch. RISKCARD_NO_DEVICE: the guard
 * has no code for the device, or the machine has no driver or no device
 * (riskcard_device_error says which); every decisions[i] is then NULL.
 * RISKCARD_DEVICE_FAILED: the device failed mid-batch; decisions[i] of every
 * record it had not finished is an `error` decision of kind `device` (it
 * reads as block), the others stand. The device is opened on the first call
 * and kept until riskcard_close; batches on one guard's device run one at a
 * time. */
RISKCARD_EXPORT riskcard_status riskcard_evaluate_batch_on(riskcard_guard *guard, riskcard_device device,
                                                           const char *const *inputs,
                                                           const size_t *lengths, size_t count,
                                                           unsigned threads,
                                                           riskcard_decision **decisions);
/* Whether the guard carries code for `device` (the CPU: always). */
RISKCARD_EXPORT int riskcard_has_device_code(const riskcard_guard *guard, riskcard_device device);
/* What the last device call on this guard said: the device it opened
 * ("NVIDIA H100 ... (sm_90), cubin sm_90"), or why it could not open or
 * failed; "" before any. Valid until the next device call on the guard. */
RISKCARD_EXPORT const char *riskcard_device_error(const riskcard_guard *guard);
/* Where the time of the last device batch on this guard went, in
 * milliseconds (by device events): times[0] copies to the device, times[1]
 * the kernel, times[2] copies back, times[3] the whole call. All 0 before
 * the first batch. */
RISKCARD_EXPORT riskcard_status riskcard_device_timing(const riskcard_guard *guard, double times[4]);

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
 * evidence (RISKCARD_MAX_SPANS): the action is still exact, the span list is
 * incomplete. Never set on a `redact` decision (see RISKCARD_MAX_SPANS). */
RISKCARD_EXPORT int riskcard_decision_spans_truncated(const riskcard_decision *decision);

RISKCARD_EXPORT size_t riskcard_decision_score_count(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_score_name(const riskcard_decision *decision, size_t i);
RISKCARD_EXPORT double riskcard_decision_score(const riskcard_decision *decision, size_t i);

/* The `because` text of the deciding rule, and the guidance of `guide`. */
RISKCARD_EXPORT const char *riskcard_decision_reason(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_guidance(const riskcard_decision *decision);

/* For a `redact` decision: the text of a string field (named as spans name
 * it: `text`, `args.cmd`, `tags[2]`) with every span of its evidence replaced
 * by "[REDACTED]" (overlapping spans merged); NULL when the field has nothing
 * to redact or the decision is not `redact`. The count and the i-th field
 * list them all. */
RISKCARD_EXPORT const char *riskcard_decision_redacted(const riskcard_decision *decision,
                                                       const char *field);
RISKCARD_EXPORT size_t riskcard_decision_redacted_count(const riskcard_decision *decision);
RISKCARD_EXPORT const char *riskcard_decision_redacted_field(const riskcard_decision *decision,
                                                             size_t i);

/* The whole decision as one line of JSON, rendered on the first call (so a
 * caller that only reads the action pays nothing for it). A decision belongs
 * to one thread at a time; a guard may be shared by any number of threads.
 * For a null decision: a `block` decision whose error kind is `no-decision`
 * (`error` with RISKCARD_ERRORS_AS_ERRORS is unknowable without a decision),
 * as riskcard_decision_action(NULL) says RISKCARD_BLOCK. */
RISKCARD_EXPORT const char *riskcard_decision_json(const riskcard_decision *decision);

#ifdef __cplusplus
}
#endif

#endif /* RISKCARD_RISKCARD_H */
