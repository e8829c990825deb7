//===- Entry.cpp - riskcard_open for a guard shared object -----------------===//
//
// Linked into each guard .so, next to the generated code that defines the
// manifest and the evaluator. `riskc build` also gives riskcard_open a
// second, unique name (riskcard_open_NAME) when it links the guard, and
// exports nothing but the riskcard_* functions and the counter below.
//
//===----------------------------------------------------------------------===//
#include "riskcard/guard_entry.h"

extern "C" {
extern const char riskcard_guard_manifest[];
// Defined by a guard built with `--target=cpu,cuda`; null otherwise.
extern const unsigned char riskcard_guard_cuda_image[] __attribute__((weak));
extern const uint64_t riskcard_guard_cuda_image_size __attribute__((weak));
void _mlir_ciface_risk_eval(riskrt::MemRef1D<char> *, riskrt::MemRef1D<int64_t> *,
                            riskrt::MemRef1D<double> *, riskrt::MemRef1D<int64_t> *,
                            riskrt::MemRef1D<char> *);

// Every guard defines this counter with default visibility and counts itself
// in when it loads. The dynamic linker binds all the guards a program links
// to one definition (the first), so the counter holds their number and
// riskcard_open can refuse to guess which of them the program meant. A guard
// that is dlopen()ed (RTLD_LOCAL) into a program that links none keeps a
// counter of its own.
__attribute__((visibility("default"))) int riskcard_linked_guards = 0;

/// Opens this guard; `riskc build` exports it as riskcard_open_NAME.
riskcard_status riskcard_entry_open(unsigned options, riskcard_guard **guard) {
  riskcard_guard_code code{riskcard_guard_manifest, &_mlir_ciface_risk_eval, nullptr, 0};
  if (&riskcard_guard_cuda_image_size && riskcard_guard_cuda_image) {
    code.cudaImage = riskcard_guard_cuda_image;
    code.cudaImageSize = size_t(riskcard_guard_cuda_image_size);
  }
  return riskcard_guard_from_code(&code, options, guard);
}

riskcard_status riskcard_open(unsigned options, riskcard_guard **guard) {
  if (__atomic_load_n(&riskcard_linked_guards, __ATOMIC_RELAXED) > 1)
    return RISKCARD_AMBIGUOUS;
  return riskcard_entry_open(options, guard);
}
}

__attribute__((constructor)) static void countThisGuard() {
  __atomic_add_fetch(&riskcard_linked_guards, 1, __ATOMIC_RELAXED);
}
