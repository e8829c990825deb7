/*===- batch.c - A built guard's batches: one core, all cores, the GPU ----===*
 *
 * The GPU check (bench/gpu-check.sh) runs this on a GPU machine with nothing
 * but a guard built here with `--target=cpu,cuda` (and the libraries it
 * needs): it loads the guard with dlopen and uses only its C API.
 *
 *   batch GUARD.so --inputs FILE.jsonl [--expect DECISIONS.jsonl] [--rounds R]
 *   batch GUARD.so --generate BENIGN.txt N BYTES [--rounds R]
 *
 * Decides the records on one core, on every core, and on the GPU; the GPU's
 * decisions must equal the CPU's byte for byte (and `--expect`, the decisions
 * `riskc eval` wrote on the build machine). Prints records/s and MB/s for
 * each, and where the GPU's time went. Exit 1 on a mismatch or when the GPU
 * cannot be used.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "riskcard/riskcard.h"

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct {
  __typeof__(&riskcard_open) open;
  __typeof__(&riskcard_evaluate_batch) batch;
  __typeof__(&riskcard_evaluate_batch_on) batchOn;
  __typeof__(&riskcard_device_error) deviceError;
  __typeof__(&riskcard_device_timing) deviceTiming;
  __typeof__(&riskcard_decision_json) json;
  __typeof__(&riskcard_decision_free) freeDecision;
} api;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static char **records;
static size_t *lengths, count, capacity;

static void add(const char *text, size_t n) {
  if (count == capacity) {
    capacity = capacity ? 2 * capacity : 1024;
    records = realloc(records, capacity * sizeof *records);
    lengths = realloc(lengths, capacity * sizeof *lengths);
  }
  records[count] = malloc(n + 1);
  memcpy(records[count], text, n);
  records[count][n] = 0;
  lengths[count++] = n;
}

static char **readLines(const char *path, size_t *n) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    exit(1);
  }
  char **lines = NULL, *line = NULL;
  size_t size = 0, used = 0, cap = 0;
  ssize_t len;
  while ((len = getline(&line, &size, f)) >= 0) {
    if (len && line[len - 1] == '\n')
      line[--len] = 0;
    if (used == cap) {
      cap = cap ? 2 * cap : 256;
      lines = realloc(lines, cap * sizeof *lines);
    }
    lines[used++] = strdup(line);
  }
  free(line);
  fclose(f);
  *n = used;
  return lines;
}

/* Benign sentences joined to about `bytes`, a third with a risky fragment
 * (written for the benchmarks) among them; deterministic. */
static void generate(const char *benignPath, size_t n, size_t bytes) {
  static const char *const risky[] = {
      "a man holding a bloody knife in an alley", "two naked people on a bed, explicit photo",
      "soldiers firing rifles at a crowd in a war zone", "a chemist cooking crystal meth in a camper van",
      "a crime scene with a pool of b.l.o.o.d on the tiles", "pikachu and mario sharing a pizza"};
  size_t lines = 0;
  char **benign = readLines(benignPath, &lines);
  size_t kept = 0;
  for (size_t i = 0; i < lines; ++i)
    if (benign[i][0] && benign[i][0] != '#')
      benign[kept++] = benign[i];
  uint64_t state = 0x9e3779b97f4a7c15ull;
  char *text = malloc(bytes + 512), *json = malloc(2 * bytes + 1024);
  for (size_t r = 0; r < n; ++r) {
    size_t len = 0;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    int withRisk = (state >> 33) % 3 == 0;
    while (len < bytes) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      const char *part = withRisk && len > bytes / 2 ? risky[(state >> 33) % 6] : benign[(state >> 33) % kept];
      if (withRisk && len > bytes / 2)
        withRisk = 0;
      size_t m = strlen(part);
      if (len + m + 2 > bytes + 256)
        break;
      if (len)
        text[len++] = '.', text[len++] = ' ';
      memcpy(text + len, part, m);
      len += m;
    }
    size_t j = 0;
    json[j++] = '{', json[j++] = '"', json[j++] = 't', json[j++] = 'e', json[j++] = 'x', json[j++] = 't',
    json[j++] = '"', json[j++] = ':', json[j++] = '"';
    for (size_t i = 0; i < len; ++i) {
      if (text[i] == '"' || text[i] == '\\')
        json[j++] = '\\';
      json[j++] = text[i];
    }
    json[j++] = '"', json[j++] = '}';
    add(json, j);
  }
  free(text);
  free(json);
}

/* Decides every record `rounds` times on `device`; the best time, and the
 * decisions' JSON of the last round in `out` (when not null). */
