//===- JsonText.cpp - The JSON the server reads and writes ----------------===//
//
// String literals, the batch envelope, a manifest's `log_mask` and masked
// inputs (JsonText.h). simdjson's DOM parser validates the whole text (UTF-8
// included) before anything is taken from it; values are written back with
// simdjson's own minifier, so what the log holds is what the guard read.
//
//===----------------------------------------------------------------------===//
#include "JsonText.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <chrono>
#include <ctime>

using namespace riskserve;
namespace dom = simdjson::dom;

namespace {

/// One parser per thread: a parser is not shared, and it keeps its buffers
/// between requests.
dom::parser &threadParser() {
  thread_local dom::parser parser;
  return parser;
}

/// Renders `value`, whose path so far matched the first `depth` steps of each
/// path in `active`.
void renderMasked(dom::element value, const std::vector<const FieldPath *> &active, size_t depth,
                  std::string &out) {
  if (active.empty()) {
    out += simdjson::minify(value);
    return;
  }
  if (value.type() == dom::element_type::ARRAY) {
    out += '[';
    bool first = true;
    for (dom::element item : dom::array(value)) {
      if (!first)
        out += ',';
      first = false;
      renderMasked(item, active, depth, out);
    }
    out += ']';
    return;
  }
  if (value.type() != dom::element_type::OBJECT) {
    out += simdjson::minify(value);
    return;
  }
  out += '{';
  bool first = true;
  for (dom::key_value_pair field : dom::object(value)) {
    if (!first)
      out += ',';
    first = false;
    appendJsonString(out, field.key);
    out += ':';
    std::vector<const FieldPath *> next;
    bool masked = false;
    for (const FieldPath *path : active)
      if ((*path)[depth] == field.key) {
        masked |= path->size() == depth + 1;
        next.push_back(path);
      }
    if (masked) {
      out += "\"[MASKED]\"";
      continue;
    }
    renderMasked(field.value, next, depth + 1, out); // every path in `next` goes deeper
  }
  out += '}';
}

} // namespace

std::string riskserve::rfc3339Now() {
  using namespace std::chrono;
  int64_t ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  time_t seconds = ms / 1000;
  struct tm utc;
  gmtime_r(&seconds, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, ms % 1000);
}

bool riskserve::manifestLogMask(std::string_view manifest, std::vector<FieldPath> &paths,
                                std::string &error) {
  paths.clear();
  dom::element root;
  dom::object object;
  if (auto err = threadParser().parse(manifest.data(), manifest.size()).get(root)) {
    error = fmt::format("the manifest is not JSON: {}", simdjson::error_message(err));
    return false;
  }
  if (root.get(object)) {
    error = "the manifest is not a JSON object";
    return false;
  }
  dom::element list;
  if (object["log_mask"].get(list))
    return true; // nothing masked
  dom::array fields;
  if (list.get(fields)) {
    error = "the manifest's `log_mask` is not a list";
    return false;
  }
  for (dom::element item : fields) {
    std::string_view field;
    if (item.get(field) || field.empty()) {
      error = "the manifest's `log_mask` holds something other than field names";
      return false;
    }
    FieldPath path;
    size_t start = 0;
    for (size_t dot = field.find('.'); ; dot = field.find('.', start)) {
      std::string_view step = field.substr(start, dot == std::string_view::npos ? dot : dot - start);
      if (step.empty()) {
        error = fmt::format("the manifest's `log_mask` names `{}`, which has an empty step", field);
        return false;
      }
      path.emplace_back(step);
      if (dot == std::string_view::npos)
        break;
      start = dot + 1;
    }
    paths.push_back(std::move(path));
  }
  return true;
}

bool riskserve::maskInput(std::string_view input, const std::vector<FieldPath> &mask,
                          std::string &out) {
  dom::element root;
  if (threadParser().parse(input.data(), input.size()).get(root))
    return false;
  std::vector<const FieldPath *> active;
  for (const FieldPath &path : mask)
    active.push_back(&path);
  renderMasked(root, active, 0, out);
  return true;
}

bool riskserve::splitBatch(std::string_view body, std::vector<std::string> &inputs,
                           std::string &error) {
  inputs.clear();
  dom::element root;
  if (auto err = threadParser().parse(body.data(), body.size()).get(root)) {
    error = fmt::format("the body is not JSON: {}", simdjson::error_message(err));
    return false;
  }
  dom::object envelope;
  if (root.get(envelope)) {
    error = "the body must be a JSON object {\"inputs\": [...]}";
    return false;
  }
  bool seen = false;
  for (dom::key_value_pair field : envelope) {
    if (field.key != "inputs") {
      error = fmt::format("unknown field `{}` (a batch is {{\"inputs\": [...]}})", field.key);
      return false;
    }
    if (seen) {
      error = "the field `inputs` is repeated";
      return false;
    }
    seen = true;
    dom::array list;
    if (field.value.get(list)) {
      error = "`inputs` must be a list of inputs";
      return false;
    }
    for (dom::element item : list)
      inputs.push_back(simdjson::minify(item));
  }
  if (!seen) {
    error = "the body has no `inputs` (a batch is {\"inputs\": [...]})";
    return false;
  }
  return true;
}
