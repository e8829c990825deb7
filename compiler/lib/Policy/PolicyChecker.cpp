//===- PolicyChecker.cpp - Typing and planning a policy --------------------===//
//
// One recursive walk types every expression and records what it refers to in
// CheckedPolicy::exprs. Names resolve, in order, to: `let` signals defined
// earlier, input fields, declarations of the module (lexicons, patterns,
// models), taxonomies (for category paths). A bare name that resolves to
// nothing may still be an enum value when compared with an enum field; the
// comparison checks it. Every JSON path and field the policy reads gets a slot.
//
//===----------------------------------------------------------------------===//
#include "risk/Policy/Policy.h"

#include "risk/AST/ASTPrinter.h"
#include "risk/Basic/FileAccess.h"
#include "risk/Automata/Automaton.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

using namespace risk;
using Kind = ValueType::Kind;

std::string ValueType::str() const {
  auto name = [](Kind k) -> std::string {
    switch (k) {
    case Kind::Error:
      return "an invalid value";
    case Kind::Bool:
      return "bool";
    case Kind::Number:
      return "number";
    case Kind::String:
      return "string";
    case Kind::Json:
      return "json";
    case Kind::List:
      return "list";
    case Kind::Categories:
      return "a category set";
    case Kind::Lexicon:
      return "a lexicon";
    case Kind::Pattern:
      return "a pattern";
    case Kind::Taxonomy:
      return "a taxonomy";
    case Kind::EnumLiteral:
      return "an enum value";
    case Kind::Scores:
      return "model scores";
    }
    return "?";
  };
  if (kind == Kind::List)
    return "list<" + (element == Kind::Error ? std::string("?") : name(element)) + ">";
  return name(kind);
}

std::string risk::computeBundleHash(const Program &program) {
  std::vector<const Module *> modules;
  for (const auto &m : program.modules)
    modules.push_back(m.get());
  llvm::sort(modules, [](const Module *a, const Module *b) { return a->name < b->name; });
  llvm::SHA256 hash;
  for (const Module *m : modules) {
    hash.update(m->name);
    hash.update(llvm::StringRef("\0", 1));
    hash.update(program.sources.getBuffer(m->fileId));
    hash.update(llvm::StringRef("\0", 1));
  }
  std::array<uint8_t, 32> digest = hash.final();
  return "sha256:" + llvm::toHex(digest, /*LowerCase=*/true);
}

namespace {

class Checker {
public:
  Checker(const PolicyDecl &policy, Sema &sema, Program &program, unsigned maxAutomatonStates)
      : policy(policy), sema(sema), program(program), diags(program.diags),
        maxAutomatonStates(maxAutomatonStates) {}

  std::unique_ptr<CheckedPolicy> run() {
    unsigned errorsBefore = diags.getErrorCount();
    out = std::make_unique<CheckedPolicy>();
    out->decl = &policy;
    out->module = policy.module;
    out->input = sema.lookupInput(*policy.module, policy);
    if (!out->input)
      return nullptr; // sema reported it
    for (size_t i = 0; i < out->input->fields.size(); ++i)
      out->slots.push_back(fieldSlot(i));
    if (!policy.combines.empty()) {
      llvm::StringRef c = policy.combines.front().name;
      out->combine = c == "most_severe"      ? Combine::MostSevere
                     : c == "deny_overrides" ? Combine::DenyOverrides
                                             : Combine::FirstMatch;
    }
    if (!policy.defaults.empty()) {
      out->defaultAction = policy.defaults.front().kind;
      if (policy.defaults.front().message)
        out->defaultGuidance = policy.defaults.front().message->value;
    }
    for (const LetDecl &let : policy.lets) {
      ValueType t = check(*let.value);
      if (t.kind == Kind::Lexicon || t.kind == Kind::Pattern || t.kind == Kind::Taxonomy ||
          t.kind == Kind::Categories || t.kind == Kind::Scores) {
        // A `let` names a value the rules compute with; a detector, a
        // taxonomy, a category pattern or a model's scores (read with one
        // `.label`, which a `let` can hold) is written where it is used.
        diags.report(DiagId::NotAValue, let.value->range,
                     {exprToString(*let.value), t.str(),
                      "a `let` holds a value (bool, number, string, list or json); use `" +
                          exprToString(*let.value) + "` directly where it is needed"});
        t = fail();
      }
      letTypes[&let] = t;
      defined.push_back(&let);
    }
    for (const RuleDecl &rule : policy.rules) {
      ValueType t = check(*rule.condition);
      expect(*rule.condition, t, Kind::Bool, "a rule condition");
      RuleInfo info;
      info.decl = &rule;
      llvm::SetVector<const CategoryDecl *> categories;
      for (const CategoryRef &ref : rule.categories)
        if (ref.category)
          categories.insert(ref.category);
      for (const CategoryRef &ref : rule.categories)
        if (ref.category)
          for (CategoryDecl *mapped : sema.getMappedCategories(ref.category))
            categories.insert(mapped);
      info.categories.assign(categories.begin(), categories.end());
      out->rules.push_back(std::move(info));
    }
    reportReachability();
    planScans();
    out->bundleHash = computeBundleHash(program);
    if (diags.getErrorCount() != errorsBefore)
      return nullptr;
    return std::move(out);
  }

private:
  //--- Slots ----------------------------------------------------------------------

  static ValueType typeOf(const TypeExpr &t) {
    switch (t.kind) {
    case TypeExpr::Kind::Enum:
      return ValueType::of(Kind::String);
    case TypeExpr::Kind::List:
      return ValueType::listOf(typeOf(*t.element).kind);
    case TypeExpr::Kind::Named:
      if (t.name.name == "string")
        return ValueType::of(Kind::String);
      if (t.name.name == "number")
        return ValueType::of(Kind::Number);
      if (t.name.name == "bool")
        return ValueType::of(Kind::Bool);
      return ValueType::of(Kind::Json);
    }
    return ValueType::of(Kind::Error);
  }

  Slot fieldSlot(size_t index) {
    const FieldDecl &field = out->input->fields[index];
    Slot slot;
    slot.kind = Slot::Kind::Field;
    slot.field = index;
    slot.type = typeOf(*field.type);
    slot.optional = field.type->optional;
    // An enum field, or a list of enum values: the runtime checks each value.
    const TypeExpr *enumType = field.type.get();
    if (enumType->kind == TypeExpr::Kind::List)
      enumType = enumType->element.get();
    if (enumType->kind == TypeExpr::Kind::Enum)
      for (const Identifier &v : enumType->enumValues)
        slot.enumValues.push_back(v.name);
    slot.display = field.name.name;
    return slot;
  }

