//===- BundleFuzzer.cpp - libFuzzer target for riskcard_bundle_open --------===//
//
// A bundle is a file a deployment receives: its archive reader, its manifest
// parser and its checks must refuse any byte string with a status and a
// message, never crash, hang or leak. The input is written to a memory file
// and opened by path, as a server opens a bundle. Every refusal must say
// RISKCARD_BAD_ARTEFACT (or INTERNAL) with a message naming the file; an
// input that is accepted must have passed the SHA-256 check of its guard,
// which a fuzzer cannot forge, so it would be a finding.
//
// Inputs that start with the ELF magic are skipped: a bare shared object is
// opened as the code it is (loading code runs it), not parsed.
//
// Built with the other fuzzers (RISK_ENABLE_FUZZ), run by hand, seeded with a
// real bundle:
//   build/bin/riskc build test/Bundle/Inputs/support.riskcard --bundle corpus/a.rkb
//   build-fuzz/bin/riskcard-bundle-fuzzer corpus -max_len=65536
//
//===----------------------------------------------------------------------===//
#include "riskcard/bundle.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size >= 4 && std::memcmp(data, "\x7f" "ELF", 4) == 0)
    return 0;
  int fd = memfd_create("fuzz-bundle", MFD_CLOEXEC);
  if (fd < 0)
    return 0;
  for (size_t done = 0; done < size;) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) {
      close(fd);
      return 0;
    }
    done += size_t(n);
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  char error[512];
  riskcard_bundle *bundle = nullptr;
  riskcard_status status = riskcard_bundle_open(path.c_str(), 0, &bundle, error, sizeof error);
  if (status == RISKCARD_OK) {
    std::fprintf(stderr, "a fuzzed bundle was accepted\n");
    std::abort();
  }
  if (bundle || std::strlen(error) == 0 || std::strlen(error) >= sizeof error) {
    std::fprintf(stderr, "a refusal without its message, or with a bundle: %s\n", error);
    std::abort();
  }
  close(fd);
  return 0;
}
