// RUN: %risk-opt %s | %risk-opt | FileCheck %s
// Every op of the risk dialect round-trips through its assembly format.

// CHECK-LABEL: risk.lexicon @words terms ["gore", "blood red"] weights [1.000000e+00, 5.000000e-01] {fold_case, phrases, words}
risk.lexicon @words terms ["gore", "blood red"] weights [1.0, 0.5] {fold_case, words, phrases}
// CHECK: risk.pattern @digits "\\d+" flags "i"
risk.pattern @digits "\\d+" flags "i"

// CHECK-LABEL: risk.policy @p combine most_severe default allow attributes {num_scores = 1 : i64, span_capacity = 16 : i64} {
risk.policy @p combine most_severe default allow attributes {num_scores = 1 : i64, span_capacity = 16 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // CHECK: %[[K:.*]] = risk.slot.kind %{{.*}} : i64
  %k = risk.slot.kind %c0 : i64
  // CHECK: risk.slot.string %{{.*}} : !risk.str
  %t = risk.slot.string %c0 : !risk.str
  // CHECK: risk.slot.number %{{.*}} : f64
  %n = risk.slot.number %c1 : f64
  // CHECK: risk.slot.first %{{.*}} : index
  %f = risk.slot.first %c1 : index
  // CHECK: risk.slot.count %{{.*}} : index
  %cnt = risk.slot.count %c1 : index
  // CHECK: risk.str.constant "x"
  %x = risk.str.constant "x"
  // CHECK: risk.str.eq
  %eq = risk.str.eq %t, %x
  // CHECK: risk.str.contains
  %has = risk.str.contains %t, %x
  // CHECK: risk.str.starts_with
  %sw = risk.str.starts_with %t, %x
  // CHECK: risk.str.ends_with
  %ew = risk.str.ends_with %t, %x
  // CHECK: risk.str.lower
  %low = risk.str.lower %t
  // CHECK: risk.str.length %{{.*}} : f64
  %len = risk.str.length %low : f64
  // CHECK: risk.category.in %{{.*}} ["t2i.violence", "Violence"]
  %cat = risk.category.in %t ["t2i.violence", "Violence"]
  // CHECK: risk.matches.new @words
  %m = risk.matches.new @words
  // CHECK: risk.scan @words %{{.*}}, %{{.*}}, %{{.*}} {matcher_index = 0 : i64, record}
  risk.scan @words %m, %t, %c0 {record, matcher_index = 0 : i64}
  // CHECK: risk.matches.any @words %{{.*}} : i1
  %any = risk.matches.any @words %m : i1
  // CHECK: risk.matches.count @words %{{.*}} : f64
  %count = risk.matches.count @words %m : f64
  // CHECK: risk.matches.weight @words %{{.*}} : f64
  %w = risk.matches.weight @words %m : f64
  // CHECK: risk.matches.distinct @words %{{.*}} : f64
  %d = risk.matches.distinct @words %m : f64
  // CHECK: risk.matches.has @words %{{.*}}, 1
  %h = risk.matches.has @words %m, 1
  // CHECK: risk.score 0, %{{.*}} : f64
  risk.score 0, %w : f64
  // CHECK: risk.fail 1, %{{.*}}
  risk.fail 1, %c0
  // CHECK: risk.rule @gore action block {
  risk.rule @gore action block {
    // CHECK: risk.yield %{{.*}} : i1
    risk.yield %any : i1
  }
  // CHECK: risk.rule @ask action guide {
  risk.rule @ask action guide {
    risk.yield %eq : i1
  }
}
