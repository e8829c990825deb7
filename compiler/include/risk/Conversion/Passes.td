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
    Option<"rulesPerFunction", "rules-per-function", "unsigned", "64",
           "a policy with more rules puts them, in order, into private "
           "functions of at most this many rules each">
  ];
  let dependentDialects = ["mlir::func::FuncDialect", "mlir::scf::SCFDialect",
                           "mlir::arith::ArithDialect", "mlir::memref::MemRefDialect",
                           "mlir::math::MathDialect", "mlir::vector::VectorDialect"];
}

#endif // RISK_CONVERSION_PASSES
