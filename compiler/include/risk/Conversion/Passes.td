//===- Passes.td - Conversions out of the risk dialect -----*- tablegen -*-===//
#ifndef RISK_CONVERSION_PASSES
#define RISK_CONVERSION_PASSES

include "mlir/Pass/PassBase.td"

def ConvertRiskToStandard : Pass<"convert-risk-to-standard", "mlir::ModuleOp"> {
  let summary = "Lower the risk dialect to func, scf, arith and memref";
  let description = [{
    Each `risk.policy` becomes `func.func @risk_eval(%arena: memref<?xi8>,
    %slots: memref<?xi64>, %numbers: memref<?xf64>, %out: memref<?xi64>)` with
    a C interface: its rules become guarded regions that record their values
    and combine under the policy's strategy; slot reads become loads; string
    operations become loops; every `risk.lexicon` and `risk.pattern` is
    compiled into minimised DFAs stored as constant `memref.global` tables,
    and every `risk.scan` into a loop over those tables that records evidence.
    Each `risk.scan_set` gets one merged automaton (split into parts when it
    would exceed `max-fused-states`) and one loop per part.

    ```mlir
    risk.policy @p combine first_match default allow { ... }
    // becomes
    func.func @risk_eval(%arena: memref<?xi8>, %slots: memref<?xi64>,
                         %numbers: memref<?xf64>, %out: memref<?xi64>)
        attributes {llvm.emit_c_interface} { ... }
    ```
  }];
  let options = [
    Option<"maxStates", "max-states", "unsigned", "20000",
           "the most states one matcher's minimised automaton may have">,
    Option<"maxFusedStates", "max-fused-states", "unsigned", "20000",
           "the most states a merged automaton of a risk.scan_set may have; "
           "larger sets are split into parts scanned one after another">,
    Option<"wordTables", "word-tables", "bool", "true",
           "look the whole-word lexicons of a risk.scan_set up by hashing "
           "each word of the text (a word table) instead of merging them "
           "into the set's automaton">,
    Option<"rulesPerFunction", "rules-per-function", "unsigned", "64",
           "a policy with more rules puts them, in order, into private "
           "functions of at most this many rules each">,
    Option<"modelTableAlignment", "model-table-alignment", "int64_t", "64",
           "the alignment in bytes of a learned model's weight table (0: the "
           "element's own): 64 puts each row of up to 16 labels in one cache line">,
    Option<"spanCapacity", "span-capacity", "int64_t", "0",
           "the most evidence spans the evaluator keeps (0: the policy's own); "
           "a target that keeps fewer re-evaluates the records that overflow "
           "them elsewhere">
  ];
  let dependentDialects = ["mlir::func::FuncDialect", "mlir::scf::SCFDialect",
                           "mlir::arith::ArithDialect", "mlir::memref::MemRefDialect",
                           "mlir::math::MathDialect", "mlir::vector::VectorDialect"];
}

def RiskOutlineGpu : Pass<"risk-outline-gpu", "mlir::ModuleOp"> {
  let summary = "Move the lowered evaluator into a gpu.module with a batch kernel";
  let description = [{
    After `convert-risk-to-standard`: every function and constant table of
    the module moves into `gpu.module @risk_guard`, which gets one
    `#nvvm.target` per chip, and a kernel
    `gpu.func @risk_eval_batch(%count: index, %records: memref<?xi64>,
    %data: memref<?xi8>)` that evaluates record `i` (one thread each) by
    calling `@risk_eval` on `memref.view`s of `%data` at the offsets in
    `%records[10*i .. 10*i+9]` (arena, slots, numbers, out, scratch: byte
    offset and element count each). The evaluator itself is unchanged: the
    GPU runs the same code as the CPU (docs/design/gpu.md).
  }];
  let options = [
    ListOption<"chips", "chips", "std::string", "the chips to build for (sm_80, ...)">,
    Option<"features", "features", "std::string", "\"+ptx80\"", "the PTX ISA version">
  ];
  let dependentDialects = ["mlir::gpu::GPUDialect", "mlir::NVVM::NVVMDialect",
                           "mlir::memref::MemRefDialect", "mlir::scf::SCFDialect",
                           "mlir::arith::ArithDialect", "mlir::func::FuncDialect"];
}

def RiskGpuToHost : Pass<"risk-gpu-to-host", "mlir::ModuleOp"> {
  let summary = "Turn the batch kernel back into a host function (for emulation)";
  let description = [{
    After `risk-outline-gpu`: the gpu.module's functions and tables move back
    to the module, and `gpu.func @risk_eval_batch` becomes a `func.func` with
    the same arguments that runs the kernel's body once per record, in a
    loop (`gpu.block_id` 0, `gpu.block_dim` 1, `gpu.thread_id` the record).
    Lowered for the host, it has the very parameter list of the kernel, so a
    test driver can run the GPU's code, span capacity and record layout
    included, on a machine without a GPU (docs/design/gpu.md).
  }];
  let dependentDialects = ["mlir::func::FuncDialect", "mlir::scf::SCFDialect",
                           "mlir::arith::ArithDialect"];
}

#endif // RISK_CONVERSION_PASSES
