//===- Json.cpp - Reading an input's JSON the way every consumer reads it --===//
//
// simdjson parses; two checks follow it. Numbers: simdjson refuses integers
// beyond 64 bits and doubles whose exponent leaves the range of a double;
// when it does, the text's numbers are respelt (the shortest spelling of the
// same double, which simdjson reads) and the text is parsed again, so a
// number only fails the input when it is out of the range of a double. Keys:
// every object of the document is checked for a repeated key, iteratively
// (simdjson bounds the depth at 1024).
//
//===----------------------------------------------------------------------===//
#include "Json.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

using namespace riskrt;

namespace {

//===----------------------------------------------------------------------===//
// Numbers
//===----------------------------------------------------------------------===//

/// The parts of a JSON number token (RFC 8259 §6); false when `token` is not
/// one.
struct NumberParts {
  std::string_view integer, fraction;
  int64_t exponent = 0; ///< saturated at ±1e15
  bool negative = false, hasFraction = false, hasExponent = false;
};

bool splitNumber(std::string_view token, NumberParts &parts) {
  size_t i = 0, n = token.size();
  auto digitAt = [&](size_t k) { return k < n && token[k] >= '0' && token[k] <= '9'; };
  if (i < n && token[i] == '-') {
    parts.negative = true;
    ++i;
  }
  size_t start = i;
  if (!digitAt(i))
    return false;
  if (token[i] == '0')
    ++i;
  else
    while (digitAt(i))
      ++i;
  parts.integer = token.substr(start, i - start);
  if (i < n && token[i] == '.') {
    size_t from = ++i;
    while (digitAt(i))
      ++i;
    if (i == from)
      return false;
    parts.fraction = token.substr(from, i - from);
    parts.hasFraction = true;
  }
  if (i < n && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    bool minus = false;
    if (i < n && (token[i] == '+' || token[i] == '-'))
      minus = token[i++] == '-';
    if (!digitAt(i))
      return false;
    int64_t e = 0;
    while (digitAt(i)) {
      e = std::min<int64_t>(e * 10 + (token[i] - '0'), 1000000000000000);
      ++i;
    }
    parts.exponent = minus ? -e : e;
    parts.hasExponent = true;
  }
  return i == n;
}

/// Whether the number's magnitude is at least 1 (it would overflow, not
/// underflow, when out of range). Zero is neither.
bool isLarge(const NumberParts &p) {
  std::string digits = std::string(p.integer) + std::string(p.fraction);
  size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos)
    return false;
  int64_t magnitude = int64_t(p.integer.size()) - int64_t(first) + p.exponent;
  return magnitude > 0;
}

enum class Respelt { Nothing, Some, OutOfRange };

/// Respells, outside strings, every number that simdjson may refuse: integers
/// of 19 digits or more, and numbers whose double underflows. A number that
/// overflows a double stops the rewrite and is returned in `offending`.
Respelt respellNumbers(std::string &text, std::string &offending) {
  std::string out;
  out.reserve(text.size() + 64);
  bool changed = false;
  size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == '"') {
      size_t j = i + 1;
      while (j < n && text[j] != '"')
        j += text[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, n);
      out.append(text, i, j - i);
      i = j;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) {
      out += c;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && (std::strchr("+-.eE", text[j]) || (text[j] >= '0' && text[j] <= '9')))
      ++j;
    std::string_view token(text.data() + i, j - i);
    NumberParts parts;
    bool respell = false;
    double value = 0;
    if (splitNumber(token, parts)) {
      auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
      (void)ptr;
      if (ec == std::errc::result_out_of_range) {
        if (isLarge(parts)) {
          offending.assign(token.substr(0, 64));
          return Respelt::OutOfRange;
        }
        value = parts.negative ? -0.0 : 0.0;
        respell = true;
      } else {
        respell = !parts.hasFraction && !parts.hasExponent && parts.integer.size() >= 19;
      }
    }
    if (!respell) {
      out.append(token);
    } else {
      char buf[64];
      auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
      out.append(buf, result.ptr);
      changed = true;
    }
    i = j;
  }
  if (!changed)
    return Respelt::Nothing;
  text = std::move(out);
  return Respelt::Some;
}

