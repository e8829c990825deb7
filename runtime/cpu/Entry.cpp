//===- Entry.cpp - riskcard_open for a guard shared object -----------------===//
//
// Linked into each guard .so, next to the generated code that defines the
// manifest and the evaluator.
//
//===----------------------------------------------------------------------===//
#include "riskcard/guard_entry.h"

extern "C" {
extern const char riskcard_guard_manifest[];
void _mlir_ciface_risk_eval(riskrt::MemRef1D<char> *, riskrt::MemRef1D<int64_t> *,
                            riskrt::MemRef1D<double> *, riskrt::MemRef1D<int64_t> *);

riskcard_status riskcard_open(unsigned options, riskcard_guard **guard) {
  return riskcard_open_with(riskcard_guard_manifest, &_mlir_ciface_risk_eval, options, guard);
}
}
