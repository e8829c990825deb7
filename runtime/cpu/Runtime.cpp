//===- Runtime.cpp - Manifests, inputs and decisions -----------------------===//
//
// JSON is parsed with simdjson (no exceptions: every call returns an error
// code). Input preparation validates the input against the schema and writes
// the slot table; decision assembly turns the evaluator's `out` buffer into a
// Decision using the manifest's names. No allocation or parsing happens in the
// generated code.
//
//===----------------------------------------------------------------------===//
#include "riskcard/runtime.hpp"

#include "Json.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <cstdlib>
#include <tuple>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <new>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace riskrt;

static const char *const actionNames[] = {"allow", "warn", "redact", "guide",
                                          "escalate", "block", "error"};

const char *riskrt::actionName(int action) {
  return action >= 0 && action <= 6 ? actionNames[action] : "error";
}

int riskrt::actionFromName(const std::string &name) {
  for (int i = 0; i <= 6; ++i)
    if (name == actionNames[i])
      return i;
  return -1;
}

//===----------------------------------------------------------------------===//
// Manifest
//===----------------------------------------------------------------------===//

namespace {
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

bool getString(element e, const char *key, std::string &out) {
  std::string_view v;
  if (e[key].get(v))
    return false;
  out.assign(v);
  return true;
}

bool getStrings(element e, const char *key, std::vector<std::string> &out) {
  array a;
  if (e[key].get(a))
    return false;
  for (element x : a) {
    std::string_view v;
    if (x.get(v))
      return false;
    out.emplace_back(v);
  }
  return true;
}

bool getInt(element e, const char *key, int64_t &out) { return !e[key].get(out); }
} // namespace

bool Manifest::parse(const std::string &json, std::string &error) {
  simdjson::dom::parser parser;
  element root;
  if (auto err = parser.parse(json).get(root)) {
    error = std::string("the manifest is not valid JSON: ") + simdjson::error_message(err);
    return false;
  }
  int64_t abi = 0;
  if (!getInt(root, "abi", abi) || abi != RISKCARD_ABI_VERSION) {
    error = fmt::format("the manifest's ABI version is not {}", RISKCARD_ABI_VERSION);
    return false;
  }
  std::string defaultName;
  int64_t capacity = 0;
  if (!getString(root, "policy", policy) || !getString(root, "bundle", bundle) ||
      !getString(root, "default", defaultName) || !getInt(root, "spanCapacity", capacity)) {
    error = "the manifest lacks its policy, bundle, default or spanCapacity";
    return false;
  }
  getString(root, "defaultGuidance", defaultGuidance);
  defaultAction = actionFromName(defaultName);
  spanCapacity = capacity;
  array list;
  if (root["fields"].get(list)) {
    error = "the manifest has no fields";
    return false;
  }
  for (element f : list) {
    Field field;
    bool optional = false;
    if (!getString(f, "name", field.name) || !getString(f, "type", field.type) ||
        f["optional"].get(optional)) {
      error = "a field of the manifest is malformed";
      return false;
    }
    field.optional = optional;
    getString(f, "element", field.element);
    getStrings(f, "enum", field.enumValues);
    fields.push_back(std::move(field));
  }
  if (root["slots"].get(list)) {
    error = "the manifest has no slots";
    return false;
  }
  for (element s : list) {
    SlotPlan slot;
    int64_t field = 0;
    if (!getInt(s, "field", field) || !getStrings(s, "path", slot.path) ||
        !getString(s, "display", slot.display) || field < 0 || size_t(field) >= fields.size()) {
      error = "a slot of the manifest is malformed";
      return false;
    }
    slot.field = int(field);
    getString(s, "leaves", slot.leaves);
    if (!slot.leaves.empty() && slot.leaves != "strings" && slot.leaves != "keys") {
      error = "a slot of the manifest is malformed";
      return false;
    }
    slots.push_back(std::move(slot));
  }
  if (root["matchers"].get(list)) {
    error = "the manifest has no matchers";
    return false;
  }
  for (element m : list) {
    Matcher matcher;
    std::string kind;
    if (!getString(m, "name", matcher.name) || !getString(m, "kind", kind)) {
      error = "a matcher of the manifest is malformed";
      return false;
    }
    matcher.lexicon = kind == "lexicon";
    getStrings(m, "terms", matcher.terms);
    matchers.push_back(std::move(matcher));
  }
  if (!getStrings(root, "scores", scores)) {
    error = "the manifest has no scores";
    return false;
  }
  if (root["rules"].get(list)) {
    error = "the manifest has no rules";
    return false;
  }
  for (element r : list) {
    Rule rule;
    std::string action;
    array evidence, scoreIds;
    if (!getString(r, "name", rule.name) || !getString(r, "action", action) ||
        !getStrings(r, "categories", rule.categories) || r["evidence"].get(evidence) ||
        r["scores"].get(scoreIds)) {
      error = "a rule of the manifest is malformed";
      return false;
    }
    rule.action = actionFromName(action);
    getString(r, "guidance", rule.guidance);
    getString(r, "reason", rule.reason);
    for (element e : evidence) {
      int64_t matcher = 0, slot = -1;
      if (!getInt(e, "matcher", matcher) || !getInt(e, "slot", slot) || matcher < 0 ||
          size_t(matcher) >= matchers.size()) {
        error = "the evidence of rule `" + rule.name + "` is malformed";
        return false;
      }
      rule.evidence.push_back({int(matcher), int(slot)});
    }
    for (element s : scoreIds) {
      int64_t id = 0;
      if (s.get(id) || id < 0 || size_t(id) >= scores.size()) {
        error = "the scores of rule `" + rule.name + "` are malformed";
        return false;
      }
      rule.scores.push_back(int(id));
    }
    rules.push_back(std::move(rule));
  }
  if (defaultAction < 0) {
    error = "the manifest's default action is unknown";
    return false;
  }
  return true;
}