  /// `args.items[0]`: how a path below a field is shown in messages and spans.
  std::string pathDisplay(unsigned field, const std::vector<std::string> &path) const {
    std::string display = out->input->fields[field].name.name;
    for (const std::string &p : path)
      display += p[0] == '#' ? "[" + p.substr(1) + "]" : "." + p;
    return display;
  }

  int jsonSlot(unsigned field, std::vector<std::string> path) {
    for (size_t i = 0; i < out->slots.size(); ++i)
      if (out->slots[i].kind == Slot::Kind::JsonPath && out->slots[i].field == field &&
          out->slots[i].path == path)
        return i;
    Slot slot;
    slot.kind = Slot::Kind::JsonPath;
    slot.field = field;
    slot.type = ValueType::of(Kind::Json);
    slot.display = pathDisplay(field, path);
    slot.path = std::move(path);
    out->slots.push_back(std::move(slot));
    return out->slots.size() - 1;
  }

  /// The slot of every string value (or key) below `field` / `path`.
  int leavesSlot(unsigned field, const std::vector<std::string> &path, Slot::Kind kind) {
    for (size_t i = 0; i < out->slots.size(); ++i)
      if (out->slots[i].kind == kind && out->slots[i].field == field && out->slots[i].path == path)
        return i;
    Slot slot;
    slot.kind = kind;
    slot.field = field;
    slot.path = path;
    slot.type = ValueType::listOf(Kind::String);
    slot.display = pathDisplay(field, path);
    out->slots.push_back(std::move(slot));
    return out->slots.size() - 1;
  }

  //--- Diagnostics helpers ------------------------------------------------------

  ValueType fail() { return ValueType::of(Kind::Error); }

  /// Checks that `e` (of type `t`) can be used as `want`; a JSON value is
  /// converted at run time. Returns false after reporting.
  bool expect(const Expr &e, ValueType t, Kind want, llvm::StringRef what) {
    if (t.kind == Kind::Error || t.kind == want)
      return true;
    if (t.kind == Kind::Json && (want == Kind::String || want == Kind::Number || want == Kind::Bool)) {
      out->exprs[&e].convertTo = want;
      return true;
    }
    diags.report(DiagId::TypeMismatch, e.range,
                 {what.str(), ValueType::of(want).str(), t.str()});
    return false;
  }

  ValueType record(const Expr &e, ValueType t) {
    out->exprs[&e].type = t;
    return t;
  }

  //--- Expressions ------------------------------------------------------------------

  ValueType check(const Expr &e) {
    // An enum context applies to a bare name or the elements of a list literal
    // directly on the other side of `==`, `!=` or `in`, nowhere deeper.
    const std::vector<std::string> *context = enumContext;
    if (e.getKind() != Expr::Kind::Name && e.getKind() != Expr::Kind::List)
      enumContext = nullptr;
    ValueType t = checkInner(e);
    enumContext = context;
    return t;
  }

  ValueType checkInner(const Expr &e) {
    switch (e.getKind()) {
    case Expr::Kind::Number:
      return record(e, ValueType::of(Kind::Number));
    case Expr::Kind::String:
      return record(e, ValueType::of(Kind::String));
    case Expr::Kind::Bool: {
      out->exprs[&e].constant = llvm::cast<BoolExpr>(e).value;
      return record(e, ValueType::of(Kind::Bool));
    }
    case Expr::Kind::Regex: {
      auto &r = llvm::cast<RegexExpr>(e);
      out->exprs[&e].pattern = addPattern("/" + r.regex + "/" + r.flags, r.regex, r.flags, e.range);
      return record(e, ValueType::of(Kind::Pattern));
    }
    case Expr::Kind::Name:
      return checkName(llvm::cast<NameExpr>(e));
    case Expr::Kind::Call:
      return checkCall(llvm::cast<CallExpr>(e));
    case Expr::Kind::Member:
    case Expr::Kind::Index:
    case Expr::Kind::Wildcard:
      return checkPath(e);
    case Expr::Kind::Unary: {
      auto &u = llvm::cast<UnaryExpr>(e);
      ValueType t = check(*u.operand);
      if (u.op == UnaryExpr::Op::Not) {
        expect(*u.operand, t, Kind::Bool, "`not`");
        if (auto c = out->info(*u.operand).constant)
          out->exprs[&e].constant = !*c;
        return record(e, ValueType::of(Kind::Bool));
      }
      expect(*u.operand, t, Kind::Number, "`-`");
      return record(e, ValueType::of(Kind::Number));
    }
    case Expr::Kind::Binary:
      return checkBinary(llvm::cast<BinaryExpr>(e));
    case Expr::Kind::List: {
      auto &l = llvm::cast<ListExpr>(e);
      Kind element = Kind::Error;
      for (const auto &x : l.elements) {
        ValueType t = settle(*x, check(*x));
        if (t.kind != Kind::Bool && t.kind != Kind::Number && t.kind != Kind::String) {
          if (t.kind != Kind::Error)
            diags.report(DiagId::TypeMismatch, x->range,
                         {"a list element", "a bool, number or string literal", t.str()});
          continue;
        }
        if (element == Kind::Error)
          element = t.kind;
        else if (element != t.kind)
          diags.report(DiagId::TypeMismatch, x->range,
                       {"this list", ValueType::of(element).str() + " elements", t.str()});
      }
      return record(e, ValueType::listOf(element));
    }
    }
    return fail();
  }

