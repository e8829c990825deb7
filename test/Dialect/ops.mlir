// RUN: %risk-opt %s | %risk-opt | FileCheck %s
// The risk dialect's structural ops round-trip through their assembly format.

// CHECK-LABEL: risk.policy @t2i combine most_severe default allow {
// CHECK-NEXT:    risk.rule @gore action block categories ["t2i.violence.bloody_content", "mlcommons.vcr"] {
// CHECK-NEXT:      %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT:      risk.yield %[[TRUE]] : i1
// CHECK-NEXT:    }
// CHECK-NEXT:    risk.rule @pii action redact categories [] {
// CHECK:         risk.rule @ask action guide categories ["t2i.violence"] attributes {severity = "high"} {
risk.policy @t2i combine most_severe default allow {
  risk.rule @gore action block categories ["t2i.violence.bloody_content", "mlcommons.vcr"] {
    %true = arith.constant true
    risk.yield %true : i1
  }
  risk.rule @pii action redact categories [] {
    %false = arith.constant false
    risk.yield %false : i1
  }
  risk.rule @ask action guide categories ["t2i.violence"] attributes {severity = "high"} {
    %a = arith.constant true
    %b = arith.constant false
    %c = arith.andi %a, %b : i1
    risk.yield %c : i1
  }
}

// CHECK-LABEL: risk.policy @empty combine first_match default block {
risk.policy @empty combine first_match default block {
}
