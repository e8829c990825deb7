// RUN: %risk-opt %s -split-input-file -verify-diagnostics
// The verifiers reject structurally wrong policies with located errors.

risk.policy @p combine first_match default allow {
  risk.rule @r action block {
    %t = arith.constant true
    risk.yield %t : i1
  }
  // expected-error @+1 {{must come before the policy's rules}}
  %x = arith.constant true
}

// -----

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{a rule cannot decide `error`; `error` means the guard failed}}
  risk.rule @r action error {
    %t = arith.constant true
    risk.yield %t : i1
  }
}

// -----

// expected-error @+1 {{a policy cannot default to `error`}}
risk.policy @p combine first_match default error {
}

// -----

risk.policy @p combine first_match default allow {
  // expected-error @+1 {{condition must end with `risk.yield`}}
  risk.rule @r action block {
    %t = arith.constant true
  }
}

// -----

// expected-error @+1 {{expects parent op 'risk.policy'}}
risk.rule @orphan action block {
  %t = arith.constant true
  risk.yield %t : i1
}

// -----

// expected-error @+1 {{has 2 terms but 1 weights}}
risk.lexicon @l terms ["a", "b"] weights [1.0]

// -----

// expected-error @+1 {{is not a valid pattern: backreferences are not supported}}
risk.pattern @p "(a)\\1" flags ""

// -----

// expected-error @+2 {{expected ::risk::DecisionAction to be one of: allow, warn, redact, guide, escalate, block, error}}
// expected-error @+1 {{failed to parse Risk_ActionAttr parameter 'value'}}
risk.policy @p combine first_match default maybe {
}

// -----

risk.lexicon @a terms ["x"] weights [1.0] {}
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %m = risk.matches.new @a
  %t = risk.slot.string %c0 : !risk.str
  // expected-error @+1 {{has 1 matchers but 1 result buffers, 2 record flags and 1 matcher indices}}
  risk.scan_set [@a](%m), %t, %c0 {matcher_indices = [0], record = [true, false]}
}

// -----

risk.lexicon @a terms ["x"] weights [1.0] {}
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %m = risk.matches.new @a
  %n = risk.matches.new @a
  %t = risk.slot.string %c0 : !risk.str
  // expected-error @+1 {{lists matcher @a twice}}
  risk.scan_set [@a, @a](%m, %n), %t, %c0 {matcher_indices = [0, 1], record = [true, true]}
}
