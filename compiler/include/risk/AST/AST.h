//===- AST.h - The Riskcard abstract syntax tree ----------------*- C++ -*-===//
//
// The tree the parser hands back (built in grammar/AstBuilder.cpp) and every
// later phase reads: sema, the formatter, the documentation generator, MLIRGen
// and the reference interpreter. Nodes own their children through unique_ptr;
// every node carries the source range it was written at. Declarations and
// expressions use LLVM-style RTTI (`isa`, `cast`, `dyn_cast` through `classof`).
//
// Sema fills in the few resolution fields (marked "set by sema") in place.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AST_AST_H
#define RISK_AST_AST_H

#include "risk/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace risk {

class CategoryDecl;
class TaxonomyDecl;
class Decl;

//===----------------------------------------------------------------------===//
// Small syntax pieces
//===----------------------------------------------------------------------===//

/// A name as written: `violence`.
struct Identifier {
  std::string name;
  SourceRange range;
};

/// A dotted name: `std.taxonomy.t2i`.
struct QualifiedName {
  std::vector<Identifier> parts;
  SourceRange range;

  std::string str() const;
};

/// A decoded string literal (escapes resolved, multi-line indentation removed).
struct TextLit {
  std::string value;
  SourceRange range;
  bool multiline = false; ///< written with """
};

/// `a.b.c` or `a.b.*` where a category is expected.
struct CategoryRef {
  std::vector<Identifier> segments;
  bool wildcard = false;
  SourceRange range;

  /// Set by sema: the taxonomy and category the path names. `category` is null
  /// when the path names the taxonomy itself (`t2i.*`).
  TaxonomyDecl *taxonomy = nullptr;
  CategoryDecl *category = nullptr;

  std::string str() const;
};

/// A comment as written, `#` included, with whether code precedes it on its line.
struct Comment {
  SourceRange range;
  std::string text;
  bool trailing = false;
};

/// Actions in increasing order of severity; `Error` is the guard failing.
enum class ActionKind { Allow, Warn, Redact, Guide, Escalate, Block, Error };
llvm::StringRef getActionName(ActionKind kind);
std::optional<ActionKind> parseActionName(llvm::StringRef name);

//===----------------------------------------------------------------------===//
// Taxonomies
//===----------------------------------------------------------------------===//

/// `category id "Title" code "S1" { description "..." category ... }`
class CategoryDecl {
public:
  Identifier id;
  std::optional<TextLit> title;
  std::optional<TextLit> code;
  std::vector<TextLit> descriptions;
  std::vector<TextLit> extraCodes; ///< `code` given again inside the body
  std::vector<std::unique_ptr<CategoryDecl>> children;
  SourceRange range;

  // Set by sema.
  CategoryDecl *parent = nullptr;
  TaxonomyDecl *taxonomy = nullptr;
  unsigned depth = 0;

  /// `violence.bloody_content` (without the taxonomy name).
  std::string path() const;
  /// `t2i.violence.bloody_content`.
  std::string qualifiedPath() const;
  llvm::StringRef displayTitle() const { return title ? title->value : id.name; }
  /// True if `this` is `other` or lies beneath it.
  bool isWithin(const CategoryDecl *other) const;
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

class Module;

class Decl {
public:
  enum class Kind { Taxonomy, Map, Card, Lexicon, Pattern, Model, Input, Policy, Test };

  virtual ~Decl() = default;
  Kind getKind() const { return kind; }
  /// "taxonomy", "card", ... as a user would say it.
  llvm::StringRef getKindName() const;

  Identifier name;
  SourceRange range;
  Module *module = nullptr; ///< set by the parser

protected:
  explicit Decl(Kind kind) : kind(kind) {}

private:
  Kind kind;
};

/// `taxonomy name "Title" version "1" { ... }`
class TaxonomyDecl : public Decl {
public:
  TaxonomyDecl() : Decl(Kind::Taxonomy) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Taxonomy; }

  std::optional<TextLit> title;
  std::optional<TextLit> version;
  std::vector<TextLit> descriptions;
  std::vector<TextLit> references;
  std::vector<std::unique_ptr<CategoryDecl>> categories;

  /// Calls `fn` on every category, parents before children.
  template <typename Fn> void walk(Fn &&fn) const {
    for (const auto &c : categories)
      walkCategory(c.get(), fn);
  }

private:
  template <typename Fn> static void walkCategory(CategoryDecl *c, Fn &fn) {
    fn(c);
    for (const auto &child : c->children)
      walkCategory(child.get(), fn);
  }
};

/// One line of a map: `src.a.b[.*] => dst.x, dst.y`.
struct MapEntry {
  CategoryRef source;
  std::vector<CategoryRef> targets;
  SourceRange range;
};

/// `map source -> target { entries }`
class MapDecl : public Decl {
public:
  MapDecl() : Decl(Kind::Map) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Map; }

  QualifiedName source;
  QualifiedName target;
  std::vector<MapEntry> entries;

  // Set by sema.
  TaxonomyDecl *sourceTaxonomy = nullptr;
  TaxonomyDecl *targetTaxonomy = nullptr;
};

