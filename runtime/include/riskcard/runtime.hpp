//===- runtime.hpp - The runtime's C++ side ---------------------*- C++ -*-===//
//
// Shared by the C API (riskcard.h), `riskc eval` (which JIT-compiles) and the
// reference interpreter: the manifest a guard carries, input preparation (JSON
// to the slot layout the generated code reads), decisions and their JSON.
// Nothing here depends on LLVM; the runtime links into every guard.
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_RUNTIME_HPP
#define RISKCARD_RUNTIME_HPP

#include "riskcard/riskcard.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace riskrt {

/// Slot kinds written into the slot table (3 x i64 per slot: kind, a, b).
enum SlotKind : int64_t {
  SlotAbsent = 0,
  SlotNull = 1,
  SlotBool = 2,   // value in numbers[slot]
  SlotNumber = 3, // value in numbers[slot]
  SlotString = 4, // a = offset into the arena, b = length
  SlotList = 5,   // a = first element slot, b = element count
  SlotObject = 6,
};

/// Error codes the generated code writes into out[1].
enum EvalError : int64_t { EvalOk = 0, EvalJsonType = 1, EvalIndexRange = 2 };

/// Layout of the `out` buffer the generated evaluator writes. Each rule's
/// word holds RuleDeciding | RuleEvaluated | RuleHeld bits.
enum RuleBits : int64_t { RuleDeciding = 1, RuleEvaluated = 2, RuleHeld = 4 };
struct OutLayout {
  static constexpr int64_t Action = 0, Error = 1, ErrorSlot = 2, SpanCount = 3, Truncated = 4,
                           Rules = 5;
  static constexpr int64_t SpanWords = 5; // matcher, slot, start, end, term
};

/// What the compiler embeds in a guard, read once when the guard opens.
struct Manifest {
  struct Field {
    std::string name;
    std::string type; // string, number, bool, json, list
    std::string element;
    bool optional = false;
    std::vector<std::string> enumValues;
  };
  struct SlotPlan {
    int field = 0;
    std::vector<std::string> path; // "#N" is a list index
    std::string display;
  };
  struct Evidence {
    int matcher = 0;
    int slot = -1; // -1: every slot the matcher scanned
  };
  struct Rule {
    std::string name;
    int action = 0;
    std::string guidance;
    std::string reason;
    std::vector<std::string> categories;
    std::vector<Evidence> evidence;
    std::vector<int> scores;
  };
  struct Matcher {
    std::string name;
    bool lexicon = true;
    std::vector<std::string> terms;
  };
  std::string policy;
  std::string bundle;
  int defaultAction = 0;
  std::string defaultGuidance;
  std::vector<Field> fields;
  std::vector<SlotPlan> slots;
  std::vector<Rule> rules;
  std::vector<Matcher> matchers;
  std::vector<std::string> scores;
  int64_t spanCapacity = 256;

  /// Parses the manifest JSON; returns false with a message on malformed data.
  bool parse(const std::string &json, std::string &error);
};

/// The most bytes of a match that a span's `match` text holds (then "…").
constexpr size_t kMaxMatchExcerpt = 256;

struct Span {
  std::string field;
  uint64_t start = 0, end = 0;
  std::string rule;
  std::string matcher;
  std::string match;
  bool operator==(const Span &o) const {
    return field == o.field && start == o.start && end == o.end && rule == o.rule &&
           matcher == o.matcher && match == o.match;
  }
};

struct Decision {
  int action = RISKCARD_ALLOW;
  std::vector<std::string> categories;
  std::vector<std::string> rules;
  std::vector<Span> spans;
  bool spansTruncated = false; ///< more matches than the span capacity
  std::vector<std::pair<std::string, double>> scores;
  std::string reason;
  std::string guidance;
  std::string errorKind;
  std::string errorMessage;
  std::string bundle;

  static Decision error(std::string kind, std::string message, std::string bundle);
  /// One line of JSON (no newline), keys in a fixed order. A failed guard is
  /// written as `block` (with its `error`) unless `errorsAsErrors`.
  std::string toJson(bool errorsAsErrors = false) const;
};

const char *actionName(int action);
int actionFromName(const std::string &name); // -1 if unknown

/// An input laid out for the evaluator.
struct PreparedInput {
  std::string arena;
  std::vector<int64_t> slots;   // 3 per slot
  std::vector<double> numbers;  // the score cells, then 1 per slot
  std::string text;             // the original JSON
  std::vector<std::string> elementDisplay; // `tags[2]` for each list element slot
};

/// Parses and validates `json` against the manifest's schema and fills every
/// planned slot. On failure returns false and sets `failure` to an error
/// decision naming the problem.
bool prepareInput(const Manifest &manifest, const char *json, size_t len, PreparedInput &input,
                  Decision &failure);

/// Builds the decision from what the evaluator wrote.
Decision assembleDecision(const Manifest &manifest, const PreparedInput &input,
                          const std::vector<int64_t> &out);

/// The memref descriptor the generated code's C interface takes.
template <typename T> struct MemRef1D {
  T *allocated;
  T *aligned;
  int64_t offset;
  int64_t size;
  int64_t stride;
};
using EvalFn = void (*)(MemRef1D<char> *arena, MemRef1D<int64_t> *slots,
                        MemRef1D<double> *numbers, MemRef1D<int64_t> *out);

/// A manifest and an evaluator: a JIT-compiled policy or a guard .so.
class Guard {
public:
  Guard(Manifest manifest, EvalFn eval) : manifest_(std::move(manifest)), eval_(eval) {}
  const Manifest &manifest() const { return manifest_; }
  Decision evaluate(const char *json, size_t len) const;
  std::vector<Decision> evaluateBatch(const std::vector<std::string> &inputs,
                                      unsigned threads) const;

private:
  Manifest manifest_;
  EvalFn eval_;
};

/// The number of i64 words the `out` buffer needs.
int64_t outSize(const Manifest &manifest);

} // namespace riskrt

#endif // RISKCARD_RUNTIME_HPP
