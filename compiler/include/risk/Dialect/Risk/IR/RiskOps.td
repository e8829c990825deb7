//===- RiskOps.td - Operations of the risk dialect ---------*- tablegen -*-===//
//
// Every op has a summary, a description with an example, a verifier where its
// invariants go beyond types, and an assembly format. The ops read the input
// through slots (see docs/design/guards.md), work on byte strings, scan text
// with compiled matchers and decide through rules.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_OPS
#define RISK_OPS

include "risk/Dialect/Risk/IR/RiskDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"

//===----------------------------------------------------------------------===//
// Attributes and types
//===----------------------------------------------------------------------===//

def Risk_ActionAllow    : I32EnumAttrCase<"allow", 0>;
def Risk_ActionWarn     : I32EnumAttrCase<"warn", 1>;
def Risk_ActionRedact   : I32EnumAttrCase<"redact", 2>;
def Risk_ActionGuide    : I32EnumAttrCase<"guide", 3>;
def Risk_ActionEscalate : I32EnumAttrCase<"escalate", 4>;
def Risk_ActionBlock    : I32EnumAttrCase<"block", 5>;
def Risk_ActionError    : I32EnumAttrCase<"error", 6>;

def Risk_Action : I32EnumAttr<"DecisionAction", "what a guard decides, by increasing severity",
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

def Risk_Combine : I32EnumAttr<"CombineStrategy", "how a policy combines the rules that fire",
    [Risk_CombineFirstMatch, Risk_CombineMostSevere, Risk_CombineDenyOverrides]> {
  let cppNamespace = "::risk";
  let genSpecializedAttr = 0;
}
def Risk_CombineAttr : EnumAttr<Risk_Dialect, Risk_Combine, "combine"> {
  let assemblyFormat = "$value";
}

class Risk_Type<string name, string typeMnemonic> : TypeDef<Risk_Dialect, name> {
  let mnemonic = typeMnemonic;
}

def Risk_StrType : Risk_Type<"Str", "str"> {
  let summary = "a byte string (a view into the input or a constant)";
  let description = [{
    UTF-8 text as bytes. Lowered to `memref<?xi8, strided<[1], offset: ?>>`.
  }];
}

def Risk_ScoresType : Risk_Type<"Scores", "scores"> {
  let summary = "a learned model's calibrated score for each of its labels";
  let description = [{
    Made by `risk.model.eval`, read by `risk.model.label`. Lowered to
    `memref<?xf64>`.
  }];
}

def Risk_OriginsType : Risk_Type<"Origins", "origins"> {
  let summary = "where each byte of a skeleton comes from in its original text";
  let description = [{
    Made by `risk.normalize` beside the skeleton: for each skeleton byte, the
    byte offset of its character in the original text shifted left by 3,
    or'ed with that character's length. Read by the scans of the skeleton to
    report spans in the original. Lowered to `memref<?xi32>`.
  }];
}

def Risk_MatchesType : Risk_Type<"Matches", "matches"> {
  let summary = "what a matcher found: a count per lexicon term (or per pattern)";
  let description = [{
    Filled by `risk.scan`, read by `risk.matches.*`. Lowered to `memref<?xi64>`.
  }];
}

//===----------------------------------------------------------------------===//
// Structure
//===----------------------------------------------------------------------===//

