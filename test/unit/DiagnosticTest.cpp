//===- DiagnosticTest.cpp - Reporting, severities, suggestions -------------===//
#include "risk/Basic/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace risk;

TEST(Diagnostic, KindsAreRegisteredOnceByName) {
  for (const DiagKindInfo &info : getAllDiagKinds()) {
    std::optional<DiagId> id = lookupDiagKind(info.name);
    ASSERT_TRUE(id.has_value()) << info.name.str();
    EXPECT_EQ(*id, info.id) << "two kinds share the name " << info.name.str();
  }
  EXPECT_FALSE(lookupDiagKind("no-such-kind").has_value());
}

TEST(Diagnostic, ArgumentsAreSubstituted) {
  SourceManager sources;
  uint32_t id = sources.addBuffer("x", "card c {}\n");
  DiagnosticEngine diags(sources);
  diags.report(DiagId::UnknownCategory, SourceRange({id, 5}, {id, 6}), {"t2i", "gore", "!"});
  ASSERT_EQ(diags.getDiagnostics().size(), 1u);
  EXPECT_EQ(diags.getDiagnostics()[0].message, "`t2i` has no category `gore`!");
  EXPECT_EQ(diags.getErrorCount(), 1u);
}

TEST(Diagnostic, LintsAreOffUntilEnabledAndWarningsCanBecomeErrors) {
  SourceManager sources;
  DiagnosticOptions options;
  DiagnosticEngine off(sources, options);
  EXPECT_FALSE(off.isEnabled(DiagId::UncoveredCategory));
  options.overrides.push_back({DiagId::UncoveredCategory, true});
  options.warningsAsErrors = true;
  DiagnosticEngine on(sources, options);
  EXPECT_EQ(on.getSeverity(DiagId::UncoveredCategory), Severity::Error);
  options.overrides.push_back({DiagId::DuplicateTerm, false});
  DiagnosticEngine disabled(sources, options);
  EXPECT_EQ(disabled.getSeverity(DiagId::DuplicateTerm), Severity::Ignored);
  // Errors cannot be switched off.
  options.overrides.push_back({DiagId::SyntaxError, false});
  DiagnosticEngine errors(sources, options);
  EXPECT_EQ(errors.getSeverity(DiagId::SyntaxError), Severity::Error);
}

TEST(Diagnostic, ErrorLimitCapsOutput) {
  SourceManager sources;
  uint32_t id = sources.addBuffer("x", "a\nb\nc\n");
  DiagnosticOptions options;
  options.errorLimit = 2;
  DiagnosticEngine diags(sources, options);
  for (uint32_t line = 0; line < 3; ++line)
    diags.report(DiagId::SyntaxError, SourceLoc{id, line * 2}, {"bad"});
  std::string out;
  llvm::raw_string_ostream os(out);
  diags.emit(os, DiagnosticFormat::Text);
  EXPECT_NE(out.find("x:2:1"), std::string::npos);
  EXPECT_EQ(out.find("x:3:1"), std::string::npos);
  EXPECT_NE(out.find("too many errors"), std::string::npos);
}

TEST(Diagnostic, DidYouMeanPicksTheClosestReasonableName) {
  std::vector<std::string> names = {"violence", "pornography", "weapons"};
  std::string best;
  EXPECT_EQ(didYouMean("violance", names, &best), "; did you mean `violence`?");
  EXPECT_EQ(best, "violence");
  EXPECT_EQ(didYouMean("zzzzzz", names), "");
  EXPECT_EQ(didYouMean("violence", names), ""); // an exact name is no typo
}