  ValueType checkName(const NameExpr &n) {
    const std::string &name = n.name.name;
    for (const LetDecl *let : defined)
      if (let->name.name == name) {
        out->exprs[&n].let = let;
        return record(n, letTypes[let]);
      }
    for (size_t i = 0; i < out->input->fields.size(); ++i)
      if (out->input->fields[i].name.name == name) {
        out->exprs[&n].slot = i;
        return record(n, out->slots[i].type);
      }
    for (const LetDecl &let : policy.lets)
      if (let.name.name == name) {
        diags.report(DiagId::UnknownName, n.range, {"name", name, ""})
            .note(let.name.range, "`" + name + "` is defined later; a `let` can only use earlier ones");
        return record(n, fail());
      }
    if (Decl *d = sema.lookupDecl(*policy.module, name)) {
      if (auto *lex = llvm::dyn_cast<LexiconDecl>(d)) {
        out->exprs[&n].lexicon = addLexicon(*lex);
        return record(n, ValueType::of(Kind::Lexicon));
      }
      if (auto *pat = llvm::dyn_cast<PatternDecl>(d)) {
        out->exprs[&n].pattern = addPattern(pat->name.name, pat->regex, pat->flags, pat->regexRange,
                                               normalizationNames(*pat));
        return record(n, ValueType::of(Kind::Pattern));
      }
      if (auto *tax = llvm::dyn_cast<TaxonomyDecl>(d)) {
        out->exprs[&n].taxonomy = tax;
        return record(n, ValueType::of(Kind::Taxonomy));
      }
      llvm::StringRef kind = d->getKindName();
      bool vowel = !kind.empty() && llvm::StringRef("aeiou").contains(kind.front());
      diags.report(DiagId::NotAValue, n.range,
                   {name, (vowel ? "an " : "a ") + kind.str(), "it cannot be used in an expression"})
          .note(d->name.range, "declared here");
      return record(n, fail());
    }
    size_t consumed = 0;
    if (TaxonomyDecl *tax = sema.lookupTaxonomy(*policy.module, {n.name}, consumed)) {
      out->exprs[&n].taxonomy = tax;
      return record(n, ValueType::of(Kind::Taxonomy));
    }
    // Maybe an enum value: checked against the enum on the other side of the
    // comparison, or settled by the comparison once that side is known.
    out->exprs[&n].enumLiteral = name;
    if (enumContext)
      return checkEnumValue(n, *enumContext);
    return record(n, ValueType::of(Kind::EnumLiteral));
  }

  ValueType checkEnumValue(const Expr &literal, const std::vector<std::string> &values) {
    const std::string &name = out->info(literal).enumLiteral;
    if (!llvm::is_contained(values, name)) {
      std::string list = llvm::join(values, ", ");
      std::string best;
      std::string hint = didYouMean(name, values, &best);
      auto diag = diags.report(DiagId::UnknownEnumValue, literal.range, {name, list, hint});
      if (!best.empty())
        diag.fixit(literal.range, best);
      return record(literal, fail());
    }
    return record(literal, ValueType::of(Kind::String));
  }

  /// Reports a bare name that turned out not to be an enum value either.
  void reportUnresolved(const NameExpr &n) {
    std::vector<std::string> names;
    for (const FieldDecl &f : out->input->fields)
      names.push_back(f.name.name);
    for (const LetDecl *let : defined)
      names.push_back(let->name.name);
    for (const std::string &m : sema.visibleMatcherNames(*policy.module))
      names.push_back(m);
    if (sema.isFailedImport(*policy.module, n.name.name))
      return; // the import was reported
    std::string best;
    std::string hint = didYouMean(n.name.name, names, &best);
    auto diag = diags.report(DiagId::UnknownName, n.range, {"name", n.name.name, hint});
    if (!best.empty())
      diag.fixit(n.range, best);
  }

  /// Turns every unresolved enum-literal name in `e` into an error.
  ValueType settle(const Expr &e, ValueType t) {
    if (t.kind != Kind::EnumLiteral)
      return t;
    if (auto *n = llvm::dyn_cast<NameExpr>(&e))
      reportUnresolved(*n);
    out->exprs[&e].type = fail();
    return fail();
  }

  //--- Paths: categories, JSON, list elements ----------------------------------------

