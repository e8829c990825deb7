// RUN: %risk-opt %s -split-input-file -verify-diagnostics
// The verifiers reject structurally wrong policies with located errors.

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{is not allowed in a policy; a policy holds `risk.rule` ops only}}
  %x = arith.constant true
}

// -----

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{a rule cannot decide `error`; `error` means the guard failed}}
  risk.rule @r action error categories [] {
    %t = arith.constant true
    risk.yield %t : i1
  }
}

// -----

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{category `t2i..x` is not a category path}}
  risk.rule @r action block categories ["t2i..x"] {
    %t = arith.constant true
    risk.yield %t : i1
  }
}

// -----

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{condition must end with `risk.yield`}}
  risk.rule @r action block categories [] {
    %t = arith.constant true
  }
}

// -----

// expected-error @+1 {{expects parent op 'risk.policy'}}
risk.rule @orphan action block categories [] {
  %t = arith.constant true
  risk.yield %t : i1
}

// -----

// expected-error @+2 {{expected ::risk::Action to be one of: allow, warn, redact, guide, escalate, block, error}}
// expected-error @+1 {{failed to parse Risk_ActionAttr parameter 'value'}}
risk.policy @p combine first_match default maybe {
}
