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

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
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

/// Error codes the generated code writes into out[1]. EvalNeedScratch is not
/// a failure of the input: the runtime runs the evaluator again with more
/// scratch memory (invoke).
enum EvalError : int64_t {
  EvalOk = 0,
  EvalJsonType = 1,
  EvalIndexRange = 2,
  EvalNeedScratch = 3, ///< out[2]: the scratch bytes that would have sufficed so far
  EvalTooLong = 4,     ///< a string too long to normalise (kMaxSkeletonText)
};

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
    /// "strings" or "keys": the slot is a list of every string value (or
    /// object key) at or below the path, in document order.
    std::string leaves;
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

/// What a guard accepts before it evaluates anything. An input over a limit is
/// decided `block` with the error kind `input-too-large`, without parsing it.
struct Limits {
  /// The most bytes of JSON one input may have (RISKCARD_DEFAULT_MAX_INPUT_BYTES).
  size_t maxInputBytes = RISKCARD_DEFAULT_MAX_INPUT_BYTES;
};

/// A thread keeps the memory of inputs up to this size for the next one;
/// after a larger input it gives the memory back.
constexpr size_t kRetainedInputBytes = size_t(1) << 20;

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
  /// For a `redact` decision: each string field with evidence to redact, and
  /// its text with every such span replaced by kRedactionMark.
  std::vector<std::pair<std::string, std::string>> redacted;

  static Decision error(std::string kind, std::string message, std::string bundle);
  /// One line of JSON (no newline), keys in a fixed order. A failed guard is
  /// written as `block` (with its `error`) unless `errorsAsErrors`; the
  /// redacted texts are written (as `"redacted":{FIELD:TEXT,...}`) only when
  /// `withRedacted`.
  std::string toJson(bool errorsAsErrors = false, bool withRedacted = false) const;
};

/// What replaces each redacted span.
constexpr const char *kRedactionMark = "[REDACTED]";

/// Appends `s` as a JSON string literal: quotes, escapes, and U+FFFD for
/// every byte that is not part of valid UTF-8, so that what is written is
/// JSON whatever the bytes. Decisions write every string with it.
void appendJsonString(std::string &out, std::string_view s);

const char *actionName(int action);
int actionFromName(const std::string &name); // -1 if unknown

/// An input laid out for the evaluator.
struct PreparedInput {
  std::string arena;
  std::vector<int64_t> slots;   // 3 per slot
  std::vector<double> numbers;  // the score cells, then 1 per slot
  std::string text;             // the original JSON
  std::vector<std::string> elementDisplay; // `tags[2]` for each list element slot
  /// Scratch memory for the generated code, reused across evaluations (a
  /// guard's workspace); null: the evaluation allocates its own.
  std::vector<char> *scratch = nullptr;
};

/// What one evaluation reuses from the last: the JSON parser's buffers, the
/// generated code's scratch memory, the `out` buffer. A guard keeps a pool of
/// them (never thread-locals, whose destructors would pin the guard's shared
/// object in memory for as long as a thread that used it lives).
struct Workspace;

/// Parses and validates `json` against the manifest's schema and fills every
/// planned slot. On failure returns false and sets `failure` to an error
/// decision naming the problem: an input over `limits`, invalid JSON, an
/// object that repeats a key (at any depth: parsers disagree on which of the
/// two they keep), a number out of the range of a double, a missing field, a
/// value of the wrong type.
bool prepareInput(const Manifest &manifest, const char *json, size_t len, PreparedInput &input,
                  Decision &failure, const Limits &limits = {}, Workspace *workspace = nullptr);

/// Builds the decision from what the evaluator wrote. A `redact` decision
/// gets its redacted texts, or becomes the error `too-many-redactions` when
/// its evidence did not fit the span capacity.
Decision assembleDecision(const Manifest &manifest, const PreparedInput &input,
                          const std::vector<int64_t> &out);

/// Fills `d.redacted`: for each slot among `spans` (slot, start, end), its
/// text with each run of overlapping or touching spans replaced by
/// kRedactionMark.
void redact(const Manifest &manifest, const PreparedInput &input,
            std::vector<std::array<int64_t, 3>> spans, Decision &d);

/// The memref descriptor the generated code's C interface takes.
template <typename T> struct MemRef1D {
  T *allocated;
  T *aligned;
  int64_t offset;
  int64_t size;
  int64_t stride;
};
using EvalFn = void (*)(MemRef1D<char> *arena, MemRef1D<int64_t> *slots,
                        MemRef1D<double> *numbers, MemRef1D<int64_t> *out,
                        MemRef1D<char> *scratch);

