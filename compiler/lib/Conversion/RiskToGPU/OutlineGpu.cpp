//===- OutlineGpu.cpp - The evaluator as a batch kernel --------------------===//
//
// risk-outline-gpu: after convert-risk-to-standard, the module holds
// `@risk_eval` (and its rule chunks and string predicates) and the constant
// tables they read. All of it moves, unchanged, into a gpu.module, and a
// kernel evaluates one record per thread by calling `@risk_eval` on views of
// one byte buffer. Design: docs/design/gpu.md.
//
//===----------------------------------------------------------------------===//
#include "risk/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

namespace risk {
#define GEN_PASS_DEF_RISKOUTLINEGPU
#include "risk/Conversion/Passes.h.inc"
} // namespace risk

using namespace mlir;

namespace {

/// The words of one record in the kernel's `%records` table: for each of the
/// evaluator's five buffers, its byte offset into `%data` and its length in
/// elements. riskrt::cuda::RecordWords is the host's copy of this layout.
constexpr int64_t kRecordWords = 10;

struct RiskOutlineGpuPass : public risk::impl::RiskOutlineGpuBase<RiskOutlineGpuPass> {
  using RiskOutlineGpuBase::RiskOutlineGpuBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    auto eval = module.lookupSymbol<func::FuncOp>("risk_eval");
    if (!eval) {
      module.emitError("risk-outline-gpu: the module has no `risk_eval` (run convert-risk-to-standard first)");
      return signalPassFailure();
    }
    if (chips.empty()) {
      module.emitError("risk-outline-gpu: no chip to build for (chips=sm_80,...)");
      return signalPassFailure();
    }
    llvm::SmallVector<Attribute> targets;
    for (const std::string &chip : chips)
      targets.push_back(NVVM::NVVMTargetAttr::get(ctx, /*optLevel=*/3, "nvptx64-nvidia-cuda", chip,
                                                  features));
    OpBuilder b(ctx);
    b.setInsertionPointToEnd(module.getBody());
    auto gpuModule = b.create<gpu::GPUModuleOp>(module.getLoc(), "risk_guard", b.getArrayAttr(targets));
    Block &body = gpuModule.getBodyRegion().front();
    // Everything else moves in: functions and tables, in order.
    for (Operation &op : llvm::make_early_inc_range(module.getBody()->getOperations())) {
      if (&op == gpuModule.getOperation())
        continue;
      op.moveBefore(&body, body.getTerminator() ? body.getTerminator()->getIterator() : body.end());
    }
    eval->removeAttr("llvm.emit_c_interface");
    module->setAttr(gpu::GPUDialect::getContainerModuleAttrName(), b.getUnitAttr());

    // The kernel.
    Location loc = eval.getLoc();
    Type index = b.getIndexType();
    auto bytes = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
    auto words = MemRefType::get({ShapedType::kDynamic}, b.getI64Type());
    auto kernelType = b.getFunctionType({index, words, bytes}, {});
    if (body.getTerminator())
      b.setInsertionPoint(body.getTerminator());
    else
      b.setInsertionPointToEnd(&body);
    auto kernel = b.create<gpu::GPUFuncOp>(loc, "risk_eval_batch", kernelType);
    kernel->setAttr(gpu::GPUDialect::getKernelFuncAttrName(), b.getUnitAttr());
    Block &entry = kernel.getBody().front();
    b.setInsertionPointToStart(&entry);
    Value count = entry.getArgument(0), records = entry.getArgument(1), data = entry.getArgument(2);
    Value block = b.create<gpu::BlockIdOp>(loc, gpu::Dimension::x);
    Value blockSize = b.create<gpu::BlockDimOp>(loc, gpu::Dimension::x);
    Value thread = b.create<gpu::ThreadIdOp>(loc, gpu::Dimension::x);
    Value record = b.create<arith::AddIOp>(loc, b.create<arith::MulIOp>(loc, block, blockSize), thread);
    Value inRange = b.create<arith::CmpIOp>(loc, arith::CmpIPredicate::ult, record, count);
    auto ifOp = b.create<scf::IfOp>(loc, inRange, /*withElseRegion=*/false);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(&ifOp.getThenRegion().front());
      Value base = b.create<arith::MulIOp>(loc, record, b.create<arith::ConstantIndexOp>(loc, kRecordWords));
      auto word = [&](int64_t k) -> Value {
        Value at = b.create<arith::AddIOp>(loc, base, b.create<arith::ConstantIndexOp>(loc, k));
        Value v = b.create<memref::LoadOp>(loc, records, ValueRange{at});
        return b.create<arith::IndexCastOp>(loc, index, v);
      };
      llvm::SmallVector<Value> args;
      FunctionType evalType = eval.getFunctionType();
      for (unsigned i = 0; i < evalType.getNumInputs(); ++i) {
        auto type = cast<MemRefType>(evalType.getInput(i));
        // The evaluator's buffers have the identity layout; a view of `data`
        // at a byte offset has it too (the offset moves the aligned pointer).
        auto viewType = MemRefType::get({ShapedType::kDynamic}, type.getElementType());
        Value offset = word(2 * i);
        Value length = word(2 * i + 1);
        Value view = b.create<memref::ViewOp>(loc, viewType, data, offset, ValueRange{length});
        if (viewType != type)
          view = b.create<memref::CastOp>(loc, type, view);
        args.push_back(view);
      }
      b.create<func::CallOp>(loc, eval, args);
    }
    b.create<gpu::ReturnOp>(loc);
  }
};

} // namespace

std::unique_ptr<Pass> risk::createRiskOutlineGpuPass(const RiskOutlineGpuOptions &options) {
  return std::make_unique<RiskOutlineGpuPass>(options);
}
