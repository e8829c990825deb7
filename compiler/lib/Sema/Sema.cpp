//===- Sema.cpp - Names, taxonomies, maps, cards and lints ----------------===//
//
// Sema runs in phases so that every phase sees complete results of the one
// before: declare every module's names; check taxonomies (categories get their
// parents and paths); check maps (they need categories) and the map graph; then
// cards, lexicons, inputs, policies and tests; finally the program-wide lints.
// Modules with syntax errors are skipped: their diagnostics are already out and
// a half-built tree would only add noise.
//
//===----------------------------------------------------------------------===//
#include "risk/Sema/Sema.h"
#include "risk/Automata/Normalize.h"
#include "risk/Automata/Regex.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <functional>

using namespace risk;

static const llvm::StringRef harmActors[] = {
    "publisher", "reader", "consumer", "provider", "developer", "external_group", "society"};
static const llvm::StringRef harmKinds[] = {
    "psychological", "physical",         "legal",          "reputational",
    "financial",     "social",           "interpersonal",  "allocative",
    "quality_of_service", "representational", "societal", "environmental"};
static const llvm::StringRef severityNames[] = {"low", "medium", "high", "critical"};
static const llvm::StringRef combineNames[] = {"first_match", "most_severe", "deny_overrides"};
static const llvm::StringRef normalizeNames[] = {"obfuscation", "nfkc",       "leetspeak",
                                                 "repeats",     "separators", "zero_width",
                                                 "homoglyphs",  "masks"};
static const llvm::StringRef typeNames[] = {"string", "number", "bool", "json"};

llvm::ArrayRef<llvm::StringRef> risk::getHarmActors() { return harmActors; }
llvm::ArrayRef<llvm::StringRef> risk::getHarmKinds() { return harmKinds; }
llvm::ArrayRef<llvm::StringRef> risk::getSeverityNames() { return severityNames; }

static std::vector<std::string> toStrings(llvm::ArrayRef<llvm::StringRef> names) {
  return std::vector<std::string>(names.begin(), names.end());
}

/// "unknown X `name`; did you mean `y`?" with a fix-it when there is a suggestion.
static void reportUnknown(DiagnosticEngine &diags, DiagId id, const Identifier &name,
                          llvm::ArrayRef<std::string> candidates) {
  std::string best;
  std::string hint = didYouMean(name.name, candidates, &best);
  auto diag = diags.report(id, name.range, {name.name, hint});
  if (!best.empty())
    diag.fixit(name.range, best);
}

Sema::Sema(Program &program, SemaOptions options)
    : program(program), options(std::move(options)), diags(program.diags) {}

void Sema::run() {
  std::vector<Module *> live;
  for (const auto &m : program.modules)
    if (!m->hasSyntaxErrors)
      live.push_back(m.get());

  for (Module *m : live)
    declareModule(*m);
  for (Module *m : live)
    for (const auto &d : m->decls)
      if (auto *t = llvm::dyn_cast<TaxonomyDecl>(d.get()))
        checkTaxonomy(*t);
  for (Module *m : live)
    for (const auto &d : m->decls)
      if (auto *map = llvm::dyn_cast<MapDecl>(d.get()))
        checkMap(*m, *map);
  checkMapGraph();
  for (Module *m : live) {
    for (const auto &d : m->decls) {
      switch (d->getKind()) {
      case Decl::Kind::Card:
        checkCard(*m, *llvm::cast<CardDecl>(d.get()));
        break;
      case Decl::Kind::Lexicon:
        checkLexicon(*m, *llvm::cast<LexiconDecl>(d.get()));
        break;
      case Decl::Kind::Model:
        checkModel(*llvm::cast<ModelDecl>(d.get()));
        break;
      case Decl::Kind::Pattern:
        checkPattern(*llvm::cast<PatternDecl>(d.get()));
        break;
      case Decl::Kind::Input:
        checkInput(*llvm::cast<InputDecl>(d.get()));
        break;
      default:
        break;
      }
    }
  }
  for (Module *m : live)
    for (const auto &d : m->decls) {
      if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get()))
        checkPolicy(*m, *p);
      else if (auto *t = llvm::dyn_cast<TestDecl>(d.get()))
        checkTest(*m, *t);
    }
  checkDuplicateExamples();
  lintUncoveredCategories();
  lintUnmappedCards();
}

