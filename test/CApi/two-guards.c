/* Two guards linked into one program (an input guard and an output guard):
 * each opens through its own entry and decides with its own policy, whatever
 * copy of the riskcard_* functions the program ends up calling; the generic
 * riskcard_open refuses to guess. */
#include "guard/guard.h"
#include "pii/guard.h"

#include <stdio.h>
#include <string.h>

static int check(int ok, const char *what) {
  if (!ok)
    fprintf(stderr, "FAILED: %s\n", what);
  return ok ? 0 : 1;
}

static const char *decide(riskcard_guard *g, const char *input, riskcard_decision **d) {
  if (riskcard_evaluate(g, input, strlen(input), d) != RISKCARD_OK)
    return "(no decision)";
  return riskcard_decision_json(*d);
}

int main(void) {
  int failures = 0;
  riskcard_guard *gore = NULL, *pii = NULL, *any = NULL;
  failures += check(riskcard_open(0, &any) == RISKCARD_AMBIGUOUS,
                    "riskcard_open with two guards linked is RISKCARD_AMBIGUOUS");
  failures += check(riskcard_open_guard(0, &gore) == RISKCARD_OK, "riskcard_open_guard");
  failures += check(riskcard_open_pii(0, &pii) == RISKCARD_OK, "riskcard_open_pii");
  if (!gore || !pii)
    return 1;
  failures += check(strcmp(riskcard_policy_name(gore), "guard") == 0, "first guard's policy");
  failures += check(strcmp(riskcard_policy_name(pii), "pii") == 0, "second guard's policy");
  failures += check(strcmp(riskcard_bundle_hash(gore), riskcard_bundle_hash(pii)) != 0,
                    "the guards' bundles differ");

  /* The same inputs, two policies. */
  const char *inputs[] = {"{\"text\":\"a blood-soaked, dismembered body\"}",
                          "{\"text\":\"mail alice@corp.example and bob@example.org\"}",
                          "{\"text\":\"my password is 1234\"}"};
  for (int i = 0; i < 3; ++i) {
    riskcard_decision *a = NULL, *b = NULL;
    printf("guard: %s\n", decide(gore, inputs[i], &a));
    printf("pii:   %s\n", decide(pii, inputs[i], &b));
    riskcard_decision_free(a);
    riskcard_decision_free(b);
  }
  /* Batches too, on threads. */
  size_t lengths[3];
  for (int i = 0; i < 3; ++i)
    lengths[i] = strlen(inputs[i]);
  riskcard_decision *batch[3];
  failures += check(riskcard_evaluate_batch(pii, inputs, lengths, 3, 3, batch) == RISKCARD_OK,
                    "a batch on the second guard");
  for (int i = 0; i < 3; ++i) {
    printf("pii batch: %s\n", riskcard_decision_json(batch[i]));
    riskcard_decision_free(batch[i]);
  }
  riskcard_close(gore);
  riskcard_close(pii);
  return failures;
}