int64_t riskrt::outSize(const Manifest &manifest) {
  return OutLayout::Rules + int64_t(manifest.rules.size()) +
         manifest.spanCapacity * OutLayout::SpanWords;
}

//===----------------------------------------------------------------------===//
// Input preparation
//===----------------------------------------------------------------------===//

Decision Decision::error(std::string kind, std::string message, std::string bundle) {
  Decision d;
  d.action = RISKCARD_ERROR;
  d.errorKind = std::move(kind);
  d.errorMessage = std::move(message);
  d.bundle = std::move(bundle);
  return d;
}

namespace {

class Preparer {
public:
  Preparer(const Manifest &manifest, PreparedInput &input) : manifest(manifest), input(input) {}

  /// Writes slot `slot` from a JSON value (or absent when `value` is null).
  void setSlot(size_t slot, const element *value) {
    int64_t *cell = &input.slots[3 * slot];
    double &number = input.numbers[manifest.scores.size() + slot];
    if (!value) {
      cell[0] = SlotAbsent;
      return;
    }
    switch (value->type()) {
    case simdjson::dom::element_type::NULL_VALUE:
      cell[0] = SlotNull;
      return;
    case simdjson::dom::element_type::BOOL:
      cell[0] = SlotBool;
      number = value->get_bool().value_unsafe() ? 1 : 0;
      return;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: {
      double d = 0;
      if (value->get(d))
        d = 0;
      cell[0] = SlotNumber;
      number = d;
      return;
    }
    case simdjson::dom::element_type::STRING:
      setString(slot, value->get_string().value_unsafe());
      return;
    default:
      cell[0] = SlotObject;
      return;
    }
  }

  /// Appends a string slot for each string value (or object key) at or below
  /// `value`, depth first in document order, each displayed with its path.
  void collectLeaves(element value, const std::string &where, bool keys, size_t &count) {
    // Depth is bounded by the parser (simdjson's maximum depth).
    object o;
    array a;
    std::string_view text;
    if (!value.get(o)) {
      for (auto [key, member] : o) {
        std::string at = where + "." + std::string(key);
        if (keys) {
          size_t slot = newSlot();
          setString(slot, key);
          input.elementDisplay.push_back(at);
          ++count;
        }
        collectLeaves(member, at, keys, count);
      }
    } else if (!value.get(a)) {
      size_t index = 0;
      for (element x : a)
        collectLeaves(x, fmt::format("{}[{}]", where, index++), keys, count);
    } else if (!keys && !value.get(text)) {
      size_t slot = newSlot();
      setString(slot, text);
      input.elementDisplay.push_back(where);
      ++count;
    }
  }

  void setString(size_t slot, std::string_view s) {
    int64_t *cell = &input.slots[3 * slot];
    cell[0] = SlotString;
    cell[1] = input.arena.size();
    cell[2] = s.size();
    input.arena.append(s);
  }