  /// `t2i.violence.*`, `args.tool`, `args["k"]`, `tags[0]`.
  ValueType checkPath(const Expr &e) {
    // Collect the chain down to its root.
    std::vector<const Expr *> chain;
    const Expr *root = &e;
    while (true) {
      chain.push_back(root);
      if (auto *m = llvm::dyn_cast<MemberExpr>(root))
        root = m->base.get();
      else if (auto *i = llvm::dyn_cast<IndexExpr>(root))
        root = i->base.get();
      else if (auto *w = llvm::dyn_cast<WildcardExpr>(root))
        root = w->base.get();
      else
        break;
    }
    std::reverse(chain.begin(), chain.end()); // root first
    ValueType rootType = check(*chain.front());
    // `alias.lexicon` or `alias.pattern`: a declaration of an imported module.
    if (rootType.kind == Kind::EnumLiteral && chain.size() == 2)
      if (auto *n = llvm::dyn_cast<NameExpr>(chain.front()))
        if (auto *m = llvm::dyn_cast<MemberExpr>(chain[1]))
          if (Decl *d = sema.lookupDecl(*policy.module, n->name.name + "." + m->member.name)) {
            out->exprs[chain.front()].type = ValueType::of(Kind::Error);
            if (auto *lex = llvm::dyn_cast<LexiconDecl>(d)) {
              out->exprs[&e].lexicon = addLexicon(*lex);
              return record(e, ValueType::of(Kind::Lexicon));
            }
            if (auto *pat = llvm::dyn_cast<PatternDecl>(d)) {
              out->exprs[&e].pattern =
                  addPattern(n->name.name + "." + pat->name.name, pat->regex, pat->flags, pat->regexRange,
                             normalizationNames(*pat));
              return record(e, ValueType::of(Kind::Pattern));
            }
          }
    // `alias.name` where `alias` imports lexicons or patterns but no taxonomy:
    // a misspelt detector, not a category path.
    if (rootType.kind == Kind::EnumLiteral && chain.size() == 2)
      if (auto *n = llvm::dyn_cast<NameExpr>(chain.front()))
        if (auto *m = llvm::dyn_cast<MemberExpr>(chain[1])) {
          std::string prefix = n->name.name + ".";
          std::vector<std::string> matchers = sema.visibleMatcherNames(*policy.module);
          bool importsMatchers = llvm::any_of(
              matchers, [&](const std::string &x) { return llvm::StringRef(x).starts_with(prefix); });
          if (importsMatchers && !llvm::is_contained(sema.visibleTaxonomyNames(*policy.module),
                                                     n->name.name)) {
            std::string full = prefix + m->member.name, best;
            std::string hint = didYouMean(full, matchers, &best);
            auto diag = diags.report(DiagId::UnknownName, e.range, {"lexicon or pattern", full, hint});
            if (!best.empty())
              diag.fixit(e.range, best);
            return record(e, fail());
          }
        }
    if (rootType.kind == Kind::Taxonomy || rootType.kind == Kind::EnumLiteral) {
      // A category path: every step must be a member; the last may be `.*`.
      if (auto *n = llvm::dyn_cast<NameExpr>(chain.front())) {
        CategoryRef ref;
        ref.segments.push_back(n->name);
        ref.range = e.range;
        for (size_t i = 1; i < chain.size(); ++i) {
          if (auto *m = llvm::dyn_cast<MemberExpr>(chain[i]))
            ref.segments.push_back(m->member);
          else if (llvm::isa<WildcardExpr>(chain[i]) && i + 1 == chain.size())
            ref.wildcard = true;
          else {
            diags.report(DiagId::TypeMismatch, chain[i]->range,
                         {"a category path", "`.name` or `.*`", "an index"});
            return record(e, fail());
          }
        }
        if (!sema.resolveCategoryRef(*policy.module, ref, /*allowWildcard=*/true))
          return record(e, fail());
        ExprInfo &info = out->exprs[&e];
        if (ref.category)
          info.categories.push_back({ref.category, ref.wildcard});
        else
          for (const auto &top : ref.taxonomy->categories)
            info.categories.push_back({top.get(), true});
        auto addNames = [&](auto &self, const CategoryDecl *c, bool subtree) -> void {
          info.categoryNames.push_back(c->qualifiedPath());
          if (c->code)
            info.categoryNames.push_back(c->code->value);
          if (subtree)
            for (const auto &child : c->children)
              self(self, child.get(), true);
        };
        for (auto [c, subtree] : info.categories)
          addNames(addNames, c, subtree);
        llvm::sort(info.categoryNames);
        info.categoryNames.erase(std::unique(info.categoryNames.begin(), info.categoryNames.end()),
                                 info.categoryNames.end());
        for (size_t i = 1; i + 1 < chain.size(); ++i)
          out->exprs[chain[i]].type = ValueType::of(Kind::Categories);
        return record(e, ValueType::of(Kind::Categories));
      }
    }
    rootType = settle(*chain.front(), rootType);
    if (rootType.kind == Kind::Error)
      return record(e, fail());
    if (rootType.kind == Kind::Scores) {
      if (chain.size() != 2 || !llvm::isa<MemberExpr>(chain[1])) {
        diags.report(DiagId::TypeMismatch, e.range,
                     {"model scores", "one `.label`", "another access"});
        return record(e, fail());
      }
      // The label must be one the model was trained for.
      const ModelInfo &m = out->models[out->info(*chain.front()).model];
      const Identifier &label = llvm::cast<MemberExpr>(chain[1])->member;
      std::vector<std::string> names;
      for (const model::LinearModel::Label &l : m.model->labels)
        names.push_back(l.name);
      auto it = llvm::find(names, label.name);
      if (it == names.end()) {
        std::string best;
        std::string hint = didYouMean(label.name, names, &best);
        auto diag = diags.report(DiagId::UnknownName, label.range,
                                 {"label of model `" + m.name + "`", label.name, hint});
        if (!best.empty())
          diag.fixit(label.range, best);
        return record(e, fail());
      }
      out->exprs[&e].modelLabel = int(it - names.begin());
      return record(e, ValueType::of(Kind::Number));
    }
    // JSON paths and list elements.
    ValueType t = rootType;
    int field = out->info(*chain.front()).slot;
    std::vector<std::string> path;
    for (size_t i = 1; i < chain.size(); ++i) {
      const Expr *step = chain[i];
      if (t.kind == Kind::Json) {
        std::string key;
        if (auto *m = llvm::dyn_cast<MemberExpr>(step)) {
          key = m->member.name;
        } else if (auto *x = llvm::dyn_cast<IndexExpr>(step)) {
          ValueType it = check(*x->index);
          if (auto *s = llvm::dyn_cast<StringExpr>(x->index.get()))
            key = s->text.value;
          else if (auto *num = llvm::dyn_cast<NumberExpr>(x->index.get());
                   num && num->value >= 0 && num->value == double(int64_t(num->value)))
            key = "#" + std::to_string(int64_t(num->value));
          else {
            (void)it;
            diags.report(DiagId::NonConstantKey, x->index->range);
            return record(e, fail());
          }
        } else {
          diags.report(DiagId::TypeMismatch, step->range, {"`.*`", "a category path", "json"});
          return record(e, fail());
        }
        if (field < 0 || out->slots[field].kind != Slot::Kind::Field) {
          diags.report(DiagId::TypeMismatch, step->range,
                       {"a JSON path", "a json field at its root", "a computed value"});
          return record(e, fail());
        }
        path.push_back(key);
        int slot = jsonSlot(out->slots[field].field, path);
        out->exprs[step].slot = slot;
        t = record(*step, ValueType::of(Kind::Json));
        continue;
      }
      if (t.kind == Kind::List) {
        auto *x = llvm::dyn_cast<IndexExpr>(step);
        if (!x) {
          diags.report(DiagId::TypeMismatch, step->range, {"a member access", "json", t.str()});
          return record(e, fail());
        }
        ValueType it = check(*x->index);
        expect(*x->index, it, Kind::Number, "a list index");
        t = record(*step, ValueType::of(t.element));
        field = -1; // an element is not a field root
        continue;
      }
      diags.report(DiagId::TypeMismatch, step->range,
                   {llvm::isa<IndexExpr>(step) ? "indexing" : "a member access",
                    "json or a list", t.str()});
      return record(e, fail());
    }
    return t;
  }

  //--- Calls -------------------------------------------------------------------------

