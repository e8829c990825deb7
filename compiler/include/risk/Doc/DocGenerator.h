//===- DocGenerator.h - Cards and taxonomies as documentation ---*- C++ -*-===//
//
// `riskc doc` renders a checked program as a static site: an index with a
// search box, one page per taxonomy (its tree, with the number of cards under
// each category), one page per card (with its categories in every mapped
// taxonomy), a Markdown file per card, and one JSON file describing everything,
// together with the JSON Schema it conforms to.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DOC_DOCGENERATOR_H
#define RISK_DOC_DOCGENERATOR_H

#include "risk/Sema/Sema.h"
#include "llvm/Support/Error.h"

namespace risk {

struct DocOptions {
  std::string outputDir;
  std::string siteTitle = "Risk cards";
};

struct DocSummary {
  unsigned files = 0;
  unsigned cards = 0;
  unsigned taxonomies = 0;
};

/// Writes the site into `options.outputDir`. Returns what was written, or an
/// error naming the file that could not be written.
llvm::Expected<DocSummary> generateDocs(const Program &program, const Sema &sema,
                                      const DocOptions &options);

/// riskcards.json of the site generateDocs would write (what a bundle holds
/// as cards.json).
std::string renderDocJson(const Program &program, const Sema &sema);

/// The JSON Schema of riskcards.json (also written next to it).
llvm::StringRef getDocJsonSchema();

} // namespace risk

#endif // RISK_DOC_DOCGENERATOR_H
