//===- Policy.h - A checked, typed policy -----------------------*- C++ -*-===//
//
// The policy checker types every expression of a policy, resolves its names,
// plans how the input is laid out for evaluation (slots), loads its lexicons
// and computes every rule's categories (mapped ones included). The result, a
// CheckedPolicy, is what both the reference interpreter and MLIRGen consume,
// so the two agree on meaning by construction. See docs/design/guards.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_POLICY_POLICY_H
#define RISK_POLICY_POLICY_H

#include "risk/AST/AST.h"
#include "risk/Automata/Skeleton.h"
#include "risk/Model/Linear.h"
#include "risk/Sema/Sema.h"
#include "riskcard/riskcard.h"
#include "llvm/ADT/DenseMap.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace risk {

/// The static type of an expression.
struct ValueType {
  enum class Kind { Error, Bool, Number, String, Json, List, Categories, Lexicon, Pattern,
                    Taxonomy, EnumLiteral, Scores };
  Kind kind = Kind::Error;
  /// For List: the element kind (Bool, Number, String or Json).
  Kind element = Kind::Error;

  static ValueType of(Kind k) { return {k, Kind::Error}; }
  static ValueType listOf(Kind e) { return {Kind::List, e}; }
  bool operator==(const ValueType &o) const { return kind == o.kind && element == o.element; }
  bool operator!=(const ValueType &o) const { return !(*this == o); }
  std::string str() const;
};

enum class Builtin {
  None, Lower, Contains, StartsWith, EndsWith, Length, Any, Count, Weight, Terms, Matches,
  String, Number, Strings, Keys
};

/// A lexicon ready for matching: options resolved and terms loaded.
struct LexiconInfo {
  const LexiconDecl *decl = nullptr;
  std::string name;
  struct Term {
    std::string text;
    double weight = 1.0;
  };
  std::vector<Term> terms;
  bool foldCase = false;
  bool words = false;     ///< terms must start and end at word boundaries
  bool phrases = false;   ///< a space in a term matches any run of whitespace
  std::vector<std::string> normalize;
};

/// A pattern ready for compiling: a declared `pattern` or a `/.../` literal.
struct PatternInfo {
  std::string name; ///< the declaration's name or `/body/flags` for literals
  std::string regex;
  std::string flags;
  /// The pattern reads the skeleton with these normalisations (folded when
  /// the pattern ignores case), its matches mapped back to the text; empty:
  /// the text as written.
  std::vector<std::string> normalize;
  SourceRange range;
  /// Evidence of a `redact` rule: every non-overlapping match is recorded
  /// (left to right, each the leftmost-longest from where the last ended),
  /// not only the first.
  bool everyMatch = false;
};

/// One slot of the input plan: a top-level field, a JSON path below one, or a
/// list element. The runtime fills every slot before the evaluator runs.
struct Slot {
  /// A field; a path into a json field; or every string value (JsonStrings)
  /// or every object key (JsonKeys) at or below a json field or path, in
  /// document order, as a list<string>.
  enum class Kind { Field, JsonPath, JsonStrings, JsonKeys };
  Kind kind = Kind::Field;
  unsigned field = 0;              ///< index into the input's fields
  std::vector<std::string> path;   ///< JSON keys below the field ("#3" = index 3)
  ValueType type;                  ///< declared type (Json for JSON paths)
  bool optional = false;
  std::vector<std::string> enumValues;
  std::string display;             ///< `args.tool` for messages and spans
};

/// What the checker knows about one expression.
struct ExprInfo {
  ValueType type;
  Builtin builtin = Builtin::None;
  /// Slot read by a field or JSON-path expression; -1 if none.
  int slot = -1;
  /// For Json expressions used where a String/Number/Bool is required: the
  /// conversion to apply (fails at run time on a mismatch).
  ValueType::Kind convertTo = ValueType::Kind::Error;
  const LetDecl *let = nullptr;
  int lexicon = -1; ///< index into CheckedPolicy::lexicons
  int model = -1;   ///< a model call: index into CheckedPolicy::models
  int modelLabel = -1; ///< `m(x).label`: the label's index in the model
  int pattern = -1; ///< index into CheckedPolicy::patterns
  /// Category sets: the categories, and whether each includes its subtree.
  std::vector<std::pair<const CategoryDecl *, bool>> categories;
  /// Category sets: every string that names a member (qualified path or
  /// code), which is what `x in t2i.violence.*` compares `x` with.
  std::vector<std::string> categoryNames;
  const TaxonomyDecl *taxonomy = nullptr; ///< for a bare taxonomy in a path
  std::string enumLiteral;
  std::optional<bool> constant; ///< known value of a constant boolean
};