  ValueType checkCall(const CallExpr &c) {
    static const std::pair<const char *, Builtin> builtins[] = {
        {"lower", Builtin::Lower},         {"contains", Builtin::Contains},
        {"starts_with", Builtin::StartsWith}, {"ends_with", Builtin::EndsWith},
        {"length", Builtin::Length},       {"any", Builtin::Any},
        {"count", Builtin::Count},         {"weight", Builtin::Weight},
        {"terms", Builtin::Terms},         {"matches", Builtin::Matches},
        {"string", Builtin::String},       {"number", Builtin::Number},
        {"strings", Builtin::Strings},     {"keys", Builtin::Keys}};
    Builtin builtin = Builtin::None;
    for (auto &[name, b] : builtins)
      if (c.callee.name == name)
        builtin = b;
    if (builtin == Builtin::None) {
      if (Decl *d = sema.lookupDecl(*policy.module, c.callee.name); d && llvm::isa<ModelDecl>(d)) {
        if (c.args.size() != 1)
          diags.report(DiagId::ArgumentCount, c.range,
                       {c.callee.name, "1 argument", std::to_string(c.args.size())});
        for (const auto &a : c.args)
          expect(*a, settle(*a, check(*a)), Kind::String, "model `" + c.callee.name + "`");
        int index = addModel(*llvm::cast<ModelDecl>(d));
        if (index < 0)
          return record(c, fail());
        out->exprs[&c].model = index;
        return record(c, ValueType::of(Kind::Scores));
      }
      std::vector<std::string> names;
      for (auto &[name, b] : builtins)
        names.push_back(name);
      std::string best;
      std::string hint = didYouMean(c.callee.name, names, &best);
      auto diag = diags.report(DiagId::UnknownFunction, c.callee.range, {c.callee.name, hint});
      if (!best.empty())
        diag.fixit(c.callee.range, best);
      return record(c, fail());
    }
    out->exprs[&c].builtin = builtin;
    std::vector<ValueType> args;
    for (const auto &a : c.args)
      args.push_back(settle(*a, check(*a)));
    auto arity = [&](size_t n) {
      if (c.args.size() == n)
        return true;
      diags.report(DiagId::ArgumentCount, c.range,
                   {c.callee.name, std::to_string(n) + (n == 1 ? " argument" : " arguments"),
                    std::to_string(c.args.size())});
      return false;
    };
    std::string fn = "`" + c.callee.name + "`";
    switch (builtin) {
    case Builtin::Lower:
      if (arity(1))
        expect(*c.args[0], args[0], Kind::String, fn);
      return record(c, ValueType::of(Kind::String));
    case Builtin::Contains:
    case Builtin::StartsWith:
    case Builtin::EndsWith:
      if (arity(2)) {
        expect(*c.args[0], args[0], Kind::String, fn);
        expect(*c.args[1], args[1], Kind::String, fn);
      }
      return record(c, ValueType::of(Kind::Bool));
    case Builtin::Length:
      if (arity(1) && args[0].kind != Kind::List)
        expect(*c.args[0], args[0], Kind::String, fn);
      return record(c, ValueType::of(Kind::Number));
    case Builtin::String:
      if (arity(1))
        expect(*c.args[0], args[0], Kind::Json, fn);
      if (!c.args.empty())
        out->exprs[c.args[0].get()].convertTo = Kind::String;
      return record(c, ValueType::of(Kind::String));
    case Builtin::Number:
      if (arity(1))
        expect(*c.args[0], args[0], Kind::Json, fn);
      if (!c.args.empty())
        out->exprs[c.args[0].get()].convertTo = Kind::Number;
      return record(c, ValueType::of(Kind::Number));
    case Builtin::Strings:
    case Builtin::Keys: {
      // Every string value (or object key) at or below a json field or path,
      // read by the runtime into a list: what matchers, `in` and `length`
      // take like any list<string>.
      int root = c.args.empty() ? -1 : out->info(*c.args[0]).slot;
      if (!arity(1))
        return record(c, fail());
      bool jsonValue = args[0].kind == Kind::Json ||
                       (args[0].kind == Kind::List && args[0].element == Kind::Json);
      if (!jsonValue || root < 0 ||
          (args[0].kind == Kind::List && out->slots[root].kind != Slot::Kind::Field)) {
        if (args[0].kind != Kind::Error)
          diags.report(DiagId::TypeMismatch, c.args[0]->range,
                       {fn, "a json field, a path into one or a list<json> field", args[0].str()});
        return record(c, fail());
      }
      out->exprs[&c].slot = leavesSlot(out->slots[root].field, out->slots[root].path,
                                       builtin == Builtin::Strings ? Slot::Kind::JsonStrings
                                                                   : Slot::Kind::JsonKeys);
      return record(c, ValueType::listOf(Kind::String));
    }
    case Builtin::Any:
    case Builtin::Count:
    case Builtin::Weight:
    case Builtin::Terms: {
      if (arity(2)) {
        if (args[0].kind != Kind::Lexicon && args[0].kind != Kind::Error)
          diags.report(DiagId::TypeMismatch, c.args[0]->range,
                       {fn, "a lexicon as its first argument", args[0].str()});
        if (!(args[1].kind == Kind::List && args[1].element == Kind::String))
          expect(*c.args[1], args[1], Kind::String, fn);
        else
          expectScannableList(*c.args[1], fn);
      }
      Kind result = builtin == Builtin::Any ? Kind::Bool
                    : builtin == Builtin::Terms ? Kind::List
                                                : Kind::Number;
      return record(c, result == Kind::List ? ValueType::listOf(Kind::String) : ValueType::of(result));
    }
    case Builtin::Matches:
      if (arity(2)) {
        if (args[0].kind != Kind::Pattern && args[0].kind != Kind::Error)
          diags.report(DiagId::TypeMismatch, c.args[0]->range,
                       {fn, "a pattern as its first argument", args[0].str()});
        if (!(args[1].kind == Kind::List && args[1].element == Kind::String))
          expect(*c.args[1], args[1], Kind::String, fn);
        else
          expectScannableList(*c.args[1], fn);
      }
      return record(c, ValueType::of(Kind::Bool));
    case Builtin::None:
      break;
    }
    return record(c, fail());
  }

  /// A matcher scans a list of strings only where the input holds it: a
  /// list<string> field or path, strings(...) or keys(...), directly or
  /// through a `let`. A list the policy builds (a list literal, terms(...))
  /// has no place in the input to scan or to point evidence spans into.
  void expectScannableList(const Expr &e, const std::string &fn) {
    const Expr *x = &e;
    while (auto *n = llvm::dyn_cast<NameExpr>(x)) {
      const LetDecl *let = out->info(*n).let;
      if (!let)
        break;
      x = let->value.get();
    }
    if (out->info(*x).slot >= 0)
      return;
    diags.report(DiagId::TypeMismatch, e.range,
                 {fn, "a string, or a list of strings the input holds (a list<string> field, "
                      "strings(...) or keys(...))",
                  "a list the policy builds; scan each string instead: any(lex, a) or any(lex, b)"});
  }

  //--- Operators -------------------------------------------------------------------

  /// The enum values a field-typed expression may take, if it is an enum.
  const std::vector<std::string> *enumValuesOf(const Expr &e) {
    int slot = out->info(e).slot;
    if (slot < 0 || out->slots[slot].enumValues.empty())
      return nullptr;
    return &out->slots[slot].enumValues;
  }

