//===- Json.h - Reading an input's JSON the way every consumer reads it ----===//
//
// A guard must judge the input its caller acts on. JSON parsers disagree on
// two things an attacker can use: which value of a repeated key counts (the
// first, the last, an error), and what a number too large for an integer type
// is. parseInput() takes the one reading every parser shares or refuses the
// input: an object that repeats a key, at any depth, is refused; a number is
// a double, whatever its spelling (18446744073709551616 and 1.2e29 are read,
// not refused); a number beyond the range of a double is refused (there is no
// shared reading of it: Python and JavaScript make it infinite, others fail).
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_CPU_JSON_H
#define RISKCARD_CPU_JSON_H

#define SIMDJSON_EXCEPTIONS 0
#include <simdjson.h>

#include <string>

namespace riskrt {

/// Parses `text` with `parser` (in place: `text`'s capacity is grown to
/// cover simdjson's padding). On failure returns false with `kind` (`invalid-json`,
/// `invalid-input`) and `message` set. `text` may be rewritten in place of
/// its numbers (see above); `root` points into `parser`.
bool parseInput(simdjson::dom::parser &parser, std::string &text, simdjson::dom::element &root,
                std::string &kind, std::string &message);

} // namespace riskrt

#endif // RISKCARD_CPU_JSON_H