  size_t newSlot() {
    input.slots.insert(input.slots.end(), {SlotAbsent, 0, 0});
    input.numbers.push_back(0);
    return input.slots.size() / 3 - 1;
  }

  bool run(element root, Decision &failure) {
    object obj;
    if (root.get(obj)) {
      failure = Decision::error("invalid-input", "the input must be a JSON object", manifest.bundle);
      return false;
    }
    size_t planned = manifest.slots.size();
    input.slots.assign(3 * planned, 0);
    input.numbers.assign(manifest.scores.size() + planned, 0);
    std::fill(input.numbers.begin(), input.numbers.begin() + manifest.scores.size(),
              std::numeric_limits<double>::quiet_NaN());
    std::vector<element> fieldValues(manifest.fields.size());
    std::vector<bool> present(manifest.fields.size(), false);
    for (size_t f = 0; f < manifest.fields.size(); ++f) {
      const Manifest::Field &field = manifest.fields[f];
      element value;
      bool has = !obj[field.name].get(value);
      if (has && value.is_null() && field.type != "json")
        has = false; // null stands for "not given"
      if (!has) {
        if (!field.optional) {
          failure = Decision::error("missing-field", "the input has no field `" + field.name + "`",
                                    manifest.bundle);
          return false;
        }
        continue;
      }
      auto wrongType = [&](const std::string &what) {
        failure = Decision::error("field-type",
                                  "field `" + field.name + "` must be " + what, manifest.bundle);
        return false;
      };
      if (field.type == "string" && !value.is_string())
        return wrongType("a string");
      if (field.type == "number" && !value.is_number())
        return wrongType("a number");
      if (field.type == "bool" && !value.is_bool())
        return wrongType("a bool");
      // An enum value (of the field, or of one element of a list field).
      auto checkEnum = [&](element v, const std::string &where) {
        std::string_view s = v.get_string().value_unsafe();
        if (std::find(field.enumValues.begin(), field.enumValues.end(), s) !=
            field.enumValues.end())
          return true;
        std::string allowed;
        for (size_t i = 0; i < field.enumValues.size(); ++i)
          allowed += (i ? ", " : "") + field.enumValues[i];
        failure = Decision::error("enum-value",
                                  "field `" + where + "` is `" + std::string(s) + "`, not one of " +
                                      allowed,
                                  manifest.bundle);
        return false;
      };
      if (field.type == "string" && !field.enumValues.empty() && !checkEnum(value, field.name))
        return false;
      if (field.type == "list") {
        array a;
        if (value.get(a))
          return wrongType("a list");
        size_t index = 0;
        for (element x : a) {
          bool ok = (field.element == "string" && x.is_string()) ||
                    (field.element == "number" && x.is_number()) ||
                    (field.element == "bool" && x.is_bool()) || field.element == "json";
          if (!ok)
            return wrongType("a list of " + field.element + " values");
          if (field.element == "string" && !field.enumValues.empty() &&
              !checkEnum(x, fmt::format("{}[{}]", field.name, index)))
            return false;
          ++index;
        }
      }
      fieldValues[f] = value;
      present[f] = true;
    }
    // Fields first (slot i is field i), then JSON paths, then list elements.
    for (size_t s = 0; s < planned; ++s) {
      const Manifest::SlotPlan &plan = manifest.slots[s];
      const Manifest::Field &field = manifest.fields[plan.field];
      if (!present[plan.field]) {
        if (plan.path.empty())
          setZero(s, field);
        else
          setSlot(s, nullptr);
        continue;
      }
      element value = fieldValues[plan.field];
      bool found = true;
      for (const std::string &step : plan.path) {
        element next;
        if (!step.empty() && step[0] == '#') {
          array a;
          size_t index = std::strtoull(step.c_str() + 1, nullptr, 10);
          found = !value.get(a) && !a.at(index).get(next);
        } else {
          object o;
          found = !value.get(o) && !o[step].get(next);
        }
        if (!found)
          break;
        value = next;
      }
      if (!plan.leaves.empty()) {
        // Every string value (or key) below the path, in document order; an
        // absent path has none.
        size_t first = input.slots.size() / 3, count = 0;
        if (found)
          collectLeaves(value, plan.display, plan.leaves == "keys", count);
        int64_t *cell = &input.slots[3 * s];
        cell[0] = SlotList;
        cell[1] = first;
        cell[2] = count;
        continue;
      }
      if (found && plan.path.empty() && field.type == "list") {
        array a;
        if (value.get(a))
          continue; // validated above
        size_t first = input.slots.size() / 3, count = 0;
        for (element x : a) {
          size_t slot = newSlot();
          setSlot(slot, &x);
          input.elementDisplay.push_back(fmt::format("{}[{}]", field.name, count));
          ++count;
        }
        int64_t *cell = &input.slots[3 * s];
        cell[0] = SlotList;
        cell[1] = first;
        cell[2] = count;
        continue;
      }
      setSlot(s, found ? &value : nullptr);
    }
    return true;
  }