/// `harm reader.psychological`: who is harmed, and how.
struct HarmType {
  Identifier actor;
  Identifier harm;
  SourceRange range;
};

/// `example prompt "..." output "..." expect block`
struct CardExample {
  std::optional<TextLit> prompt;
  std::optional<TextLit> output;
  std::optional<ActionKind> expect;
  SourceRange expectRange;
  SourceRange range;
};

/// A RiskCard: categorisation, harm types, actions required for harm,
/// prompt-output examples, references.
class CardDecl : public Decl {
public:
  CardDecl() : Decl(Kind::Card) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Card; }

  std::optional<TextLit> title;
  std::vector<TextLit> descriptions;
  /// Each `categories a, b` line, in order.
  std::vector<std::vector<CategoryRef>> categoryLines;
  std::vector<std::vector<HarmType>> harmLines;
  std::vector<TextLit> actionsRequired; ///< `requires "..."`
  std::vector<Identifier> severities;
  std::vector<CardExample> examples;
  std::vector<TextLit> references;

  /// All category references, flattened.
  std::vector<const CategoryRef *> allCategories() const;
};

/// `"term" 1.5` in a lexicon.
struct LexiconTerm {
  TextLit text;
  std::optional<double> weight;
  std::string weightSpelling; ///< as written, for the formatter
  SourceRange range;
};

/// An option line of a lexicon: `fold case`, `normalize obfuscation, nfkc`,
/// `words`, `phrases`, `substrings`, `from "file.txt"`.
struct LexiconOption {
  enum class Kind { Fold, Normalize, Words, Phrases, Substrings, From };
  Kind kind;
  std::vector<Identifier> args; ///< for fold and normalize
  std::optional<TextLit> path;  ///< for from
  SourceRange range;
};

/// A line of terms, kept as a group so the formatter preserves the layout.
struct LexiconTermLine {
  std::vector<LexiconTerm> terms;
  SourceRange range;
};

class LexiconDecl : public Decl {
public:
  LexiconDecl() : Decl(Kind::Lexicon) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Lexicon; }

  std::optional<TextLit> title;
  std::vector<LexiconOption> options;
  std::vector<LexiconTermLine> termLines;
};

/// `pattern name "Title" = /body/flags [normalize n, ...]`
class PatternDecl : public Decl {
public:
  PatternDecl() : Decl(Kind::Pattern) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Pattern; }

  std::optional<TextLit> title;
  std::string regex; ///< the body between the slashes, as written
  std::string flags;
  SourceRange regexRange;
  /// The normalisations of the skeleton the pattern reads (empty: the text
  /// as written).
  std::vector<Identifier> normalize;

  /// ` normalize a, b` as written after the literal, or "" without one.
  std::string normalizeClause() const {
    std::string out;
    for (const Identifier &n : normalize)
      out += (out.empty() ? " normalize " : ", ") + n.name;
    return out;
  }
};

/// `model name = linear("path.rkm")`
class ModelDecl : public Decl {
public:
  ModelDecl() : Decl(Kind::Model) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Model; }

  Identifier modelKind;
  TextLit path;
};

/// A field type: `string`, `enum { a, b }`, `list<T>`, optionally `?`.
struct TypeExpr {
  enum class Kind { Named, Enum, List };
  Kind kind = Kind::Named;
  Identifier name;                       ///< Named
  std::vector<Identifier> enumValues;    ///< Enum
  std::unique_ptr<TypeExpr> element;     ///< List
  bool optional = false;
  SourceRange range;
};

struct FieldDecl {
  Identifier name;
  std::unique_ptr<TypeExpr> type;
  SourceRange range;
};

/// `input Name { field: type, ... }`
class InputDecl : public Decl {
public:
  InputDecl() : Decl(Kind::Input) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Input; }

  std::vector<FieldDecl> fields;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

class Expr {
public:
  enum class Kind { Number, String, Regex, Bool, Name, Call, Member, Index, Wildcard,
                    Unary, Binary, List };
  virtual ~Expr() = default;
  Kind getKind() const { return kind; }
  SourceRange range;

protected:
  explicit Expr(Kind kind) : kind(kind) {}

private:
  Kind kind;
};

class NumberExpr : public Expr {
public:
  NumberExpr() : Expr(Kind::Number) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Number; }
  double value = 0;
  std::string spelling;
};

class StringExpr : public Expr {
public:
  StringExpr() : Expr(Kind::String) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::String; }
  TextLit text;
};

class RegexExpr : public Expr {
public:
  RegexExpr() : Expr(Kind::Regex) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Regex; }
  std::string regex;
  std::string flags;
};

class BoolExpr : public Expr {
public:
  BoolExpr() : Expr(Kind::Bool) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Bool; }
  bool value = false;
};

class NameExpr : public Expr {
public:
  NameExpr() : Expr(Kind::Name) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Name; }
  Identifier name;
};

class CallExpr : public Expr {
public:
  CallExpr() : Expr(Kind::Call) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Call; }
  Identifier callee;
  std::vector<std::unique_ptr<Expr>> args;
};

