//===- SemaTest.cpp - Resolution and maps through the Sema API -------------===//
#include "risk/Sema/Sema.h"

#include <gtest/gtest.h>

using namespace risk;

namespace {
struct Checked {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  Program program{sources, diags};
  ModuleLoader loader{program, FrontendOptions()};
  Sema sema{program};
  explicit Checked(std::string text) {
    loader.loadRootBuffer(sources.addBuffer("t.riskcard", std::move(text)));
    loader.resolveImports();
    sema.run();
  }
  CategoryDecl *category(llvm::StringRef taxonomy, llvm::StringRef path) {
    for (TaxonomyDecl *t : sema.getTaxonomies()) {
      if (t->name.name != taxonomy)
        continue;
      CategoryDecl *found = nullptr;
      t->walk([&](CategoryDecl *c) {
        if (c->path() == path)
          found = c;
      });
      return found;
    }
    return nullptr;
  }
};

const char *twoTaxonomies = R"(
taxonomy a { category x { category x1 category x2 { category deep } } category y }
taxonomy b { category p category q category r }
taxonomy c { category z }
map a -> b {
  a.x.* => b.p
  a.x.x2 => b.q
  a.y => b.q, b.r
}
map b -> c { b.q => c.z }
)";
} // namespace

TEST(Sema, MostSpecificMapEntryWinsAndMapsCompose) {
  Checked c(twoTaxonomies);
  ASSERT_FALSE(c.diags.hasErrors());
  auto names = [&](CategoryDecl *cat) {
    std::vector<std::string> out;
    for (CategoryDecl *m : c.sema.getMappedCategories(cat))
      out.push_back(m->qualifiedPath());
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(names(c.category("a", "x.x1")), std::vector<std::string>{"b.p"});
  // x2's exact entry beats the wildcard and composes with b.q -> c.z; an exact
  // entry covers that category only, so `deep` falls back to the `a.x.*` wildcard.
  EXPECT_EQ(names(c.category("a", "x.x2")), (std::vector<std::string>{"b.q", "c.z"}));
  EXPECT_EQ(names(c.category("a", "x.x2.deep")), std::vector<std::string>{"b.p"});
  EXPECT_EQ(names(c.category("a", "y")), (std::vector<std::string>{"b.q", "b.r", "c.z"}));
  EXPECT_TRUE(names(c.category("b", "p")).empty());
}

TEST(Sema, CategoryParentsAndPathsAreSet) {
  Checked c(twoTaxonomies);
  CategoryDecl *deep = c.category("a", "x.x2.deep");
  ASSERT_NE(deep, nullptr);
  EXPECT_EQ(deep->qualifiedPath(), "a.x.x2.deep");
  EXPECT_EQ(deep->depth, 2u);
  EXPECT_TRUE(deep->isWithin(c.category("a", "x")));
  EXPECT_FALSE(deep->isWithin(c.category("a", "y")));
}

TEST(Sema, MapCyclesAreErrors) {
  Checked c("taxonomy a { category x }\ntaxonomy b { category y }\n"
            "map a -> b { a.x => b.y }\nmap b -> a { b.y => a.x }\n");
  ASSERT_TRUE(c.diags.hasErrors());
  bool cycle = false;
  for (const Diagnostic &d : c.diags.getDiagnostics())
    cycle |= d.id == DiagId::MapCycle;
  EXPECT_TRUE(cycle);
}