void Sema::reportRepeated(llvm::StringRef what, llvm::ArrayRef<SourceRange> ranges) {
  for (size_t i = 1; i < ranges.size(); ++i)
    diags.report(DiagId::DuplicateField, ranges[i], {what.str()})
        .note(ranges[0], "first given here");
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

void Sema::declareModule(Module &module) {
  Scope &scope = scopes[&module];
  llvm::StringMap<const ImportDecl *> aliases;
  for (const ImportDecl &import : module.imports) {
    if (!import.resolved)
      continue;
    auto [it, inserted] = aliases.try_emplace(import.localName(), &import);
    if (!inserted && it->second->resolved != import.resolved) {
      SourceRange at = import.alias ? import.alias->range : import.moduleName.range;
      diags.report(DiagId::DuplicateAlias, at, {import.localName().str()})
          .note(it->second->range, "first used here");
      continue;
    }
    scope.imports.try_emplace(import.localName(), import.resolved);
  }
  for (const auto &d : module.decls) {
    if (llvm::isa<MapDecl>(d.get())) {
      maps.push_back(llvm::cast<MapDecl>(d.get()));
      continue; // maps are anonymous
    }
    if (auto *t = llvm::dyn_cast<TaxonomyDecl>(d.get()))
      taxonomies.push_back(t);
    if (auto *c = llvm::dyn_cast<CardDecl>(d.get()))
      cards.push_back(c);
    // Tests have their own namespace: `test t2i` tests `policy t2i`.
    auto &names = llvm::isa<TestDecl>(d.get()) ? scope.tests : scope.decls;
    auto [it, inserted] = names.try_emplace(d->name.name, d.get());
    if (!inserted) {
      diags.report(DiagId::DuplicateDefinition, d->name.range, {d->name.name})
          .note(it->second->name.range, "previous definition is here");
      continue;
    }
    if (!llvm::isa<TestDecl>(d.get()) && scope.imports.count(d->name.name))
      for (const ImportDecl &import : module.imports)
        if (import.localName() == d->name.name)
          diags.report(DiagId::DuplicateDefinition, d->name.range, {d->name.name})
              .note(import.range, "the name is already used by this import");
  }
}

Decl *Sema::lookupDecl(const Module &module, llvm::StringRef name) const {
  auto scope = scopes.find(&module);
  if (scope == scopes.end())
    return nullptr;
  if (auto it = scope->second.decls.find(name); it != scope->second.decls.end())
    return it->second;
  auto [alias, rest] = name.split('.');
  if (rest.empty())
    return nullptr;
  if (auto it = scope->second.imports.find(alias); it != scope->second.imports.end())
    return lookupDecl(*it->second, rest);
  return nullptr;
}

static std::vector<TaxonomyDecl *> taxonomiesOf(const Module &module) {
  std::vector<TaxonomyDecl *> out;
  for (const auto &d : module.decls)
    if (auto *t = llvm::dyn_cast<TaxonomyDecl>(d.get()))
      out.push_back(t);
  return out;
}

TaxonomyDecl *Sema::lookupTaxonomy(const Module &module, llvm::ArrayRef<Identifier> parts,
                                   size_t &consumed) const {
  consumed = 0;
  if (parts.empty())
    return nullptr;
  auto scope = scopes.find(&module);
  if (scope == scopes.end())
    return nullptr;
  const std::string &first = parts[0].name;
  if (auto it = scope->second.decls.find(first); it != scope->second.decls.end()) {
    consumed = 1;
    return llvm::dyn_cast<TaxonomyDecl>(it->second);
  }
  auto it = scope->second.imports.find(first);
  if (it == scope->second.imports.end())
    return nullptr;
  std::vector<TaxonomyDecl *> inModule = taxonomiesOf(*it->second);
  if (parts.size() > 1)
    for (TaxonomyDecl *t : inModule)
      if (t->name.name == parts[1].name) {
        consumed = 2;
        return t;
      }
  if (inModule.size() == 1) {
    consumed = 1;
    return inModule.front();
  }
  return nullptr;
}

std::vector<std::string> Sema::visibleMatcherNames(const Module &module) const {
  std::vector<std::string> names;
  auto scope = scopes.find(&module);
  if (scope == scopes.end())
    return names;
  auto isMatcher = [](const Decl *d) { return llvm::isa<LexiconDecl, PatternDecl>(d); };
  for (const auto &entry : scope->second.decls)
    if (isMatcher(entry.second))
      names.push_back(entry.getKey().str());
  for (const auto &entry : scope->second.imports)
    for (const auto &d : entry.second->decls)
      if (isMatcher(d.get()))
        names.push_back(entry.getKey().str() + "." + d->name.name);
  llvm::sort(names);
  return names;
}

std::vector<std::string> Sema::visibleTaxonomyNames(const Module &module) const {
  std::vector<std::string> names;
  auto scope = scopes.find(&module);
  if (scope == scopes.end())
    return names;
  for (const auto &entry : scope->second.decls)
    if (llvm::isa<TaxonomyDecl>(entry.second))
      names.push_back(entry.getKey().str());
  for (const auto &entry : scope->second.imports)
    if (!taxonomiesOf(*entry.second).empty())
      names.push_back(entry.getKey().str());
  llvm::sort(names);
  return names;
}

bool Sema::isFailedImport(const Module &module, llvm::StringRef name) const {
  return llvm::any_of(module.imports, [&](const ImportDecl &import) {
    return !import.resolved && import.localName() == name;
  });
}

bool Sema::resolveCategoryRef(const Module &module, CategoryRef &ref, bool allowWildcard) {
  ref.taxonomy = nullptr;
  ref.category = nullptr;
  if (ref.segments.empty())
    return false;
  size_t consumed = 0;
  TaxonomyDecl *taxonomy = lookupTaxonomy(module, ref.segments, consumed);
  if (!taxonomy) {
    const Identifier &first = ref.segments[0];
    if (Decl *other = lookupDecl(module, first.name); other && !llvm::isa<TaxonomyDecl>(other)) {
      diags.report(DiagId::WrongKindOfName, first.range,
                   {first.name, "a " + other->getKindName().str(), "a taxonomy"})
          .note(other->name.range, "declared here");
      return false;
    }
    if (isFailedImport(module, first.name))
      return false;
    std::string best;
    std::string hint = didYouMean(first.name, visibleTaxonomyNames(module), &best);
    auto diag = diags.report(DiagId::UnknownTaxonomy, first.range, {first.name, hint});
    if (!best.empty())
      diag.fixit(first.range, best);
    else
      diag.note(first.range, "a category path starts with a taxonomy or the alias of an "
                             "imported module that declares one");
    return false;
  }
  ref.taxonomy = taxonomy;
  if (ref.wildcard && !allowWildcard) {
    diags.report(DiagId::WildcardNotAllowed, ref.range);
    return false;
  }
  const std::vector<std::unique_ptr<CategoryDecl>> *level = &taxonomy->categories;
  CategoryDecl *current = nullptr;
  for (size_t i = consumed; i < ref.segments.size(); ++i) {
    const Identifier &segment = ref.segments[i];
    CategoryDecl *next = nullptr;
    for (const auto &c : *level)
      if (c->id.name == segment.name)
        next = c.get();
    if (!next) {
      std::vector<std::string> siblings;
      for (const auto &c : *level)
        siblings.push_back(c->id.name);
      std::string best;
      std::string hint = didYouMean(segment.name, siblings, &best);
      std::string owner = current ? current->qualifiedPath() : taxonomy->name.name;
      // The id may exist deeper in the tree: suggest the full path.
      std::vector<CategoryDecl *> elsewhere;
      taxonomy->walk([&](CategoryDecl *c) {
        if (c->id.name == segment.name)
          elsewhere.push_back(c);
      });
      auto diag = diags.report(DiagId::UnknownCategory, segment.range,
                               {owner, segment.name,
                                hint.empty() && elsewhere.size() == 1
                                    ? "; did you mean `" + elsewhere[0]->qualifiedPath() + "`?"
                                    : hint});
      if (!best.empty()) {
        diag.fixit(segment.range, best);
      } else if (elsewhere.size() == 1) {
        std::string prefix;
        for (size_t j = 0; j < consumed; ++j)
          prefix += ref.segments[j].name + ".";
        diag.fixit(SourceRange(ref.segments.front().range.begin, segment.range.end),
                   prefix + elsewhere[0]->path());
      }
      return false;
    }
    current = next;
    level = &next->children;
  }
  ref.category = current;
  if (!current && !ref.wildcard) {
    diags.report(DiagId::UnknownCategory, ref.range,
                 {taxonomy->name.name, "",
                  "; name a category inside it, or `" + ref.str() + ".*` for all of them"});
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Taxonomies
//===----------------------------------------------------------------------===//

void Sema::checkCategories(TaxonomyDecl &taxonomy, CategoryDecl *parent,
                           std::vector<std::unique_ptr<CategoryDecl>> &categories,
                           llvm::StringMap<CategoryDecl *> &codes, unsigned depth) {
  llvm::StringMap<CategoryDecl *> ids;
  for (const auto &c : categories) {
    c->parent = parent;
    c->taxonomy = &taxonomy;
    c->depth = depth;
    if (auto [it, inserted] = ids.try_emplace(c->id.name, c.get()); !inserted)
      diags.report(DiagId::DuplicateCategory, c->id.range,
                   {c->id.name, parent ? parent->qualifiedPath() : taxonomy.name.name})
          .note(it->second->id.range, "previous definition is here");
    std::vector<SourceRange> codeRanges;
    if (c->code)
      codeRanges.push_back(c->code->range);
    for (const TextLit &extra : c->extraCodes)
      codeRanges.push_back(extra.range);
    reportRepeated("`code`", codeRanges);
    if (!c->code && !c->extraCodes.empty())
      c->code = c->extraCodes.front();
    if (c->code) {
      if (auto [it, inserted] = codes.try_emplace(c->code->value, c.get()); !inserted)
        diags.report(DiagId::DuplicateCode, c->code->range, {c->code->value, taxonomy.name.name})
            .note(it->second->code->range, "also used here");
    }
    std::vector<SourceRange> descriptionRanges;
    for (const TextLit &d : c->descriptions)
      descriptionRanges.push_back(d.range);
    reportRepeated("`description`", descriptionRanges);
    checkCategories(taxonomy, c.get(), c->children, codes, depth + 1);
  }
}

void Sema::checkTaxonomy(TaxonomyDecl &taxonomy) {
  llvm::StringMap<CategoryDecl *> codes;
  checkCategories(taxonomy, nullptr, taxonomy.categories, codes, 0);
  if (taxonomy.categories.empty())
    diags.report(DiagId::EmptyTaxonomy, taxonomy.name.range, {taxonomy.name.name});
  std::vector<SourceRange> descriptionRanges;
  for (const TextLit &d : taxonomy.descriptions)
    descriptionRanges.push_back(d.range);
  reportRepeated("`description`", descriptionRanges);
}

//===----------------------------------------------------------------------===//
// Maps
//===----------------------------------------------------------------------===//

void Sema::checkMap(Module &module, MapDecl &map) {
  auto resolveSide = [&](const QualifiedName &name) -> TaxonomyDecl * {
    size_t consumed = 0;
    TaxonomyDecl *t = lookupTaxonomy(module, name.parts, consumed);
    if (!t || consumed != name.parts.size()) {
      if (isFailedImport(module, name.parts[0].name))
        return nullptr;
      std::string best;
      std::string hint = didYouMean(name.str(), visibleTaxonomyNames(module), &best);
      auto diag = diags.report(DiagId::UnknownTaxonomy, name.range, {name.str(), hint});
      if (!best.empty())
        diag.fixit(name.range, best);
      return nullptr;
    }
    return t;
  };
  map.sourceTaxonomy = resolveSide(map.source);
  map.targetTaxonomy = resolveSide(map.target);
  if (!map.sourceTaxonomy || !map.targetTaxonomy)
    return;
  if (map.sourceTaxonomy == map.targetTaxonomy) {
    diags.report(DiagId::MapSameTaxonomy, map.name.range, {map.sourceTaxonomy->name.name});
    return;
  }
  MapTable &table = mapTables[&map];
  for (MapEntry &entry : map.entries) {
    bool ok = resolveCategoryRef(module, entry.source, /*allowWildcard=*/true);
    if (ok && entry.source.taxonomy != map.sourceTaxonomy) {
      diags.report(DiagId::MapWrongTaxonomy, entry.source.range,
                   {entry.source.str(), entry.source.taxonomy->name.name,
                    map.sourceTaxonomy->name.name});
      ok = false;
    }
    for (CategoryRef &target : entry.targets) {
      if (target.wildcard) {
        diags.report(DiagId::MapWildcardTarget, target.range);
        ok = false;
        continue;
      }
      if (!resolveCategoryRef(module, target, false)) {
        ok = false;
        continue;
      }
      if (target.taxonomy != map.targetTaxonomy) {
        diags.report(DiagId::MapWrongTaxonomy, target.range,
                     {target.str(), target.taxonomy->name.name, map.targetTaxonomy->name.name});
        ok = false;
      }
    }
    if (!ok)
      continue;
    const MapEntry **slot;
    if (!entry.source.category)
      slot = &table.root;
    else if (entry.source.wildcard)
      slot = &table.wildcard[entry.source.category];
    else
      slot = &table.exact[entry.source.category];
    if (!*slot) {
      *slot = &entry;
      continue;
    }
    auto targetsOf = [](const MapEntry &e) {
      std::vector<const CategoryDecl *> out;
      for (const CategoryRef &t : e.targets)
        out.push_back(t.category);
      llvm::sort(out);
      return out;
    };
    if (targetsOf(**slot) == targetsOf(entry))
      diags.report(DiagId::MapDuplicate, entry.source.range, {entry.source.str()})
          .note((*slot)->range, "first mapped here");
    else
      diags.report(DiagId::MapConflict, entry.source.range, {entry.source.str()})
          .note((*slot)->range, "first mapped here")
          .note(entry.range, "list several targets on one line to map a category to all of them");
  }
}

void Sema::checkMapGraph() {
  // One map per (source, target) pair; no cycles between taxonomies.
  std::map<std::pair<const TaxonomyDecl *, const TaxonomyDecl *>, const MapDecl *> pairs;
  llvm::DenseMap<const TaxonomyDecl *, std::vector<const MapDecl *>> edges;
  for (const MapDecl *map : maps) {
    if (!map->sourceTaxonomy || !map->targetTaxonomy ||
        map->sourceTaxonomy == map->targetTaxonomy)
      continue;
    auto [it, inserted] = pairs.try_emplace({map->sourceTaxonomy, map->targetTaxonomy}, map);
    if (!inserted) {
      diags.report(DiagId::DuplicateMap, map->name.range,
                   {map->sourceTaxonomy->name.name, map->targetTaxonomy->name.name})
          .note(it->second->name.range, "first map is here");
      continue;
    }
    edges[map->sourceTaxonomy].push_back(map);
  }
  enum class State { Active, Done };
  llvm::DenseMap<const TaxonomyDecl *, State> state;
  std::vector<const MapDecl *> stack;
  std::function<void(const TaxonomyDecl *)> visit = [&](const TaxonomyDecl *t) {
    state[t] = State::Active;
    for (const MapDecl *map : edges.lookup(t)) {
      const TaxonomyDecl *next = map->targetTaxonomy;
      auto s = state.find(next);
      if (s != state.end() && s->second == State::Active) {
        std::string chain;
        auto start = llvm::find_if(stack, [&](const MapDecl *m) { return m->sourceTaxonomy == next; });
        for (auto it = start; it != stack.end(); ++it)
          chain += "`" + (*it)->sourceTaxonomy->name.name + "` -> ";
        chain += "`" + t->name.name + "` -> `" + next->name.name + "`";
        diags.report(DiagId::MapCycle, map->name.range, {chain});
        continue;
      }
      if (s == state.end()) {
        stack.push_back(map);
        visit(next);
        stack.pop_back();
      }
    }
    state[t] = State::Done;
  };
  for (const TaxonomyDecl *t : taxonomies)
    if (!state.count(t))
      visit(t);
}

std::vector<CategoryDecl *> Sema::mapOnce(const MapDecl &map, const CategoryDecl *category) const {
  auto tables = mapTables.find(&map);
  if (tables == mapTables.end())
    return {};
  const MapTable &table = tables->second;
  const MapEntry *entry = table.exact.lookup(category);
  for (const CategoryDecl *c = category; !entry && c; c = c->parent)
    entry = table.wildcard.lookup(c);
  if (!entry)
    entry = table.root;
  std::vector<CategoryDecl *> out;
  if (entry)
    for (const CategoryRef &t : entry->targets)
      if (t.category)
        out.push_back(t.category);
  return out;
}

std::vector<CategoryDecl *> Sema::getMappedCategories(const CategoryDecl *category) const {
  llvm::SetVector<CategoryDecl *> found;
  std::vector<const CategoryDecl *> work{category};
  llvm::DenseSet<const CategoryDecl *> seen{category};
  while (!work.empty()) {
    const CategoryDecl *c = work.back();
    work.pop_back();
    for (const MapDecl *map : maps) {
      if (map->sourceTaxonomy != c->taxonomy)
        continue;
      for (CategoryDecl *target : mapOnce(*map, c)) {
        if (!seen.insert(target).second)
          continue;
        if (target->taxonomy != category->taxonomy)
          found.insert(target);
        work.push_back(target);
      }
    }
  }
  return std::vector<CategoryDecl *>(found.begin(), found.end());
}

std::vector<CategoryDecl *> Sema::getCardCategories(const CardDecl *card) const {
  llvm::SetVector<CategoryDecl *> out;
  for (const CategoryRef *ref : card->allCategories())
    if (ref->category)
      out.insert(ref->category);
  return std::vector<CategoryDecl *>(out.begin(), out.end());
}

//===----------------------------------------------------------------------===//
// Cards
//===----------------------------------------------------------------------===//

void Sema::checkCard(Module &module, CardDecl &card) {
  if (!card.title)
    diags.report(DiagId::CardMissingTitle, card.name.range, {card.name.name})
        .fixit(SourceRange(card.name.range.end), " \"" + card.name.name + "\"");
  auto ranges = [](const std::vector<TextLit> &lits) {
    std::vector<SourceRange> out;
    for (const TextLit &l : lits)
      out.push_back(l.range);
    return out;
  };
  reportRepeated("`description`", ranges(card.descriptions));
  if (card.descriptions.empty())
    diags.report(DiagId::CardMissingPart, card.name.range, {card.name.name, "`description`"});

  // Categorisation.
  if (card.categoryLines.empty())
    diags.report(DiagId::CardNoCategories, card.name.range, {card.name.name});
  llvm::DenseMap<const CategoryDecl *, const CategoryRef *> seen;
  for (auto &line : card.categoryLines)
    for (CategoryRef &ref : line) {
      if (!resolveCategoryRef(module, ref, /*allowWildcard=*/false))
        continue;
      if (auto [it, inserted] = seen.try_emplace(ref.category, &ref); !inserted)
        diags.report(DiagId::DuplicateCardCategory, ref.range, {ref.category->qualifiedPath()})
            .note(it->second->range, "first listed here");
    }

  // Harm types: actor x harm.
  if (card.harmLines.empty())
    diags.report(DiagId::CardMissingPart, card.name.range,
                 {card.name.name, "harm types (`harm actor.kind`)"});
  for (const auto &line : card.harmLines)
    for (const HarmType &h : line) {
      if (!llvm::is_contained(harmActors, h.actor.name))
        reportUnknown(diags, DiagId::UnknownHarmActor, h.actor, toStrings(harmActors));
      if (!llvm::is_contained(harmKinds, h.harm.name))
        reportUnknown(diags, DiagId::UnknownHarmKind, h.harm, toStrings(harmKinds));
    }

  if (card.actionsRequired.empty())
    diags.report(DiagId::CardMissingPart, card.name.range,
                 {card.name.name, "actions required for harm (`requires`)"});

  std::vector<SourceRange> severityRanges;
  for (const Identifier &s : card.severities) {
    severityRanges.push_back(s.range);
    if (!llvm::is_contained(severityNames, s.name))
      reportUnknown(diags, DiagId::UnknownSeverity, s, toStrings(severityNames));
  }
  reportRepeated("`severity`", severityRanges);

  if (card.examples.empty())
    diags.report(DiagId::CardMissingPart, card.name.range, {card.name.name, "examples"});
  for (const CardExample &e : card.examples)
    if (!e.prompt && !e.output)
      diags.report(DiagId::EmptyExample, e.range);

  if (card.references.empty())
    diags.report(DiagId::CardMissingPart, card.name.range, {card.name.name, "references"});
}

void Sema::checkDuplicateExamples() {
  if (!diags.isEnabled(DiagId::DuplicateExample))
    return;
  llvm::StringMap<const CardExample *> first;
  for (const CardDecl *card : cards) {
    if (card->module->hasSyntaxErrors)
      continue;
    for (const CardExample &e : card->examples) {
      if (!e.prompt && !e.output)
        continue;
      // Compare case- and space-insensitively: near-identical copies count.
      auto normalise = [](const std::optional<TextLit> &t) {
        std::string out;
        if (!t)
          return out;
        for (char c : t->value)
          if (!llvm::isSpace(c))
            out += llvm::toLower(c);
        return out;
      };
      std::string key = normalise(e.prompt) + '\x1f' + normalise(e.output);
      auto [it, inserted] = first.try_emplace(key, &e);
      if (!inserted)
        diags.report(DiagId::DuplicateExample, e.range).note(it->second->range, "first given here");
    }
  }
}

//===----------------------------------------------------------------------===//
// Lexicons, models, inputs
//===----------------------------------------------------------------------===//

void Sema::checkLexicon(Module &module, LexiconDecl &lexicon) {
  const LexiconOption *words = nullptr, *substrings = nullptr, *phrases = nullptr;
  std::vector<SourceRange> foldRanges;
  for (const LexiconOption &option : lexicon.options) {
    switch (option.kind) {
    case LexiconOption::Kind::Fold:
      foldRanges.push_back(option.range);
      for (const Identifier &arg : option.args)
        if (arg.name != "case")
          diags.report(DiagId::UnknownLexiconOption, arg.range,
                       {"`fold` option", arg.name, "; the option is `fold case`"})
              .fixit(arg.range, "case");
      break;
    case LexiconOption::Kind::Normalize:
      checkNormalizations(option.args);
      break;
    case LexiconOption::Kind::Words:
      words = &option;
      break;
    case LexiconOption::Kind::Substrings:
      substrings = &option;
      break;
    case LexiconOption::Kind::Phrases:
      phrases = &option;
      break;
    case LexiconOption::Kind::From: {
      llvm::SmallString<256> path(llvm::sys::path::parent_path(module.path));
      llvm::sys::path::append(path, option.path->value);
      if (llvm::sys::path::is_absolute(option.path->value))
        path = option.path->value;
      if (!llvm::sys::fs::exists(path))
        diags.report(DiagId::LexiconFileError, option.path->range,
                     {option.path->value,
                      "no such file (paths are relative to the folder of the file, `" +
                          (llvm::sys::path::parent_path(module.path).empty()
                               ? std::string(".")
                               : llvm::sys::path::parent_path(module.path).str()) +
                          "`)"});
      else if (llvm::sys::fs::is_directory(path))
        diags.report(DiagId::LexiconFileError, option.path->range,
                     {option.path->value, "it is a directory"});
      break;
    }
    }
  }
  reportRepeated("`fold case`", foldRanges);
  (void)phrases;
  if (words && substrings)
    diags.report(DiagId::ConflictingLexiconOptions, substrings->range, {"words", "substrings"})
        .note(words->range, "`words` is set here");
  bool fold = !foldRanges.empty();
  llvm::StringMap<const LexiconTerm *> terms;
  size_t count = 0;
  for (const LexiconTermLine &line : lexicon.termLines)
    for (const LexiconTerm &term : line.terms) {
      ++count;
      if (llvm::StringRef(term.text.value).trim().empty()) {
        diags.report(DiagId::EmptyTerm, term.text.range);
        continue;
      }
      if (term.text.value.size() > kMaxTermBytes) {
        diags.report(DiagId::TermTooLong, term.text.range,
                     {std::to_string(term.text.value.size()), std::to_string(kMaxTermBytes)});
        continue;
      }
      std::string key = fold ? llvm::StringRef(term.text.value).lower() : term.text.value;
      if (auto [it, inserted] = terms.try_emplace(key, &term); !inserted)
        diags.report(DiagId::DuplicateTerm, term.text.range, {term.text.value})
            .note(it->second->text.range, "first listed here");
    }
  bool hasFile = llvm::any_of(lexicon.options, [](const LexiconOption &o) {
    return o.kind == LexiconOption::Kind::From;
  });
  if (count == 0 && !hasFile)
    diags.report(DiagId::EmptyLexicon, lexicon.name.range, {lexicon.name.name});
}

void Sema::checkNormalizations(llvm::ArrayRef<Identifier> names) {
  for (const Identifier &arg : names)
    if (!llvm::is_contained(normalizeNames, arg.name)) {
      std::string best;
      std::string hint = didYouMean(arg.name, toStrings(normalizeNames), &best);
      auto diag = diags.report(DiagId::UnknownLexiconOption, arg.range,
                               {"normalisation", arg.name, hint});
      if (!best.empty())
        diag.fixit(arg.range, best);
    }
}

/// A declared pattern is parsed whether or not a policy uses it; errors point
/// into the pattern body.
void Sema::checkPattern(PatternDecl &pattern) {
  // A pattern reads the skeleton of the text; `repeats` and `masks` change
  // how a lexicon's terms are spelt, which a pattern writes itself (`o+`,
  // `[o*#]`).
  checkNormalizations(pattern.normalize);
  for (const Identifier &arg : pattern.normalize)
    if (arg.name == "repeats" || arg.name == "masks")
      diags.report(DiagId::PatternTermNormalization, arg.range,
                   {arg.name, arg.name == "repeats" ? " (`o+` for a repeated `o`)"
                                                    : " (`[o*#]` for a masked `o`)"});
  RegexError error;
  if (parseRegex(pattern.regex, parseRegexFlags(pattern.flags), error))
    return;
  SourceRange range = pattern.regexRange;
  uint32_t at = range.begin.offset + 1 + error.offset; // after the opening slash
  diags.report(DiagId::InvalidPattern,
               SourceRange({range.begin.fileId, at}, {range.begin.fileId, uint32_t(at + error.length)}),
               {error.message});
}

void Sema::checkModel(ModelDecl &model) {
  if (model.modelKind.name != "linear")
    diags.report(DiagId::UnknownModelKind, model.modelKind.range, {model.modelKind.name});
}

void Sema::checkType(TypeExpr &type) {
  switch (type.kind) {
  case TypeExpr::Kind::Named:
    if (!llvm::is_contained(typeNames, type.name.name))
      reportUnknown(diags, DiagId::UnknownType, type.name, toStrings(typeNames));
    return;
  case TypeExpr::Kind::Enum: {
    llvm::StringMap<const Identifier *> values;
    for (const Identifier &v : type.enumValues)
      if (auto [it, inserted] = values.try_emplace(v.name, &v); !inserted)
        diags.report(DiagId::DuplicateEnumValue, v.range, {v.name})
            .note(it->second->range, "first listed here");
    return;
  }
  case TypeExpr::Kind::List:
    checkType(*type.element);
    if (type.element->kind == TypeExpr::Kind::List)
      diags.report(DiagId::UnsupportedType, type.element->range,
                   {"a list of lists", "declare the field as `json` and reach into it with JSON access (`rows[0][1]`)"});
    if (type.element->optional)
      diags.report(DiagId::UnsupportedType, type.element->range,
                   {"an optional list element", "a list element is always present; drop the `?`"});
    return;
  }
}

void Sema::checkInput(InputDecl &input) {
  llvm::StringMap<const FieldDecl *> fields;
  for (FieldDecl &field : input.fields) {
    if (auto [it, inserted] = fields.try_emplace(field.name.name, &field); !inserted)
      diags.report(DiagId::DuplicateDefinition, field.name.range, {field.name.name})
          .note(it->second->name.range, "previous definition is here");
    checkType(*field.type);
  }
}

//===----------------------------------------------------------------------===//
// Policies and tests (the declarations they rest on; expression typing is the
// policy checker's job)
//===----------------------------------------------------------------------===//

/// Names of the declarations of kind `T` visible in `module`, for suggestions.
template <typename T>
static std::vector<std::string> namesOfKind(const llvm::StringMap<Decl *> &decls) {
  std::vector<std::string> out;
  for (const auto &entry : decls)
    if (llvm::isa<T>(entry.second))
      out.push_back(entry.getKey().str());
  llvm::sort(out); // hash order must not decide suggestions
  return out;
}

void Sema::checkAction(const Action &action) {
  if (action.kind == ActionKind::Error)
    diags.report(DiagId::ErrorAction, action.range);
  if (action.kind == ActionKind::Guide && !action.message)
    diags.report(DiagId::GuideNeedsMessage, action.range);
  if (action.kind != ActionKind::Guide && action.message)
    diags.report(DiagId::MessageNotAllowed, action.message->range);
}

/// The module a policy's input is declared in: its own, or for
/// `alias.Input` the imported one (null if the alias names no loaded import).
static const Module *inputModuleOf(const Module &module, const PolicyDecl &policy) {
  if (!policy.inputModule)
    return &module;
  for (const ImportDecl &import : module.imports)
    if (import.localName() == policy.inputModule->name)
      return import.resolved;
  return nullptr;
}

InputDecl *Sema::lookupInput(const Module &module, const PolicyDecl &policy) const {
  const Module *where = inputModuleOf(module, policy);
  return where ? llvm::dyn_cast_or_null<InputDecl>(lookupDecl(*where, policy.inputName.name)) : nullptr;
}

void Sema::checkPolicy(Module &module, PolicyDecl &policy) {
  const Scope &scope = scopes[&module];
  // `for alias.Input`: the input of an imported module.
  const Module *inputModule = inputModuleOf(module, policy);
  if (!inputModule && !isFailedImport(module, policy.inputModule->name)) {
    std::vector<std::string> aliases;
    for (const ImportDecl &import : module.imports)
      aliases.push_back(import.localName().str());
    std::string best;
    std::string hint = didYouMean(policy.inputModule->name, aliases, &best);
    auto diag = diags.report(DiagId::UnknownName, policy.inputModule->range,
                             {"imported module", policy.inputModule->name, hint});
    if (!best.empty())
      diag.fixit(policy.inputModule->range, best);
  }
  Decl *input = inputModule ? lookupDecl(*inputModule, policy.inputName.name) : nullptr;
  if (!inputModule) {
    // reported above (or the import was)
  } else if (!input) {
    std::string best;
    std::vector<std::string> inputs;
    if (inputModule == &module)
      inputs = namesOfKind<InputDecl>(scope.decls);
    else
      for (const auto &d : inputModule->decls)
        if (llvm::isa<InputDecl>(d.get()))
          inputs.push_back(d->name.name);
    std::string hint = didYouMean(policy.inputName.name, inputs, &best);
    auto diag = diags.report(DiagId::UnknownName, policy.inputName.range,
                             {"input", policy.inputRef(), hint});
    if (!best.empty())
      diag.fixit(policy.inputName.range, best);
  } else if (!llvm::isa<InputDecl>(input)) {
    diags.report(DiagId::WrongKindOfName, policy.inputName.range,
                 {policy.inputRef(), "a " + input->getKindName().str(), "an input"})
        .note(input->name.range, "declared here");
  }

  std::vector<SourceRange> combineRanges;
  for (const Identifier &c : policy.combines) {
    combineRanges.push_back(c.range);
    if (!llvm::is_contained(combineNames, c.name))
      reportUnknown(diags, DiagId::UnknownCombine, c, toStrings(combineNames));
  }
  reportRepeated("`combine`", combineRanges);
  std::vector<SourceRange> defaultRanges;
  for (const Action &a : policy.defaults) {
    defaultRanges.push_back(a.range);
    checkAction(a);
  }
  reportRepeated("`default`", defaultRanges);

  llvm::StringMap<SourceRange> names;
  auto declare = [&](const Identifier &name) {
    if (auto [it, inserted] = names.try_emplace(name.name, name.range); !inserted)
      diags.report(DiagId::DuplicateDefinition, name.range, {name.name})
          .note(it->second, "previous definition is here");
  };
  for (const LetDecl &let : policy.lets)
    declare(let.name);
  names.clear();
  for (RuleDecl &rule : policy.rules) {
    declare(rule.name);
    checkAction(rule.action);
    for (CategoryRef &ref : rule.categories)
      resolveCategoryRef(module, ref, /*allowWildcard=*/false);
    if (rule.severity && !llvm::is_contained(severityNames, rule.severity->name))
      reportUnknown(diags, DiagId::UnknownSeverity, *rule.severity, toStrings(severityNames));
  }
}

void Sema::checkTest(Module &module, TestDecl &test) {
  const Scope &scope = scopes[&module];
  const Identifier &name = test.policyName ? *test.policyName : test.name;
  Decl *policy = lookupDecl(module, name.name);
  if (!policy || !llvm::isa<PolicyDecl>(policy)) {
    std::vector<std::string> policies = namesOfKind<PolicyDecl>(scope.decls);
    if (test.policyName) {
      std::string best;
      std::string hint = didYouMean(name.name, policies, &best);
      auto diag = diags.report(DiagId::UnknownName, name.range, {"policy", name.name, hint});
      if (!best.empty())
        diag.fixit(name.range, best);
    } else {
      diags.report(DiagId::TestPolicyMissing, test.name.range,
                   {test.name.name, policies.empty()
                                        ? ""
                                        : "; name it with `test " + test.name.name + " for " +
                                              policies.front() + "`"});
    }
  }
  for (TestExpect &expect : test.expects)
    for (CategoryRef &ref : expect.categories)
      resolveCategoryRef(module, ref, /*allowWildcard=*/true);
  for (auto &line : test.cardLines)
    for (CategoryRef &ref : line)
      resolveCategoryRef(module, ref, /*allowWildcard=*/true);
}

//===----------------------------------------------------------------------===//
// Lints
//===----------------------------------------------------------------------===//

void Sema::lintUncoveredCategories() {
  if (!diags.isEnabled(DiagId::UncoveredCategory))
    return;
  // A category is covered when a card is placed in it or beneath it, directly or
  // through a map from another taxonomy.
  llvm::DenseSet<const CategoryDecl *> covered;
  auto cover = [&](const CategoryDecl *c) {
    for (; c && covered.insert(c).second; c = c->parent) {
    }
  };
  for (const CardDecl *card : cards)
    for (CategoryDecl *c : getCardCategories(card)) {
      cover(c);
      for (CategoryDecl *mapped : getMappedCategories(c))
        cover(mapped);
    }
  for (const Module *root : program.roots) {
    if (root->hasSyntaxErrors)
      continue;
    for (const TaxonomyDecl *t : taxonomiesOf(*root))
      t->walk([&](CategoryDecl *c) {
        // Report the top of each uncovered subtree only.
        if (!covered.count(c) && (!c->parent || covered.count(c->parent)))
          diags.report(DiagId::UncoveredCategory, c->id.range, {c->qualifiedPath()});
      });
  }
}

void Sema::lintUnmappedCards() {
  for (const std::string &target : options.lintTargets) {
    const TaxonomyDecl *taxonomy = nullptr;
    for (const TaxonomyDecl *t : taxonomies)
      if (t->name.name == target)
        taxonomy = t;
    if (!taxonomy) {
      std::vector<std::string> names;
      for (const TaxonomyDecl *t : taxonomies)
        names.push_back(t->name.name);
      diags.report(DiagId::UnknownTaxonomy, SourceRange(), {target, didYouMean(target, names)});
      continue;
    }
    for (const CardDecl *card : cards) {
      if (!llvm::is_contained(program.roots, card->module))
        continue;
      bool reaches = false;
      for (CategoryDecl *c : getCardCategories(card)) {
        if (c->taxonomy == taxonomy)
          reaches = true;
        for (CategoryDecl *m : getMappedCategories(c))
          reaches |= m->taxonomy == taxonomy;
      }
      if (!reaches)
        diags.report(DiagId::UnmappedCard, card->name.range, {card->name.name, target});
    }
  }
}
