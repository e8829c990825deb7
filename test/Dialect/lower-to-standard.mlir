// RUN: %risk-opt %s -convert-risk-to-standard=word-tables=false | FileCheck %s
// A policy becomes the uniform evaluator; matchers become constant tables and
// a scan a loop over them (an automaton; a whole-word lexicon is looked up in
// a word table by default: test/Eval/word-table.test).

// CHECK-DAG: memref.global "private" constant @lexicon0_class_{{[0-9]+}} : memref<256xi32>
// CHECK-DAG: memref.global "private" constant @lexicon0_fnext_{{[0-9]+}} : memref<{{[0-9]+}}xi32>
// CHECK-DAG: memref.global "private" constant @lexicon0_accept_kind_{{[0-9]+}} : memref<{{[0-9]+}}xi32>
// CHECK-DAG: memref.global "private" constant @lexicon0_weight_{{[0-9]+}} : memref<2xf64>
// CHECK-LABEL: func.func @risk_eval(%{{.*}}: memref<?xi8>, %{{.*}}: memref<?xi64>, %{{.*}}: memref<?xf64>, %{{.*}}: memref<?xi64>, %{{.*}}: memref<?xi8>)
// CHECK-SAME: llvm.emit_c_interface
// CHECK-SAME: risk.num_rules = 1
// CHECK: memref.subview
// CHECK: scf.for
// CHECK: memref.get_global @lexicon0_class
// CHECK: scf.if
// CHECK: memref.store
// CHECK: return
// CHECK-NOT: {{ risk\.(slot|str|scan|matches|rule|policy|fail|score)}}
risk.lexicon @lexicon0 terms ["gore", "blood"] weights [1.0, 0.5] {fold_case, words}
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %t = risk.slot.string %c0 : !risk.str
  %m = risk.matches.new @lexicon0
  risk.scan @lexicon0 %m, %t, %c0 {record, matcher_index = 0 : i64}
  risk.rule @gore action block {
    %any = risk.matches.any @lexicon0 %m : i1
    risk.yield %any : i1
  }
}