  /// Checks an enum literal written before the enum it is compared with.
  ValueType checkEnumLiteral(const Expr &literal, const Expr &other) {
    if (const std::vector<std::string> *values = enumValuesOf(other))
      return checkEnumValue(literal, *values);
    return settle(literal, ValueType::of(Kind::EnumLiteral));
  }

  ValueType checkBinary(const BinaryExpr &b) {
    using Op = BinaryExpr::Op;
    bool compares = b.op == Op::Eq || b.op == Op::Ne || b.op == Op::In || b.op == Op::NotIn;
    ValueType l = check(*b.lhs);
    // Enum values take their meaning from the enum on the other side.
    enumContext = compares ? enumValuesOf(*b.lhs) : nullptr;
    ValueType r = check(*b.rhs);
    enumContext = nullptr;
    if (l.kind == Kind::EnumLiteral && compares)
      l = checkEnumLiteral(*b.lhs, *b.rhs);
    std::string op = "`" + getBinaryOpSpelling(b.op).str() + "`";
    l = settle(*b.lhs, l);
    r = settle(*b.rhs, r);
    switch (b.op) {
    case Op::And:
    case Op::Or: {
      expect(*b.lhs, l, Kind::Bool, op);
      expect(*b.rhs, r, Kind::Bool, op);
      auto lc = out->info(*b.lhs).constant, rc = out->info(*b.rhs).constant;
      if (b.op == Op::And && ((lc && !*lc) || (rc && !*rc)))
        out->exprs[&b].constant = false;
      else if (b.op == Op::And && lc && rc)
        out->exprs[&b].constant = true;
      else if (b.op == Op::Or && ((lc && *lc) || (rc && *rc)))
        out->exprs[&b].constant = true;
      else if (b.op == Op::Or && lc && rc)
        out->exprs[&b].constant = false;
      return record(b, ValueType::of(Kind::Bool));
    }
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
      expect(*b.lhs, l, Kind::Number, op);
      expect(*b.rhs, r, Kind::Number, op);
      return record(b, ValueType::of(Kind::Number));
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
      expect(*b.lhs, l, Kind::Number, op);
      expect(*b.rhs, r, Kind::Number, op);
      return record(b, ValueType::of(Kind::Bool));
    case Op::Eq:
    case Op::Ne: {
      if (l.kind == Kind::Error || r.kind == Kind::Error)
        return record(b, ValueType::of(Kind::Bool));
      bool scalar = [](Kind k) {
        return k == Kind::Bool || k == Kind::Number || k == Kind::String || k == Kind::Json;
      }(l.kind) && (r.kind == Kind::Bool || r.kind == Kind::Number || r.kind == Kind::String ||
                    r.kind == Kind::Json);
      // JSON compares with anything scalar as JSON; otherwise the types must agree.
      if (!scalar || (l.kind != r.kind && l.kind != Kind::Json && r.kind != Kind::Json))
        diags.report(DiagId::TypeMismatch, b.range,
                     {op, "two values of the same type", l.str() + " and " + r.str()});
      return record(b, ValueType::of(Kind::Bool));
    }
    case Op::In:
    case Op::NotIn: {
      if (l.kind == Kind::Error || r.kind == Kind::Error)
        return record(b, ValueType::of(Kind::Bool));
      if (r.kind == Kind::Categories) {
        if (!(l.kind == Kind::List && l.element == Kind::String))
          expect(*b.lhs, l, Kind::String, op + " a category set");
        return record(b, ValueType::of(Kind::Bool));
      }
      if (r.kind == Kind::List) {
        Kind element = r.element == Kind::Error ? l.kind : r.element;
        if (l.kind != element && l.kind != Kind::Json)
          diags.report(DiagId::TypeMismatch, b.lhs->range,
                       {op + " " + r.str(), ValueType::of(element).str(), l.str()});
        return record(b, ValueType::of(Kind::Bool));
      }
      if (r.kind == Kind::String || r.kind == Kind::Json) {
        expect(*b.lhs, l, Kind::String, op + " a string");
        expect(*b.rhs, r, Kind::String, op);
        return record(b, ValueType::of(Kind::Bool));
      }
      diags.report(DiagId::TypeMismatch, b.rhs->range,
                   {op, "a list, a string or a category set on its right", r.str()});
      return record(b, ValueType::of(Kind::Bool));
    }
    }
    return record(b, fail());
  }

  //--- Lexicons and patterns -----------------------------------------------------------

  /// Loads a model the policy calls (once); -1 after reporting why not.
  int addModel(const ModelDecl &decl) {
    for (size_t i = 0; i < out->models.size(); ++i)
      if (out->models[i].decl == &decl)
        return i;
    // A file that could not be used is reported once, not at every call.
    if (unusableModels.count(&decl))
      return -1;
    llvm::SmallString<256> path(llvm::sys::path::parent_path(decl.module->path));
    llvm::sys::path::append(path, decl.path.value);
    if (llvm::sys::path::is_absolute(decl.path.value))
      path = decl.path.value;
    llvm::sys::fs::make_absolute(path); // the compiler reads the weights again
    if (!program.mayRead(path)) {
      diags.report(DiagId::FileNotAllowed, decl.path.range, {decl.path.value});
      unusableModels.insert(&decl);
      return -1;
    }
    auto loaded = std::make_shared<model::LinearModel>();
    std::string error;
    if (!model::readModel(path, *loaded, error)) {
      diags.report(DiagId::ModelFileError, decl.path.range, {decl.path.value, error});
      unusableModels.insert(&decl);
      return -1;
    }
    out->models.push_back({&decl, decl.name.name, std::string(path), std::move(loaded)});
    return out->models.size() - 1;
  }
  std::set<const ModelDecl *> unusableModels;

