// RUN: %risk-opt %s -convert-risk-to-standard=word-tables=false | FileCheck %s
// RUN: %risk-opt %s "-convert-risk-to-standard=max-fused-states=4 word-tables=false" | FileCheck %s --check-prefix=SPLIT
// RUN: %risk-opt %s -convert-risk-to-standard | FileCheck %s --check-prefix=WORDS
// A scan set becomes one loop over a merged automaton whose match ids map
// back to (member, term); each member's hits are handled in its own case.

// CHECK-DAG: memref.global "private" constant @fused_class_{{[0-9]+}} : memref<256xi32>
// CHECK-DAG: memref.global "private" constant @fused_member_{{[0-9]+}} : memref<4xi32>
// CHECK-DAG: memref.global "private" constant @fused_term_{{[0-9]+}} : memref<4xi32>
// CHECK-LABEL: func.func @risk_eval
// CHECK: memref.get_global @fused_class
// CHECK: scf.for
// CHECK: scf.index_switch
// CHECK: case 0 {
// CHECK: case 1 {
// CHECK: case 2 {
// CHECK-NOT: memref.get_global @fused_class
// CHECK: return

// With a budget of 4 states no merged automaton fits: the set is split down to
// single matchers, one loop each.
// SPLIT-COUNT-3: memref.get_global @{{(fused_class|lexicon[01]_class|pattern0_class)}}
// By default the whole-word lexicon @lexicon0 is looked up in a word table
// (its two terms under two keys in 16 slots of two i64 each, with a prefix filter of 512
// bits that every walk reads before it probes the slots); the merged automaton
// keeps the other two members, and the words are scanned before it.
// WORDS-DAG: memref.global "private" constant @words_filter_{{[0-9]+}} : memref<8xi64>
// WORDS-DAG: memref.global "private" constant @words_keys_{{[0-9]+}} : memref<32xi64>
// WORDS-DAG: memref.global "private" constant @words_term_{{[0-9]+}} : memref<2xi32>
// WORDS-DAG: memref.global "private" constant @words_bytes_{{[0-9]+}} : memref<9xi8>
// WORDS-DAG: memref.global "private" constant @fused_member_{{[0-9]+}} : memref<2xi32> = dense<[0, 1]>
// WORDS-LABEL: func.func @risk_eval
// WORDS: memref.get_global @words_fold
// WORDS: memref.get_global @words_filter
// WORDS: memref.get_global @words_keys
// WORDS: arith.muli %{{.*}}, %c-4417276706812531889_i64
// WORDS: arith.muli %{{.*}}, %c-7046029254386353131_i64
// WORDS: memref.get_global @fused_class

risk.lexicon @lexicon0 terms ["gore", "blood"] weights [1.0, 0.5] {fold_case, words}
risk.lexicon @lexicon1 terms ["knife"] weights [1.0] {}
risk.pattern @pattern0 "\\d{3}-\\d{4}" flags ""
risk.policy @p combine first_match default allow {
  %c0 = arith.constant 0 : index
  %a = risk.matches.new @lexicon0
  %b = risk.matches.new @lexicon1
  %c = risk.matches.new @pattern0
  %t = risk.slot.string %c0 : !risk.str
  risk.scan_set [@lexicon0, @lexicon1, @pattern0](%a, %b, %c), %t, %c0 {matcher_indices = [0, 1, 2], record = [true, false, true]}
  risk.rule @r action block {
    %x = risk.matches.any @lexicon0 %a : i1
    %y = risk.matches.any @pattern0 %c : i1
    %z = arith.ori %x, %y : i1
    risk.yield %z : i1
  }
}
