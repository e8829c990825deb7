//===- EvaluateFuzzer.cpp - libFuzzer target for riskcard_evaluate ---------===//
//
// Any byte string given to a compiled guard through the C API gets a
// decision that keeps the guard's promises; a broken promise aborts (a
// finding). The guard is Inputs/fuzz.riskcard, compiled by `riskc build
// --emit=obj` and linked here with the runtime, both instrumented.
//
//  - the status is RISKCARD_OK and there is a decision;
//  - its JSON is valid JSON, an object whose `action` is what the accessor
//    says; an error reads as `block` (the guard is opened without
//    RISKCARD_ERRORS_AS_ERRORS);
//  - every span has start <= end, and its `match` text is the span's bytes
//    (or their first 256 bytes and "…");
//  - a `redact` decision has redacted texts, each with "[REDACTED]";
//  - the same input decided again gives the same JSON.
//
//===----------------------------------------------------------------------===//
#include "riskcard/riskcard.h"

#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

void fail(const char *what, const std::string &json) {
  std::fprintf(stderr, "broken promise: %s\n  decision: %s\n", what, json.c_str());
  std::abort();
}

riskcard_guard *openGuard() {
  riskcard_guard *guard = nullptr;
  if (riskcard_open(0, &guard) != RISKCARD_OK) {
    std::fprintf(stderr, "cannot open the guard\n");
    std::abort();
  }
  return guard;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static riskcard_guard *guard = openGuard();
  static simdjson::dom::parser parser;
  const char *input = reinterpret_cast<const char *>(data);
  riskcard_decision *d = nullptr;
  if (riskcard_evaluate(guard, input, size, &d) != RISKCARD_OK || !d)
    fail("no decision", "");
  std::string json = riskcard_decision_json(d);
  simdjson::dom::element root;
  std::string_view action;
  if (parser.parse(json).get(root) || root["action"].get(action))
    fail("the decision is not a JSON object with an action", json);
  static const char *const names[] = {"allow", "warn", "redact", "guide", "escalate", "block", "error"};
  riskcard_action a = riskcard_decision_action(d);
  if (a < RISKCARD_ALLOW || a > RISKCARD_BLOCK || action != names[a])
    fail("the action accessor and the JSON disagree (or an error did not read as block)", json);
  if (riskcard_decision_is_error(d) && a != RISKCARD_BLOCK)
    fail("an error did not read as block", json);
  for (size_t i = 0; i < riskcard_decision_span_count(d); ++i) {
    riskcard_span s = riskcard_decision_span(d, i);
    size_t length = std::strlen(s.match);
    bool whole = length == s.end - s.start;
    bool cut = s.end - s.start > 256 && length <= 256 + 3 &&
               std::strcmp(s.match + length - 3, "\xE2\x80\xA6") == 0;
    if (s.end < s.start || !(whole || cut))
      fail("a span's match text is not its bytes", json);
  }
  if (a == RISKCARD_REDACT) {
    if (riskcard_decision_redacted_count(d) == 0)
      fail("a redact decision without a redacted text", json);
    for (size_t i = 0; i < riskcard_decision_redacted_count(d); ++i) {
      const char *text = riskcard_decision_redacted(d, riskcard_decision_redacted_field(d, i));
      if (!text || !std::strstr(text, "[REDACTED]"))
        fail("a redacted text without a mark", json);
    }
  }
  riskcard_decision *again = nullptr;
  if (riskcard_evaluate(guard, input, size, &again) != RISKCARD_OK ||
      json != riskcard_decision_json(again))
    fail("the same input decided twice differently", json);
  riskcard_decision_free(again);
  riskcard_decision_free(d);
  return 0;
}
