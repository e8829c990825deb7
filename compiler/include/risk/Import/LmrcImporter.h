//===- LmrcImporter.h - Converting upstream LM Risk Cards -------*- C++ -*-===//
//
// `riskc import lmrc` turns the LM Risk Cards starter set (Derczynski et al.
// 2023) into .riskcard files. Two upstream forms exist: the current one is a
// YAML document, the older one Markdown with `**Field**: value` lines. Both are
// read into one neutral record, the W/S codes are placed in the stdlib's
// Weidinger and Shelby taxonomies, and the card is written out in canonical
// layout. Everything lossy is reported as a warning at the upstream location
// and recorded as a comment in the output. docs/design/lmrc-import.md has the
// rules; docs/design/lmrc-shapes.md the shapes they cope with.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_IMPORT_LMRCIMPORTER_H
#define RISK_IMPORT_LMRCIMPORTER_H

#include "risk/Basic/Diagnostic.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace risk {

/// What a W/S code means in the stdlib: the alias-qualified category path.
struct CodeTable {
  /// "W1.3" -> "w.discrimination.toxic_language", "S4" -> "sh.interpersonal", ...
  llvm::StringMap<std::string> paths;
  std::optional<std::string> lookup(llvm::StringRef code) const;
};

/// One card as read from either upstream form.
struct ImportedCard {
  std::string id;
  std::string title;
  std::string description;
  std::vector<std::string> categories; ///< category paths, resolved
  std::vector<std::pair<std::string, std::string>> harms; ///< actor, kind
  std::string actionsRequired;
  struct Example {
    std::string prompt;
    std::string output;
  };
  std::vector<Example> examples;
  std::vector<std::string> references;
  std::vector<std::string> notes; ///< written as comments above the card
  std::string sourceName;         ///< the upstream file name
};

/// Reads the upstream card in buffer `fileId`; returns nothing (after a
/// warning) when the file is not a card: the template, no title, not YAML.
std::optional<ImportedCard> readLmrcCard(const SourceManager &sources, uint32_t fileId,
                                         const CodeTable &codes, DiagnosticEngine &diags);

/// The .riskcard text of a card.
std::string writeRiskcard(const ImportedCard &card);

} // namespace risk

#endif // RISK_IMPORT_LMRCIMPORTER_H
