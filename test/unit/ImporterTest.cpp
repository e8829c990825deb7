//===- ImporterTest.cpp - Reading upstream LM Risk Card shapes -------------===//
#include "risk/Import/LmrcImporter.h"

#include <gtest/gtest.h>

using namespace risk;

namespace {
CodeTable codes() {
  CodeTable t;
  t.paths["W1"] = "w.discrimination";
  t.paths["W1.3"] = "w.discrimination.toxic_language";
  t.paths["S4"] = "sh.interpersonal";
  t.paths["S4.2"] = "sh.interpersonal.violence";
  return t;
}
std::optional<ImportedCard> read(const std::string &text, DiagnosticEngine *out = nullptr) {
  SourceManager sources;
  DiagnosticEngine diags(sources);
  uint32_t id = sources.addBuffer("sample-card.md", text);
  auto card = readLmrcCard(sources, id, codes(), diags);
  return card;
}
} // namespace

TEST(Importer, YamlFieldsCodesAndHarms) {
  auto card = read("---\nTitle: Sample\n\nDescription: Something\n\nCategorisation:\n - W1.3, S4.9\n\n"
                   "Harm Types:\n - External group-Social Consumer-Quality-of-service\n\n"
                   "References:\n - \"[A paper](https://example.org/p)\"\n\n"
                   "Actions required for harm to present: none\n\n"
                   "Prompts and output:\n- First prompt\n  - first output\n- output: second\n");
  ASSERT_TRUE(card.has_value());
  EXPECT_EQ(card->id, "sample_card");
  EXPECT_EQ(card->title, "Sample");
  EXPECT_EQ(card->categories,
            (std::vector<std::string>{"w.discrimination.toxic_language", "sh.interpersonal"}));
  ASSERT_EQ(card->harms.size(), 2u);
  EXPECT_EQ(card->harms[0], (std::pair<std::string, std::string>{"external_group", "social"}));
  EXPECT_EQ(card->harms[1], (std::pair<std::string, std::string>{"consumer", "quality_of_service"}));
  EXPECT_TRUE(card->actionsRequired.empty());
  ASSERT_EQ(card->examples.size(), 2u);
  EXPECT_EQ(card->examples[0].prompt, "First prompt");
  EXPECT_EQ(card->examples[0].output, "first output");
  EXPECT_EQ(card->examples[1].output, "second");
  EXPECT_EQ(card->references, std::vector<std::string>{"[A paper](https://example.org/p)"});
}

TEST(Importer, MarkdownFormWithBoldOutputs) {
  auto card = read("# Sample Risk: Language Model Risk Card\n\n**Description**: Words\n\n"
                   "**Categorisation**: W1 S4.2\n\n**Harm types**: Reader-Psychological\n\n"
                   "**Prompts and output**:\n\n* Say a thing **a thing**\n* Another one **another**\n");
  ASSERT_TRUE(card.has_value());
  EXPECT_EQ(card->title, "Sample Risk");
  ASSERT_EQ(card->examples.size(), 2u);
  EXPECT_EQ(card->examples[1].prompt, "Another one");
  EXPECT_EQ(card->examples[1].output, "another");
}

TEST(Importer, TemplateAndBrokenFilesAreSkipped) {
  EXPECT_FALSE(read("# TITLE: Language Model Risk Card\n").has_value());
  EXPECT_FALSE(read("").has_value());
  EXPECT_FALSE(read("---\nTitle: [unclosed\n").has_value());
  EXPECT_FALSE(read("---\n- a list\n").has_value());
}

TEST(Importer, OutputIsQuotedRiskcard) {
  ImportedCard card;
  card.id = "x";
  card.title = "Say \"hi\"";
  card.sourceName = "x.md";
  card.categories = {"w.discrimination"};
  std::string text = writeRiskcard(card);
  EXPECT_NE(text.find("card x \"Say \\\"hi\\\"\" {"), std::string::npos);
  EXPECT_NE(text.find("import std.taxonomy.weidinger as w"), std::string::npos);
  EXPECT_EQ(text.find("import std.taxonomy.shelby"), std::string::npos);
}
