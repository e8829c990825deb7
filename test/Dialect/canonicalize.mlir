// RUN: %risk-opt %s -canonicalize | FileCheck %s
// String operations on constants fold.

// CHECK-LABEL: risk.policy @p
risk.policy @p combine first_match default allow {
  %a = risk.str.constant "shell"
  %b = risk.str.constant "shell"
  %c = risk.str.constant "curl"
  %e = risk.str.constant ""
  %c0 = arith.constant 0 : index
  %t = risk.slot.string %c0 : !risk.str
  // CHECK-DAG: %[[TRUE:.*]] = arith.constant true
  // CHECK-DAG: %[[FALSE:.*]] = arith.constant false
  %same = risk.str.eq %a, %b
  %other = risk.str.eq %a, %c
  %self = risk.str.eq %t, %t
  %empty = risk.str.contains %t, %e
  %sub = risk.str.contains %a, %c
  // CHECK: risk.rule @same action block {
  // CHECK-NEXT: risk.yield %[[TRUE]] : i1
  risk.rule @same action block {
    risk.yield %same : i1
  }
  // CHECK: risk.rule @other action block {
  // CHECK-NEXT: risk.yield %[[FALSE]] : i1
  risk.rule @other action block {
    risk.yield %other : i1
  }
  // CHECK: risk.rule @self action block {
  // CHECK-NEXT: risk.yield %[[TRUE]] : i1
  risk.rule @self action block {
    risk.yield %self : i1
  }
  // CHECK: risk.rule @empty action block {
  // CHECK-NEXT: risk.yield %[[TRUE]] : i1
  risk.rule @empty action block {
    risk.yield %empty : i1
  }
  // CHECK: risk.rule @sub action block {
  // CHECK-NEXT: risk.yield %[[FALSE]] : i1
  risk.rule @sub action block {
    risk.yield %sub : i1
  }
}
