//===- Passes.td - Transformations of the risk dialect -----*- tablegen -*-===//
#ifndef RISK_TRANSFORMS_PASSES
#define RISK_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def RiskHoistSignals : Pass<"risk-hoist-signals", "risk::PolicyOp"> {
  let summary = "Move side-effect-free signal computations out of rules";
  let description = [{
    Pure operations at the top level of a rule's condition whose operands are
    all available before the rules (slot reads, string constants, string
    operations, arithmetic) move to the policy body, before the first rule.
    Each field is then read once, and CSE afterwards merges the signals rules
    share. Operations under a short-circuit (`scf.if`) stay where they are.

    ```mlir
    risk.rule @a action warn { %t = risk.slot.string %c0 ... }
    risk.rule @b action block { %t2 = risk.slot.string %c0 ... }
    // becomes one risk.slot.string before both rules
    ```
  }];
}

def RiskFuseScans : Pass<"risk-fuse-scans", "risk::PolicyOp"> {
  let summary = "Scan each string once for all the matchers that read it";
  let description = [{
    Groups the `risk.scan` ops of a policy body that read the same string
    (the same `scf.if` guard and slot, or the same string value) and replaces
    each group with one `risk.scan_set`. The lowering merges the group's
    automata into one, so a field of n bytes costs one pass of n steps
    instead of one per matcher. Run after `risk-hoist-signals` and CSE.

    ```mlir
    scf.if %ok { %s = risk.slot.string %c0 : !risk.str
                 risk.scan @a %m1, %s, %c0 {matcher_index = 0 : i64} }
    scf.if %ok { %s = risk.slot.string %c0 : !risk.str
                 risk.scan @b %m2, %s, %c0 {matcher_index = 1 : i64, record} }
    // becomes
    scf.if %ok { %s = risk.slot.string %c0 : !risk.str
                 risk.scan_set [@a, @b] (%m1, %m2), %s, %c0
                   {matcher_indices = [0, 1], record = [false, true]} }
    ```
  }];
  let dependentDialects = ["mlir::scf::SCFDialect"];
}

#endif // RISK_TRANSFORMS_PASSES