class MemberExpr : public Expr {
public:
  MemberExpr() : Expr(Kind::Member) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Member; }
  std::unique_ptr<Expr> base;
  Identifier member;
};

class IndexExpr : public Expr {
public:
  IndexExpr() : Expr(Kind::Index) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Index; }
  std::unique_ptr<Expr> base;
  std::unique_ptr<Expr> index;
};

/// `t2i.violence.*`
class WildcardExpr : public Expr {
public:
  WildcardExpr() : Expr(Kind::Wildcard) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Wildcard; }
  std::unique_ptr<Expr> base;
};

class UnaryExpr : public Expr {
public:
  enum class Op { Neg, Not };
  UnaryExpr() : Expr(Kind::Unary) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Unary; }
  Op op = Op::Not;
  std::unique_ptr<Expr> operand;
};

class BinaryExpr : public Expr {
public:
  enum class Op { Mul, Div, Mod, Add, Sub, Lt, Le, Gt, Ge, Eq, Ne, In, NotIn, And, Or };
  BinaryExpr() : Expr(Kind::Binary) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::Binary; }
  Op op = Op::And;
  std::unique_ptr<Expr> lhs;
  std::unique_ptr<Expr> rhs;
  SourceRange opRange;
};
llvm::StringRef getBinaryOpSpelling(BinaryExpr::Op op);
/// Binding strength, higher binds tighter; used by the printer for parentheses.
unsigned getBinaryOpPrecedence(BinaryExpr::Op op);

class ListExpr : public Expr {
public:
  ListExpr() : Expr(Kind::List) {}
  static bool classof(const Expr *e) { return e->getKind() == Kind::List; }
  std::vector<std::unique_ptr<Expr>> elements;
};

//===----------------------------------------------------------------------===//
// Policies and tests
//===----------------------------------------------------------------------===//

/// `=> block` / `=> guide "text"`
struct Action {
  ActionKind kind = ActionKind::Allow;
  std::optional<TextLit> message;
  SourceRange range;
};

/// `rule NAME when COND => ACTION [CATEGORY...] [severity S] [because "..."]`
struct RuleDecl {
  Identifier name;
  std::unique_ptr<Expr> condition;
  Action action;
  std::vector<CategoryRef> categories;
  std::optional<Identifier> severity;
  std::optional<TextLit> because;
  SourceRange range;
};

/// `let name = expr`: a named signal shared by rules.
struct LetDecl {
  Identifier name;
  std::unique_ptr<Expr> value;
  SourceRange range;
};

class PolicyDecl : public Decl {
public:
  PolicyDecl() : Decl(Kind::Policy) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Policy; }

  Identifier inputName;
  /// `for alias.Input`: the local name of the import that declares the input.
  std::optional<Identifier> inputModule;
  /// `Input` or `alias.Input`, as written.
  std::string inputRef() const {
    return inputModule ? inputModule->name + "." + inputName.name : inputName.name;
  }
  std::vector<Identifier> combines; ///< all `combine` lines (sema rejects repeats)
  std::vector<LetDecl> lets;
  std::vector<RuleDecl> rules;
  std::vector<Action> defaults;     ///< all `default` lines (sema rejects repeats)
};

/// A JSON value written inline in a test: `{"tool": "shell", "args": {...}}`.
struct JsonLit {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolValue = false;
  std::string text; ///< number spelling or decoded string
  std::vector<std::pair<TextLit, JsonLit>> members;
  std::vector<JsonLit> elements;
  SourceRange range;

  /// Serialises as compact JSON.
  std::string toJson() const;
};

/// `expect block "input" as t2i.violence` or `expect allow {json}`
struct TestExpect {
  ActionKind expect = ActionKind::Allow;
  std::optional<TextLit> text;
  std::optional<JsonLit> json;
  std::vector<CategoryRef> categories;
  SourceRange range;
};

class TestDecl : public Decl {
public:
  TestDecl() : Decl(Kind::Test) {}
  static bool classof(const Decl *d) { return d->getKind() == Kind::Test; }

  std::optional<Identifier> policyName;
  std::vector<TestExpect> expects;
  std::vector<std::vector<CategoryRef>> cardLines; ///< `cards t2i.*, ...`
};

//===----------------------------------------------------------------------===//
// Modules
//===----------------------------------------------------------------------===//

struct ImportDecl {
  QualifiedName moduleName;
  std::optional<Identifier> alias;
  SourceRange range;

  /// The alias, or the last part of the module name.
  llvm::StringRef localName() const {
    return alias ? llvm::StringRef(alias->name) : llvm::StringRef(moduleName.parts.back().name);
  }
  Module *resolved = nullptr; ///< set by the module loader
};

/// One `.riskcard` file.
class Module {
public:
  uint32_t fileId = 0;
  std::optional<QualifiedName> declaredName;
  std::vector<ImportDecl> imports;
  std::vector<std::unique_ptr<Decl>> decls;
  std::vector<Comment> comments;
  bool hasSyntaxErrors = false;

  /// The module's name: the `module` line, else what it was loaded as.
  std::string name;
  std::string path;
};

} // namespace risk

#endif // RISK_AST_AST_H
