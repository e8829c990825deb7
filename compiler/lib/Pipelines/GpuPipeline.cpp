//===- GpuPipeline.cpp - The CUDA target: kernel, nvvm, PTX and cubins -----===//
//
// After the target-neutral lowering to standard dialects, the CUDA target
// moves the evaluator into a gpu.module with a batch kernel
// (risk-outline-gpu), lowers it to the llvm and nvvm dialects with the
// upstream passes, and serialises it with gpu-module-to-binary. What differs
// from the CPU is described by TargetDescription::cuda(). Design:
// docs/design/gpu.md.
//
//===----------------------------------------------------------------------===//
#include "risk/Pipelines/Pipeline.h"

#include "risk/Conversion/Passes.h"
#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdlib>

using namespace risk;

//===----------------------------------------------------------------------===//
// Targets
//===----------------------------------------------------------------------===//

const TargetDescription &TargetDescription::cpu() {
  static const TargetDescription cpu{};
  return cpu;
}

const TargetDescription &TargetDescription::cuda() {
  static const TargetDescription cuda = [] {
    TargetDescription t;
    t.kind = TargetKind::Cuda;
    t.name = "cuda";
    t.spanCapacity = kCudaSpanCapacity;
    t.modelTableAlignment = 4;
    t.chips = {"sm_80", "sm_90"};
    t.ptxChip = "sm_80";
    t.ptxFeatures = "+ptx80";
    return t;
  }();
  return cuda;
}

const TargetDescription &TargetDescription::cudaEmulation() {
  static const TargetDescription emulation = [] {
    TargetDescription t = cuda();
    t.kind = TargetKind::CudaEmulation;
    t.name = "cuda-emulation";
    return t;
  }();
  return emulation;
}

const TargetDescription *TargetDescription::named(llvm::StringRef name) {
  if (name == "cpu")
    return &cpu();
  if (name == "cuda")
    return &cuda();
  if (name == "cuda-emulation")
    return &cudaEmulation();
  return nullptr;
}

//===----------------------------------------------------------------------===//
// The pipeline
//===----------------------------------------------------------------------===//

void risk::buildGpuPipeline(mlir::OpPassManager &pm, Stage stage, const TargetDescription &target) {
  RiskOutlineGpuOptions outline;
  outline.chips = target.chips;
  outline.features = target.ptxFeatures;
  pm.addPass(createRiskOutlineGpuPass(outline));
  if (stage == Stage::Gpu)
    return;
  if (target.kind == TargetKind::CudaEmulation) {
    pm.addPass(createRiskGpuToHostPass());
    addHostLowering(pm);
    return;
  }
  mlir::OpPassManager &gpu = pm.nest<mlir::gpu::GPUModuleOp>();
  gpu.addPass(mlir::createConvertSCFToCFPass());
  gpu.addPass(mlir::memref::createExpandStridedMetadataPass());
  gpu.addPass(mlir::createLowerAffinePass());
  mlir::ConvertGpuOpsToNVVMOpsOptions nvvm;
  nvvm.indexBitwidth = 64;
  gpu.addPass(mlir::createConvertGpuOpsToNVVMOps(nvvm));
  pm.addPass(mlir::createReconcileUnrealizedCastsPass());
}

static void registerGpuTranslations(mlir::MLIRContext &context) {
  mlir::DialectRegistry registry;
  mlir::NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  mlir::registerBuiltinDialectTranslation(registry);
  mlir::registerLLVMDialectTranslation(registry);
  mlir::registerNVVMDialectTranslation(registry);
  mlir::registerGPUDialectTranslation(registry);
  context.appendDialectRegistry(registry);
}

/// The CUDA toolkit: $CUDA_HOME, else /usr/local/cuda.
static std::string toolkitPath() {
  if (const char *home = std::getenv("CUDA_HOME"); home && *home)
    return home;
  return "/usr/local/cuda";
}

