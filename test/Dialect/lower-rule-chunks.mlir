// RUN: %risk-opt %s -convert-risk-to-standard="rules-per-function=2 word-tables=false" | FileCheck %s
// RUN: %risk-opt %s -convert-risk-to-standard | FileCheck %s --check-prefix=SMALL
// A policy with more rules than rules-per-function puts them, in order, into
// private never-inlined chunk functions (docs/design/guards.md, "Large
// policies"): a pure signal only one chunk reads moves into it, the scan and
// the signals several chunks share stay in @risk_eval and are passed; string
// predicates become calls of one shared copy; the combine step loops over a
// table of the rules' actions.

// CHECK-DAG: memref.global "private" constant @risk_rule_actions : memref<5xi64> = dense<[5, 1, 5, 4, 2]>
// CHECK-LABEL: func.func private @risk_eval_rules_0(
// CHECK-SAME: %{{[a-z0-9]+}}: memref<?xi8>, %{{[a-z0-9]+}}: memref<?xi64>, %{{[a-z0-9]+}}: memref<?xf64>, %[[OUT:[a-z0-9]+]]: memref<?xi64>, %{{[a-z0-9]+}}: memref<?xi8>, %{{[a-z0-9]+}}: memref<i1>, %{{[a-z0-9]+}}: memref<i64>, %{{[a-z0-9]+}}: memref<index>, %[[TEXT:[a-z0-9]+]]: memref<?xi8, strided<[1], offset: ?>>, %[[M:[a-z0-9]+]]: memref<?xi64>)
// CHECK-SAME: passthrough = ["noinline", "optsize", "minsize"]
// CHECK-SAME: risk.rule_chunk
// CHECK: call @risk_str_eq(%[[TEXT]],
// CHECK: memref.load %[[M]]
// CHECK: return
// CHECK-LABEL: func.func private @risk_eval_rules_1(
// CHECK-SAME: %[[MINOR:[a-z0-9]+]]: i1)
// CHECK: call @risk_str_contains(
// CHECK: arith.select %[[MINOR]]
// The comparison two chunks read is computed once and passed.
// CHECK-LABEL: func.func private @risk_eval_rules_2(
// CHECK-SAME: %{{[a-z0-9]+}}: i1)
// CHECK-NOT: call @risk_str
// CHECK-NOT: arith.cmpf
// CHECK-LABEL: func.func @risk_eval(
// The scan stays here, once, for the chunks that read its counts.
// CHECK: memref.get_global @lexicon0_class
// CHECK: call @risk_eval_rules_0(
// CHECK: call @risk_eval_rules_1(
// CHECK: call @risk_eval_rules_2(
// CHECK: memref.get_global @risk_rule_actions
// CHECK: scf.for
// CHECK: scf.for
// CHECK: return
// CHECK-LABEL: func.func private @risk_str_eq(
// CHECK-SAME: passthrough = ["noinline"]
// CHECK-NOT: {{ risk\.(slot|str|scan|matches|rule|policy|fail|score)}}

// SMALL-NOT: func.func private @risk_eval_rules
// SMALL-NOT: risk_rule_actions
// SMALL-NOT: call @risk_str
// SMALL-LABEL: func.func @risk_eval(

risk.lexicon @lexicon0 terms ["gore", "blood"] weights [1.0, 0.5] {fold_case, words}
risk.policy @p combine most_severe default allow {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %t = risk.slot.string %c0 : !risk.str
  %m = risk.matches.new @lexicon0
  risk.scan @lexicon0 %m, %t, %c0 {record, matcher_index = 0 : i64}
  %hello = risk.str.constant "hello"
  %eq = risk.str.eq %t, %hello
  %bye = risk.str.constant "bye"
  %has = risk.str.contains %t, %bye
  %age = risk.slot.number %c1 : f64
  %limit = arith.constant 18.0 : f64
  %minor = arith.cmpf olt, %age, %limit : f64
  risk.rule @r0 action block {
    risk.yield %eq : i1
  }
  risk.rule @r1 action warn {
    %any = risk.matches.any @lexicon0 %m : i1
    risk.yield %any : i1
  }
  risk.rule @r2 action block {
    risk.yield %has : i1
  }
  risk.rule @r3 action escalate {
    risk.yield %minor : i1
  }
  risk.rule @r4 action redact {
    risk.yield %minor : i1
  }
}
