//===- JsonText.h - The JSON the server reads and writes --------*- C++ -*-===//
//
// The few JSON jobs of the server beyond the guard's own: string literals for
// the answers and the decision logs, the timestamps they hold, a batch
// request's envelope, a manifest's `log_mask`, and an input re-rendered on
// one line with its masked fields replaced, for the decision log. Parsing
// uses simdjson (as the runtime does), with one parser per thread.
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_SERVE_JSONTEXT_H
#define RISKCARD_SERVE_JSONTEXT_H

#include "riskcard/runtime.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace riskserve {

/// Appends a JSON string literal: the runtime's (decisions and the server's
/// own answers escape alike).
using riskrt::appendJsonString;

/// The time now in UTC, RFC 3339 with milliseconds
/// (`2025-01-31T12:00:00.123Z`).
std::string rfc3339Now();

/// A field path of a manifest's `log_mask`, split at its dots
/// (`arguments.password` -> {"arguments", "password"}).
using FieldPath = std::vector<std::string>;

/// The `log_mask` of a manifest (an absent list is an empty one), each entry
/// split into a path; false with `error` set when the manifest is not a JSON
/// object or the list holds anything but non-empty strings.
bool manifestLogMask(std::string_view manifest, std::vector<FieldPath> &paths, std::string &error);

/// Renders the JSON `input` on one line with every value at a masked path
/// replaced by "[MASKED]". A path step applies to every element of an array
/// it meets (`messages.content` masks the content of each message). False
/// when `input` is not JSON.
bool maskInput(std::string_view input, const std::vector<FieldPath> &mask, std::string &out);

/// Splits a batch request, `{"inputs": [...]}` and nothing else, into the
/// JSON of each input (re-rendered on one line); false with `error` saying
/// what is wrong with the envelope.
bool splitBatch(std::string_view body, std::vector<std::string> &inputs, std::string &error);

} // namespace riskserve

#endif // RISKCARD_SERVE_JSONTEXT_H
