//===- Linear.cpp - Learned linear scorers ----------------------------------===//
#include "risk/Model/Linear.h"

#include "risk/Automata/Normalize.h"
#include "risk/Automata/Skeleton.h"

#include "risk/Basic/FileAccess.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include "risk/Model/Exp.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <cstring>

using namespace risk;
using namespace risk::model;

/// Training's sigmoid (the C library's exp: training is not a decision, and
/// the shipped model is reproduced bit for bit by it). Scoring uses
/// model::sigmoid, which every engine computes alike (Exp.h).
static double trainingSigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

SkeletonSpec LinearModel::skeletonSpec() const {
  return SkeletonSpec{normalizationMask(normalize), /*foldCase=*/true};
}

/// The text whose features a model with these normalisations reads (in
/// training, `masks` is null: masked words stay as written).
static std::string prepareText(llvm::StringRef text, llvm::ArrayRef<std::string> normalize,
                               SkeletonWords words = {}) {
  if (normalize.empty())
    return text.str();
  SkeletonSpec spec{normalizationMask(normalize), /*foldCase=*/true};
  std::string skeleton = skeletonOf(text, spec, words.split);
  if ((spec.normalize & NormMasks) && words.masks)
    unmaskSkeleton(skeleton, *words.masks, spec);
  if (spec.normalize & NormRepeats)
    collapseRepeatedLetters(skeleton);
  return skeleton;
}

std::string LinearModel::prepare(llvm::StringRef text, SkeletonWords words) const {
  return prepareText(text, normalize, words);
}

std::vector<double> LinearModel::score(llvm::StringRef raw, SkeletonWords words) const {
  const size_t n = labels.size();
  std::vector<int64_t> sums(n, 0); // exact: fixed-point weights (fixedWeight)
  std::string text = prepare(raw, words);
  forEachFeature(
      text,
      [&](uint64_t h) {
        const float *row = weights.data() + (h & (buckets - 1)) * n;
        for (size_t l = 0; l < n; ++l)
          sums[l] += fixedWeight(row[l]);
      },
      features);
  std::vector<double> z(n);
  for (size_t l = 0; l < n; ++l)
    z[l] = model::sigmoid(fixedScore(labels[l].bias, sums[l]));
  return z;
}

std::vector<LinearModel::Contribution> LinearModel::contributions(llvm::StringRef raw, size_t label,
                                                                  size_t limit,
                                                                  SkeletonWords words) const {
  // The prepared text, and where each of its bytes comes from in `raw`.
  std::string text;
  std::vector<std::pair<size_t, size_t>> from; // per byte of `text`: [start, end) in raw
  if (normalize.empty()) {
    text = raw.str();
    for (size_t i = 0; i < text.size(); ++i)
      from.push_back({i, i + 1});
  } else {
    unsigned mask = normalizationMask(normalize);
    std::vector<SkeletonOrigin> origins;
    skeletonOf(raw, skeletonSpec(), text, origins, words.split);
    if ((mask & NormMasks) && words.masks) // byte for byte: the origins hold
      unmaskSkeleton(text, *words.masks, skeletonSpec());
    for (size_t i = 0; i < text.size(); ++i)
      from.push_back({originStart(origins[i]), originEnd(origins[i])});
    if (mask & NormRepeats) { // as collapseRepeatedLetters, keeping origins
      size_t to = 0;
      for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letter && to > 0 && text[to - 1] == c) {
          from[to - 1].second = std::max(from[to - 1].second, from[i].second);
          continue;
        }
        text[to] = c;
        from[to++] = from[i];
      }
      text.resize(to);
      from.resize(to);
    }
  }
  std::map<uint64_t, Contribution> byFeature; // by hash: one feature, however often
  const size_t n = labels.size();
  forEachFeatureSpan(text, [&](uint64_t h, FeatureKind kind, size_t start, size_t end, unsigned pad) {
    double w = fixedScore(0.0, fixedWeight(weights[(h & (buckets - 1)) * n + label]));
    Contribution &c = byFeature[h];
    if (c.occurrences++ == 0) {
      c.feature = kind == BigramFeature
                      ? text.substr(start, end - start)
                      : (pad & 1 ? "<" : "") + text.substr(start, end - start) + (pad & 2 ? ">" : "");
      c.kind = kind;
      c.start = end > start ? from[start].first : 0;
      c.end = end > start ? from[end - 1].second : 0;
    }
    c.weight += w;
  }, features);
  std::vector<Contribution> out;
  for (auto &[key, c] : byFeature)
    if (c.weight > 0)
      out.push_back(std::move(c));
  std::stable_sort(out.begin(), out.end(), [](const Contribution &a, const Contribution &b) {
    return a.weight > b.weight;
  });
  if (out.size() > limit)
    out.resize(limit);
  return out;
}

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

