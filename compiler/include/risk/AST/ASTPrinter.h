//===- ASTPrinter.h - Printing the AST --------------------------*- C++ -*-===//
//
// Two views of the tree: `printExpr` writes an expression back as source (with
// just the parentheses precedence needs), `dumpModule` writes the indented tree
// that `riskc build --emit=ast` shows and the AST golden tests check.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_AST_ASTPRINTER_H
#define RISK_AST_ASTPRINTER_H

#include "risk/AST/AST.h"
#include "llvm/Support/raw_ostream.h"

namespace risk {

/// Writes `value` as a Riskcard string literal, escaping what needs it.
std::string quote(llvm::StringRef value);

void printExpr(llvm::raw_ostream &os, const Expr &expr);
std::string exprToString(const Expr &expr);

void dumpModule(llvm::raw_ostream &os, const Module &module, const SourceManager &sources);

} // namespace risk

#endif // RISK_AST_ASTPRINTER_H
