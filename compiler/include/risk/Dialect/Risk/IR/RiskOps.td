//===- RiskOps.td - Operations of the risk dialect ---------*- tablegen -*-===//
//
// Every op has a summary, a description with an example, a verifier where its
// invariants go beyond types, and an assembly format.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_OPS
#define RISK_OPS

include "risk/Dialect/Risk/IR/RiskDialect.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

def Risk_ActionAllow    : I32EnumAttrCase<"allow", 0>;
def Risk_ActionWarn     : I32EnumAttrCase<"warn", 1>;
def Risk_ActionRedact   : I32EnumAttrCase<"redact", 2>;
def Risk_ActionGuide    : I32EnumAttrCase<"guide", 3>;
def Risk_ActionEscalate : I32EnumAttrCase<"escalate", 4>;
def Risk_ActionBlock    : I32EnumAttrCase<"block", 5>;
def Risk_ActionError    : I32EnumAttrCase<"error", 6>;

def Risk_Action : I32EnumAttr<"Action", "what a guard decides, by increasing severity",
    [Risk_ActionAllow, Risk_ActionWarn, Risk_ActionRedact, Risk_ActionGuide,
     Risk_ActionEscalate, Risk_ActionBlock, Risk_ActionError]> {
  let cppNamespace = "::risk";
  let genSpecializedAttr = 0;
}
def Risk_ActionAttr : EnumAttr<Risk_Dialect, Risk_Action, "action"> {
  let assemblyFormat = "$value";
}

def Risk_CombineFirstMatch    : I32EnumAttrCase<"first_match", 0>;
def Risk_CombineMostSevere    : I32EnumAttrCase<"most_severe", 1>;
def Risk_CombineDenyOverrides : I32EnumAttrCase<"deny_overrides", 2>;

def Risk_Combine : I32EnumAttr<"Combine", "how a policy combines the rules that fire",
    [Risk_CombineFirstMatch, Risk_CombineMostSevere, Risk_CombineDenyOverrides]> {
  let cppNamespace = "::risk";
  let genSpecializedAttr = 0;
}
def Risk_CombineAttr : EnumAttr<Risk_Dialect, Risk_Combine, "combine"> {
  let assemblyFormat = "$value";
}

//===----------------------------------------------------------------------===//
// Structure
//===----------------------------------------------------------------------===//

def Risk_PolicyOp : Risk_Op<"policy", [Symbol, SymbolTable, NoTerminator,
    SingleBlock, IsolatedFromAbove]> {
  let summary = "a policy: rules, a combining strategy and a default action";
  let description = [{
    The body holds the policy's `risk.rule` operations in source order. When no
    rule fires the decision is the `default` action; otherwise `combine` picks
    among the rules that fired.

    ```mlir
    risk.policy @chat combine first_match default allow {
      risk.rule @r1 action warn categories [] { ... }
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Risk_CombineAttr:$combine,
                       Risk_ActionAttr:$default_action);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $sym_name `combine` `` $combine `default` `` $default_action attr-dict-with-keyword
    $body
  }];
  let hasVerifier = 1;
}

def Risk_RuleOp : Risk_Op<"rule", [Symbol, HasParent<"PolicyOp">,
    SingleBlock]> {
  let summary = "a rule: a condition and the decision it leads to";
  let description = [{
    The region computes the rule's condition and yields it as an `i1`. When it
    is true the rule fires with `action`, tagging the decision with
    `categories` (qualified category paths).

    ```mlir
    risk.rule @pii action redact categories ["std.pii"] {
      %c = arith.constant false
      risk.yield %c : i1
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Risk_ActionAttr:$action,
                       StrArrayAttr:$categories);
  let regions = (region SizedRegion<1>:$condition);
  let assemblyFormat = [{
    $sym_name `action` `` $action `categories` $categories attr-dict-with-keyword $condition
  }];
  let hasVerifier = 1;
}

def Risk_YieldOp : Risk_Op<"yield", [Pure, Terminator, ReturnLike, HasParent<"RuleOp">]> {
  let summary = "ends a rule's condition with its value";
  let description = [{
    ```mlir
    risk.yield %cond : i1
    ```
  }];
  let arguments = (ins I1:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

#endif // RISK_OPS