std::string risk::model::featureSetName(unsigned features) {
  std::string words = (features & WordMask) && (features & BigramMask) ? "words-1-2"
                      : features & WordMask                           ? "words-1"
                      : features & BigramMask                         ? "words-2"
                                                                      : "";
  std::string chars = features & CharMask ? "chars-3-5" : "";
  return words + (!words.empty() && !chars.empty() ? "+" : "") + chars + " fnv1a-64 v1";
}

std::optional<unsigned> risk::model::featureMaskOf(llvm::StringRef name) {
  auto [kinds, hashing] = name.split(' ');
  if (hashing != "fnv1a-64 v1")
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef> parts;
  kinds.split(parts, '+');
  unsigned mask = 0;
  for (llvm::StringRef part : parts) {
    unsigned bits = part == "words-1-2" ? (WordMask | BigramMask)
                    : part == "words-1" ? WordMask
                    : part == "words-2" ? BigramMask
                    : part == "chars-3-5" ? unsigned(CharMask)
                                          : 0u;
    if (!bits || (mask & bits))
      return std::nullopt;
    mask |= bits;
  }
  return mask ? std::optional<unsigned>(mask) : std::nullopt;
}

static const char kMagic[] = "RKM1\n";

bool risk::model::readModel(llvm::StringRef path, LinearModel &out, std::string &error,
                            bool headerOnly) {
  // A regular file of a bounded size: never a FIFO or a device.
  std::string contents;
  if (!readRegularFile(path, contents, error))
    return false;
  llvm::StringRef data = contents;
  if (!data.starts_with(kMagic)) {
    error = "not a Riskcard model file (it does not start with RKM1)";
    return false;
  }
  data = data.drop_front(sizeof(kMagic) - 1);
  auto [headerText, rest] = data.split('\n');
  auto header = llvm::json::parse(headerText);
  if (!header) {
    error = "the header is not valid JSON: " + llvm::toString(header.takeError());
    return false;
  }
  const llvm::json::Object *h = header->getAsObject();
  std::optional<int64_t> buckets = h ? h->getInteger("buckets") : std::nullopt;
  const llvm::json::Array *labels = h ? h->getArray("labels") : nullptr;
  if (!h || h->getString("kind") != "linear" || !buckets || *buckets <= 0 ||
      (*buckets & (*buckets - 1)) || *buckets > (1 << 24) || !labels || labels->empty()) {
    error = "the header lacks its kind `linear`, a power-of-two `buckets` or `labels`";
    return false;
  }
  out.buckets = uint32_t(*buckets);
  out.labels.clear();
  for (const llvm::json::Value &v : *labels) {
    const llvm::json::Object *o = v.getAsObject();
    std::optional<llvm::StringRef> name = o ? o->getString("name") : std::nullopt;
    std::optional<double> bias = o ? o->getNumber("bias") : std::nullopt;
    if (!name || !bias) {
      error = "a label lacks its `name` or `bias`";
      return false;
    }
    LinearModel::Label label;
    label.name = name->str();
    label.code = o->getString("code").value_or("").str();
    label.bias = *bias;
    label.threshold = o->getNumber("threshold").value_or(0.5);
    out.labels.push_back(std::move(label));
  }
  if (const llvm::json::Value *report = h->get("training")) {
    llvm::raw_string_ostream os(out.trainingReport);
    os << *report;
  }
  // "features": the kinds a model reads and how they are hashed, e.g.
  // "words-1-2+chars-3-5 fnv1a-64 v1" (every kind, what older files say).
  if (const llvm::json::Value *features = h->get("features")) {
    std::optional<unsigned> mask;
    if (std::optional<llvm::StringRef> text = features->getAsString())
      mask = featureMaskOf(*text);
    if (!mask) {
      error = "the header's `features` is not a feature set this version reads (e.g. "
              "\"words-1-2+chars-3-5 fnv1a-64 v1\")";
      return false;
    }
    out.features = *mask;
  }
  if (const llvm::json::Value *normalize = h->get("normalize")) {
    const llvm::json::Array *names = normalize->getAsArray();
    if (!names) {
      error = "the header's `normalize` is not a list of normalisations";
      return false;
    }
    for (const llvm::json::Value &v : *names) {
      std::optional<llvm::StringRef> name = v.getAsString();
      if (!name || !normalizationNamed(*name)) {
        error = "the header names an unknown normalisation" + (name ? " `" + name->str() + "`" : std::string());
        return false;
      }
      out.normalize.push_back(name->str());
    }
  }
  // "vocabulary": the words the trainer saw most (LinearModel::vocabulary).
  if (const llvm::json::Value *vocabulary = h->get("vocabulary")) {
    const llvm::json::Array *words = vocabulary->getAsArray();
    std::set<llvm::StringRef> seen;
    for (size_t i = 0; words && i < words->size(); ++i) {
      std::optional<llvm::StringRef> word = (*words)[i].getAsString();
      bool ok = word && !word->empty() && word->size() <= kVocabularyWordMax && seen.insert(*word).second;
      for (size_t k = 0; ok && k < word->size(); ++k)
        ok = isWordByte((*word)[k]) && lowerAscii((*word)[k]) == (unsigned char)(*word)[k];
      if (!ok) {
        error = "vocabulary entry " + std::to_string(i) +
                " is not a distinct lower-case word of 1 to " + std::to_string(kVocabularyWordMax) +
                " bytes";
        return false;
      }
      out.vocabulary.push_back(word->str());
    }
    if (!words || words->size() > (1u << 20)) {
      error = "the header's `vocabulary` is not a list of at most 1048576 words";
      return false;
    }
  }
  if (headerOnly)
    return true;
  size_t count = size_t(out.buckets) * out.labels.size();
  if (rest.size() != count * sizeof(float)) {
    error = "expected " + std::to_string(count * sizeof(float)) + " bytes of weights, found " +
            std::to_string(rest.size());
    return false;
  }
  out.weights.resize(count);
  std::memcpy(out.weights.data(), rest.data(), rest.size()); // little-endian hosts
  for (float w : out.weights)
    if (!std::isfinite(w) || std::fabs(w) >= kWeightLimit) {
      error = "a weight is not a finite number below 2048 in magnitude";
      return false;
    }
  return true;
}

