/* Opens a bundle (or a bare guard .so) with riskcard_bundle_open and
 * evaluates JSONL from standard input through the riskcard.h functions on the
 * bundle's guard: prints one decision per line, and checks that a threaded
 * batch decides the same. Options:
 *   --manifest        print the manifest first
 *   --file-hash       print the bundle file's hash first
 *   --reopen N        open and close the bundle N times before (every guard
 *                     loaded from memory must be this one)
 *   --twice           keep a second copy of the bundle open, and use it too
 *   --pinned OTHER    first open the bundle OTHER, keep its guard library
 *                     loaded for good (RTLD_NODELETE), and close it: the
 *                     bundle opened next gets the same descriptor number,
 *                     and must not be taken for OTHER's library
 *   --errors-as-errors
 *   --options N       riskcard_open's options, as a number
 * A refusal prints `status N: MESSAGE` on standard error and exits 1. */
#include "riskcard/bundle.h"

#include <dirent.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *lines[4096];
static size_t lengths[4096];

static riskcard_bundle *open_bundle(const char *path, unsigned options) {
  riskcard_bundle *bundle = NULL;
  char error[512];
  riskcard_status status = riskcard_bundle_open(path, options, &bundle, error, sizeof error);
  if (status != RISKCARD_OK) {
    if (bundle) {
      fprintf(stderr, "a refused bundle was given\n");
      exit(2);
    }
    fprintf(stderr, "status %d: %s\n", (int)status, error);
    exit(1);
  }
  return bundle;
}

/* Opens `path`, makes the guard library it loaded undeletable, closes it. */
static void open_pinned(const char *path) {
  riskcard_bundle *bundle = open_bundle(path, 0);
  int pinned = 0;
  DIR *fds = opendir("/proc/self/fd");
  struct dirent *entry;
  while (fds && (entry = readdir(fds))) {
    char link[300], target[256];
    snprintf(link, sizeof link, "/proc/self/fd/%s", entry->d_name);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
      continue;
    target[n] = 0;
    if (strstr(target, "memfd:riskcard-guard") &&
        dlopen(link, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE))
      pinned = 1;
  }
  if (fds)
    closedir(fds);
  if (!pinned) {
    fprintf(stderr, "cannot pin the guard of %s\n", path);
    exit(2);
  }
  riskcard_bundle_close(bundle);
}

int main(int argc, char **argv) {
  unsigned options = 0;
  int manifest = 0, file_hash = 0, twice = 0, reopen = 0;
  const char *path = NULL, *pinned = NULL;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--manifest") == 0)
      manifest = 1;
    else if (strcmp(argv[i], "--file-hash") == 0)
      file_hash = 1;
    else if (strcmp(argv[i], "--twice") == 0)
      twice = 1;
    else if (strcmp(argv[i], "--errors-as-errors") == 0)
      options = RISKCARD_ERRORS_AS_ERRORS;
    else if (strcmp(argv[i], "--options") == 0 && i + 1 < argc)
      options = (unsigned)atoi(argv[++i]);
    else if (strcmp(argv[i], "--pinned") == 0 && i + 1 < argc)
      pinned = argv[++i];
    else if (strcmp(argv[i], "--reopen") == 0 && i + 1 < argc)
      reopen = atoi(argv[++i]);
    else
      path = argv[i];
  }
  if (!path) {
    fprintf(stderr, "usage: load [options] BUNDLE < inputs.jsonl\n");
    return 2;
  }
  if (pinned)
    open_pinned(pinned);
  for (int i = 0; i < reopen; ++i)
    riskcard_bundle_close(open_bundle(path, options));
  riskcard_bundle *bundle = open_bundle(path, options);
  riskcard_bundle *second = twice ? open_bundle(path, options) : NULL;
  riskcard_guard *guard = riskcard_bundle_guard(bundle);
  if (!guard || !riskcard_bundle_manifest(bundle) || !riskcard_bundle_file_hash(bundle)) {
    fprintf(stderr, "an open bundle lacks its guard, manifest or hash\n");
    return 2;
  }
  if (manifest) {
    const char *text = riskcard_bundle_manifest(bundle);
    size_t n = strlen(text);
    printf("%s%s", text, n && text[n - 1] == '\n' ? "" : "\n");
  }
  if (file_hash)
    printf("%s\n", riskcard_bundle_file_hash(bundle));
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
  riskcard_decision **batch = calloc(count ? count : 1, sizeof *batch);
  if (riskcard_evaluate_batch(guard, (const char *const *)lines, lengths, count, 4, batch) !=
      RISKCARD_OK)
    return 2;
  for (size_t i = 0; i < count; ++i) {
    riskcard_decision *d = NULL;
    if (riskcard_evaluate(guard, lines[i], lengths[i], &d) != RISKCARD_OK)
      return 2;
    const char *json = riskcard_decision_json(d);
    if (strcmp(json, riskcard_decision_json(batch[i])) != 0) {
      fprintf(stderr, "the batch decided otherwise: %s\n", riskcard_decision_json(batch[i]));
      return 2;
    }
    if (second) {
      riskcard_decision *other = NULL;
      if (riskcard_evaluate(riskcard_bundle_guard(second), lines[i], lengths[i], &other) !=
              RISKCARD_OK ||
          strcmp(json, riskcard_decision_json(other)) != 0) {
        fprintf(stderr, "the second copy decided otherwise\n");
        return 2;
      }
      riskcard_decision_free(other);
    }
    printf("%s\n", json);
    riskcard_decision_free(d);
    riskcard_decision_free(batch[i]);
  }
  free(batch);
  riskcard_bundle_close(second);
  riskcard_bundle_close(bundle);
  /* Null handles are answered, never a crash. */
  if (riskcard_bundle_guard(NULL) || riskcard_bundle_manifest(NULL) ||
      riskcard_bundle_open(NULL, 0, NULL, NULL, 0) != RISKCARD_INVALID_ARGUMENT)
    return 2;
  riskcard_bundle_close(NULL);
  return 0;
}