def Risk_PolicyOp : Risk_Op<"policy", [Symbol, SymbolTable, NoTerminator, SingleBlock,
    IsolatedFromAbove]> {
  let summary = "a policy: signals, scans and rules, a combining strategy, a default";
  let description = [{
    The body computes the policy's scans and `let` signals, then holds its
    `risk.rule` operations in source order (rule conditions may use the values
    computed before them). When no rule holds the decision is the default
    action; otherwise `combine` picks among the rules that hold. The policy
    reads its input through `risk.slot.*` ops and lowers to one function with
    the uniform evaluator signature.

    ```mlir
    risk.policy @chat combine first_match default allow {
      %t = risk.slot.string 0
      risk.rule @r1 action warn {
        %c = risk.str.constant "x"
        %e = risk.str.eq %t, %c
        risk.yield %e : i1
      }
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Risk_CombineAttr:$combine,
                       Risk_ActionAttr:$default_action,
                       DefaultValuedAttr<I64Attr, "4096">:$span_capacity, // RISKCARD_MAX_SPANS
                       DefaultValuedAttr<I64Attr, "0">:$num_scores);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $sym_name `combine` `` $combine `default` `` $default_action attr-dict-with-keyword
    $body
  }];
  let hasVerifier = 1;
}

def Risk_RuleOp : Risk_Op<"rule", [Symbol, HasParent<"PolicyOp">, SingleBlock]> {
  let summary = "a rule: a condition and the decision it leads to";
  let description = [{
    The region computes the rule's condition and yields it as an `i1`. When it
    holds the rule fires with `action`. Names, categories and reasons live in
    the guard's manifest; the rule's position in the policy identifies it.

    ```mlir
    risk.rule @pii action redact {
      %c = arith.constant false
      risk.yield %c : i1
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Risk_ActionAttr:$action);
  let regions = (region SizedRegion<1>:$condition);
  let assemblyFormat = [{
    $sym_name `action` `` $action attr-dict-with-keyword $condition
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

def Risk_FailOp : Risk_Op<"fail", [MemoryEffects<[MemWrite]>]> {
  let summary = "records that evaluation failed: the decision becomes `error`";
  let description = [{
    Evaluation goes on (its results no longer matter); the policy reports the
    first failure with `code` and the slot involved.

    ```mlir
    risk.fail 1, %slot
    ```
  }];
  let arguments = (ins I64Attr:$code, Index:$slot);
  let assemblyFormat = "$code `,` $slot attr-dict";
}

def Risk_ScoreOp : Risk_Op<"score", [MemoryEffects<[MemWrite]>]> {
  let summary = "stores a score cell's value for the decision";
  let description = [{
    ```mlir
    risk.score 0, %weight : f64
    ```
  }];
  let arguments = (ins I64Attr:$id, F64:$value);
  let assemblyFormat = "$id `,` $value attr-dict `:` type($value)";
}

//===----------------------------------------------------------------------===//
// Input slots
//===----------------------------------------------------------------------===//

class Risk_SlotOp<string mnemonic, Type result, string summaryText>
    : Risk_Op<mnemonic, [Pure]> {
  let summary = summaryText;
  let arguments = (ins Index:$slot);
  let results = (outs result:$result);
  let assemblyFormat = "$slot attr-dict `:` type($result)";
}

def Risk_SlotKindOp : Risk_SlotOp<"slot.kind", I64, "the kind of a slot (absent, null, bool, number, string, list, object)"> {
  let description = [{ ```mlir %k = risk.slot.kind %c0 : i64``` }];
}
def Risk_SlotStringOp : Risk_SlotOp<"slot.string", Risk_StrType, "a string slot's bytes"> {
  let description = [{ ```mlir %s = risk.slot.string %c0 : !risk.str``` }];
}
def Risk_SlotNumberOp : Risk_SlotOp<"slot.number", F64, "a number or bool slot's value"> {
  let description = [{ ```mlir %n = risk.slot.number %c1 : f64``` }];
}
def Risk_SlotFirstOp : Risk_SlotOp<"slot.first", Index, "a list slot's first element slot"> {
  let description = [{ ```mlir %f = risk.slot.first %c2 : index``` }];
}
def Risk_SlotCountOp : Risk_SlotOp<"slot.count", Index, "a list slot's number of elements"> {
  let description = [{ ```mlir %n = risk.slot.count %c2 : index``` }];
}

//===----------------------------------------------------------------------===//
// Strings
//===----------------------------------------------------------------------===//

def Risk_StrConstantOp : Risk_Op<"str.constant", [Pure, ConstantLike]> {
  let summary = "a constant byte string";
  let description = [{ ```mlir %s = risk.str.constant "shell"``` }];
  let arguments = (ins StrAttr:$value);
  let results = (outs Risk_StrType:$result);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}

class Risk_StrBinaryOp<string mnemonic, string summaryText>
    : Risk_Op<mnemonic, [Pure]> {
  let summary = summaryText;
  let arguments = (ins Risk_StrType:$lhs, Risk_StrType:$rhs);
  let results = (outs I1:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict";
}

def Risk_StrEqOp : Risk_StrBinaryOp<"str.eq", "whether two strings have the same bytes"> {
  let description = [{ ```mlir %b = risk.str.eq %a, %c``` }];
  let hasFolder = 1;
}
def Risk_StrContainsOp : Risk_StrBinaryOp<"str.contains", "whether `lhs` contains `rhs`"> {
  let description = [{ ```mlir %b = risk.str.contains %text, %needle``` }];
  let hasFolder = 1;
}
def Risk_StrStartsWithOp : Risk_StrBinaryOp<"str.starts_with", "whether `lhs` starts with `rhs`"> {
  let description = [{ ```mlir %b = risk.str.starts_with %text, %prefix``` }];
}
def Risk_StrEndsWithOp : Risk_StrBinaryOp<"str.ends_with", "whether `lhs` ends with `rhs`"> {
  let description = [{ ```mlir %b = risk.str.ends_with %text, %suffix``` }];
}

def Risk_StrLowerOp : Risk_Op<"str.lower", [Pure]> {
  let summary = "the string with ASCII letters lowered";
  let description = [{ ```mlir %l = risk.str.lower %text``` }];
  let arguments = (ins Risk_StrType:$input);
  let results = (outs Risk_StrType:$result);
  let assemblyFormat = "$input attr-dict";
}

def Risk_StrLengthOp : Risk_Op<"str.length", [Pure]> {
  let summary = "the number of code points of a string";
  let description = [{ ```mlir %n = risk.str.length %text : f64``` }];
  let arguments = (ins Risk_StrType:$input);
  let results = (outs F64:$result);
  let assemblyFormat = "$input attr-dict `:` type($result)";
}

def Risk_CategoryInOp : Risk_Op<"category.in", [Pure]> {
  let summary = "whether a string names a member of a category set";
  let description = [{
    `names` lists every qualified path and code of the set's members.

    ```mlir
    %b = risk.category.in %label ["t2i.violence", "t2i.violence.bloody_content"]
    ```
  }];
  let arguments = (ins Risk_StrType:$input, StrArrayAttr:$names);
  let results = (outs I1:$result);
  let assemblyFormat = "$input $names attr-dict";
}

//===----------------------------------------------------------------------===//
// Matching
//===----------------------------------------------------------------------===//

def Risk_LexiconOp : Risk_Op<"lexicon", [Symbol]> {
  let summary = "a lexicon: terms with weights and matching options";
  let description = [{
    Declares what `risk.scan` compiles into an automaton.

    ```mlir
    risk.lexicon @gore terms ["gore", "blood"] weights [1.0, 0.5] {fold_case, words}
    risk.lexicon @bomb terms ["bomb"] weights [1.0] {normalize = ["leetspeak", "separators"]}
    ```

    `normalize` lists the normalisations the terms are expanded with (see
    risk/Automata/Normalize.h); the text itself is never rewritten.
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrArrayAttr:$terms, F64ArrayAttr:$weights,
                       UnitAttr:$fold_case, UnitAttr:$words, UnitAttr:$phrases,
                       OptionalAttr<StrArrayAttr>:$normalize);
  let assemblyFormat = "$sym_name `terms` $terms `weights` $weights attr-dict";
  let hasVerifier = 1;
}

def Risk_ModelOp : Risk_Op<"model", [Symbol]> {
  let summary = "a learned linear scorer: labels, calibrated biases, a weights file";
  let description = [{
    The weights (float32, `[bucket][label]`) are read from `path` when the
    model is lowered into a constant table; the biases are calibrated so that
    a score of 0.5 is each label's tuned threshold.

    ```mlir
    risk.model @clf "models/t2i.rkm" labels ["gore", "logo"] biases [-2.1, -3.0] buckets 65536
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$path, StrArrayAttr:$labels,
                       F64ArrayAttr:$biases, I64Attr:$buckets);
  let assemblyFormat = "$sym_name $path `labels` $labels `biases` $biases `buckets` $buckets attr-dict";
  let hasVerifier = 1;
}

def Risk_ModelEvalOp : Risk_Op<"model.eval", [Pure]> {
  let summary = "scores a string with a learned model";
  let description = [{
    Extracts the string's hashed features (word unigrams and bigrams,
    character 3- to 5-grams of each word), sums their weights per label and
    applies a sigmoid. Pure: identical calls are computed once.

    ```mlir
    %s = risk.model.eval @clf %text
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$model, Risk_StrType:$input);
  let results = (outs Risk_ScoresType:$result);
  let assemblyFormat = "$model $input attr-dict";
}

def Risk_ModelLabelOp : Risk_Op<"model.label", [Pure]> {
  let summary = "one label's score";
  let description = [{ ```mlir %gore = risk.model.label %s, 0 : f64``` }];
  let arguments = (ins Risk_ScoresType:$scores, I64Attr:$label);
  let results = (outs F64:$result);
  let assemblyFormat = "$scores `,` $label attr-dict `:` type($result)";
}

def Risk_PatternOp : Risk_Op<"pattern", [Symbol]> {
  let summary = "a pattern: a regular expression of the supported subset";
  let description = [{
    A scan that records evidence records the leftmost-longest match; with
    `every_match` (the pattern is evidence of a `redact` rule), every
    non-overlapping match, left to right, each the leftmost-longest from
    where the previous one ended.

    ```mlir
    risk.pattern @digits "\\d+" flags ""
    risk.pattern @email "[a-z]+@[a-z]+" flags "" {every_match}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$regex, StrAttr:$flags,
                       UnitAttr:$every_match);
  let assemblyFormat = "$sym_name $regex `flags` $flags attr-dict";
  let hasVerifier = 1;
}

def Risk_MatchesNewOp : Risk_Op<"matches.new", [MemoryEffects<[MemAlloc]>]> {
  let summary = "empty results for a matcher (a lexicon or pattern index)";
  let description = [{ ```mlir %m = risk.matches.new @gore``` }];
  let arguments = (ins FlatSymbolRefAttr:$matcher);
  let results = (outs Risk_MatchesType:$result);
  let assemblyFormat = "$matcher attr-dict";
}

def Risk_NormalizeOp : Risk_Op<"normalize", [Pure]> {
  let summary = "the skeleton of a string, for the lexicons with these normalisations";
  let description = [{
    Every character replaced by what it stands for once disguises are removed
    (docs/design/normalisation.md): with `normalize` (the lexicon's options)
    and `fold_case`. The second result says where each skeleton byte comes
    from. A lexicon with `normalize` scans the skeleton; its spans are mapped
    back through the origins. A learned model reads the same skeleton,
    through `risk.collapse_repeats` when it was trained with `repeats`.
    Lowered to a loop over the bytes with constant tables, writing into the
    evaluator's scratch memory.

    ```mlir
    %skeleton, %origins = risk.normalize %text {normalize = ["obfuscation"], fold_case}
    risk.scan @gore %m, %skeleton origins %origins, %c0 {record, matcher_index = 0 : i64}
    ```
  }];
  let arguments = (ins Risk_StrType:$input, StrArrayAttr:$normalize, UnitAttr:$fold_case);
  let results = (outs Risk_StrType:$skeleton, Risk_OriginsType:$origins);
  let assemblyFormat = "$input attr-dict";
  let hasVerifier = 1;
}

def Risk_CollapseRepeatsOp : Risk_Op<"collapse_repeats", [Pure]> {
  let summary = "a copy of a string with each run of one ASCII letter as one letter";
  let description = [{
    What a learned model trained with `repeats` reads: "bbllooddyy" and
    "bloody" both read "blody". Applied to the skeleton the lexicons scan
    (MLIRGen emits this op after the `risk.normalize` the lexicons use, so
    the skeleton is computed once for both). Lowered to one
    loop copying into the evaluator's scratch memory.

    ```mlir
    %skeleton, %origins = risk.normalize %text {normalize = ["obfuscation"], fold_case}
    %collapsed = risk.collapse_repeats %skeleton
    %scores = risk.model.eval @model0 %collapsed
    ```
  }];
  let arguments = (ins Risk_StrType:$input);
  let results = (outs Risk_StrType:$result);
  let assemblyFormat = "$input attr-dict";
}

def Risk_UnmaskOp : Risk_Op<"unmask", [Pure]> {
  let summary = "a skeleton with its masked words read as the lexicons' words";
  let description = [{
    What a lexicon with `masks` scans: the skeleton of its other
    normalisations (`risk.normalize`, the same options and `fold_case`),
    where a word with one inner letter written `*` or `#` has the letter of
    the lexicons' word it masks written back ("n*de" reads "nude";
    docs/design/normalisation.md). The words are those of every
    `risk.lexicon` with `masks` over this skeleton in the module. Byte for
    byte, so the skeleton's origins still hold. A string without a mask
    character is the result itself; otherwise a copy into the evaluator's
    scratch memory.

    ```mlir
    %skeleton, %origins = risk.normalize %text {normalize = ["obfuscation", "masks"], fold_case}
    %unmasked = risk.unmask %skeleton {normalize = ["obfuscation", "masks"], fold_case}
    risk.scan @porn %m, %unmasked origins %origins, %c0 {record, matcher_index = 0 : i64}
    ```
  }];
  let arguments = (ins Risk_StrType:$input, StrArrayAttr:$normalize, UnitAttr:$fold_case);
  let results = (outs Risk_StrType:$result);
  let assemblyFormat = "$input attr-dict";
  let hasVerifier = 1;
}

def Risk_ScanOp : Risk_Op<"scan", [MemoryEffects<[MemRead, MemWrite]>]> {
  let summary = "runs a matcher's automaton over a string, adding to its results";
  let description = [{
    One linear pass over the bytes. With `record`, each match is also kept as
    evidence (matcher index, slot, start, end, term) in the decision buffer.
    A lexicon with `normalize` scans a skeleton (`risk.normalize`) and gets its
    `origins`, through which its evidence is mapped back to the original.

    ```mlir
    risk.scan @gore %m, %text, %slot {record, matcher_index = 0 : i64}
    risk.scan @slurs %m2, %skeleton origins %origins, %slot {record, matcher_index = 1 : i64}
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$matcher, Risk_MatchesType:$matches,
                       Risk_StrType:$input, Optional<Risk_OriginsType>:$origins, Index:$slot,
                       UnitAttr:$record, I64Attr:$matcher_index);
  let assemblyFormat = "$matcher $matches `,` $input (`origins` $origins^)? `,` $slot attr-dict";
}

def Risk_ScanSetOp : Risk_Op<"scan_set", [MemoryEffects<[MemRead, MemWrite]>,
                                           AttrSizedOperandSegments]> {
  let summary = "runs several matchers over one string in a single pass";
  let description = [{
    The fused form of several `risk.scan` ops over the same string, made by
    `risk-fuse-scans`. The lowering merges the matchers' automata into one
    (splitting the set when the merged automaton would exceed the state
    budget), so the bytes are read once for all of them. Operand `i` of
    `matches` belongs to `matchers[i]`; `record[i]` and `matcher_indices[i]`
    are that scan's `record` flag and evidence index.

    ```mlir
    risk.scan_set [@gore, @weapons] (%m0, %m1), %text, %slot
        {matcher_indices = [0, 1], record = [true, false]}
    ```
  }];
  let arguments = (ins SymbolRefArrayAttr:$matchers, Variadic<Risk_MatchesType>:$matches,
                       Risk_StrType:$input, Optional<Risk_OriginsType>:$origins, Index:$slot,
                       BoolArrayAttr:$record, I64ArrayAttr:$matcher_indices);
  let assemblyFormat = "$matchers `(` $matches `)` `,` $input (`origins` $origins^)? `,` $slot attr-dict";
  let hasVerifier = 1;
}

class Risk_MatchesQueryOp<string mnemonic, Type result, string summaryText>
    : Risk_Op<mnemonic, [MemoryEffects<[MemRead]>]> {
  let summary = summaryText;
  let arguments = (ins FlatSymbolRefAttr:$matcher, Risk_MatchesType:$matches);
  let results = (outs result:$result);
  let assemblyFormat = "$matcher $matches attr-dict `:` type($result)";
}

def Risk_MatchesAnyOp : Risk_MatchesQueryOp<"matches.any", I1, "whether anything matched"> {
  let description = [{ ```mlir %b = risk.matches.any @gore %m : i1``` }];
}
def Risk_MatchesCountOp : Risk_MatchesQueryOp<"matches.count", F64, "how many matches there were"> {
  let description = [{ ```mlir %n = risk.matches.count @gore %m : f64``` }];
}
def Risk_MatchesWeightOp : Risk_MatchesQueryOp<"matches.weight", F64, "the sum of the matched terms' weights"> {
  let description = [{ ```mlir %w = risk.matches.weight @gore %m : f64``` }];
}
def Risk_MatchesDistinctOp : Risk_MatchesQueryOp<"matches.distinct", F64, "how many different terms matched"> {
  let description = [{ ```mlir %n = risk.matches.distinct @gore %m : f64``` }];
}

def Risk_MatchesHasOp : Risk_Op<"matches.has", [MemoryEffects<[MemRead]>]> {
  let summary = "whether a given term matched";
  let description = [{ ```mlir %b = risk.matches.has @gore %m, 3``` }];
  let arguments = (ins FlatSymbolRefAttr:$matcher, Risk_MatchesType:$matches, I64Attr:$term);
  let results = (outs I1:$result);
  let assemblyFormat = "$matcher $matches `,` $term attr-dict";
}

#endif // RISK_OPS
