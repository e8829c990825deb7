//===- Target.h - What differs between the targets a guard runs on -*- C++ -*-===//
//
// A policy lowers to the same standard-dialect evaluator for every target
// (convert-risk-to-standard is target-neutral); what differs after that is
// described here, in one place, and read by the pipeline: never an
// `if (cuda)` in a lowering pattern. Design: docs/design/gpu.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_PIPELINES_TARGET_H
#define RISK_PIPELINES_TARGET_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace risk {

enum class TargetKind {
  Cpu,
  Cuda,
  /// The CUDA target's code (span capacity, record layout, kernel) lowered
  /// for the host instead of nvvm: `risk_eval_batch` with the kernel's
  /// parameters, for running the GPU's code without a GPU (tests).
  CudaEmulation
};

struct TargetDescription {
  TargetKind kind = TargetKind::Cpu;
  /// As `--target` spells it.
  llvm::StringRef name = "cpu";
  /// The most evidence spans the evaluator keeps per record; 0: the policy's
  /// own (RISKCARD_MAX_SPANS unless it says less). A GPU keeps few (each costs
  /// device memory per record of a batch); a record that overflows them is
  /// evaluated again by the CPU code of the same guard.
  int64_t spanCapacity = 0;
  /// The alignment of a learned model's weight table (ModelTables): 64 on
  /// the CPU, one cache line per row. 0 for CUDA: LLVM 19's NVPTX back end
  /// crashes selecting the wide loads that an over-aligned table invites
  /// after -O3, and a GPU thread reads rows with 16-byte loads anyway.
  int64_t modelTableAlignment = 64;
  /// CUDA: the chips a cubin is built for (the driver runs sm_80 code on
  /// every 8.x device, sm_90 code on 9.0), and the chip whose PTX is
  /// embedded for the driver to compile for newer ones.
  std::vector<std::string> chips;
  std::string ptxChip;
  /// CUDA: the PTX ISA version the code is written in (`+ptxNN`).
  std::string ptxFeatures;

  /// Code for the GPU, or the host's emulation of it.
  bool isCuda() const { return kind == TargetKind::Cuda || kind == TargetKind::CudaEmulation; }

  static const TargetDescription &cpu();
  static const TargetDescription &cuda();
  static const TargetDescription &cudaEmulation();
  /// By name (`cpu`, `cuda`, `cuda-emulation`); null for an unknown one.
  static const TargetDescription *named(llvm::StringRef name);
};

/// The span capacity of the GPU's evaluator (TargetDescription::cuda()).
constexpr int64_t kCudaSpanCapacity = 32;

} // namespace risk

#endif // RISK_PIPELINES_TARGET_H
