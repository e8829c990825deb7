//===- ParserTest.cpp - The parser through its public header ---------------===//
#include "risk/AST/ASTPrinter.h"
#include "risk/Parse/Parser.h"

#include <gtest/gtest.h>

using namespace risk;

namespace {
struct Parsed {
  SourceManager sources;
  DiagnosticEngine diags{sources};
  std::unique_ptr<Module> module;
  explicit Parsed(std::string text) {
    uint32_t id = sources.addBuffer("t.riskcard", std::move(text));
    module = parseModule(sources, id, diags);
  }
};
} // namespace

TEST(Parser, BuildsDeclarationsWithLocations) {
  Parsed p("taxonomy t \"T\" {\n  category a \"A\" code \"C1\" { category b }\n}\n");
  ASSERT_FALSE(p.module->hasSyntaxErrors);
  ASSERT_EQ(p.module->decls.size(), 1u);
  auto *t = llvm::dyn_cast<TaxonomyDecl>(p.module->decls[0].get());
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->categories.size(), 1u);
  EXPECT_EQ(t->categories[0]->code->value, "C1");
  EXPECT_EQ(t->categories[0]->children[0]->id.name, "b");
  EXPECT_EQ(p.sources.getLineColumn(t->categories[0]->range.begin).line, 2u);
  EXPECT_EQ(p.sources.getLineColumn(t->categories[0]->range.begin).column, 3u);
}

TEST(Parser, ReportsSeveralSyntaxErrorsInOneRun) {
  Parsed p("card a \"A\" { categories }\ncard b \"B\" { severity }\ncard c \"C\" { description \"ok\" }\n");
  EXPECT_TRUE(p.module->hasSyntaxErrors);
  EXPECT_GE(p.diags.getErrorCount(), 2u);
  // Recovery keeps the good declaration.
  bool sawC = false;
  for (auto &d : p.module->decls)
    sawC |= d->name.name == "c";
  EXPECT_TRUE(sawC);
}

TEST(Parser, PrintsExpressionsWithMinimalParentheses) {
  Parsed p("input I { x: number }\npolicy p for I {\n  rule r when (a or b) and not c == 1 + 2 * 3 => block\n}\n");
  ASSERT_FALSE(p.module->hasSyntaxErrors);
  auto *policy = llvm::cast<PolicyDecl>(p.module->decls[1].get());
  EXPECT_EQ(exprToString(*policy->rules[0].condition), "(a or b) and not c == 1 + 2 * 3");
}

TEST(Parser, RegexAndDivisionAreTold) {
  Parsed p("pattern p = /a\\/b/i\npolicy q for I { let x = a / b / c }\n");
  ASSERT_FALSE(p.module->hasSyntaxErrors);
  auto *pattern = llvm::cast<PatternDecl>(p.module->decls[0].get());
  EXPECT_EQ(pattern->regex, "a\\/b");
  EXPECT_EQ(pattern->flags, "i");
  auto *policy = llvm::cast<PolicyDecl>(p.module->decls[1].get());
  EXPECT_EQ(exprToString(*policy->lets[0].value), "a / b / c");
}

TEST(Parser, InvalidUtf8IsReportedAndDoesNotStopTheParse) {
  Parsed p(std::string("taxonomy t \"bad \xff byte\" { category a }\n"));
  EXPECT_TRUE(p.module->hasSyntaxErrors);
  ASSERT_FALSE(p.diags.getDiagnostics().empty());
  EXPECT_EQ(p.diags.getDiagnostics()[0].id, DiagId::InvalidUtf8);
  EXPECT_EQ(p.diags.getDiagnostics()[0].range.begin.offset, 16u);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep = "policy p for I { rule r when " + std::string(100000, '(') + "x" +
                     std::string(100000, ')') + " => block }";
  Parsed p(deep);
  EXPECT_TRUE(p.module->hasSyntaxErrors);
  EXPECT_EQ(p.diags.getDiagnostics()[0].id, DiagId::NestingTooDeep);
  std::string chain = "policy p for I { rule r when x";
  for (int i = 0; i < 50000; ++i)
    chain += " + x";
  chain += " > 1 => block }";
  Parsed q(chain);
  EXPECT_TRUE(q.module->hasSyntaxErrors);
}
