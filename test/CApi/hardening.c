/* What an attacker or an unlucky host can do to a guard through the C API,
 * and what the guard does instead of failing open or killing its host.
 *
 *   hardening           the checks below, one line each ("ok: ..."), exit 0
 *   hardening oom MB    under an address-space limit of MB more than the
 *                       program has mapped: a huge input and a batch on 64
 *                       threads; every decision fails closed, nothing aborts
 */
#include "pii/guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int failures = 0;

static void check(int ok, const char *what, const char *detail) {
  printf("%s: %s\n", ok ? "ok" : "FAILED", what);
  if (!ok) {
    printf("  got: %s\n", detail ? detail : "(null)");
    ++failures;
  }
}

static riskcard_decision *decide(riskcard_guard *g, const char *input, size_t len) {
  riskcard_decision *d = NULL;
  riskcard_status s = riskcard_evaluate(g, input, len, &d);
  if (s != RISKCARD_OK && s != RISKCARD_OUT_OF_MEMORY)
    printf("unexpected status %d\n", (int)s);
  return d;
}

static int errorIs(const riskcard_decision *d, const char *kind) {
  return riskcard_decision_is_error(d) && riskcard_decision_action(d) == RISKCARD_BLOCK &&
         strncmp(riskcard_decision_error(d), kind, strlen(kind)) == 0;
}

/* Resident memory in MiB. */
static long residentMiB(void) {
  long pages = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f || fscanf(f, "%ld %ld", &pages, &resident) != 2)
    resident = 0;
  if (f)
    fclose(f);
  return resident * sysconf(_SC_PAGESIZE) / (1 << 20);
}

static long mappedBytes(void) {
  long pages = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f || fscanf(f, "%ld", &pages) != 1)
    pages = 0;
  if (f)
    fclose(f);
  return pages * sysconf(_SC_PAGESIZE);
}

/* {"text":"aaaa..."} with `n` letters. */
static char *bigInput(size_t n, size_t *len) {
  char *s = malloc(n + 16);
  if (!s)
    return NULL;
  memcpy(s, "{\"text\":\"", 9);
  memset(s + 9, 'a', n);
  memcpy(s + 9 + n, "\"}", 2);
  *len = n + 11;
  return s;
}

static int underMemoryLimit(riskcard_guard *g, long extraMiB) {
  size_t len = 0;
  char *input = bigInput((size_t)200 << 20, &len);
  if (!input)
    return 1;
  riskcard_set_max_input_bytes(g, (size_t)1 << 30);
  struct rlimit limit = {(rlim_t)(mappedBytes() + (extraMiB << 20)),
                         (rlim_t)(mappedBytes() + (extraMiB << 20))};
  if (setrlimit(RLIMIT_AS, &limit) != 0) {
    perror("setrlimit");
    return 1;
  }
  riskcard_decision *d = NULL;
  riskcard_status s = riskcard_evaluate(g, input, len, &d);
  printf("huge input: status %d, %s\n", (int)s, riskcard_decision_json(d));
  int ok = d && riskcard_decision_action(d) == RISKCARD_BLOCK && riskcard_decision_is_error(d);
  riskcard_decision_free(d);
  /* A batch on 64 threads: thread stacks do not fit; the work is shared by
   * the threads that started. */
  const char *inputs[64];
  size_t lengths[64];
  riskcard_decision *batch[64];
  for (int i = 0; i < 64; ++i) {
    inputs[i] = i % 2 ? "{\"text\":\"my password\"}" : "{\"text\":\"hello\"}";
    lengths[i] = strlen(inputs[i]);
  }
  s = riskcard_evaluate_batch(g, inputs, lengths, 64, 64, batch);
  int decided = 0;
  for (int i = 0; i < 64; ++i) {
    riskcard_action a = riskcard_decision_action(batch[i]);
    decided += batch[i] && (a == (i % 2 ? RISKCARD_BLOCK : RISKCARD_ALLOW) ||
                            riskcard_decision_is_error(batch[i]));
    riskcard_decision_free(batch[i]);
  }
  printf("batch under the limit: status %d, %d of 64 decided\n", (int)s, decided);
  free(input);
  return ok && decided == 64 ? 0 : 1;
}

