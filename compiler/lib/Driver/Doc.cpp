//===- Doc.cpp - `riskc doc` -----------------------------------------------===//
//
// Checks the program first (documentation of a program with errors would be
// wrong), then writes the site.
//
//===----------------------------------------------------------------------===//
#include "risk/Doc/DocGenerator.h"
#include "risk/Driver/Driver.h"

using namespace risk;
using namespace risk::driver;

static const char *const docHelp = R"(usage: riskc doc -o DIR [options] FILES|DIRS

Renders the cards and taxonomies of FILES (and everything they import) as a
static HTML site with a search box, Markdown per card, and riskcards.json with
its JSON Schema (riskcards.schema.json).
  -o DIR          output folder (created if missing)
  --title TEXT    the site's title (default "Risk cards")
)";

int driver::runDoc(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << docHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  DocOptions doc;
  doc.outputDir = args.value("-o").value_or("");
  if (auto title = args.value("--title"))
    doc.siteTitle = *title;
  std::vector<std::string> paths;
  ok &= args.finish(paths, "doc");
  if (!ok)
    return 1;
  if (doc.outputDir.empty()) {
    errs() << "error: `riskc doc` needs an output folder: -o DIR\n";
    return 1;
  }
  if (paths.empty()) {
    errs() << "error: no input files (usage: riskc doc -o DIR FILES|DIRS)\n";
    return 1;
  }
  std::vector<std::string> files;
  if (!collectSourceFiles(paths, files))
    return 1;
  Compilation c(options);
  c.load(files, /*withStdlibMaps=*/true);
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  llvm::Expected<DocSummary> written = generateDocs(c.program, c.sema, doc);
  if (!written) {
    errs() << "error: " << llvm::toString(written.takeError()) << "\n";
    return 1;
  }
  llvm::errs() << "riskc: wrote " << written->files << " files to " << doc.outputDir << " ("
               << written->cards << " cards, " << written->taxonomies << " taxonomies)\n";
  return 0;
}