/// Runs gpu-module-to-binary on a copy of `module` whose gpu.module builds
/// for `chips`, in `format` ("isa" or "bin"); appends what it made.
static llvm::Error serializeFor(mlir::ModuleOp module, llvm::ArrayRef<std::string> chips,
                                const std::string &features, llvm::StringRef format,
                                std::vector<GpuObject> &out) {
  mlir::MLIRContext *context = module.getContext();
  mlir::OwningOpRef<mlir::ModuleOp> copy(module.clone());
  llvm::SmallVector<mlir::Attribute> targets;
  for (const std::string &chip : chips)
    targets.push_back(mlir::NVVM::NVVMTargetAttr::get(context, 3, "nvptx64-nvidia-cuda", chip, features));
  copy->walk([&](mlir::gpu::GPUModuleOp gpuModule) {
    gpuModule.setTargetsAttr(mlir::ArrayAttr::get(context, targets));
  });
  std::string errors;
  mlir::ScopedDiagnosticHandler handler(context, [&](mlir::Diagnostic &d) {
    if (d.getSeverity() == mlir::DiagnosticSeverity::Error)
      errors += (errors.empty() ? "" : "; ") + d.str();
    return mlir::success();
  });
  mlir::PassManager pm(context);
  mlir::GpuModuleToBinaryPassOptions options;
  options.toolkitPath = toolkitPath();
  options.compilationTarget = format.str();
  pm.addPass(mlir::createGpuModuleToBinaryPass(options));
  if (mlir::failed(pm.run(*copy)))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the GPU code cannot be serialised (" + format.str() + "): " +
                                       (errors.empty() ? std::string("no reason given") : errors));
  bool found = false;
  copy->walk([&](mlir::gpu::BinaryOp binary) {
    for (mlir::Attribute attr : binary.getObjects()) {
      auto object = mlir::cast<mlir::gpu::ObjectAttr>(attr);
      auto target = mlir::dyn_cast<mlir::NVVM::NVVMTargetAttr>(object.getTarget());
      GpuObject o;
      o.chip = target ? target.getChip().str() : "";
      o.ptx = object.getFormat() == mlir::gpu::CompilationTarget::Assembly;
      o.bytes = object.getObject().getValue().str();
      // The PTX text ends with a NUL the driver needs; keep one.
      if (o.ptx && (o.bytes.empty() || o.bytes.back() != '\0'))
        o.bytes.push_back('\0');
      out.push_back(std::move(o));
      found = true;
    }
  });
  if (!found)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "the module holds no gpu.module");
  return llvm::Error::success();
}

llvm::Expected<std::vector<GpuObject>> risk::serializeGpuModule(mlir::ModuleOp module,
                                                                const TargetDescription &target,
                                                                bool ptxOnly) {
  registerGpuTranslations(*module.getContext());
  std::vector<GpuObject> objects;
  if (!ptxOnly) {
    std::string ptxas = toolkitPath() + "/bin/ptxas";
    if (!llvm::sys::fs::can_execute(ptxas))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "building cubins needs `ptxas` of the CUDA toolkit, not found at `" +
                                         ptxas + "` (set CUDA_HOME)");
    if (llvm::Error err = serializeFor(module, target.chips, target.ptxFeatures, "bin", objects))
      return std::move(err);
  }
  if (llvm::Error err = serializeFor(module, {target.ptxChip}, target.ptxFeatures, "isa", objects))
    return std::move(err);
  return objects;
}

//===----------------------------------------------------------------------===//
// The image a guard embeds
//===----------------------------------------------------------------------===//
//
//   "RKCUDA1\n"                        magic (8 bytes)
//   u32 version (1), u32 span capacity, u32 record words, u32 skeletons
//   (risk.normalize ops an evaluation may run), u32 object count, u32 0
//   per object: u32 kind (0 cubin, 1 PTX), u32 arch (80 for sm_80),
//               u64 offset, u64 size   (from the start of the image)
//   the objects' bytes
//
// Little-endian throughout; runtime/cuda/Image.cpp reads it, checking every
// offset against the image's size.

int64_t risk::normalizersOf(mlir::ModuleOp module) {
  auto attr = module->getAttrOfType<mlir::IntegerAttr>("risk.normalizers");
  return attr ? attr.getInt() : 0;
}

std::string risk::packCudaImage(llvm::ArrayRef<GpuObject> objects, const TargetDescription &target,
                                int64_t normalizers) {
  std::string out = "RKCUDA1\n";
  auto u32 = [&](uint32_t v) {
    char b[4];
    llvm::support::endian::write32le(b, v);
    out.append(b, 4);
  };
  auto u64 = [&](uint64_t v) {
    char b[8];
    llvm::support::endian::write64le(b, v);
    out.append(b, 8);
  };
  u32(1);
  u32(uint32_t(target.spanCapacity));
  u32(10);
  u32(uint32_t(normalizers));
  u32(uint32_t(objects.size()));
  u32(0);
  uint64_t offset = out.size() + objects.size() * 24;
  for (const GpuObject &o : objects) {
    u32(o.ptx ? 1 : 0);
    unsigned arch = 0;
    llvm::StringRef(o.chip).drop_front(3).getAsInteger(10, arch);
    u32(arch);
    u64(offset);
    u64(o.bytes.size());
    offset += o.bytes.size();
  }
  for (const GpuObject &o : objects)
    out += o.bytes;
  return out;
}