//===----------------------------------------------------------------------===//
// Repeated keys
//===----------------------------------------------------------------------===//

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

/// A container still to check, and how to name it in a message.
struct Pending {
  element value;
  size_t parent;        ///< index in the walk's list, SIZE_MAX for the root
  std::string_view key; ///< its key in the parent object, or empty
  size_t index;         ///< its index in the parent array
};

std::string pathOf(const std::vector<Pending> &walk, size_t at) {
  std::vector<const Pending *> chain;
  for (size_t i = at; i != SIZE_MAX; i = walk[i].parent)
    chain.push_back(&walk[i]);
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Pending &p = **it;
    if (p.parent == SIZE_MAX)
      continue;
    if (walk[p.parent].value.type() == element_type::ARRAY)
      fmt::format_to(std::back_inserter(path), "[{}]", p.index);
    else
      fmt::format_to(std::back_inserter(path), "{}{}", path.empty() ? "" : ".", p.key);
  }
  return path;
}

/// Finds the first object (in document order of the walk) with a repeated
/// key; returns false with a message naming the key and where it is.
bool checkKeys(element root, std::string &message) {
  std::vector<Pending> walk{{root, SIZE_MAX, {}, 0}};
  std::vector<std::string_view> keys;
  for (size_t at = 0; at < walk.size(); ++at) {
    element value = walk[at].value;
    if (value.type() == element_type::ARRAY) {
      size_t index = 0;
      for (element x : array(value.get_array().value_unsafe())) {
        if (x.type() == element_type::ARRAY || x.type() == element_type::OBJECT)
          walk.push_back({x, at, {}, index});
        ++index;
      }
      continue;
    }
    if (value.type() != element_type::OBJECT)
      continue;
    keys.clear();
    for (auto field : object(value.get_object().value_unsafe())) {
      keys.push_back(field.key);
      if (field.value.type() == element_type::ARRAY || field.value.type() == element_type::OBJECT)
        walk.push_back({field.value, at, field.key, 0});
    }
    if (keys.size() < 2)
      continue;
    std::string_view repeated;
    bool found = false;
    if (keys.size() <= 8) {
      for (size_t a = 0; a < keys.size() && !found; ++a)
        for (size_t b = a + 1; b < keys.size() && !found; ++b)
          if (keys[a] == keys[b]) {
            repeated = keys[a];
            found = true;
          }
    } else {
      std::sort(keys.begin(), keys.end());
      auto dup = std::adjacent_find(keys.begin(), keys.end());
      if (dup != keys.end()) {
        repeated = *dup;
        found = true;
      }
    }
    if (found) {
      std::string where = pathOf(walk, at);
      message = "the input repeats the key `" + std::string(repeated.substr(0, 128)) + "`" +
                (where.empty() ? "" : " in `" + where + "`") +
                " (JSON parsers disagree on which value counts)";
      return false;
    }
  }
  return true;
}

} // namespace

/// Parses `text` in place: its capacity is made to cover simdjson's padding,
/// so that simdjson needs no padded copy of its own.
static simdjson::error_code parsePadded(simdjson::dom::parser &parser, std::string &text,
                                        element &root) {
  text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  return parser.parse(text.data(), text.size(), /*realloc_if_needed=*/false).get(root);
}

bool riskrt::parseInput(simdjson::dom::parser &parser, std::string &text, element &root,
                        std::string &kind, std::string &message) {
  auto error = parsePadded(parser, text, root);
  if (error == simdjson::NUMBER_ERROR) {
    std::string offending;
    switch (respellNumbers(text, offending)) {
    case Respelt::OutOfRange:
      kind = "invalid-json";
      message = "the input has a number out of the range of a double: `" + offending + "`";
      return false;
    case Respelt::Some:
      error = parsePadded(parser, text, root);
      break;
    case Respelt::Nothing:
      break;
    }
  }
  if (error) {
    kind = error == simdjson::MEMALLOC ? "out-of-memory" : "invalid-json";
    message = std::string("the input is not valid JSON: ") + simdjson::error_message(error);
    return false;
  }
  if (!checkKeys(root, message)) {
    kind = "invalid-input";
    return false;
  }
  return true;
}
