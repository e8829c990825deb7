//===- ExpTest.cpp - The exponential every engine computes alike ----------===//
//
// model::exp must stay within 2 ulp of the true exponential (the C library's
// is within 1) over the range a sigmoid uses, and handle the edges: NaN, the
// clamps, infinities.
//
//===----------------------------------------------------------------------===//
#include "risk/Model/Exp.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace {

int64_t ordered(double v) {
  int64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return bits < 0 ? INT64_MIN - bits : bits;
}

int64_t ulpDistance(double a, double b) {
  int64_t d = ordered(a) - ordered(b);
  return d < 0 ? -d : d;
}

TEST(Exp, WithinTwoUlpOfTheLibrary) {
  int64_t worst = 0;
  double worstAt = 0;
  // A dense sweep over the range, plus the points a sigmoid sees most.
  for (int i = 0; i <= 2000000; ++i) {
    double x = -708.0 + 1417.0 * (double(i) / 2000000.0);
    int64_t d = ulpDistance(risk::model::exp(x), std::exp(x));
    if (d > worst) {
      worst = d;
      worstAt = x;
    }
  }
  for (double x : {-1e-300, 0.0, 1e-300, 0.5, -0.5, 1.0, -1.0, 0.34657359027997264, 20.0, -20.0})
    EXPECT_LE(ulpDistance(risk::model::exp(x), std::exp(x)), 2) << x;
  EXPECT_LE(worst, 2) << "at " << worstAt;
  EXPECT_EQ(risk::model::exp(0.0), 1.0);
}

TEST(Exp, Edges) {
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(std::isnan(risk::model::exp(std::nan(""))));
  EXPECT_EQ(risk::model::exp(-inf), 0.0);
  EXPECT_EQ(risk::model::exp(-709.0), 0.0);
  EXPECT_EQ(risk::model::exp(inf), inf);
  EXPECT_EQ(risk::model::exp(710.0), inf);
  EXPECT_GT(risk::model::exp(709.0), 8.2e307);
  EXPECT_EQ(risk::model::sigmoid(0.0), 0.5);
  EXPECT_EQ(risk::model::sigmoid(1000.0), 1.0);
  EXPECT_EQ(risk::model::sigmoid(-1000.0), 0.0);
}

} // namespace