  /// The zero value of an optional field that was not given.
  void setZero(size_t s, const Manifest::Field &field) {
    int64_t *cell = &input.slots[3 * s];
    if (field.type == "string") {
      cell[0] = SlotString;
      cell[1] = input.arena.size();
      cell[2] = 0;
    } else if (field.type == "number") {
      cell[0] = SlotNumber;
    } else if (field.type == "bool") {
      cell[0] = SlotBool;
    } else if (field.type == "list") {
      cell[0] = SlotList;
      cell[1] = input.slots.size() / 3;
      cell[2] = 0;
    } else {
      cell[0] = SlotNull;
    }
  }

private:
  const Manifest &manifest;
  PreparedInput &input;
};

} // namespace

/// See runtime.hpp.
struct riskrt::Workspace {
  simdjson::dom::parser parser;
  std::vector<char> scratch;
  std::vector<int64_t> out;
};

bool riskrt::prepareInput(const Manifest &manifest, const char *json, size_t len,
                          PreparedInput &input, Decision &failure, const Limits &limits,
                          Workspace *workspace) {
  if (len > limits.maxInputBytes) {
    failure = Decision::error("input-too-large",
                              fmt::format("the input is {} bytes; the guard takes at most {} "
                                          "(riskcard_set_max_input_bytes, riskc eval --max-input-bytes)",
                                          len, limits.maxInputBytes),
                              manifest.bundle);
    return false;
  }
  // A workspace keeps its parser's memory for inputs up to
  // kRetainedInputBytes; a larger input gets a parser of its own, freed with it.
  simdjson::dom::parser ownParser;
  simdjson::dom::parser &parser = workspace && len <= kRetainedInputBytes ? workspace->parser : ownParser;
  input.text.assign(json, len);
  input.arena.reserve(len);
  element root;
  std::string kind, message;
  if (!parseInput(parser, input.text, root, kind, message)) {
    failure = Decision::error(std::move(kind), std::move(message), manifest.bundle);
    return false;
  }
  Preparer preparer(manifest, input);
  return preparer.run(root, failure);
}

//===----------------------------------------------------------------------===//
// Decisions
//===----------------------------------------------------------------------===//

/// The matched text of a span, as evidence: whole up to kMaxMatchExcerpt
/// bytes; a longer match (a pattern can match a whole 100 MB field) is cut at
/// a UTF-8 character boundary and ends with "…". The offsets stay exact.
static std::string matchExcerpt(const std::string &arena, size_t at, size_t length) {
  if (length <= kMaxMatchExcerpt)
    return arena.substr(at, length);
  size_t cut = kMaxMatchExcerpt;
  while (cut > 0 && (static_cast<unsigned char>(arena[at + cut]) & 0xC0) == 0x80)
    --cut;
  return arena.substr(at, cut) + "\xE2\x80\xA6";
}

static std::string slotDisplay(const Manifest &manifest, const PreparedInput &input, int64_t slot) {
  if (slot >= 0 && size_t(slot) < manifest.slots.size())
    return manifest.slots[slot].display;
  size_t element = size_t(slot) - manifest.slots.size();
  if (slot >= 0 && element < input.elementDisplay.size())
    return input.elementDisplay[element];
  return "?";
}

/// Fault injection for the fail-closed tests: RISKCARD_TEST_FAULT=evaluator
/// makes every evaluation look as if the evaluator had failed internally
/// (an error code it does not define), =action as if it wrote a corrupt
/// action. Read once; never set in production.
static int injectedFault() {
  static const int fault = [] {
    const char *v = std::getenv("RISKCARD_TEST_FAULT");
    return !v ? 0 : std::string(v) == "evaluator" ? 1 : std::string(v) == "action" ? 2 : 0;
  }();
  return fault;
}

