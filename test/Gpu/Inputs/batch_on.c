/*===- batch_on.c - riskcard_evaluate_batch_on from C ----------------------===*
 *
 * Reads JSON inputs (one per line) from standard input, decides them as one
 * batch on the device named by argv[1] (cpu or cuda), and prints the status,
 * what riskcard_device_error says, then one decision per line.
 *
 *===----------------------------------------------------------------------===*/
#include "guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  riskcard_device device = argc > 1 && strcmp(argv[1], "cuda") == 0 ? RISKCARD_DEVICE_CUDA
                                                                     : RISKCARD_DEVICE_CPU;
  riskcard_guard *guard = NULL;
  if (riskcard_open(0, &guard) != RISKCARD_OK) {
    fprintf(stderr, "cannot open the guard\n");
    return 1;
  }
  size_t count = 0, capacity = 16;
  char **lines = malloc(capacity * sizeof *lines);
  size_t *lengths = malloc(capacity * sizeof *lengths);
  char *line = NULL;
  size_t size = 0;
  ssize_t n;
  while ((n = getline(&line, &size, stdin)) >= 0) {
    if (n && line[n - 1] == '\n')
      line[--n] = 0;
    if (count == capacity) {
      capacity *= 2;
      lines = realloc(lines, capacity * sizeof *lines);
      lengths = realloc(lengths, capacity * sizeof *lengths);
    }
    lines[count] = strdup(line);
    lengths[count++] = (size_t)n;
  }
  riskcard_decision **decisions = calloc(count ? count : 1, sizeof *decisions);
  printf("code for cuda: %d\n", riskcard_has_device_code(guard, RISKCARD_DEVICE_CUDA));
  riskcard_status status = riskcard_evaluate_batch_on(guard, device, (const char *const *)lines,
                                                      lengths, count, 0, decisions);
  printf("status %d: %s\n", (int)status, riskcard_device_error(guard));
  for (size_t i = 0; i < count; ++i) {
    printf("%s\n", decisions[i] ? riskcard_decision_json(decisions[i]) : "null");
    riskcard_decision_free(decisions[i]);
    free(lines[i]);
  }
  riskcard_close(guard);
  free(decisions);
  free(lines);
  free(lengths);
  free(line);
  return 0;
}
