//===- RiskDialect.td - The risk dialect -------------------*- tablegen -*-===//
//
// The dialect a Riskcard policy is lowered into before it becomes loops over
// bytes: policies, rules, and (as the compiler grows) signals, scans and scores.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DIALECT
#define RISK_DIALECT

include "mlir/IR/OpBase.td"

def Risk_Dialect : Dialect {
  let name = "risk";
  let summary = "Safety policies: rules over inputs that decide an action";
  let description = [{
    The `risk` dialect represents a compiled Riskcard policy. A `risk.policy`
    holds `risk.rule` operations; each rule's region computes a boolean
    condition and the rule carries the action, categories, severity and reason
    that apply when the condition holds. The policy's combining strategy and
    default action decide the final decision.

    ```mlir
    risk.policy @t2i combine most_severe default allow {
      risk.rule @gore action block categories ["t2i.violence.bloody_content"] {
        %true = arith.constant true
        risk.yield %true : i1
      }
    }
    ```
  }];
  let cppNamespace = "::risk";
  let useDefaultAttributePrinterParser = 1;
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

class Risk_Op<string mnemonic, list<Trait> traits = []>
    : Op<Risk_Dialect, mnemonic, traits>;

#endif // RISK_DIALECT