Decision riskrt::assembleDecision(const Manifest &manifest, const PreparedInput &input,
                                  const std::vector<int64_t> &evaluated) {
  const std::vector<int64_t> *outp = &evaluated;
  std::vector<int64_t> faulty;
  if (int fault = injectedFault()) {
    faulty = evaluated;
    faulty[fault == 1 ? OutLayout::Error : OutLayout::Action] = 977;
    outp = &faulty;
  }
  const std::vector<int64_t> &out = *outp;
  if (int64_t code = out[OutLayout::Error]) {
    std::string where = slotDisplay(manifest, input, out[OutLayout::ErrorSlot]);
    if (code == EvalJsonType)
      return Decision::error("json-type", "`" + where + "` does not have the type the policy uses",
                             manifest.bundle);
    if (code == EvalIndexRange)
      return Decision::error("index-range", "`" + where + "` has no element at the index used",
                             manifest.bundle);
    if (code == EvalTooLong)
      return Decision::error("input-too-large",
                             "a string of the input is too long to normalise (512 MiB at most)",
                             manifest.bundle);
    return Decision::error("internal", fmt::format("the evaluator reported failure {}", code),
                           manifest.bundle);
  }
  Decision d;
  d.bundle = manifest.bundle;
  d.action = int(out[OutLayout::Action]);
  if (d.action < 0 || d.action > RISKCARD_BLOCK)
    return Decision::error("internal", "the evaluator wrote an invalid action", manifest.bundle);
  std::vector<size_t> deciding;
  for (size_t r = 0; r < manifest.rules.size(); ++r)
    if (out[OutLayout::Rules + r] & RuleDeciding)
      deciding.push_back(r);
  for (size_t r : deciding) {
    const Manifest::Rule &rule = manifest.rules[r];
    d.rules.push_back(rule.name);
    for (const std::string &c : rule.categories)
      if (std::find(d.categories.begin(), d.categories.end(), c) == d.categories.end())
        d.categories.push_back(c);
    if (d.reason.empty())
      d.reason = rule.reason;
    if (d.guidance.empty() && d.action == RISKCARD_GUIDE && rule.action == RISKCARD_GUIDE)
      d.guidance = rule.guidance;
  }
  if (deciding.empty() && d.action == RISKCARD_GUIDE)
    d.guidance = manifest.defaultGuidance;
  // Evidence: the recorded matches of the matchers each deciding rule uses.
  int64_t spanCount = out[OutLayout::SpanCount];
  d.spansTruncated = out[OutLayout::Truncated] != 0;
  const int64_t *spans = out.data() + OutLayout::Rules + manifest.rules.size();
  // Spans in text order (field, start, end, matcher), whatever order the
  // evaluator found them in: a merged scan finds them interleaved.
  std::vector<const int64_t *> ordered;
  for (int64_t i = 0; i < spanCount; ++i)
    ordered.push_back(spans + i * OutLayout::SpanWords);
  std::stable_sort(ordered.begin(), ordered.end(), [](const int64_t *a, const int64_t *b) {
    return std::make_tuple(a[1], a[2], a[3], a[0]) < std::make_tuple(b[1], b[2], b[3], b[0]);
  });
  // A match is evidence once, under the first deciding rule that uses it.
  std::set<std::array<int64_t, 4>> seen;
  // The evidence of the deciding `redact` rules: (slot, start, end).
  std::vector<std::array<int64_t, 3>> toRedact;
  for (size_t r : deciding) {
    const Manifest::Rule &rule = manifest.rules[r];
    for (const int64_t *s : ordered) {
      bool used = false;
      for (const Manifest::Evidence &e : rule.evidence)
        used |= e.matcher == s[0] && (e.slot < 0 || e.slot == s[1] ||
                                      // list elements belong to the list's slot
                                      (input.slots[3 * e.slot] == SlotList &&
                                       s[1] >= input.slots[3 * e.slot + 1] &&
                                       s[1] < input.slots[3 * e.slot + 1] + input.slots[3 * e.slot + 2]));
      if (!used || !seen.insert({s[1], s[2], s[3], s[0]}).second)
        continue;
      Span span;
      span.field = slotDisplay(manifest, input, s[1]);
      span.start = s[2];
      span.end = s[3];
      span.rule = rule.name;
      span.matcher = manifest.matchers[s[0]].name;
      int64_t base = input.slots[3 * s[1] + 1];
      span.match = matchExcerpt(input.arena, base + s[2], s[3] - s[2]);
      d.spans.push_back(std::move(span));
      if (rule.action == RISKCARD_REDACT)
        toRedact.push_back({s[1], s[2], s[3]});
    }
    for (int id : rule.scores) {
      double v = input.numbers[id];
      if (std::isnan(v))
        continue;
      bool seen = false;
      for (auto &[name, value] : d.scores)
        seen |= name == manifest.scores[id];
      if (!seen)
        d.scores.push_back({manifest.scores[id], v});
    }
  }
  if (d.action == RISKCARD_REDACT) {
    // Redacting part of the evidence would leak the rest: a decision whose
    // evidence did not fit is not a redaction.
    if (d.spansTruncated)
      return Decision::error("too-many-redactions",
                             fmt::format("more than {} matches to redact (RISKCARD_MAX_SPANS)",
                                         manifest.spanCapacity),
                             manifest.bundle);
    redact(manifest, input, toRedact, d);
  }
  return d;
}

