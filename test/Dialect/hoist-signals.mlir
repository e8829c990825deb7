// RUN: %risk-opt %s -pass-pipeline='builtin.module(risk.policy(risk-hoist-signals),cse)' | FileCheck %s
// A field two rules read is read once, before the rules; what is under a
// short-circuit stays there.

// CHECK-LABEL: risk.policy @p
// CHECK: %[[T:.*]] = risk.slot.string
// CHECK-NOT: risk.slot.string
// CHECK: %[[LOW:.*]] = risk.str.lower %[[T]]
// CHECK: risk.rule @a
// CHECK-NOT: risk.slot.string
// CHECK: risk.rule @b
// CHECK: scf.if
// CHECK: risk.str.contains
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  risk.rule @a action warn {
    %t = risk.slot.string %c0 : !risk.str
    %low = risk.str.lower %t
    %x = risk.str.constant "x"
    %e = risk.str.eq %low, %x
    risk.yield %e : i1
  }
  risk.rule @b action block {
    %t = risk.slot.string %c0 : !risk.str
    %low = risk.str.lower %t
    %y = risk.str.constant "y"
    %e = risk.str.eq %low, %y
    %r = scf.if %e -> i1 {
      %z = risk.str.constant "z"
      %c = risk.str.contains %t, %z
      scf.yield %c : i1
    } else {
      scf.yield %e : i1
    }
    risk.yield %r : i1
  }
}
