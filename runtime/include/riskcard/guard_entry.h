/*===- guard_entry.h - How a guard .so finds its compiled policy ---*- C -*-===*
 *
 * A guard shared object contains the generated evaluator and a manifest under
 * these names; riskcard_open() (in the entry object linked into every guard)
 * hands them to the runtime.
 *
 *===----------------------------------------------------------------------===*/
#ifndef RISKCARD_GUARD_ENTRY_H
#define RISKCARD_GUARD_ENTRY_H

#include "riskcard/riskcard.h"

#ifdef __cplusplus
#include "riskcard/runtime.hpp"
extern "C" {
/* Opens a guard from a manifest and an evaluator (the JIT and the .so both). */
RISKCARD_EXPORT riskcard_status riskcard_open_with(const char *manifest, riskrt::EvalFn eval, unsigned options,
                                   riskcard_guard **guard);
/* What a guard shared object holds: riskcard_open_with's two, and the CUDA
 * image of a guard built with `--target=cpu,cuda` (null otherwise). */
struct riskcard_guard_code {
  const char *manifest;
  riskrt::EvalFn eval;
  const unsigned char *cudaImage;
  size_t cudaImageSize;
};
RISKCARD_EXPORT riskcard_status riskcard_guard_from_code(const riskcard_guard_code *code, unsigned options,
                                                    riskcard_guard **guard);
}
#endif

#endif /* RISKCARD_GUARD_ENTRY_H */
