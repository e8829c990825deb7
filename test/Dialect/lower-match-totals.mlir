// RUN: %risk-opt %s -convert-risk-to-standard | FileCheck %s
// A lexicon's counts read only through `any` and `count` are one total: one
// i64 to zero and to read, however many terms the lexicon has, and a hit adds
// to it whatever its term. `distinct` (like `weight` and `has`) needs one
// count per term.

// CHECK-LABEL: func.func @risk_eval
// CHECK: %[[TOTAL:.*]] = memref.alloca(%c1) : memref<?xi64>
// CHECK: %[[TERMS:.*]] = memref.alloca(%c4) : memref<?xi64>
// CHECK: memref.load %[[TOTAL]][%c0{{.*}}] : memref<?xi64>
// CHECK: memref.store %{{.*}}, %[[TOTAL]][%c0{{.*}}] : memref<?xi64>
// CHECK: memref.load %[[TERMS]][%{{.*}}] : memref<?xi64>

risk.lexicon @lexicon0 terms ["gore", "blood", "bones"] weights [1.0, 0.5, 2.0] {fold_case}
risk.lexicon @lexicon1 terms ["knife", "axe", "saw", "blade"] weights [1.0, 1.0, 1.0, 1.0] {}
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %a = risk.matches.new @lexicon0
  %b = risk.matches.new @lexicon1
  %t = risk.slot.string %c0 : !risk.str
  risk.scan_set [@lexicon0, @lexicon1](%a, %b), %t, %c0 {matcher_indices = [0, 1], record = [true, true]}
  risk.rule @r action block {
    %x = risk.matches.any @lexicon0 %a : i1
    %n = risk.matches.count @lexicon0 %a : f64
    %d = risk.matches.distinct @lexicon1 %b : f64
    %one = arith.constant 1.0 : f64
    %y = arith.cmpf ogt, %n, %one : f64
    %z = arith.cmpf ogt, %d, %one : f64
    %w = arith.ori %x, %y : i1
    %v = arith.ori %w, %z : i1
    risk.yield %v : i1
  }
}