bool risk::model::writeModel(llvm::StringRef path, const LinearModel &model, std::string &error) {
  llvm::json::Array labels;
  for (const LinearModel::Label &l : model.labels)
    labels.push_back(llvm::json::Object{
        {"name", l.name}, {"code", l.code}, {"bias", l.bias}, {"threshold", l.threshold}});
  llvm::json::Object header{{"kind", "linear"},
                            {"version", 1},
                            {"features", featureSetName(model.features)},
                            {"buckets", int64_t(model.buckets)},
                            {"layout", "float32 little-endian [bucket][label]"},
                            {"labels", std::move(labels)}};
  if (!model.normalize.empty()) {
    llvm::json::Array names;
    for (const std::string &n : model.normalize)
      names.push_back(n);
    header["normalize"] = std::move(names);
  }
  if (!model.vocabulary.empty()) {
    llvm::json::Array words;
    for (const std::string &w : model.vocabulary)
      words.push_back(w);
    header["vocabulary"] = std::move(words);
  }
  if (!model.trainingReport.empty()) {
    if (auto report = llvm::json::parse(model.trainingReport))
      header["training"] = std::move(*report);
    else
      llvm::consumeError(report.takeError());
  }
  std::error_code ec;
  llvm::StringRef parent = llvm::sys::path::parent_path(path);
  if (!parent.empty() && (ec = llvm::sys::fs::create_directories(parent))) {
    error = "cannot create " + parent.str() + ": " + ec.message();
    return false;
  }
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = ec.message();
    return false;
  }
  os << kMagic << llvm::json::Value(std::move(header)) << "\n";
  os.write(reinterpret_cast<const char *>(model.weights.data()), model.weights.size() * sizeof(float));
  return true;
}