  int addLexicon(const LexiconDecl &lex) {
    for (size_t i = 0; i < out->lexicons.size(); ++i)
      if (out->lexicons[i].decl == &lex)
        return i;
    LexiconInfo info;
    info.decl = &lex;
    info.name = lex.name.name;
    size_t fileTerms = 0; // the terms read from `from` files come first
    for (const LexiconOption &o : lex.options) {
      switch (o.kind) {
      case LexiconOption::Kind::Fold:
        info.foldCase = true;
        break;
      case LexiconOption::Kind::Words:
        info.words = true;
        break;
      case LexiconOption::Kind::Phrases:
        info.phrases = true;
        break;
      case LexiconOption::Kind::Substrings:
        break;
      case LexiconOption::Kind::Normalize:
        for (const Identifier &a : o.args)
          info.normalize.push_back(a.name);
        break;
      case LexiconOption::Kind::From:
        loadTermFile(lex, *o.path, info);
        fileTerms = info.terms.size();
        break;
      }
    }
    for (const LexiconTermLine &line : lex.termLines)
      for (const LexiconTerm &t : line.terms)
        if (!llvm::StringRef(t.text.value).trim().empty() && t.text.value.size() <= kMaxTermBytes)
          info.terms.push_back({llvm::StringRef(t.text.value).trim().str(), t.weight.value_or(1.0)});
    // A term listed twice counts once (the first weight wins). Sema warns
    // about repeats among the inline terms; repeats that involve a `from`
    // file are only visible here.
    llvm::StringMap<size_t> seen;
    std::vector<LexiconInfo::Term> unique;
    for (size_t i = 0; i < info.terms.size(); ++i) {
      std::string key = info.foldCase ? llvm::StringRef(info.terms[i].text).lower() : info.terms[i].text;
      auto [first, inserted] = seen.try_emplace(key, i);
      if (inserted) {
        unique.push_back(info.terms[i]);
        continue;
      }
      if (i < fileTerms || first->second < fileTerms)
        for (const LexiconOption &o : lex.options)
          if (o.kind == LexiconOption::Kind::From) {
            diags.report(DiagId::DuplicateTerm, o.path->range, {info.terms[i].text});
            break;
          }
    }
    info.terms = std::move(unique);
    out->lexicons.push_back(std::move(info));
    return out->lexicons.size() - 1;
  }

  /// One term per line; an optional weight after a tab; `#` comments.
  void loadTermFile(const LexiconDecl &lex, const TextLit &file, LexiconInfo &info) {
    llvm::SmallString<256> path(llvm::sys::path::parent_path(lex.module->path));
    llvm::sys::path::append(path, file.value);
    if (llvm::sys::path::is_absolute(file.value))
      path = file.value;
    // A missing file or a folder: sema has said so, with where paths start.
    if (!llvm::sys::fs::exists(path) || llvm::sys::fs::is_directory(path))
      return;
    if (!program.mayRead(path)) {
      diags.report(DiagId::FileNotAllowed, file.range, {file.value});
      return;
    }
    std::string contents, error;
    if (!readRegularFile(path, contents, error)) {
      diags.report(DiagId::LexiconFileError, file.range, {file.value, error});
      return;
    }
    llvm::SmallVector<llvm::StringRef, 256> lines;
    llvm::StringRef(contents).split(lines, '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
      llvm::StringRef line = lines[i].rtrim("\r");
      if (line.trim().empty() || line.ltrim().starts_with("#"))
        continue;
      auto [term, weightText] = line.split('\t');
      double weight = 1.0;
      if (!weightText.trim().empty() && weightText.trim().getAsDouble(weight)) {
        diags.report(DiagId::LexiconFileError, file.range,
                     {file.value, "line " + std::to_string(i + 1) + ": the weight `" +
                                      weightText.trim().str() + "` is not a number"});
        continue;
      }
      if (term.trim().size() > kMaxTermBytes) {
        diags.report(DiagId::LexiconFileError, file.range,
                     {file.value, "line " + std::to_string(i + 1) + ": the term is " +
                                      std::to_string(term.trim().size()) +
                                      " bytes; a term may have at most " + std::to_string(kMaxTermBytes)});
        continue;
      }
      info.terms.push_back({term.trim().str(), weight});
    }
  }

  static std::vector<std::string> normalizationNames(const PatternDecl &pattern) {
    std::vector<std::string> names;
    for (const Identifier &n : pattern.normalize)
      names.push_back(n.name);
    return names;
  }

  int addPattern(const std::string &name, const std::string &regex, const std::string &flags,
                 SourceRange range, std::vector<std::string> normalize = {}) {
    for (size_t i = 0; i < out->patterns.size(); ++i)
      if (out->patterns[i].name == name)
        return i;
    RegexError error;
    std::optional<RegexNode> node = parseRegex(regex, parseRegexFlags(flags), error);
    if (!node && name.front() != '/') {
      // A declared pattern: sema has reported it.
    } else if (!node) {
      // The body starts after the opening slash.
      uint32_t at = range.begin.offset + 1 + error.offset;
      diags.report(DiagId::InvalidPattern,
                   SourceRange({range.begin.fileId, at}, {range.begin.fileId, uint32_t(at + error.length)}),
                   {error.message});
    } else {
      // The automaton limits are compile-time limits: check them here, once.
      std::shared_ptr<const CompiledPattern> compiled;
      std::string message;
      AutomatonLimits limits = AutomatonLimits::forStates(maxAutomatonStates);
      if (!compilePatternShared(flags + "/" + regex, *node, limits, compiled, message))
        diags.report(DiagId::PatternTooLarge, range,
                     {message + "; simplify the pattern or raise --max-automaton-states"});
    }
    out->patterns.push_back({name, regex, flags, std::move(normalize), range});
    return out->patterns.size() - 1;
  }

  //--- Scans, evidence and scores ------------------------------------------------------