void riskrt::redact(const Manifest &manifest, const PreparedInput &input,
                    std::vector<std::array<int64_t, 3>> spans, Decision &d) {
  std::sort(spans.begin(), spans.end());
  for (size_t i = 0; i < spans.size();) {
    int64_t slot = spans[i][0];
    int64_t base = input.slots[3 * slot + 1], length = input.slots[3 * slot + 2];
    std::string text;
    int64_t copied = 0; // the field's bytes before `copied` are written
    while (i < spans.size() && spans[i][0] == slot) {
      // One run of overlapping or touching spans becomes one mark.
      int64_t start = spans[i][1], end = spans[i][2];
      for (++i; i < spans.size() && spans[i][0] == slot && spans[i][1] <= end; ++i)
        end = std::max(end, spans[i][2]);
      if (end == start)
        continue; // an empty match hides nothing
      text.append(input.arena, base + copied, start - copied);
      text += kRedactionMark;
      copied = end;
    }
    text.append(input.arena, base + copied, length - copied);
    d.redacted.push_back({slotDisplay(manifest, input, slot), std::move(text)});
  }
}

namespace {
/// Appends `s` as a JSON string (see riskrt::appendJsonString) to a
/// std::string or an fmt::memory_buffer.
template <typename Out> void appendEscaped(Out &out, std::string_view s) {
  auto put = [&](std::string_view text) { out.append(text.data(), text.data() + text.size()); };
  out.push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    switch (c) {
    case '"':
      put("\\\"");
      continue;
    case '\\':
      put("\\\\");
      continue;
    case '\n':
      put("\\n");
      continue;
    case '\r':
      put("\\r");
      continue;
    case '\t':
      put("\\t");
      continue;
    default:
      break;
    }
    if (c < 0x20) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
      continue;
    }
    if (c < 0x80) {
      out.push_back(char(c));
      continue;
    }
    // Copy valid UTF-8 sequences; replace invalid bytes with U+FFFD.
    unsigned len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    bool ok = len && i + len <= s.size() && c <= 0xF4;
    for (unsigned k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len == 3) {
      unsigned char c1 = s[i + 1];
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
    }
    if (ok && len == 4) {
      unsigned char c1 = s[i + 1];
      ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
    }
    if (!ok) {
      put("\\ufffd");
      continue;
    }
    put(s.substr(i, len));
    i += len - 1;
  }
  out.push_back('"');
}

} // namespace

void riskrt::appendJsonString(std::string &out, std::string_view s) { appendEscaped(out, s); }

namespace {
/// A JSON array of strings.
void appendStrings(fmt::memory_buffer &out, const std::vector<std::string> &list) {
  out.push_back('[');
  for (size_t i = 0; i < list.size(); ++i) {
    if (i)
      out.push_back(',');
    appendEscaped(out, list[i]);
  }
  out.push_back(']');
}

/// A number as JSON: the shortest text that reads back as the same double;
/// `null` for what JSON cannot hold (NaN, infinities).
void appendNumber(fmt::memory_buffer &out, double v) {
  if (!std::isfinite(v)) {
    fmt::format_to(std::back_inserter(out), "null");
    return;
  }
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}
} // namespace

