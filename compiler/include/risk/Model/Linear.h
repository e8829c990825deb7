//===- Linear.h - Learned linear scorers: features, files, training --*- C++ -*-===//
//
// A `linear` model scores a text for several labels: the sum of the weights
// of the text's hashed features (word unigrams and bigrams, character 3- to
// 5-grams of each word), plus a bias, through a sigmoid. The feature
// extraction here is the reference: the trainer, the interpreter and the
// code the compiler generates must produce the same features (the
// differential tests check it). Design: docs/design/learned-scorers.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_MODEL_LINEAR_H
#define RISK_MODEL_LINEAR_H

#include "risk/Automata/Skeleton.h"
#include "llvm/ADT/StringRef.h"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace risk::model {

/// The feature kinds, mixed into the hash so that equal bytes of different
/// kinds land in different buckets.
enum FeatureKind : uint64_t { WordFeature = 1, BigramFeature = 2, CharFeature = 3 };

/// Which kinds of feature a model reads (`riskc train --features`): every
/// kind by default. Fewer kinds make a faster scorer (character n-grams are
/// nine in ten of a text's features).
enum FeatureMask : unsigned { WordMask = 1, BigramMask = 2, CharMask = 4, AllFeatures = 7 };
/// The header's name of a feature set ("words-1-2+chars-3-5 fnv1a-64 v1" for
/// every kind), and the mask a name stands for (none: not a set this version
/// reads).
std::string featureSetName(unsigned features);
std::optional<unsigned> featureMaskOf(llvm::StringRef name);
/// "word", "bigram", "chars" -> its mask bit; 0 for another name.
inline unsigned featureMaskNamed(llvm::StringRef name) {
  if (name == "word")
    return WordMask;
  if (name == "bigram")
    return BigramMask;
  return name == "chars" ? unsigned(CharMask) : 0u;
}

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

/// Bytes that belong to a word: ASCII letters, digits and `_`, and every byte of a
/// multi-byte UTF-8 sequence.
inline bool isWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}
inline unsigned char lowerAscii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/// FNV-1a-64 of `bytes`, ASCII lowered, continuing from `h`.
inline uint64_t hashLowered(uint64_t h, llvm::StringRef bytes) {
  for (unsigned char c : bytes) {
    h ^= lowerAscii(c);
    h *= kFnvPrime;
  }
  return h;
}

/// Scores are sums of fixed-point weights: every weight is rounded to a
/// multiple of 2^-20 (an `int32`), the sums are exact `int64` additions, and
/// a label's score is `bias + sum * 2^-20`. Exact sums do not depend on the
/// order of the additions, so an engine may group them as it likes (a
/// vocabulary word's features summed ahead of time, a GPU's lanes) and still
/// give every other engine's bits. A weight's magnitude must stay below 2^11
/// (the model reader refuses a file with a larger one).
constexpr int kWeightFractionBits = 20;
constexpr double kWeightLimit = 2048.0;
inline int32_t fixedWeight(float w) {
  return int32_t(std::llround(double(w) * double(1 << kWeightFractionBits)));
}
/// The score of a label: its bias plus the exact sum of its fixed weights.
inline double fixedScore(double bias, int64_t sum) {
  return bias + double(sum) * (1.0 / double(1 << kWeightFractionBits));
}

/// Vocabulary words (LinearModel::vocabulary) are at most this many bytes.
constexpr size_t kVocabularyWordMax = 16;

