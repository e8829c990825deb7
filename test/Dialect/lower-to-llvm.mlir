// RUN: %risk-opt %s -risk-to-llvm | FileCheck %s
// The whole pipeline ends in the llvm dialect with a C interface wrapper.

// CHECK: llvm.func @risk_eval(
// CHECK: llvm.func @_mlir_ciface_risk_eval(
// CHECK-NOT: {{ risk\.(slot|str|scan|matches|rule|policy|fail|score)}}
risk.pattern @pattern0 "a+b" flags "i"
risk.policy @p combine deny_overrides default warn {
  %c0 = arith.constant 0 : index
  %t = risk.slot.string %c0 : !risk.str
  %m = risk.matches.new @pattern0
  risk.scan @pattern0 %m, %t, %c0 {record, matcher_index = 0 : i64}
  risk.rule @hit action block {
    %any = risk.matches.any @pattern0 %m : i1
    risk.yield %any : i1
  }
}