//===----------------------------------------------------------------------===//
// Data
//===----------------------------------------------------------------------===//

std::string risk::model::splitOf(llvm::StringRef text) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : text) {
    h ^= c;
    h *= kFnvPrime;
  }
  uint64_t bucket = h % 100;
  return bucket < 70 ? "train" : bucket < 85 ? "dev" : "test";
}

/// The file at `path`, or null with `error` set.
static std::unique_ptr<llvm::MemoryBuffer> openFile(llvm::StringRef path, std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    error = "cannot read `" + path.str() + "`: " + buffer.getError().message();
    return nullptr;
  }
  return std::move(*buffer);
}

bool risk::model::loadLabelledPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out,
                                      size_t &skipped, std::string &error) {
  std::unique_ptr<llvm::MemoryBuffer> buffer = openFile(path, error);
  if (!buffer)
    return false;
  auto parsed = llvm::json::parse(buffer->getBuffer());
  if (!parsed) {
    error = "`" + path.str() + "` is not valid JSON: " + llvm::toString(parsed.takeError());
    return false;
  }
  const llvm::json::Object *top = parsed->getAsObject();
  if (!top) {
    error = "`" + path.str() + "`: expected one JSON object of records {\"prompt\", \"label\"}";
    return false;
  }
  skipped = 0;
  for (const auto &[key, value] : *top) {
    const llvm::json::Object *rec = value.getAsObject();
    std::optional<llvm::StringRef> prompt = rec ? rec->getString("prompt") : std::nullopt;
    const llvm::json::Object *label = rec ? rec->getObject("label") : nullptr;
    if (!prompt || !label) {
      ++skipped;
      continue;
    }
    LabelledPrompt p;
    p.id = key.str();
    p.text = prompt->str();
    for (const auto &[l, reasons] : *label)
      p.labels.insert(l.str());
    p.split = splitOf(p.text);
    out.push_back(std::move(p));
  }
  // The JSON object's order is not kept by the parser: order by id.
  std::sort(out.begin(), out.end(), [](const LabelledPrompt &a, const LabelledPrompt &b) {
    return a.id.size() != b.id.size() ? a.id.size() < b.id.size() : a.id < b.id;
  });
  return true;
}

bool risk::model::looksLikeJsonl(llvm::StringRef path) {
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> buffer = openFile(path, error);
  if (!buffer)
    return false;
  llvm::StringRef first = buffer->getBuffer().ltrim().split('\n').first.trim();
  if (!first.starts_with("{"))
    return false;
  auto parsed = llvm::json::parse(first);
  if (!parsed) {
    llvm::consumeError(parsed.takeError());
    return false;
  }
  const llvm::json::Object *o = parsed->getAsObject();
  return o && o->get("text");
}

bool risk::model::loadJsonlPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out,
                                   std::string &error) {
  std::unique_ptr<llvm::MemoryBuffer> buffer = openFile(path, error);
  if (!buffer)
    return false;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  buffer->getBuffer().split(lines, '\n', -1, true);
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef line = lines[i].trim();
    if (line.empty())
      continue;
    std::string where = path.str() + ":" + std::to_string(i + 1);
    auto parsed = llvm::json::parse(line);
    if (!parsed) {
      error = where + ": not JSON: " + llvm::toString(parsed.takeError());
      return false;
    }
    const llvm::json::Object *o = parsed->getAsObject();
    std::optional<llvm::StringRef> text = o ? o->getString("text") : std::nullopt;
    if (!text) {
      error = where + ": expected an object with a string `text` (and `labels`: [...])";
      return false;
    }
    LabelledPrompt p;
    p.text = text->str();
    if (const llvm::json::Value *labels = o->get("labels")) {
      const llvm::json::Array *list = labels->getAsArray();
      if (!list) {
        error = where + ": `labels` must be a list of strings";
        return false;
      }
      for (const llvm::json::Value &l : *list) {
        std::optional<llvm::StringRef> name = l.getAsString();
        if (!name) {
          error = where + ": `labels` must be a list of strings";
          return false;
        }
        p.labels.insert(name->str());
      }
    }
    if (std::optional<llvm::StringRef> split = o->getString("split")) {
      if (*split != "train" && *split != "dev" && *split != "test") {
        error = where + ": `split` is `" + split->str() + "`; expected train, dev or test";
        return false;
      }
      p.split = split->str();
    } else {
      p.split = splitOf(p.text);
    }
    if (std::optional<llvm::StringRef> id = o->getString("id"))
      p.id = id->str();
    else
      p.id = std::to_string(i + 1);
    out.push_back(std::move(p));
  }
  return true;
}

