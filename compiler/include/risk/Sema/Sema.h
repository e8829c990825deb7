//===- Sema.h - Names, taxonomies, maps, cards and lints --------*- C++ -*-===//
//
// Semantic analysis of a Program. Sema resolves every name a module uses
// (declarations, import aliases, category paths through the taxonomy tree),
// checks taxonomies, cross-taxonomy maps, RiskCards against the RiskCards
// structure, and the declarations a policy builds on, and runs the lints a risk
// author asks for. The results it keeps (resolved categories, the effective map
// from every category into every other taxonomy) serve the documentation
// generator, `riskc test` and the compiler.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_SEMA_SEMA_H
#define RISK_SEMA_SEMA_H

#include "risk/Frontend/Program.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include <string>
#include <vector>

namespace risk {

struct SemaOptions {
  /// `--lint-target=TAX`: cards must reach this taxonomy (enables unmapped-card).
  std::vector<std::string> lintTargets;
};

/// The harm actors and kinds a card's `harm actor.kind` may name.
llvm::ArrayRef<llvm::StringRef> getHarmActors();
llvm::ArrayRef<llvm::StringRef> getHarmKinds();
llvm::ArrayRef<llvm::StringRef> getSeverityNames();

class Sema {
public:
  Sema(Program &program, SemaOptions options = {});

  /// Runs every check on every module without syntax errors.
  void run();

  //--- Results -------------------------------------------------------------

  /// Every taxonomy in the program, in load order.
  const std::vector<TaxonomyDecl *> &getTaxonomies() const { return taxonomies; }
  const std::vector<CardDecl *> &getCards() const { return cards; }
  const std::vector<MapDecl *> &getMaps() const { return maps; }

  /// The categories `category` maps to, directly or through a chain of maps,
  /// in every other taxonomy (most specific entry of each map wins).
  std::vector<CategoryDecl *> getMappedCategories(const CategoryDecl *category) const;
  /// The categories of `card`, resolved, without duplicates.
  std::vector<CategoryDecl *> getCardCategories(const CardDecl *card) const;

  /// Resolves `path` written in `module` (used by the REPL and tests).
  bool resolveCategoryRef(const Module &module, CategoryRef &ref, bool allowWildcard);
  /// Finds a declaration by name in `module` or, with `alias.name`, in an import.
  Decl *lookupDecl(const Module &module, llvm::StringRef name) const;
  /// The input a policy reads: `Input` of its module, or `alias.Input` of an
  /// imported one. Null if there is none (checkPolicy reports it).
  InputDecl *lookupInput(const Module &module, const PolicyDecl &policy) const;
  /// A taxonomy named in `module`: a local taxonomy, an import alias of a module
  /// with one taxonomy, or `alias.taxonomy`.
  TaxonomyDecl *lookupTaxonomy(const Module &module, llvm::ArrayRef<Identifier> parts,
                               size_t &consumed) const;

  /// Taxonomies `module` can name: its own, and the aliases of imports that
  /// declare one.
  std::vector<std::string> visibleTaxonomyNames(const Module &module) const;
  /// Whether `name` is what `module` calls an import that could not be
  /// loaded: its uses are not reported again (the import already was).
  bool isFailedImport(const Module &module, llvm::StringRef name) const;
  /// Names of the lexicons and patterns `module` can use: its own, and those
  /// of its imports as `alias.name` (for "did you mean" hints).
  std::vector<std::string> visibleMatcherNames(const Module &module) const;

private:
  void declareModule(Module &module);
  void checkTaxonomy(TaxonomyDecl &taxonomy);
  void checkCategories(TaxonomyDecl &taxonomy, CategoryDecl *parent,
                       std::vector<std::unique_ptr<CategoryDecl>> &categories,
                       llvm::StringMap<CategoryDecl *> &codes, unsigned depth);
  void checkMap(Module &module, MapDecl &map);
  void checkMapGraph();
  void checkCard(Module &module, CardDecl &card);
  void checkLexicon(Module &module, LexiconDecl &lexicon);
  void checkModel(ModelDecl &model);
  void checkPattern(PatternDecl &pattern);
  /// Reports each name of a `normalize` list that is not a normalisation.
  void checkNormalizations(llvm::ArrayRef<Identifier> names);
  void checkInput(InputDecl &input);
  void checkType(TypeExpr &type);
  void checkAction(const Action &action);
  void checkPolicy(Module &module, PolicyDecl &policy);
  void checkTest(Module &module, TestDecl &test);
  void checkDuplicateExamples();
  void lintUncoveredCategories();
  void lintUnmappedCards();
  /// Reports `{what} is given twice` for the second of `ranges`.
  void reportRepeated(llvm::StringRef what, llvm::ArrayRef<SourceRange> ranges);
  std::vector<CategoryDecl *> mapOnce(const MapDecl &map, const CategoryDecl *category) const;

  Program &program;
  SemaOptions options;
  DiagnosticEngine &diags;

  struct Scope {
    llvm::StringMap<Decl *> decls;
    llvm::StringMap<Decl *> tests;
    llvm::StringMap<Module *> imports;
  };
  llvm::DenseMap<const Module *, Scope> scopes;

  std::vector<TaxonomyDecl *> taxonomies;
  std::vector<CardDecl *> cards;
  std::vector<MapDecl *> maps;
  /// The entries of one map, by specificity: an exact entry beats a wildcard,
  /// a deeper wildcard beats a shallower one, and `src.*` applies last.
  struct MapTable {
    llvm::DenseMap<const CategoryDecl *, const MapEntry *> exact;
    llvm::DenseMap<const CategoryDecl *, const MapEntry *> wildcard;
    const MapEntry *root = nullptr;
  };
  llvm::DenseMap<const MapDecl *, MapTable> mapTables;
};

} // namespace risk

#endif // RISK_SEMA_SEMA_H
