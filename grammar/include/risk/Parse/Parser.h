//===- Parser.h - The parser's one public header ----------------*- C++ -*-===//
//
// The wall around ANTLR: callers hand in a buffer and get back our own AST and
// diagnostics. Nothing here throws, and no ANTLR type is visible.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_PARSE_PARSER_H
#define RISK_PARSE_PARSER_H

#include "risk/AST/AST.h"
#include "risk/Basic/Diagnostic.h"
#include <memory>

namespace risk {

struct ParseOptions {
  /// Brackets and prefix operators may nest this deep; deeper input is
  /// rejected with a located error instead of exhausting the stack.
  unsigned maxNesting = 200;
};

/// Parses buffer `fileId` into a module. Syntax errors are reported to `diags`
/// (ANTLR's recovery lets one run report several) and mark the module with
/// `hasSyntaxErrors`; the module holds whatever could be built.
std::unique_ptr<Module> parseModule(const SourceManager &sources, uint32_t fileId,
                                    DiagnosticEngine &diags,
                                    const ParseOptions &options = {}) noexcept;

/// Parses a single expression (the REPL's `:type`). Returns null on error.
std::unique_ptr<Expr> parseExpression(const SourceManager &sources, uint32_t fileId,
                                      DiagnosticEngine &diags,
                                      const ParseOptions &options = {}) noexcept;

} // namespace risk

#endif // RISK_PARSE_PARSER_H
