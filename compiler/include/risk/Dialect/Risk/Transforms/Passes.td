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

#endif // RISK_TRANSFORMS_PASSES
