//===- Pipeline.h - From the risk dialect to native code --------*- C++ -*-===//
//
// The compilation pipeline as library code, used by `riskc build`, `riskc
// eval`, `riskc test`, the REPL and `risk-opt` (which registers it by name).
//
//   risk  --canonicalize, risk-hoist-signals, cse-->  risk (optimised)
//         --convert-risk-to-standard-->               func/scf/arith/memref/math
//         --to-llvm-->                                llvm dialect
//         --translate-->                              LLVM IR --> JIT or object code
//
//===----------------------------------------------------------------------===//
#ifndef RISK_PIPELINES_PIPELINE_H
#define RISK_PIPELINES_PIPELINE_H

#include "risk/Pipelines/Target.h"
#include "risk/Policy/Policy.h"
#include "riskcard/runtime.hpp"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <vector>

namespace mlir {
class ExecutionEngine;
}

namespace risk {

/// The stages `riskc build --emit` can stop after. `LLVMDialect` is the
/// end of the pipeline for either target: for the CPU the llvm dialect, for
/// CUDA the gpu.module lowered to llvm + nvvm (serialised by
/// serializeGpuModule). `Gpu` (CUDA only) is the evaluator moved into its
/// gpu.module with the batch kernel.
enum class Stage { Risk, Standard, Gpu, LLVMDialect };

struct PipelineOptions {
  /// The most states one matcher's minimised automaton may have.
  unsigned maxAutomatonStates = 20000;
  /// The most states of the merged automaton of one `risk.scan_set`; larger
  /// sets are split into parts, each scanned in its own pass.
  unsigned maxFusedStates = 20000;
  /// Whole-word lexicons of a scan set are looked up by hashing words (a
  /// word table) instead of being merged into its automaton.
  bool wordTables = true;
  /// A policy with more rules puts them into functions of at most this many
  /// (build time linear in the number of rules; docs/design/guards.md).
  unsigned rulesPerFunction = 64;
  /// What the code is for (Target.h): the CPU, or CUDA.
  const TargetDescription *target = &TargetDescription::cpu();
};

/// Adds the passes that take a risk module to `stage`.
void buildRiskPipeline(mlir::OpPassManager &pm, Stage stage, const PipelineOptions &options = {});
/// Lowers standard dialects to the llvm dialect for the host CPU.
void addHostLowering(mlir::OpPassManager &pm);
/// The part of the pipeline after the standard dialects for a CUDA target
/// (GpuPipeline.cpp).
void buildGpuPipeline(mlir::OpPassManager &pm, Stage stage, const TargetDescription &target);
/// Registers the passes and the named pipelines (`risk-to-standard`,
/// `risk-to-llvm`) for risk-opt.
void registerRiskPasses();

/// Runs the pipeline to `stage`; errors go to the MLIR diagnostic handler.
mlir::LogicalResult lowerModule(mlir::ModuleOp module, Stage stage,
                                const PipelineOptions &options = {});

/// A policy compiled in memory; keeps the code alive.
class JitGuard {
public:
  ~JitGuard();
  static llvm::Expected<std::unique_ptr<JitGuard>> create(mlir::ModuleOp llvmDialectModule);
  riskrt::EvalFn function() const { return fn; }

private:
  JitGuard() = default;
  std::unique_ptr<mlir::ExecutionEngine> engine;
  riskrt::EvalFn fn = nullptr;
};

/// LLVM IR for a module in the llvm dialect, with the manifest embedded as
/// `riskcard_guard_manifest` (and a CUDA image, when not empty, as
/// `riskcard_guard_cuda_image` and `riskcard_guard_cuda_image_size`).
llvm::Expected<std::string> translateToLLVMIR(mlir::ModuleOp llvmDialectModule,
                                              llvm::StringRef manifest,
                                              llvm::StringRef cudaImage = {});
/// An object file for the host with the manifest embedded.
llvm::Error emitObjectFile(mlir::ModuleOp llvmDialectModule, llvm::StringRef manifest,
                           llvm::StringRef path, llvm::StringRef cudaImage = {});
/// The same code as one or more object files, for linking together: a large
/// module (a policy whose rules went into chunk functions) is optimised
/// whole, then cut into one part per core and the parts are compiled to
/// machine code in parallel (`PATH`, `PATH.1.o`, ...). Returns the paths.
llvm::Expected<std::vector<std::string>>
emitObjectFiles(mlir::ModuleOp llvmDialectModule, llvm::StringRef manifest, llvm::StringRef path,
                llvm::StringRef cudaImage = {});

/// One piece of device code serialised from a module lowered for CUDA.
struct GpuObject {
  std::string chip;   ///< sm_80, ...
  bool ptx = false;   ///< PTX text (else a cubin)
  std::string bytes;
};

/// Serialises the gpu.module of `module` (lowered for CUDA to
/// Stage::LLVMDialect; left unchanged) with `gpu-module-to-binary`: a cubin
/// for every chip of `target` (ptxas from the CUDA toolkit: $CUDA_HOME, else
/// /usr/local/cuda) unless `ptxOnly`, and the PTX for `target.ptxChip`.
llvm::Expected<std::vector<GpuObject>> serializeGpuModule(mlir::ModuleOp module,
                                                          const TargetDescription &target,
                                                          bool ptxOnly = false);

/// The CUDA image a guard embeds (`riskcard_guard_cuda_image`): the objects,
/// the span capacity its evaluator keeps and its number of skeletons, in the
/// container format riskrt::cuda::parseImage reads (runtime/cuda).
std::string packCudaImage(llvm::ArrayRef<GpuObject> objects, const TargetDescription &target,
                          int64_t normalizers);
/// How many skeletons an evaluation of the lowered `module` may compute (the
/// `risk.normalizers` convert-risk-to-standard records): the GPU sizes each
/// record's scratch memory from it.
int64_t normalizersOf(mlir::ModuleOp module);

} // namespace risk

#endif // RISK_PIPELINES_PIPELINE_H