/// The scratch memory the generated code is first given for an input: a
/// byte per byte of the input's strings (marks of a scan that reports every
/// match) and room for one skeleton of them all (ten bytes per byte: the
/// skeleton and where each of its bytes comes from); it asks for more when a
/// policy normalises several ways (EvalNeedScratch).
inline size_t scratchBytes(const PreparedInput &input) { return 11 * input.arena.size() + 256; }

/// Runs generated code on a prepared input; `out` must hold outSize() words,
/// of which the header and the rule words are cleared here.
void invoke(EvalFn fn, const Manifest &manifest, PreparedInput &input, std::vector<int64_t> &out);

/// What fills the `out` buffer for a prepared input: the generated code, or
/// (in the compiler) the reference interpreter.
class Evaluator {
public:
  virtual ~Evaluator() = default;
  virtual void run(PreparedInput &input, std::vector<int64_t> &out) const = 0;
};

/// The generated code of a guard .so or of the JIT.
class CompiledEvaluator final : public Evaluator {
public:
  CompiledEvaluator(const Manifest &manifest, EvalFn fn) : manifest_(manifest), fn_(fn) {}
  void run(PreparedInput &input, std::vector<int64_t> &out) const override {
    invoke(fn_, manifest_, input, out);
  }

private:
  const Manifest &manifest_;
  EvalFn fn_;
};

/// What one evaluation gives: the decision, and (when the input got as far as
/// the evaluator) every rule's RuleDeciding | RuleEvaluated | RuleHeld bits.
struct Outcome {
  Decision decision;
  bool evaluated = false;
  std::vector<int64_t> ruleBits;
};

/// A manifest and an evaluator: a guard .so, the JIT, or the interpreter.
/// Every engine decides through Guard::evaluate: the same limits, input
/// checks and decision assembly. Nothing here throws except std::bad_alloc
/// (and std::system_error from the batch's threads, which it catches): the C
/// API catches both.
class Guard {
public:
  /// A guard over generated code.
  Guard(Manifest manifest, EvalFn eval);
  /// A guard over another evaluator (it must outlive the guard).
  Guard(Manifest manifest, const Evaluator &evaluator);
  ~Guard();
  Guard(Guard &&) = delete;

  const Manifest &manifest() const { return manifest_; }
  Limits &limits() { return limits_; }
  const Limits &limits() const { return limits_; }

  Decision evaluate(const char *json, size_t len) const { return run(json, len).decision; }
  /// The decision with the rule bits (for explanations).
  Outcome run(const char *json, size_t len, bool wantRuleBits = false) const;
  /// run(), for callers built without exceptions (the compiler's engines):
  /// running out of memory gives an `out-of-memory` error decision. For the
  /// call, the process has no new-handler (LLVM's aborts), so it is for
  /// single-threaded programs such as riskc; the C API leaves the host's.
  Outcome runCatching(const char *json, size_t len, bool wantRuleBits = false) const noexcept;
  /// Evaluates `inputs` on up to `threads` threads (0: one per core). A
  /// thread that cannot be started leaves its share to the others; an input
  /// whose evaluation threw (out of memory) has failed[i] set and a default
  /// decision.
  std::vector<Decision> evaluateBatch(const std::vector<std::string> &inputs, unsigned threads,
                                      std::vector<char> &failed) const;

private:
  struct WorkspacePool;
  std::unique_ptr<Workspace> acquireWorkspace() const;
  void releaseWorkspace(std::unique_ptr<Workspace> workspace) const;

  Manifest manifest_;
  std::unique_ptr<CompiledEvaluator> compiled_;
  const Evaluator *evaluator_;
  Limits limits_;
  std::unique_ptr<WorkspacePool> pool_;
};

/// The number of i64 words the `out` buffer needs.
int64_t outSize(const Manifest &manifest);

/// Runs `fn(i)` for every i in [0, n) on up to `threads` threads (0: one per
/// core), the caller's among them. `fn` must not throw (an exception leaving
/// a thread terminates the process). A thread that cannot be started leaves
/// its share to the others.
void parallelFor(size_t n, unsigned threads, const std::function<void(size_t)> &fn);

} // namespace riskrt

#endif // RISKCARD_RUNTIME_HPP
