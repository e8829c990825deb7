//===- Formatter.h - The canonical layout -----------------------*- C++ -*-===//
//
// `riskc fmt` prints a module in one canonical layout: two-space indentation,
// one item per line, one blank line between declarations, at most one blank
// line kept between items, single spaces around operators and after commas.
// Item order and string spellings are kept as written; comments stay with the
// item that follows them or at the end of the line they trail. Formatting is
// idempotent: formatting formatted text changes nothing.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_FORMAT_FORMATTER_H
#define RISK_FORMAT_FORMATTER_H

#include "risk/AST/AST.h"

namespace risk {

struct FormatOptions {
  /// Rules longer than this are broken over several lines.
  unsigned lineWidth = 100;
};

/// Formats a module parsed without syntax errors.
std::string formatModule(const Module &module, const SourceManager &sources,
                         const FormatOptions &options = {});

} // namespace risk

#endif // RISK_FORMAT_FORMATTER_H
