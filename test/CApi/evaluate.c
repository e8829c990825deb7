/* Links a guard built by `riskc build` through its header and evaluates JSONL
 * from standard input: once input by input, once as a batch on 4 threads.
 * Prints one decision per line (the batch's after the single ones), and checks
 * the accessors agree with the JSON. */
#include "guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *lines[4096];
static size_t lengths[4096];

int main(int argc, char **argv) {
  unsigned options = argc > 1 && strcmp(argv[1], "--errors-as-errors") == 0 ? RISKCARD_ERRORS_AS_ERRORS : 0;
  riskcard_guard *guard = NULL;
  if (riskcard_open(options, &guard) != RISKCARD_OK) {
    fprintf(stderr, "cannot open the guard\n");
    return 1;
  }
  if (riskcard_open(99, &guard) != RISKCARD_INVALID_ARGUMENT) {
    fprintf(stderr, "a bad option was accepted\n");
    return 1;
  }
  size_t count = 0;
  static char buffer[1 << 16];
  while (count < 4096 && fgets(buffer, sizeof buffer, stdin)) {
    size_t n = strlen(buffer);
    while (n && (buffer[n - 1] == '\n' || buffer[n - 1] == '\r'))
      buffer[--n] = 0;
    if (!n)
      continue;
    lines[count] = strdup(buffer);
    lengths[count++] = n;
  }
  for (size_t i = 0; i < count; ++i) {
    riskcard_decision *d = NULL;
    if (riskcard_evaluate(guard, lines[i], lengths[i], &d) != RISKCARD_OK)
      return 1;
    /* The accessors agree with the JSON: spot-check the action and rules. */
    const char *json = riskcard_decision_json(d);
    static const char *names[] = {"allow", "warn", "redact", "guide", "escalate", "block", "error"};
    char expect[64];
    snprintf(expect, sizeof expect, "{\"action\":\"%s\"", names[riskcard_decision_action(d)]);
    if (strncmp(json, expect, strlen(expect)) != 0) {
      fprintf(stderr, "action accessor disagrees with %s\n", json);
      return 1;
    }
    if (riskcard_decision_is_error(d) && options == 0 && riskcard_decision_action(d) != RISKCARD_BLOCK) {
      fprintf(stderr, "an error did not read as block\n");
      return 1;
    }
    for (size_t r = 0; r < riskcard_decision_rule_count(d); ++r)
      if (!strstr(json, riskcard_decision_rule(d, r)))
        return 1;
    for (size_t s = 0; s < riskcard_decision_span_count(d); ++s) {
      riskcard_span span = riskcard_decision_span(d, s);
      if (span.end < span.start || strlen(span.match) != span.end - span.start)
        return 1;
    }
    printf("%s\n", json);
    riskcard_decision_free(d);
  }
  riskcard_decision **batch = calloc(count ? count : 1, sizeof *batch);
  if (riskcard_evaluate_batch(guard, (const char *const *)lines, lengths, count, 4, batch) != RISKCARD_OK)
    return 1;
  for (size_t i = 0; i < count; ++i) {
    printf("%s\n", riskcard_decision_json(batch[i]));
    riskcard_decision_free(batch[i]);
  }
  free(batch);
  /* Null arguments are refused, never a crash; no decision reads as allow. */
  if (riskcard_evaluate(NULL, "{}", 2, NULL) != RISKCARD_INVALID_ARGUMENT)
    return 1;
  if (riskcard_decision_action(NULL) != RISKCARD_BLOCK)
    return 1;
  riskcard_close(guard);
  return 0;
}
