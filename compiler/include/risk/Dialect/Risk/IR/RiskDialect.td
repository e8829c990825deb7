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
    reads its input through slots, scans fields with compiled matchers
    (`risk.lexicon`, `risk.pattern`), computes signals, and holds `risk.rule`
    operations whose regions compute boolean conditions. The policy's combining
    strategy and default action decide; names, categories and reasons live in
    the guard's manifest.

    ```mlir
    risk.policy @t2i combine most_severe default allow {
      %c0 = arith.constant 0 : index
      %text = risk.slot.string %c0 : !risk.str
      %m = risk.matches.new @gore
      risk.scan @gore %m, %text, %c0 {record, matcher_index = 0 : i64}
      risk.rule @gore action block {
        %any = risk.matches.any @gore %m : i1
        risk.yield %any : i1
      }
    }
    ```
  }];
  let cppNamespace = "::risk";
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::scf::SCFDialect"];
}

class Risk_Op<string mnemonic, list<Trait> traits = []>
    : Op<Risk_Dialect, mnemonic, traits>;

#endif // RISK_DIALECT
