//===- Exp.h - The exponential every target computes alike ------*- C++ -*-===//
//
// A learned scorer's probability is 1 / (1 + exp(-z)). Decisions carry these
// probabilities and rules compare them with thresholds, so every engine must
// compute the same bits: the reference interpreter (C++), the CPU guard and
// the GPU guard. The C libraries' `exp` (glibc on the CPU, libdevice on the
// GPU) differ in the last bit, so the exponential is this one: Cody–Waite
// range reduction by ln 2 and a degree-13 Taylor polynomial in Horner form,
// using only correctly rounded IEEE operations (+, -, *, /) and exact
// integer conversions. The lowering of `risk.model.eval` emits exactly these
// operations in this order (RiskToStandard.cpp, emitExp); no backend we use
// contracts them into fused multiply-adds (no fast-math flags are set, and
// this file is compiled with -ffp-contract=off). Accuracy: within 2 ulp of
// the true value on [-708, 709] (checked against the C library by
// risk-unit-tests).
//
//===----------------------------------------------------------------------===//
#ifndef RISK_MODEL_EXP_H
#define RISK_MODEL_EXP_H

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace risk::model {

/// The constants both the C++ and the generated code use.
struct ExpConstants {
  static constexpr double kLow = -708.0; ///< below: 0
  static constexpr double kHigh = 709.0; ///< above: +inf
  static constexpr double kLog2e = 1.4426950408889634;
  /// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (fdlibm's split).
  static constexpr double kLn2Hi = 6.93147180369123816490e-01;
  static constexpr double kLn2Lo = 1.90821492927058770002e-10;
  static constexpr int kDegree = 13;
  /// 1 / i!, i = 0 .. kDegree.
  static constexpr double kCoefficients[kDegree + 1] = {
      1.0,
      1.0,
      1.0 / 2,
      1.0 / 6,
      1.0 / 24,
      1.0 / 120,
      1.0 / 720,
      1.0 / 5040,
      1.0 / 40320,
      1.0 / 362880,
      1.0 / 3628800,
      1.0 / 39916800,
      1.0 / 479001600,
      1.0 / 6227020800.0,
  };
};

/// exp(x), bit for bit as the generated code computes it.
inline double exp(double x) {
  using C = ExpConstants;
  bool nan = x != x;
  // Clamped (and NaN replaced) so that the steps below stay in range; the
  // clamped-away cases are chosen at the end.
  double xc = nan ? 0.0 : (x < C::kLow ? C::kLow : (x > C::kHigh ? C::kHigh : x));
  // k = floor(v), by truncation and a correction: integer steps that need no
  // library on any target (|v| < 2^11).
  double v = xc * C::kLog2e + 0.5;
  int64_t truncated = int64_t(v);
  int64_t ki = truncated - (double(truncated) > v ? 1 : 0);
  double k = double(ki);
  double r = (xc - k * C::kLn2Hi) - k * C::kLn2Lo;
  double p = C::kCoefficients[C::kDegree];
  for (int i = C::kDegree - 1; i >= 0; --i)
    p = p * r + C::kCoefficients[i];
  uint64_t bits = uint64_t(ki + 1023) << 52;
  double scale;
  std::memcpy(&scale, &bits, sizeof scale);
  double result = p * scale;
  if (nan)
    return x;
  if (x < C::kLow)
    return 0.0;
  if (x > C::kHigh)
    return std::numeric_limits<double>::infinity();
  return result;
}

/// A label's probability: 1 / (1 + exp(-z)).
inline double sigmoid(double z) { return 1.0 / (1.0 + model::exp(-z)); }

} // namespace risk::model

#endif // RISK_MODEL_EXP_H