int main(int argc, char **argv) {
  riskcard_guard *g = NULL;
  if (riskcard_open_pii(0, &g) != RISKCARD_OK)
    return 1;
  if (argc > 2 && strcmp(argv[1], "oom") == 0)
    return underMemoryLimit(g, atol(argv[2]));

  /* A repeated key, at the top or deep down, is refused: parsers disagree on
   * which value counts. */
  const char *dup = "{\"text\":\"a cat\",\"text\":\"my password\"}";
  riskcard_decision *d = decide(g, dup, strlen(dup));
  check(errorIs(d, "invalid-input: the input repeats the key `text`"), "a repeated key is refused",
        riskcard_decision_json(d));
  riskcard_decision_free(d);
  const char *deep = "{\"text\":\"hi\",\"meta\":[{\"a\":1},{\"b\":{\"c\":1,\"c\":2}}]}";
  d = decide(g, deep, strlen(deep));
  check(errorIs(d, "invalid-input: the input repeats the key `c` in `meta[1].b`"),
        "a repeated key deep in a field the policy never reads is refused", riskcard_decision_json(d));
  riskcard_decision_free(d);

  /* Numbers that fit a double are numbers, wherever they are. */
  const char *numbers = "{\"text\":\"hi\",\"z\":18446744073709551616,\"w\":1.2e29,"
                        "\"v\":-123456789012345678901234567890,\"u\":1e-400}";
  d = decide(g, numbers, strlen(numbers));
  check(riskcard_decision_action(d) == RISKCARD_ALLOW && !riskcard_decision_is_error(d),
        "2^64, 1.2e29 and other large numbers are read", riskcard_decision_json(d));
  riskcard_decision_free(d);
  const char *huge = "{\"text\":\"hi\",\"w\":1e400}";
  d = decide(g, huge, strlen(huge));
  check(errorIs(d, "invalid-json: the input has a number out of the range of a double"),
        "a number beyond a double is refused", riskcard_decision_json(d));
  riskcard_decision_free(d);

  /* Not-a-number compares unequal to nothing: `z / 0 * 0 != z / 0 * 0` is false. */
  const char *nan = "{\"text\":\"hi\",\"z\":1}";
  d = decide(g, nan, strlen(nan));
  check(riskcard_decision_action(d) == RISKCARD_ALLOW, "NaN != NaN is false",
        riskcard_decision_json(d));
  riskcard_decision_free(d);

  /* Redaction: every address, and the redacted text. */
  const char *mail = "{\"text\":\"mail alice@corp.example and bob@example.org, call +44 207 946 0000\"}";
  d = decide(g, mail, strlen(mail));
  const char *redacted = riskcard_decision_redacted(d, "text");
  check(riskcard_decision_action(d) == RISKCARD_REDACT && riskcard_decision_span_count(d) == 3,
        "every match of a redact rule's patterns is evidence", riskcard_decision_json(d));
  check(redacted && strcmp(redacted, "mail [REDACTED] and [REDACTED], call [REDACTED]") == 0 &&
            riskcard_decision_redacted_count(d) == 1 &&
            strcmp(riskcard_decision_redacted_field(d, 0), "text") == 0,
        "the redacted text", redacted);
  check(riskcard_decision_redacted(d, "other") == NULL, "no redacted text for another field", NULL);
  riskcard_decision_free(d);

  /* More addresses than a decision keeps: not a partial redaction. */
  size_t many = 5000, len = 0;
  char *input = malloc(many * 16 + 32);
  len = (size_t)sprintf(input, "{\"text\":\"");
  for (size_t i = 0; i < many; ++i)
    len += (size_t)sprintf(input + len, "u%04zu@ex.com ", i);
  len += (size_t)sprintf(input + len, "\"}");
  d = decide(g, input, len);
  check(errorIs(d, "too-many-redactions"), "too many matches to redact is a block",
        riskcard_decision_json(d));
  riskcard_decision_free(d);
  free(input);

  /* No decision reads as block, in the accessor and in the JSON. */
  check(riskcard_decision_action(NULL) == RISKCARD_BLOCK && riskcard_decision_is_error(NULL) &&
            strncmp(riskcard_decision_json(NULL), "{\"action\":\"block\"", 17) == 0,
        "a null decision is a block, in JSON too", riskcard_decision_json(NULL));

  /* The input size limit. */
  check(riskcard_max_input_bytes(g) == RISKCARD_DEFAULT_MAX_INPUT_BYTES, "the default limit", NULL);
  riskcard_set_max_input_bytes(g, 16);
  d = decide(g, mail, strlen(mail));
  check(errorIs(d, "input-too-large"), "an input over the limit is refused unread",
        riskcard_decision_json(d));
  riskcard_decision_free(d);

  /* Memory comes back after a large input. */
  riskcard_set_max_input_bytes(g, (size_t)256 << 20);
  size_t bigLen = 0;
  char *big = bigInput((size_t)100 << 20, &bigLen);
  long before = residentMiB();
  d = decide(g, big, bigLen);
  check(riskcard_decision_action(d) == RISKCARD_ALLOW, "a 100 MB input is judged",
        riskcard_decision_json(d));
  riskcard_decision_free(d);
  long after = residentMiB();
  char detail[64];
  snprintf(detail, sizeof detail, "%ld MiB before, %ld MiB after", before, after);
  check(after - before < 16, "less than 16 MiB kept after a 100 MB input", detail);
  free(big);
  riskcard_set_max_input_bytes(g, 0);
  check(riskcard_max_input_bytes(g) == RISKCARD_DEFAULT_MAX_INPUT_BYTES, "0 restores the default",
        NULL);
  riskcard_close(g);
  printf("%d failed\n", failures);
  return failures ? 1 : 0;
}
