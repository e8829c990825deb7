//===- Rng.h - The benchmarks' deterministic random numbers -----*- C++ -*-===//
//
// A xorshift generator: the same workloads on every machine and every run.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_BENCH_RNG_H
#define RISK_BENCH_RNG_H

#include <cstddef>
#include <cstdint>

namespace risk::bench {

struct Rng {
  uint64_t s = 0x2545F4914F6CDD1Dull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t below(size_t n) { return next() % n; }
};

} // namespace risk::bench

#endif // RISK_BENCH_RNG_H
