//===- BenchScores.cpp - What a T2I guard's learned scores look like -----===//
//
// Score distributions per subcategory and precision-recall curves per
// primary category for `riskc bench t2i` (BenchScores.h). The scores are the
// model's own (LinearModel::score, the reference every engine is checked
// against): the report explains the model, the guard's decisions are
// measured elsewhere.
//
//===----------------------------------------------------------------------===//
#include "BenchScores.h"

#include "risk/Driver/Driver.h"

#include "llvm/Support/Format.h"

#include <algorithm>
#include <map>
#include <set>

using namespace risk;
using namespace risk::driver;

namespace {

constexpr double kThreshold = 0.5; // a calibrated score's threshold
constexpr unsigned kBins = 20;

std::vector<double> histogram(const std::vector<double> &scores) {
  std::vector<double> bins(kBins, 0.0);
  for (double s : scores)
    bins[std::min<size_t>(kBins - 1, size_t(std::max(0.0, s) * kBins))] += 1;
  for (double &b : bins)
    b = scores.empty() ? 0 : b / double(scores.size());
  return bins;
}

double shareAtLeast(const std::vector<double> &scores, double t) {
  if (scores.empty())
    return 0;
  return double(llvm::count_if(scores, [&](double s) { return s >= t; })) / double(scores.size());
}

double median(std::vector<double> v) {
  if (v.empty())
    return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

/// At most `n` points of a curve, evenly spread over its length, the ends kept.
std::vector<std::pair<double, double>> thin(const std::vector<std::pair<double, double>> &points, size_t n) {
  if (points.size() <= n)
    return points;
  std::vector<std::pair<double, double>> out;
  for (size_t k = 0; k < n; ++k)
    out.push_back(points[k * (points.size() - 1) / (n - 1)]);
  return out;
}

} // namespace

std::string driver::primaryOf(llvm::StringRef label) { return label.split("--").first.str(); }

std::string driver::formatNumber(double v, const char *format) {
  std::string s;
  llvm::raw_string_ostream(s) << llvm::format(format, v);
  return s;
}

ScoreReport driver::scoreReport(const model::LinearModel &model, const std::string &name,
                                llvm::ArrayRef<const model::LabelledPrompt *> risky,
                                llvm::ArrayRef<const model::LabelledPrompt *> benign,
                                const std::vector<std::string> &subLabels) {
  ScoreReport report;
  report.model = name;
  std::set<std::string> known(subLabels.begin(), subLabels.end());
  std::vector<size_t> index; // report label -> model label
  for (size_t i = 0; i < model.labels.size(); ++i)
    if (known.count(model.labels[i].code)) {
      report.labels.push_back({model.labels[i].code, model.labels[i].name, model.labels[i].threshold, {}, {}});
      index.push_back(i);
    }
  if (report.labels.empty())
    return report;
  // Every prompt's scores, once: risky first, then benign.
  std::vector<std::vector<double>> scores;
  std::vector<std::set<std::string>> primariesOf;
  for (const model::LabelledPrompt *r : risky) {
    scores.push_back(model.score(r->text));
    std::set<std::string> primaries;
    for (const std::string &l : r->labels)
      primaries.insert(primaryOf(l));
    primariesOf.push_back(std::move(primaries));
    for (size_t k = 0; k < index.size(); ++k)
      if (r->labels.count(report.labels[k].code))
        report.labels[k].positives.push_back(scores.back()[index[k]]);
  }
  for (const model::LabelledPrompt *r : benign) {
    scores.push_back(model.score(r->text));
    primariesOf.emplace_back();
    for (size_t k = 0; k < index.size(); ++k)
      report.labels[k].benign.push_back(scores.back()[index[k]]);
  }
  std::map<std::string, std::vector<size_t>> byPrimary;
  for (size_t k = 0; k < index.size(); ++k)
    byPrimary[primaryOf(report.labels[k].code)].push_back(index[k]);
  for (const auto &[primary, members] : byPrimary) {
    ScoreReport::Curve curve;
    curve.primary = primary;
    std::vector<std::pair<double, bool>> ranked; // (score, positive)
    for (size_t p = 0; p < scores.size(); ++p) {
      double s = 0;
      for (size_t i : members)
        s = std::max(s, scores[p][i]);
      bool positive = primariesOf[p].count(primary);
      ranked.push_back({s, positive});
      (positive ? curve.positives : curve.negatives) += 1;
    }
    if (!curve.positives) {
      report.curves.push_back(curve);
      continue;
    }
    std::sort(ranked.begin(), ranked.end(), [](auto a, auto b) { return a.first > b.first; });
    size_t tp = 0, fp = 0, atTp = 0, atFp = 0;
    double lastRecall = 0;
    for (size_t k = 0; k < ranked.size(); ++k) {
      (ranked[k].second ? tp : fp) += 1;
      if (ranked[k].first >= kThreshold) {
        atTp = tp;
        atFp = fp;
      }
      // A point where the score changes (tied scores are one threshold).
      if (k + 1 < ranked.size() && ranked[k + 1].first == ranked[k].first)
        continue;
      double recall = double(tp) / double(curve.positives), precision = double(tp) / double(tp + fp);
      curve.averagePrecision += (recall - lastRecall) * precision;
      lastRecall = recall;
      curve.points.push_back({recall, precision});
    }
    curve.recallAtThreshold = double(atTp) / double(curve.positives);
    curve.precisionAtThreshold = atTp + atFp ? double(atTp) / double(atTp + atFp) : 0;
    report.curves.push_back(std::move(curve));
  }
  return report;
}

void driver::writeScoresMarkdown(llvm::raw_ostream &os, const ScoreReport &r) {
  if (r.labels.empty())
    return;
  os << "## Learned scores (`" << r.model << "`)\n\n"
     << "The model's calibrated score per subcategory (0.5 is its threshold) on the measured "
        "prompts that carry the label and on the benign ones: medians, and the share at or above "
        "0.5 (the model alone: its recall, and its false-positive rate). `dev threshold` is the "
        "probability the trainer chose on its dev split, which calibration moved to 0.5.\n\n"
     << "| label | prompts with it | median | share >= 0.5 | benign | median | share >= 0.5 | dev "
        "threshold |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const ScoreReport::Label &l : r.labels)
    os << "| " << l.code << " | " << l.positives.size() << " | " << formatNumber(median(l.positives)) << " | "
       << formatNumber(shareAtLeast(l.positives, kThreshold)) << " | " << l.benign.size() << " | "
       << formatNumber(median(l.benign)) << " | " << formatNumber(shareAtLeast(l.benign, kThreshold)) << " | "
       << formatNumber(l.threshold, "%.2f") << " |\n";
  os << "\n### Precision and recall per primary category\n\n"
        "The model's score for a primary is the highest of its subcategories'; positives are the "
        "risky prompts with that primary, negatives every other measured prompt (benign or "
        "risky). Average precision over the whole curve, and the point the threshold 0.5 gives. "
        "The curves are drawn in report.html and listed in report.json.\n\n"
        "| primary | positives | negatives | average precision | precision at 0.5 | recall at 0.5 "
        "|\n|---|---:|---:|---:|---:|---:|\n";
  for (const ScoreReport::Curve &c : r.curves)
    os << "| " << c.primary << " | " << c.positives << " | " << c.negatives << " | "
       << formatNumber(c.averagePrecision) << " | " << formatNumber(c.precisionAtThreshold) << " | "
       << formatNumber(c.recallAtThreshold) << " |\n";
  os << "\n";
}

void driver::writeScoresHtml(llvm::raw_ostream &os, const ScoreReport &r) {
  if (r.labels.empty())
    return;
  os << "<h2>Learned scores (<code>" << htmlEscape(r.model) << "</code>)</h2>\n"
     << "<p>Per subcategory, how the model's calibrated score is spread over the prompts that carry "
        "the label (red) and the benign prompts (blue), each as a share of its prompts in bins of "
        "0.05; the dashed line is the threshold 0.5.</p>\n<div style=\"display:flex;flex-wrap:wrap;gap:8px\">\n";
  const unsigned w = 300, h = 120, left = 8, top = 22, plotH = 80;
  for (const ScoreReport::Label &l : r.labels) {
    std::vector<double> pos = histogram(l.positives), neg = histogram(l.benign);
    double peak = 1e-9;
    for (unsigned b = 0; b < kBins; ++b)
      peak = std::max({peak, pos[b], neg[b]});
    double binW = double(w - 2 * left) / kBins;
    os << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << w << "\" height=\"" << h
       << "\" role=\"img\"><title>" << htmlEscape(l.code) << "</title>\n"
       << "<text x=\"" << left << "\" y=\"14\" font-size=\"11\">" << htmlEscape(l.code) << " ("
       << l.positives.size() << " / " << l.benign.size() << ")</text>\n";
    for (unsigned b = 0; b < kBins; ++b) {
      double x = left + b * binW;
      for (int series = 0; series < 2; ++series) {
        double v = series ? pos[b] : neg[b];
        double bh = plotH * v / peak;
        os << "<rect x=\"" << formatNumber(x + (series ? binW / 2 : 0), "%.1f") << "\" y=\""
           << formatNumber(top + plotH - bh, "%.1f") << "\" width=\"" << formatNumber(binW / 2 - 0.5, "%.1f")
           << "\" height=\"" << formatNumber(bh, "%.1f") << "\" fill=\"" << (series ? "#c0392b" : "#2c7fb8")
           << "\"/>\n";
      }
    }
    double tx = left + kThreshold * (w - 2 * left);
    os << "<line x1=\"" << formatNumber(tx, "%.1f") << "\" y1=\"" << top << "\" x2=\"" << formatNumber(tx, "%.1f")
       << "\" y2=\"" << top + plotH << "\" stroke=\"#333\" stroke-dasharray=\"3,3\"/>\n"
       << "<line x1=\"" << left << "\" y1=\"" << top + plotH << "\" x2=\"" << w - left << "\" y2=\""
       << top + plotH << "\" stroke=\"#999\"/>\n"
       << "<text x=\"" << left << "\" y=\"" << top + plotH + 14 << "\" font-size=\"10\">0</text>"
       << "<text x=\"" << w - left - 6 << "\" y=\"" << top + plotH + 14 << "\" font-size=\"10\">1</text>\n"
       << "</svg>\n";
  }
  os << "</div>\n<h2>Precision and recall per primary category</h2>\n"
     << "<p>The model's score for a primary is the highest of its subcategories'; positives are the "
        "risky prompts with that primary, negatives every other measured prompt. The dot is the "
        "threshold 0.5; AP is the average precision.</p>\n<div style=\"display:flex;flex-wrap:wrap;gap:8px\">\n";
  const unsigned side = 200, pad = 30;
  for (const ScoreReport::Curve &c : r.curves) {
    auto X = [&](double recall) { return pad + recall * side; };
    auto Y = [&](double precision) { return 20 + (1 - precision) * side; };
    os << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << side + pad + 10 << "\" height=\""
       << side + 60 << "\" role=\"img\"><title>" << htmlEscape(c.primary) << "</title>\n"
       << "<text x=\"" << pad << "\" y=\"14\" font-size=\"11\">" << htmlEscape(c.primary) << ", AP "
       << formatNumber(c.averagePrecision, "%.2f") << "</text>\n"
       << "<rect x=\"" << pad << "\" y=\"20\" width=\"" << side << "\" height=\"" << side
       << "\" fill=\"none\" stroke=\"#999\"/>\n";
    if (!c.points.empty()) {
      os << "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.5\" points=\"";
      for (auto [recall, precision] : thin(c.points, 200))
        os << formatNumber(X(recall), "%.1f") << "," << formatNumber(Y(precision), "%.1f") << " ";
      os << "\"/>\n<circle cx=\"" << formatNumber(X(c.recallAtThreshold), "%.1f") << "\" cy=\""
         << formatNumber(Y(c.precisionAtThreshold), "%.1f") << "\" r=\"3.5\" fill=\"#333\"/>\n";
    }
    os << "<text x=\"" << pad << "\" y=\"" << side + 36 << "\" font-size=\"10\">recall 0 to 1; "
       << "precision 1 (top) to 0</text>\n</svg>\n";
  }
  os << "</div>\n";
}

llvm::json::Value driver::scoresJson(const ScoreReport &r) {
  llvm::json::Array labels, curves;
  for (const ScoreReport::Label &l : r.labels)
    labels.push_back(llvm::json::Object{
        {"label", l.code},
        {"score", r.model + "(text)." + l.name},
        {"dev_threshold", l.threshold},
        {"prompts_with_label", int64_t(l.positives.size())},
        {"benign_prompts", int64_t(l.benign.size())},
        {"share_at_threshold_with_label", shareAtLeast(l.positives, kThreshold)},
        {"share_at_threshold_benign", shareAtLeast(l.benign, kThreshold)},
        {"histogram_with_label", llvm::json::Array(histogram(l.positives))},
        {"histogram_benign", llvm::json::Array(histogram(l.benign))}});
  for (const ScoreReport::Curve &c : r.curves) {
    llvm::json::Array points;
    for (auto [recall, precision] : thin(c.points, 100))
      points.push_back(llvm::json::Array{recall, precision});
    curves.push_back(llvm::json::Object{{"primary", c.primary},
                                        {"positives", int64_t(c.positives)},
                                        {"negatives", int64_t(c.negatives)},
                                        {"average_precision", c.averagePrecision},
                                        {"precision_at_threshold", c.precisionAtThreshold},
                                        {"recall_at_threshold", c.recallAtThreshold},
                                        {"points", std::move(points)}});
  }
  return llvm::json::Object{{"model", r.model},
                            {"threshold", kThreshold},
                            {"bins", int64_t(kBins)},
                            {"labels", std::move(labels)},
                            {"pr_curves", std::move(curves)}};
}