/// Calls `fn(hash, kind, from, to, padded)` for every feature of `text`, in a fixed
/// order: for each word, its unigram, its bigram with the previous word (if
/// any), then its character n-grams over `<word>` (for each start, n = 3, 4,
/// 5). [from, to) are the bytes of `text` the feature reads (a bigram: from
/// the previous word's start; an n-gram: without the `<` `>` padding, which
/// `padded` says it has: bit 0 `<`, bit 1 `>`).
template <typename Fn>
void forEachFeatureSpan(llvm::StringRef text, Fn &&fn, unsigned features = AllFeatures) {
  size_t prevStart = 0, prevEnd = 0;
  bool havePrev = false;
  auto hashBytes = [&](uint64_t h, size_t from, size_t to) {
    return hashLowered(h, text.slice(from, to));
  };
  for (size_t i = 0; i < text.size();) {
    if (!isWordByte(text[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && isWordByte(text[i]))
      ++i;
    size_t end = i;
    if (features & WordMask)
      fn(hashBytes(kFnvOffset ^ WordFeature, start, end), WordFeature, start, end, 0u);
    if (havePrev && (features & BigramMask)) {
      uint64_t h = hashBytes(kFnvOffset ^ BigramFeature, prevStart, prevEnd);
      h ^= ' ';
      h *= kFnvPrime;
      fn(hashBytes(h, start, end), BigramFeature, prevStart, end, 0u);
    }
    // Character n-grams over `<` word `>` (position p of the padded word is
    // `<` at 0, the word's bytes, `>` at the end): for each start p, the 3-,
    // 4- and 5-gram, one hash extended byte by byte.
    size_t padded = end - start + 2;
    for (size_t p = 0; (features & CharMask) && p + 3 <= padded; ++p) {
      uint64_t h = kFnvOffset ^ CharFeature;
      for (size_t q = p; q < p + 5 && q < padded; ++q) {
        unsigned char c = q == 0 ? '<' : q == padded - 1 ? '>' : lowerAscii(text[start + q - 1]);
        h ^= c;
        h *= kFnvPrime;
        if (q >= p + 2)
          fn(h, CharFeature, start + (p == 0 ? 0 : p - 1), start + std::min(q, end - start),
             unsigned(p == 0) | unsigned(q == padded - 1) << 1);
      }
    }
    prevStart = start;
    prevEnd = end;
    havePrev = true;
  }
}

/// Calls `fn(hash)` for every feature of `text` (forEachFeatureSpan's order).
template <typename Fn>
void forEachFeature(llvm::StringRef text, Fn &&fn, unsigned features = AllFeatures) {
  forEachFeatureSpan(
      text, [&](uint64_t h, FeatureKind, size_t, size_t, unsigned) { fn(h); }, features);
}

/// A trained model: weights bucket-major (`weights[bucket * labels + label]`).
struct LinearModel {
  struct Label {
    std::string name;  ///< as the language reads it: `clf(text).name`
    std::string code;  ///< the dataset's label (`Violence--Bloody_Content`)
    double bias = 0;   ///< calibrated: a score of 0 is the tuned threshold
    double threshold = 0.5; ///< the probability threshold tuned on dev (for reports)
  };
  uint32_t buckets = 0;
  std::vector<Label> labels;
  std::vector<float> weights;
  std::string trainingReport; ///< JSON, kept in the file for provenance
  /// The normalisations (`obfuscation`, `nfkc`, ...) whose skeleton, case
  /// folded, the model reads instead of the raw text: the trainer and every
  /// engine apply them, so a disguised spelling has the features of the plain
  /// one. Empty: the raw text.
  std::vector<std::string> normalize;
  /// The kinds of feature it reads (FeatureMask).
  unsigned features = AllFeatures;
  /// The words the model saw most in training (prepared text, lower case, at
  /// most kVocabularyWordMax bytes each), most frequent first. They change
  /// no score: a compiler may sum each one's word and character n-gram
  /// weights ahead of time and look the word up instead of hashing its
  /// n-grams (docs/design/speed.md).
  std::vector<std::string> vocabulary;

  /// The skeleton the model reads (case folded), when `normalize`.
  SkeletonSpec skeletonSpec() const;
  /// The text the features are taken from: the skeleton when `normalize`,
  /// read with the policy's words for it (`words`: what masked words read
  /// as, what letters written apart split into; none in training).
  std::string prepare(llvm::StringRef text, SkeletonWords words = {}) const;
  /// The calibrated probability of each label (0.5 = the tuned threshold).
  std::vector<double> score(llvm::StringRef text, SkeletonWords words = {}) const;

  /// What pushed a label's score: a feature of the text, its summed weight
  /// over its occurrences, and its first occurrence as bytes of the original
  /// text (through the skeleton's origins when the model normalises).
  struct Contribution {
    std::string feature; ///< the prepared text it reads (`blood`, `<bl`, `ood>`, `a blood`)
    FeatureKind kind = WordFeature;
    double weight = 0;
    size_t start = 0, end = 0;
    unsigned occurrences = 0;
  };
  /// The `limit` features with the largest positive weights for `label`,
  /// largest first (the explanation of a score; not used to decide).
  std::vector<Contribution> contributions(llvm::StringRef text, size_t label, size_t limit,
                                         SkeletonWords words = {}) const;
};

/// `.rkm` files: "RKM1\n", one line of JSON header, then the weights as
/// little-endian float32. Returns false with `error` set.
bool readModel(llvm::StringRef path, LinearModel &out, std::string &error, bool headerOnly = false);
bool writeModel(llvm::StringRef path, const LinearModel &model, std::string &error);

/// One labelled prompt of the T2I-RiskyPrompt layout (or a benign one).
struct LabelledPrompt {
  std::string id;
  std::string text;
  std::set<std::string> labels;
  std::string split; ///< train, dev or test
};

/// The deterministic split: FNV-1a-64 of the text modulo 100 (0-69 train,
/// 70-84 dev, 85-99 test).
std::string splitOf(llvm::StringRef text);
/// Reads `{"id": {"prompt": ..., "label": {"Primary--Sub": [...]}}}`;
/// `skipped` counts records without a prompt or label.
bool loadLabelledPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out, size_t &skipped,
                         std::string &error);
/// Reads JSON Lines, one prompt per line: `{"text": ..., "labels": [...]}`
/// with optional `"split"` (train, dev or test; else splitOf) and `"id"`;
/// no labels is a benign prompt. Blank lines are skipped; a line that is not
/// such an object is an error naming the line.
bool loadJsonlPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out, std::string &error);
/// Whether the file at `path` is JSON Lines rather than one JSON object
/// (the T2I-RiskyPrompt layout): its first line is a whole JSON object.
bool looksLikeJsonl(llvm::StringRef path);
/// Reads one prompt per line (`#` lines and blank lines skipped).
bool loadBenignPrompts(llvm::StringRef path, std::vector<LabelledPrompt> &out, std::string &error);