static double run(riskcard_guard *guard, riskcard_device device, unsigned threads, int rounds,
                  char **out, riskcard_status *status) {
  riskcard_decision **d = calloc(count, sizeof *d);
  double best = 1e30;
  for (int r = 0; r < rounds; ++r) {
    double t = now();
    *status = device == RISKCARD_DEVICE_CPU
                  ? api.batch(guard, (const char *const *)records, lengths, count, threads, d)
                  : api.batchOn(guard, device, (const char *const *)records, lengths, count, threads, d);
    t = now() - t;
    if (t < best)
      best = t;
    for (size_t i = 0; i < count; ++i) {
      if (out && r == rounds - 1) {
        free(out[i]);
        out[i] = strdup(d[i] ? api.json(d[i]) : "null");
      }
      api.freeDecision(d[i]);
    }
    if (*status != RISKCARD_OK)
      break;
  }
  free(d);
  return best;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: batch GUARD.so --inputs FILE [--expect FILE] [--rounds R]\n"
                    "       batch GUARD.so --generate BENIGN.txt N BYTES [--rounds R]\n");
    return 2;
  }
  void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "batch: %s\n", dlerror());
    return 1;
  }
#define RESOLVE(field, name) *(void **)&api.field = dlsym(lib, name)
  RESOLVE(open, "riskcard_open");
  RESOLVE(batch, "riskcard_evaluate_batch");
  RESOLVE(batchOn, "riskcard_evaluate_batch_on");
  RESOLVE(deviceError, "riskcard_device_error");
  RESOLVE(deviceTiming, "riskcard_device_timing");
  RESOLVE(json, "riskcard_decision_json");
  RESOLVE(freeDecision, "riskcard_decision_free");
  if (!api.open || !api.batchOn || !api.deviceTiming) {
    fprintf(stderr, "batch: %s is not a guard of this runtime\n", argv[1]);
    return 1;
  }
  const char *expectPath = NULL;
  int rounds = 3;
  for (int i = 2; i < argc; ++i) {
    if (!strcmp(argv[i], "--inputs") && i + 1 < argc) {
      size_t n = 0;
      char **lines = readLines(argv[++i], &n);
      for (size_t k = 0; k < n; ++k)
        add(lines[k], strlen(lines[k]));
    } else if (!strcmp(argv[i], "--generate") && i + 3 < argc) {
      generate(argv[i + 1], (size_t)atol(argv[i + 2]), (size_t)atol(argv[i + 3]));
      i += 3;
    } else if (!strcmp(argv[i], "--expect") && i + 1 < argc) {
      expectPath = argv[++i];
    } else if (!strcmp(argv[i], "--rounds") && i + 1 < argc) {
      rounds = atoi(argv[++i]);
    } else {
      fprintf(stderr, "batch: unknown argument `%s`\n", argv[i]);
      return 2;
    }
  }
  riskcard_guard *guard = NULL;
  if (api.open(0, &guard) != RISKCARD_OK) {
    fprintf(stderr, "batch: cannot open the guard\n");
    return 1;
  }
  double mb = 0;
  for (size_t i = 0; i < count; ++i)
    mb += (double)lengths[i];
  mb /= 1e6;
  char **cpu = calloc(count, sizeof *cpu), **gpu = calloc(count, sizeof *gpu);
  riskcard_status status;
  double one = run(guard, RISKCARD_DEVICE_CPU, 1, rounds, NULL, &status);
  double all = run(guard, RISKCARD_DEVICE_CPU, 0, rounds, cpu, &status);
  double dev = run(guard, RISKCARD_DEVICE_CUDA, 0, rounds, gpu, &status);
  printf("%zu records, %.1f MB of JSON, best of %d rounds\n\n", count, mb, rounds);
  printf("| engine | records/s | MB/s | vs 1 core |\n|---|---:|---:|---:|\n");
  printf("| cpu, 1 core | %.0f | %.1f | 1.0x |\n", (double)count / one, mb / one);
  printf("| cpu, all cores | %.0f | %.1f | %.1fx |\n", (double)count / all, mb / all, one / all);
  if (status != RISKCARD_OK) {
    printf("| gpu | - | - | - |\n\nthe GPU was not used: status %d: %s\n", (int)status, api.deviceError(guard));
    return 1;
  }
  double t[4];
  api.deviceTiming(guard, t);
  printf("| gpu | %.0f | %.1f | %.1fx |\n\n", (double)count / dev, mb / dev, one / dev);
  printf("device: %s\nlast GPU batch: %.1f ms in all; copies in %.1f ms, kernel %.1f ms, copies out %.1f ms\n",
         api.deviceError(guard), t[3], t[0], t[1], t[2]);
  size_t differ = 0, differExpected = 0;
  for (size_t i = 0; i < count; ++i)
    if (strcmp(cpu[i], gpu[i]) && differ++ == 0)
      fprintf(stderr, "first difference, record %zu:\n  cpu: %s\n  gpu: %s\n", i, cpu[i], gpu[i]);
  if (expectPath) {
    size_t n = 0;
    char **expected = readLines(expectPath, &n);
    for (size_t i = 0; i < count; ++i)
      if ((i >= n || strcmp(expected[i], gpu[i])) && differExpected++ == 0)
        fprintf(stderr, "first difference from %s, record %zu:\n  expected: %s\n  gpu:      %s\n",
                expectPath, i, i < n ? expected[i] : "(none)", gpu[i]);
  }
  printf("GPU decisions identical to the CPU's: %s (%zu of %zu differ)", differ ? "NO" : "yes", differ, count);
  if (expectPath)
    printf("; to the build machine's: %s (%zu differ)", differExpected ? "NO" : "yes", differExpected);
  printf("\n");
  return differ || differExpected ? 1 : 0;
}