bool risk::model::loadBenignPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out,
                                    std::string &error) {
  std::unique_ptr<llvm::MemoryBuffer> buffer = openFile(path, error);
  if (!buffer)
    return false;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  buffer->getBuffer().split(lines, '\n', -1, false);
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef l = lines[i].trim();
    if (l.empty() || l.starts_with("#"))
      continue;
    out.push_back({"benign:" + std::to_string(i + 1), l.str(), {}, splitOf(l)});
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Training
//===----------------------------------------------------------------------===//

LinearModel risk::model::trainLinear(const std::vector<LabelledPrompt> &prompts,
                                     const std::vector<std::pair<std::string, std::string>> &labelList,
                                     const TrainOptions &options) {
  const size_t L = labelList.size();
  const uint32_t B = options.buckets;
  struct Example {
    std::vector<uint32_t> features;
    std::vector<char> y;
    bool benign = true; ///< no label at all: what --max-fpr counts
  };
  auto example = [&](const LabelledPrompt &p) {
    Example e;
    forEachFeature(
        prepareText(p.text, options.normalize),
        [&](uint64_t h) { e.features.push_back(uint32_t(h & (B - 1))); }, options.features);
    for (auto &[name, code] : labelList) {
      e.y.push_back(p.labels.count(code) ? 1 : 0);
      e.benign &= !e.y.back();
    }
    return e;
  };
  std::vector<Example> train, dev;
  std::map<std::string, uint64_t> wordCounts; // in the train split: the vocabulary
  for (const LabelledPrompt &p : prompts) {
    if (p.split == "train" && options.vocabulary) {
      std::string text = prepareText(p.text, options.normalize);
      for (size_t i = 0; i < text.size();) {
        size_t start = i;
        while (i < text.size() && isWordByte(text[i]))
          ++i;
        if (i > start && i - start <= kVocabularyWordMax) {
          std::string word = text.substr(start, i - start);
          for (char &c : word)
            c = char(lowerAscii(c));
          ++wordCounts[word];
        }
        i += i == start;
      }
    }
    if (p.split == "train")
      train.push_back(example(p));
    else if (p.split == "dev")
      dev.push_back(example(p));
  }

  std::vector<double> w(size_t(B) * L, 0.0), bias(L, 0.0);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  uint64_t rng = options.seed * 0x9e3779b97f4a7c15ull + 1;
  auto next = [&] {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
  };
  std::vector<double> z(L);
  for (unsigned epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[next() % i]);
    double lr = options.learningRate / (1.0 + 0.5 * epoch);
    for (size_t idx : order) {
      const Example &e = train[idx];
      for (size_t l = 0; l < L; ++l)
        z[l] = bias[l];
      for (uint32_t f : e.features)
        for (size_t l = 0; l < L; ++l)
          z[l] += w[size_t(f) * L + l];
      // The step is scaled by the example's length: a prompt of n features moves
      // its score by about lr·g whatever n is, so long prompts do not overshoot
      // (without it, scores saturated at 0 and 1 and benign prompts scored 1.0).
      double step = lr / std::sqrt(double(e.features.size() + 1));
      for (size_t l = 0; l < L; ++l) {
        double g = trainingSigmoid(z[l]) - e.y[l];
        z[l] = g; // reuse as the gradient
        bias[l] -= step * g;
      }
      for (uint32_t f : e.features)
        for (size_t l = 0; l < L; ++l) {
          double &wt = w[size_t(f) * L + l];
          wt -= step * (z[l] + options.l2 * wt);
        }
    }
  }

  // Thresholds: per label, the cut of the dev logits that maximises F1.
  LinearModel model;
  model.buckets = B;
  model.normalize = options.normalize;
  model.features = options.features;
  model.weights.resize(w.size());
  for (size_t i = 0; i < w.size(); ++i) // within what the reader accepts (kWeightLimit)
    model.weights[i] = float(std::clamp(w[i], -kWeightLimit + 1, kWeightLimit - 1));
  {
    std::vector<std::pair<uint64_t, std::string>> byCount;
    for (auto &[word, count] : wordCounts)
      byCount.push_back({count, word});
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < byCount.size() && i < options.vocabulary; ++i)
      model.vocabulary.push_back(byCount[i].second);
  }
  llvm::json::Object report{{"train_prompts", int64_t(train.size())},
                            {"dev_prompts", int64_t(dev.size())},
                            {"epochs", int64_t(options.epochs)},
                            {"l2", options.l2},
                            {"max_fpr", options.maxFpr},
                            {"seed", int64_t(options.seed)}};
  llvm::json::Object perLabel;
  double macro = 0;
  size_t present = 0;
  for (size_t l = 0; l < L; ++l) {
    // (logit, 1 positive / 0 negative / 2 benign: a negative with no label at all)
    std::vector<std::pair<double, char>> scored;
    size_t positives = 0, benign = 0;
    for (const Example &e : dev) {
      double s = bias[l];
      for (uint32_t f : e.features)
        s += float(w[size_t(f) * L + l]);
      scored.push_back({s, char(e.y[l] ? 1 : e.benign ? 2 : 0)});
      positives += e.y[l];
      benign += e.benign;
    }
    // Every cut between two distinct dev logits, highest first; the cut is the
    // midpoint, and kept within [-8, 8] (probabilities 0.0003 to 0.9997).
    // With --max-fpr, only cuts that flag at most that share of the benign dev
    // prompts are candidates (the highest cut always is: it flags none).
    std::sort(scored.begin(), scored.end(), [](auto &a, auto &b) { return a.first > b.first; });
    double bestZ = scored.empty() ? 0 : scored.front().first + 1, bestF1 = -1;
    size_t tp = 0, fp = 0, benignFlagged = 0;
    for (size_t i = 0; i < scored.size(); ++i) {
      tp += scored[i].second == 1;
      fp += scored[i].second != 1;
      benignFlagged += scored[i].second == 2;
      if (i + 1 < scored.size() && scored[i + 1].first == scored[i].first)
        continue;
      if (benign && double(benignFlagged) / double(benign) > options.maxFpr)
        break;
      double f1 = tp ? 2.0 * tp / (2.0 * tp + fp + (positives - tp)) : 0;
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        bestZ = i + 1 < scored.size() ? (scored[i].first + scored[i + 1].first) / 2 : scored[i].first - 1;
      }
    }
    if (bestF1 < 0)
      bestF1 = 0;
    bestZ = std::clamp(bestZ, -8.0, 8.0);
    double best = trainingSigmoid(bestZ);
    if (!positives)
      best = 0.5, bestF1 = 0;
    else {
      macro += bestF1;
      ++present;
    }
    LinearModel::Label label;
    label.name = labelList[l].first;
    label.code = labelList[l].second;
    label.threshold = best;
    label.bias = bias[l] - std::log(best / (1 - best)); // a score of 0.5 is the threshold
    model.labels.push_back(label);
    perLabel[label.name] = llvm::json::Object{{"dev_f1", bestF1}, {"threshold", best},
                                              {"dev_positives", int64_t(positives)}};
  }
  report["dev_macro_f1"] = present ? macro / present : 0.0;
  report["labels"] = std::move(perLabel);
  llvm::raw_string_ostream os(model.trainingReport);
  os << llvm::json::Value(std::move(report));
  return model;
}