struct TrainOptions {
  uint32_t buckets = 1u << 16;
  std::vector<std::string> normalize; ///< see LinearModel::normalize
  unsigned features = AllFeatures;     ///< see LinearModel::features
  unsigned epochs = 12;
  size_t vocabulary = 4096; ///< LinearModel::vocabulary's size at most
  double learningRate = 0.2;
  /// Weight decay: every update of a weight also subtracts step·l2·weight. 1
  /// was chosen on the dev split of data the trainer never saw (the
  /// T2I-RiskyPrompt dev split, for the stdlib model trained on our corpus):
  /// detection and macro-F1 rose from 1e-6 to 0.3-1 and fell past 3.
  double l2 = 1.0;
  /// The most a label's threshold may flag of the benign dev prompts (those
  /// with no label at all): the F1-best cut among those that flag no more.
  /// 1: no bound.
  double maxFpr = 1.0;
  uint64_t seed = 1;
};

/// One-vs-rest logistic regression by SGD on the `train` prompts, thresholds
/// tuned for F1 on the `dev` prompts and folded into the biases. `labels`
/// gives each label's (name, code). Deterministic for a seed.
LinearModel trainLinear(const std::vector<LabelledPrompt> &prompts,
                        const std::vector<std::pair<std::string, std::string>> &labels,
                        const TrainOptions &options);

} // namespace risk::model

#endif // RISK_MODEL_LINEAR_H