  /// Collects the scans and score cells an expression uses, through lets.
  void collect(const Expr &e, std::vector<Scan> &scans, std::vector<int> &scores) {
    if (auto *c = llvm::dyn_cast<CallExpr>(&e)) {
      const ExprInfo &info = out->info(*c);
      bool matcherCall = info.builtin == Builtin::Any || info.builtin == Builtin::Count ||
                         info.builtin == Builtin::Weight || info.builtin == Builtin::Terms ||
                         info.builtin == Builtin::Matches;
      if (matcherCall && c->args.size() == 2) {
        const ExprInfo &m = out->info(*c->args[0]);
        int matcher = m.lexicon >= 0 ? m.lexicon
                      : m.pattern >= 0 ? out->matcherOfPattern(m.pattern)
                                       : -1;
        int slot = out->info(*c->args[1]).slot;
        if (matcher >= 0 && slot >= 0) {
          Scan scan{matcher, slot};
          if (!llvm::is_contained(scans, scan))
            scans.push_back(scan);
        }
      }
      if (info.builtin == Builtin::Count || info.builtin == Builtin::Weight) {
        auto [it, inserted] = out->scoreIds.try_emplace(c, out->scores.size());
        if (inserted)
          out->scores.push_back(c);
        if (!llvm::is_contained(scores, it->second))
          scores.push_back(it->second);
      }
      for (const auto &a : c->args)
        collect(*a, scans, scores);
      return;
    }
    if (auto *n = llvm::dyn_cast<NameExpr>(&e)) {
      if (const LetDecl *let = out->info(*n).let)
        collect(*let->value, scans, scores);
      return;
    }
    if (auto *m = llvm::dyn_cast<MemberExpr>(&e)) {
      if (out->info(*m).modelLabel >= 0) {
        auto [it, inserted] = out->scoreIds.try_emplace(m, out->scores.size());
        if (inserted)
          out->scores.push_back(m);
        if (!llvm::is_contained(scores, it->second))
          scores.push_back(it->second);
      }
      return collect(*m->base, scans, scores);
    }
    if (auto *i = llvm::dyn_cast<IndexExpr>(&e)) {
      collect(*i->base, scans, scores);
      return collect(*i->index, scans, scores);
    }
    if (auto *w = llvm::dyn_cast<WildcardExpr>(&e))
      return collect(*w->base, scans, scores);
    if (auto *u = llvm::dyn_cast<UnaryExpr>(&e))
      return collect(*u->operand, scans, scores);
    if (auto *b = llvm::dyn_cast<BinaryExpr>(&e)) {
      collect(*b->lhs, scans, scores);
      return collect(*b->rhs, scans, scores);
    }
    if (auto *l = llvm::dyn_cast<ListExpr>(&e))
      for (const auto &x : l->elements)
        collect(*x, scans, scores);
  }

  void planScans() {
    std::vector<Scan> all;
    std::vector<int> ignored;
    for (const LetDecl &let : policy.lets)
      collect(*let.value, all, ignored);
    for (RuleInfo &rule : out->rules) {
      collect(*rule.decl->condition, rule.evidence, rule.scores);
      for (const Scan &scan : rule.evidence) {
        if (!llvm::is_contained(all, scan))
          all.push_back(scan);
        // What a `redact` rule redacts must be complete: every match.
        size_t lexicons = out->lexicons.size();
        if (rule.decl->action.kind == ActionKind::Redact && size_t(scan.matcher) >= lexicons)
          out->patterns[scan.matcher - lexicons].everyMatch = true;
      }
    }
    llvm::sort(all);
    out->scans = std::move(all);
  }

  //--- Reachability ----------------------------------------------------------------------

  void reportReachability() {
    const RuleDecl *alwaysFires = nullptr;
    llvm::StringMap<const RuleDecl *> seen;
    for (const RuleDecl &rule : policy.rules) {
      std::optional<bool> constant = out->info(*rule.condition).constant;
      if (constant)
        diags.report(DiagId::ConstantCondition, rule.condition->range, {*constant ? "true" : "false"});
      if (constant && !*constant) {
        diags.report(DiagId::UnreachableRule, rule.name.range,
                     {rule.name.name, "its condition is always false"});
        continue;
      }
      if (out->combine == Combine::FirstMatch) {
        if (alwaysFires) {
          diags.report(DiagId::UnreachableRule, rule.name.range,
                       {rule.name.name, "`" + alwaysFires->name.name + "` always decides first"})
              .note(alwaysFires->name.range, "this rule always holds");
          continue;
        }
        std::string key = exprToString(*rule.condition);
        if (auto [it, inserted] = seen.try_emplace(key, &rule); !inserted) {
          diags.report(DiagId::UnreachableRule, rule.name.range,
                       {rule.name.name, "`" + it->second->name.name +
                                            "` has the same condition and decides first"})
              .note(it->second->name.range, "the earlier rule");
          continue;
        }
        if (constant && *constant)
          alwaysFires = &rule;
      }
    }
  }

  const PolicyDecl &policy;
  Sema &sema;
  Program &program;
  DiagnosticEngine &diags;
  std::unique_ptr<CheckedPolicy> out;
  std::vector<const LetDecl *> defined;
  llvm::DenseMap<const LetDecl *, ValueType> letTypes;
  const std::vector<std::string> *enumContext = nullptr;
  unsigned maxAutomatonStates;
};

} // namespace

std::unique_ptr<CheckedPolicy> risk::checkPolicy(const PolicyDecl &policy, Sema &sema,
                                                 Program &program, unsigned maxAutomatonStates) {
  std::unique_ptr<CheckedPolicy> checked = Checker(policy, sema, program, maxAutomatonStates).run();
  if (!checked)
    return checked;
  // The policy's words: what masked words read as, per skeleton with
  // `masks`, and what letters written apart split into, per skeleton with
  // `separators` that a lexicon, pattern or model reads.
  std::vector<LexiconWords> lexicons;
  for (const LexiconInfo &lex : checked->lexicons) {
    lexicons.push_back({SkeletonSpec{normalizationMask(lex.normalize), lex.foldCase}, {}});
    for (const auto &term : lex.terms)
      lexicons.back().terms.push_back(term.text);
  }
  checked->maskVocabularies = maskVocabularies(lexicons);
  std::vector<SkeletonSpec> specs;
  for (const LexiconWords &lex : lexicons)
    specs.push_back(lex.spec);
  for (const PatternInfo &p : checked->patterns)
    specs.push_back(patternSkeletonSpec(p.normalize, p.flags));
  for (const ModelInfo &m : checked->models)
    if (m.model && !m.model->normalize.empty())
      specs.push_back(m.model->skeletonSpec());
  for (const SkeletonSpec &spec : specs)
    if ((spec.normalize & NormSeparators) && !checked->splitVocabularies.count(spec.text().name()))
      checked->splitVocabularies.emplace(spec.text().name(), segmentWordsWith(spec, lexicons));
  return checked;
}

bool risk::checkEvaluable(const CheckedPolicy &policy, DiagnosticEngine &diags) {
  (void)policy;
  (void)diags;
  return true; // every construct the checker accepts can be evaluated
}

std::map<const PolicyDecl *, std::unique_ptr<CheckedPolicy>>
risk::checkAllPolicies(Sema &sema, Program &program, unsigned maxAutomatonStates) {
  std::map<const PolicyDecl *, std::unique_ptr<CheckedPolicy>> checked;
  for (const Module *root : program.roots) {
    if (root->hasSyntaxErrors)
      continue;
    for (const auto &d : root->decls)
      if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get()))
        if (auto policy = checkPolicy(*p, sema, program, maxAutomatonStates))
          checked[p] = std::move(policy);
  }
  return checked;
}
