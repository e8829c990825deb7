//===- SourceManagerTest.cpp - Offsets, lines and columns ------------------===//
#include "risk/Basic/SourceManager.h"

#include <gtest/gtest.h>

using namespace risk;

TEST(SourceManager, LineAndColumnCountBytes) {
  SourceManager sources;
  uint32_t id = sources.addBuffer("a.riskcard", "ab\ncdé\n\nx");
  EXPECT_EQ(sources.getLineColumn({id, 0}).line, 1u);
  EXPECT_EQ(sources.getLineColumn({id, 1}).column, 2u);
  LineColumn c = sources.getLineColumn({id, 3});
  EXPECT_EQ(c.line, 2u);
  EXPECT_EQ(c.column, 1u);
  // `é` is two bytes: `x` on line 4 starts at byte 10.
  EXPECT_EQ(sources.getLineColumn({id, 10}).line, 4u);
  EXPECT_EQ(sources.getLineText({id, 4}), "cdé");
  EXPECT_EQ(sources.getLineText({id, 8}), "");
  EXPECT_EQ(sources.getLineCount(id), 4u);
}

TEST(SourceManager, CarriageReturnsAreNotPartOfLines) {
  SourceManager sources;
  uint32_t id = sources.addBuffer("crlf", "one\r\ntwo\r\n");
  EXPECT_EQ(sources.getLineText({id, 0}), "one");
  EXPECT_EQ(sources.getLineText({id, 5}), "two");
}

TEST(SourceManager, OffsetsPastTheEndClamp) {
  SourceManager sources;
  uint32_t id = sources.addBuffer("short", "abc");
  EXPECT_EQ(sources.getLineColumn({id, 99}).column, 4u);
  EXPECT_FALSE(SourceLoc().isValid());
  EXPECT_EQ(sources.getLineColumn(SourceLoc()).line, 0u);
}

TEST(SourceManager, MissingFileReportsError) {
  SourceManager sources;
  std::string error;
  EXPECT_EQ(sources.addFile("/nonexistent/riskcard/file", error), 0u);
  EXPECT_FALSE(error.empty());
}
