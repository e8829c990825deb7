//===- GpuToHost.cpp - The batch kernel as a host function -----------------===//
//
// risk-gpu-to-host: the inverse of risk-outline-gpu's move, for emulation. The
// gpu.module's functions and tables return to the module; the kernel becomes
// a func.func with the same arguments whose body runs once per record, the
// record number standing in for the thread's index. Lowered for the host,
// its parameters are the kernel's (the count, then two expanded memref
// descriptors), so a stand-in driver can call it where cuLaunchKernel would
// launch the kernel: the GPU's code, record layout and span capacity, run
// on the CPU (test/Gpu/emulated.test).
//
//===----------------------------------------------------------------------===//
#include "risk/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/IRMapping.h"

namespace risk {
#define GEN_PASS_DEF_RISKGPUTOHOST
#include "risk/Conversion/Passes.h.inc"
} // namespace risk

using namespace mlir;

namespace {

struct RiskGpuToHostPass : public risk::impl::RiskGpuToHostBase<RiskGpuToHostPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto gpuModule = module.lookupSymbol<gpu::GPUModuleOp>("risk_guard");
    if (!gpuModule) {
      module.emitError("risk-gpu-to-host: the module has no gpu.module @risk_guard (run risk-outline-gpu first)");
      return signalPassFailure();
    }
    auto kernel = gpuModule.lookupSymbol<gpu::GPUFuncOp>("risk_eval_batch");
    if (!kernel) {
      module.emitError("risk-gpu-to-host: no kernel @risk_eval_batch");
      return signalPassFailure();
    }
    OpBuilder b(module.getContext());
    Location loc = kernel.getLoc();
    // The host function: for each record, the kernel's body.
    b.setInsertionPoint(gpuModule);
    auto host = b.create<func::FuncOp>(loc, "risk_eval_batch", kernel.getFunctionType());
    Block *entry = host.addEntryBlock();
    b.setInsertionPointToStart(entry);
    Value zero = b.create<arith::ConstantIndexOp>(loc, 0);
    Value one = b.create<arith::ConstantIndexOp>(loc, 1);
    auto loop = b.create<scf::ForOp>(loc, zero, entry->getArgument(0), one);
    b.setInsertionPointToStart(loop.getBody());
    IRMapping map;
    Block &body = kernel.getBody().front();
    for (unsigned i = 0; i < body.getNumArguments(); ++i)
      map.map(body.getArgument(i), entry->getArgument(i));
    for (Operation &op : body.without_terminator()) {
      if (isa<gpu::BlockIdOp>(op))
        map.map(op.getResult(0), zero);
      else if (isa<gpu::BlockDimOp>(op))
        map.map(op.getResult(0), one);
      else if (isa<gpu::ThreadIdOp>(op))
        map.map(op.getResult(0), loop.getInductionVar());
      else
        b.clone(op, map);
    }
    b.setInsertionPointToEnd(entry);
    b.create<func::ReturnOp>(loc);
    kernel.erase();
    // Everything else back to the module, in order.
    Block &inner = gpuModule.getBodyRegion().front();
    for (Operation &op : llvm::make_early_inc_range(inner.getOperations()))
      if (!op.hasTrait<OpTrait::IsTerminator>())
        op.moveBefore(gpuModule);
    gpuModule.erase();
    module->removeAttr(gpu::GPUDialect::getContainerModuleAttrName());
  }
};

} // namespace

std::unique_ptr<Pass> risk::createRiskGpuToHostPass() { return std::make_unique<RiskGpuToHostPass>(); }
