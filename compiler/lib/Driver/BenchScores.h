//===- BenchScores.h - What a T2I guard's learned scores look like -*- C++ -*-===//
//
// `riskc bench t2i` reports, beside the guard's decisions, how its learned
// model scores the measured prompts: per subcategory, the distribution of the
// calibrated score on the prompts that carry the label and on the benign ones
// (with the model's threshold), and per primary category a precision-recall
// curve of the model's score for it (the highest of its subcategories'),
// with the average precision and the point the model's own threshold gives.
// docs/design/t2i-bench.md ("Learned scores").
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DRIVER_BENCHSCORES_H
#define RISK_DRIVER_BENCHSCORES_H

#include "risk/Model/Linear.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace risk::driver {

struct ScoreReport {
  std::string model; ///< its name in the policy (`clf`)
  /// Per subcategory the model has a label for: its scores on the measured
  /// risky prompts that carry the label, and on the measured benign ones.
  struct Label {
    std::string code, name;
    double threshold = 0.5;
    std::vector<double> positives, benign;
  };
  std::vector<Label> labels;
  /// Per primary category: the precision-recall curve of the model's score
  /// (the highest of its subcategories') over every measured prompt, the
  /// positives being the risky prompts with the primary.
  struct Curve {
    std::string primary;
    size_t positives = 0, negatives = 0;
    double averagePrecision = 0;
    double precisionAtThreshold = 0, recallAtThreshold = 0; ///< at 0.5
    std::vector<std::pair<double, double>> points;          ///< (recall, precision), recall rising
  };
  std::vector<Curve> curves;
};

/// The report for `model` (named `name`) on the measured prompts: `risky`
/// with their subcategory labels, `benign`. Labels whose code is not among
/// `subLabels` are left out.
ScoreReport scoreReport(const model::LinearModel &model, const std::string &name,
                        llvm::ArrayRef<const model::LabelledPrompt *> risky,
                        llvm::ArrayRef<const model::LabelledPrompt *> benign,
                        const std::vector<std::string> &subLabels);

/// A T2I label's primary category: its code before "--".
std::string primaryOf(llvm::StringRef label);
/// `v` formatted by printf's `format` (three decimals by default).
std::string formatNumber(double v, const char *format = "%.3f");

void writeScoresMarkdown(llvm::raw_ostream &os, const ScoreReport &report);
void writeScoresHtml(llvm::raw_ostream &os, const ScoreReport &report);
llvm::json::Value scoresJson(const ScoreReport &report);

} // namespace risk::driver

#endif // RISK_DRIVER_BENCHSCORES_H