std::string Decision::toJson(bool errorsAsErrors, bool withRedacted) const {
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  fmt::format_to(it, "{{\"action\":\"{}\",\"categories\":",
                 actionName(action == RISKCARD_ERROR && !errorsAsErrors ? RISKCARD_BLOCK : action));
  appendStrings(out, categories);
  fmt::format_to(it, ",\"rules\":");
  appendStrings(out, rules);
  fmt::format_to(it, ",\"spans\":[");
  for (size_t i = 0; i < spans.size(); ++i) {
    const Span &s = spans[i];
    fmt::format_to(it, "{}{{\"field\":", i ? "," : "");
    appendEscaped(out, s.field);
    fmt::format_to(it, ",\"start\":{},\"end\":{},\"rule\":", s.start, s.end);
    appendEscaped(out, s.rule);
    fmt::format_to(it, ",\"matcher\":");
    appendEscaped(out, s.matcher);
    fmt::format_to(it, ",\"match\":");
    appendEscaped(out, s.match);
    out.push_back('}');
  }
  out.push_back(']');
  if (spansTruncated)
    fmt::format_to(it, ",\"spans_truncated\":true");
  fmt::format_to(it, ",\"scores\":{{");
  for (size_t i = 0; i < scores.size(); ++i) {
    if (i)
      out.push_back(',');
    appendEscaped(out, scores[i].first);
    out.push_back(':');
    appendNumber(out, scores[i].second);
  }
  out.push_back('}');
  if (!reason.empty()) {
    fmt::format_to(it, ",\"reason\":");
    appendEscaped(out, reason);
  }
  if (!guidance.empty()) {
    fmt::format_to(it, ",\"guidance\":");
    appendEscaped(out, guidance);
  }
  if (withRedacted && !redacted.empty()) {
    fmt::format_to(it, ",\"redacted\":{{");
    for (size_t i = 0; i < redacted.size(); ++i) {
      if (i)
        out.push_back(',');
      appendEscaped(out, redacted[i].first);
      out.push_back(':');
      appendEscaped(out, redacted[i].second);
    }
    out.push_back('}');
  }
  if (!errorKind.empty()) {
    fmt::format_to(it, ",\"error\":{{\"kind\":");
    appendEscaped(out, errorKind);
    fmt::format_to(it, ",\"message\":");
    appendEscaped(out, errorMessage);
    out.push_back('}');
  }
  fmt::format_to(it, ",\"bundle\":");
  appendEscaped(out, bundle);
  out.push_back('}');
  return fmt::to_string(out);
}

//===----------------------------------------------------------------------===//
// Guards
//===----------------------------------------------------------------------===//

void riskrt::invoke(EvalFn fn, const Manifest &manifest, PreparedInput &input,
                    std::vector<int64_t> &out) {
  std::fill_n(out.begin(), OutLayout::Rules + manifest.rules.size(), 0);
  MemRef1D<char> arena{input.arena.data(), input.arena.data(), 0, int64_t(input.arena.size()), 1};
  MemRef1D<int64_t> slots{input.slots.data(), input.slots.data(), 0, int64_t(input.slots.size()), 1};
  MemRef1D<double> numbers{input.numbers.data(), input.numbers.data(), 0,
                           int64_t(input.numbers.size()), 1};
  MemRef1D<int64_t> outRef{out.data(), out.data(), 0, int64_t(out.size()), 1};
  // The workspace's scratch memory, grown when the evaluator asks for more
  // (and run again: evaluation has no effect but the `out` buffer), given
  // back after a large input.
  std::vector<char> ownScratch;
  std::vector<char> &scratch = input.scratch ? *input.scratch : ownScratch;
  size_t want = std::max(scratch.size(), scratchBytes(input));
  for (int attempt = 0;; ++attempt) {
    scratch.resize(want);
    MemRef1D<char> scratchRef{scratch.data(), scratch.data(), 0, int64_t(scratch.size()), 1};
    fn(&arena, &slots, &numbers, &outRef, &scratchRef);
    if (out[OutLayout::Error] != EvalNeedScratch || attempt == 8)
      break;
    want = std::max<size_t>(2 * want, size_t(out[OutLayout::ErrorSlot]));
    std::fill_n(out.begin(), OutLayout::Rules + manifest.rules.size(), 0);
  }
  if (scratch.size() > kRetainedInputBytes)
    std::vector<char>().swap(scratch);
}

/// The idle workspaces of a guard. A few are kept (one per thread that
/// evaluates at once, up to kMaxIdle); taking and giving one back costs two
/// uncontended lock operations.
struct Guard::WorkspacePool {
  static constexpr size_t kMaxIdle = 64;
  WorkspacePool() { idle.reserve(kMaxIdle); }
  std::mutex lock;
  std::vector<std::unique_ptr<Workspace>> idle;
};

