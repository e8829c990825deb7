//===- Device.cpp - The driver's GPU: compile the image, open the device ---===//
//
// `riskc eval|bench --device=gpu` evaluate with the JIT-compiled CPU code and
// the same policy compiled for CUDA in this process (the image a guard built
// with `--target=cpu,cuda` embeds). Design: docs/design/gpu.md.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"

#include "risk/Pipelines/Compile.h"
#include "mlir/IR/MLIRContext.h"

using namespace risk;

std::unique_ptr<riskrt::cuda::Device> driver::openGpu(const CheckedPolicy &policy, Compilation &c,
                                                      const PipelineOptions &options,
                                                      std::string &error) {
  PipelineOptions gpu = options;
  gpu.target = &TargetDescription::cuda();
  mlir::MLIRContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module =
      compilePolicy(context, policy, c.sources, c.diags, Stage::LLVMDialect, gpu);
  if (!module) {
    error = "the policy cannot be compiled for CUDA";
    return nullptr;
  }
  auto objects = serializeGpuModule(*module, TargetDescription::cuda());
  if (!objects) {
    error = llvm::toString(objects.takeError());
    return nullptr;
  }
  std::string bytes = packCudaImage(*objects, TargetDescription::cuda(), normalizersOf(*module));
  riskrt::cuda::Image image;
  if (!riskrt::cuda::parseImage(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(),
                                image, error))
    return nullptr;
  return riskrt::cuda::Device::open(image, error);
}

std::unique_ptr<riskrt::cuda::Device> driver::openGpuForCommand(const CheckedPolicy &policy,
                                                                Compilation &c,
                                                                const PipelineOptions &options,
                                                                DiagnosticFormat format) {
  std::string error;
  std::unique_ptr<riskrt::cuda::Device> gpu = openGpu(policy, c, options, error);
  emitDiagnostics(c.diags, format);
  if (!gpu)
    errs() << "error: --device=gpu: " << error << "\n";
  return gpu;
}
