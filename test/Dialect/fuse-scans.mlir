// RUN: %risk-opt %s -pass-pipeline='builtin.module(risk.policy(risk-fuse-scans))' | FileCheck %s
// Scans of one string (the same guard and slot) become one risk.scan_set in
// the first scan's place; the result buffers move up to dominate it. A scan
// of another field stays as it is.

// CHECK-LABEL: risk.policy @p
// CHECK: %[[A:.*]] = risk.matches.new @a
// CHECK: %[[OK:.*]] = arith.cmpi eq
// CHECK: %[[B:.*]] = risk.matches.new @b
// CHECK: %[[C:.*]] = risk.matches.new @c
// CHECK: scf.if %[[OK]] {
// CHECK-NEXT: %[[S:.*]] = risk.slot.string %c0
// CHECK-NEXT: risk.scan_set [@a, @b, @c](%[[A]], %[[B]], %[[C]]), %[[S]], %c0 {matcher_indices = [0, 1, 2], record = [true, false, true]}
// CHECK-NEXT: }
// CHECK-NOT: risk.scan @a
// CHECK: risk.scan @a %{{.*}}, %{{.*}}, %c1 {matcher_index = 3 : i64}
// CHECK-NOT: risk.scan_set
// CHECK: risk.rule @r
risk.lexicon @a terms ["gore"] weights [1.0] {words}
risk.lexicon @b terms ["knife", "gun"] weights [1.0, 1.0] {}
risk.pattern @c "\\d{3}-\\d{4}" flags ""
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : i64
  %a = risk.matches.new @a
  %k = risk.slot.kind %c0 : i64
  %ok = arith.cmpi eq, %k, %c4 : i64
  scf.if %ok {
    %s = risk.slot.string %c0 : !risk.str
    risk.scan @a %a, %s, %c0 {record, matcher_index = 0 : i64}
  }
  %b = risk.matches.new @b
  scf.if %ok {
    %s = risk.slot.string %c0 : !risk.str
    risk.scan @b %b, %s, %c0 {matcher_index = 1 : i64}
  }
  %c = risk.matches.new @c
  scf.if %ok {
    %s = risk.slot.string %c0 : !risk.str
    risk.scan @c %c, %s, %c0 {record, matcher_index = 2 : i64}
  }
  %a2 = risk.matches.new @a
  %t = risk.slot.string %c1 : !risk.str
  risk.scan @a %a2, %t, %c1 {matcher_index = 3 : i64}
  risk.rule @r action block {
    %x = risk.matches.any @a %a : i1
    %y = risk.matches.any @b %b : i1
    %z = arith.andi %x, %y : i1
    risk.yield %z : i1
  }
}

// A matcher appears once per set: a second scan of the same string with the
// same matcher (two signals over one constant) stays a scan of its own.
// CHECK-LABEL: risk.policy @twice
// CHECK: risk.scan_set [@a, @b](%{{.*}}, %{{.*}}), %[[K:.*]], %c-1
// CHECK: risk.scan @a %{{.*}}, %[[K]], %c-1
risk.policy @twice combine first_match default allow {
  %c-1 = arith.constant -1 : index
  %k = risk.str.constant ""
  %m1 = risk.matches.new @a
  risk.scan @a %m1, %k, %c-1 {matcher_index = 0 : i64}
  %m2 = risk.matches.new @a
  risk.scan @a %m2, %k, %c-1 {matcher_index = 0 : i64}
  %m3 = risk.matches.new @b
  risk.scan @b %m3, %k, %c-1 {matcher_index = 1 : i64}
  risk.rule @r action block {
    %x = risk.matches.any @a %m1 : i1
    risk.yield %x : i1
  }
}