Guard::Guard(Manifest manifest, EvalFn eval)
    : manifest_(std::move(manifest)),
      compiled_(std::make_unique<CompiledEvaluator>(manifest_, eval)),
      evaluator_(compiled_.get()), pool_(std::make_unique<WorkspacePool>()) {}

Guard::Guard(Manifest manifest, const Evaluator &evaluator)
    : manifest_(std::move(manifest)), evaluator_(&evaluator),
      pool_(std::make_unique<WorkspacePool>()) {}

Guard::~Guard() = default;

std::unique_ptr<Workspace> Guard::acquireWorkspace() const {
  {
    std::lock_guard<std::mutex> hold(pool_->lock);
    if (!pool_->idle.empty()) {
      std::unique_ptr<Workspace> w = std::move(pool_->idle.back());
      pool_->idle.pop_back();
      return w;
    }
  }
  return std::make_unique<Workspace>();
}

void Guard::releaseWorkspace(std::unique_ptr<Workspace> workspace) const {
  std::lock_guard<std::mutex> hold(pool_->lock);
  if (pool_->idle.size() < WorkspacePool::kMaxIdle)
    pool_->idle.push_back(std::move(workspace)); // cannot throw: capacity kept below
}

/// After a large input: hand the heap's free memory back to the system, so
/// that a thread holds no more than kRetainedInputBytes-sized buffers.
static void releaseMemory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

Outcome Guard::run(const char *json, size_t len, bool wantRuleBits) const {
  Outcome outcome;
  {
    std::unique_ptr<Workspace> workspace = acquireWorkspace();
    PreparedInput input;
    input.scratch = &workspace->scratch;
    if (prepareInput(manifest_, json, len, input, outcome.decision, limits_, workspace.get())) {
      std::vector<int64_t> &out = workspace->out;
      out.resize(outSize(manifest_));
      evaluator_->run(input, out);
      outcome.evaluated = true;
      outcome.decision = assembleDecision(manifest_, input, out);
      if (wantRuleBits)
        outcome.ruleBits.assign(out.begin() + OutLayout::Rules,
                                out.begin() + OutLayout::Rules + manifest_.rules.size());
    }
    releaseWorkspace(std::move(workspace));
  }
  if (len > kRetainedInputBytes)
    releaseMemory();
  return outcome;
}

Outcome Guard::runCatching(const char *json, size_t len, bool wantRuleBits) const noexcept {
  struct NoNewHandler {
    std::new_handler previous = std::set_new_handler(nullptr);
    ~NoNewHandler() { std::set_new_handler(previous); }
  } noHandler;
  try {
    return run(json, len, wantRuleBits);
  } catch (const std::bad_alloc &) {
    // What the failed evaluation held is free again: this much fits.
    Outcome outcome;
    outcome.decision = Decision::error("out-of-memory", "the guard ran out of memory", manifest_.bundle);
    return outcome;
  }
}

void riskrt::parallelFor(size_t n, unsigned threads, const std::function<void(size_t)> &fn) {
  if (threads == 0)
    threads = std::max(1u, std::thread::hardware_concurrency());
  threads = unsigned(std::min<size_t>(threads, std::max<size_t>(1, n)));
  std::atomic<size_t> next{0};
  auto work = [&]() noexcept {
    for (size_t i; (i = next.fetch_add(1)) < n;)
      fn(i);
  };
  std::vector<std::thread> pool;
  try {
    pool.reserve(threads);
    for (unsigned t = 1; t < threads; ++t)
      pool.emplace_back(work);
  } catch (...) {
    // No more threads (a resource limit, no memory): the ones started and
    // this one share the work.
  }
  work();
  for (std::thread &t : pool)
    t.join();
}

std::vector<Decision> Guard::evaluateBatch(const std::vector<std::string> &inputs,
                                           unsigned threads, std::vector<char> &failed) const {
  std::vector<Decision> out(inputs.size());
  failed.assign(inputs.size(), 0);
  // An evaluation that fails (out of memory) is marked, and the caller
  // decides; no exception leaves a thread.
  parallelFor(inputs.size(), threads, [&](size_t i) {
    try {
      out[i] = evaluate(inputs[i].data(), inputs[i].size());
    } catch (...) {
      failed[i] = 1;
    }
  });
  return out;
}