/// A matcher scanned over a slot: done once per input, before any rule, in
/// the order of CheckedPolicy::scans (the same order in every backend).
struct Scan {
  int matcher = 0; ///< lexicons first, then patterns
  int slot = 0;    ///< a string slot, or a list slot (every element)
  bool operator<(const Scan &o) const {
    return slot != o.slot ? slot < o.slot : matcher < o.matcher;
  }
  bool operator==(const Scan &o) const { return slot == o.slot && matcher == o.matcher; }
};

/// A learned model a policy calls: its declaration and its loaded weights.
struct ModelInfo {
  const ModelDecl *decl = nullptr;
  std::string name;
  std::string path; ///< resolved against the declaring file's folder
  std::shared_ptr<const model::LinearModel> model;
};

struct RuleInfo {
  const RuleDecl *decl = nullptr;
  /// Direct categories first, then every category they map to.
  std::vector<const CategoryDecl *> categories;
  /// The scans whose matches are this rule's evidence, and its score cells.
  std::vector<Scan> evidence;
  std::vector<int> scores;
};

enum class Combine { FirstMatch, MostSevere, DenyOverrides };

class CheckedPolicy {
public:
  const PolicyDecl *decl = nullptr;
  const InputDecl *input = nullptr;
  const Module *module = nullptr;
  Combine combine = Combine::FirstMatch;
  ActionKind defaultAction = ActionKind::Allow;
  std::optional<std::string> defaultGuidance;
  std::vector<RuleInfo> rules;
  std::vector<Slot> slots;
  std::vector<LexiconInfo> lexicons;
  std::vector<PatternInfo> patterns;
  llvm::DenseMap<const Expr *, ExprInfo> exprs;
  /// Every (matcher, slot) pair the policy reads through a lexicon or pattern
  /// function applied directly to a field: sorted, scanned up front.
  std::vector<Scan> scans;
  /// `count` and `weight` calls and model labels (`m(text).label`), whose
  /// values decisions report as scores.
  std::vector<const Expr *> scores;
  llvm::DenseMap<const Expr *, int> scoreIds;
  /// The models the policy calls, loaded.
  std::vector<ModelInfo> models;
  /// With `masks`: the mask vocabulary of each skeleton (by
  /// SkeletonSpec::name()) that lexicons with `masks` read; what masked words
  /// of that skeleton read as, for the lexicons and a model trained with
  /// `masks` alike (risk.unmask).
  std::map<std::string, MaskVocabulary> maskVocabularies;
  /// With `separators`: the words letters written apart are split into, for
  /// each skeleton (by name) that a lexicon, pattern or model with
  /// `separators` reads: the dictionary and the words of every lexicon of
  /// the policy (segmentWordsWith).
  std::map<std::string, SegmentWords> splitVocabularies;
  /// The words the skeleton of `spec` is read with (null where it has none).
  SkeletonWords skeletonWords(const SkeletonSpec &spec) const {
    SkeletonWords out;
    if (auto it = maskVocabularies.find(spec.text().name()); it != maskVocabularies.end())
      out.masks = &it->second;
    if (auto it = splitVocabularies.find(spec.text().name()); it != splitVocabularies.end())
      out.split = &it->second;
    return out;
  }
  /// Matches kept per input (for evidence); more are counted but not kept.
  int spanCapacity = RISKCARD_MAX_SPANS;

  int matcherOfPattern(int pattern) const { return lexicons.size() + pattern; }
  size_t numMatchers() const { return lexicons.size() + patterns.size(); }
  /// The manifest embedded in the guard (see riskcard/runtime.hpp).
  std::string manifestJson() const;
  std::string bundleHash; ///< "sha256:..." of every source file of the program

  const ExprInfo &info(const Expr &e) const {
    auto it = exprs.find(&e);
    static const ExprInfo none;
    return it == exprs.end() ? none : it->second;
  }
};

/// Checks `policy` (which sema has already seen). Returns null after reporting
/// errors.
/// `maxAutomatonStates` bounds each pattern's automaton, as the compiler does.
std::unique_ptr<CheckedPolicy> checkPolicy(const PolicyDecl &policy, Sema &sema,
                                           Program &program, unsigned maxAutomatonStates = 20000);

/// Reports, for the commands that evaluate policies, what the checker accepts
/// but evaluation cannot do yet (learned models). Returns false if reported.
bool checkEvaluable(const CheckedPolicy &policy, DiagnosticEngine &diags);

/// Checks every policy of the root modules, reporting problems, so that type
/// errors are found without compiling. Returns the checked policies (those
/// that checked without errors).
std::map<const PolicyDecl *, std::unique_ptr<CheckedPolicy>>
checkAllPolicies(Sema &sema, Program &program, unsigned maxAutomatonStates = 20000);

/// SHA-256 of the program's sources, as "sha256:<hex>".
std::string computeBundleHash(const Program &program);

} // namespace risk

#endif // RISK_POLICY_POLICY_H
