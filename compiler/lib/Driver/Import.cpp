//===- Import.cpp - `riskc import lmrc` ------------------------------------===//
//
// Converts upstream LM Risk Cards (YAML or Markdown, files or folders) into
// .riskcard files, one per card, in the output folder. The W/S codes are looked
// up in the stdlib's Weidinger and Shelby taxonomies by their `code`.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Import/LmrcImporter.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace risk;
using namespace risk::driver;
namespace fs = llvm::sys::fs;

static const char *const importHelp = R"(usage: riskc import lmrc -o DIR PATH...

Converts LM Risk Cards (Derczynski et al. 2023; the current YAML form and the
older Markdown form) into .riskcard files in DIR, one per card, mapping the W
and S codes onto std.taxonomy.weidinger and std.taxonomy.shelby. Folders are
searched for .md files. Anything that cannot be converted exactly is reported
as a warning and noted in the output file.
)";

/// Code -> `w.path` / `sh.path`, from the stdlib taxonomies.
static bool buildCodeTable(const CommonOptions &options, CodeTable &table) {
  Compilation c(options);
  std::vector<std::string> files;
  for (const char *name : {"weidinger", "shelby"}) {
    llvm::SmallString<256> path(options.frontend.stdlibDir);
    llvm::sys::path::append(path, "taxonomy", std::string(name) + ".riskcard");
    files.push_back(std::string(path));
  }
  c.load(files);
  if (c.diags.hasErrors()) {
    emitDiagnostics(c.diags, options.format);
    return false;
  }
  for (const TaxonomyDecl *t : c.sema.getTaxonomies()) {
    std::string alias = t->name.name == "weidinger" ? "w" : t->name.name == "shelby" ? "sh" : "";
    if (alias.empty())
      continue;
    t->walk([&](CategoryDecl *cat) {
      if (cat->code)
        table.paths[cat->code->value] = alias + "." + cat->path();
    });
  }
  return !table.paths.empty();
}

int driver::runImport(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << importHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string outputDir = args.value("-o").value_or("");
  std::vector<std::string> positional;
  ok &= args.finish(positional, "import");
  if (!ok)
    return 1;
  if (positional.empty() || positional[0] != "lmrc") {
    errs() << "error: the import format must be `lmrc` (usage: riskc import lmrc -o DIR PATH...)\n";
    return 1;
  }
  positional.erase(positional.begin());
  if (positional.empty() || outputDir.empty()) {
    errs() << "error: usage: riskc import lmrc -o DIR PATH...\n";
    return 1;
  }
  std::vector<std::string> inputs;
  for (const std::string &p : positional) {
    if (fs::is_directory(p)) {
      std::error_code ec;
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, ec), end; it != end && !ec; it.increment(ec))
        if (llvm::sys::path::extension(it->path()) == ".md" &&
            llvm::sys::path::filename(it->path()) != "README.md")
          found.push_back(it->path());
      llvm::sort(found);
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else if (fs::exists(p)) {
      inputs.push_back(p);
    } else {
      errs() << "error: no such file or folder: `" << p << "`\n";
      return 1;
    }
  }
  CodeTable codes;
  if (!buildCodeTable(options, codes)) {
    errs() << "error: cannot read the Weidinger and Shelby taxonomies from the stdlib at `"
           << options.frontend.stdlibDir << "`\n";
    return 1;
  }
  if (std::error_code ec = fs::create_directories(outputDir)) {
    errs() << "error: cannot create `" << outputDir << "`: " << ec.message() << "\n";
    return 1;
  }
  SourceManager sources;
  DiagnosticEngine diags(sources, options.diagnostics);
  diags.getOptions().errorLimit = 0;
  llvm::StringSet<> used;
  unsigned converted = 0;
  int status = 0;
  for (const std::string &input : inputs) {
    std::string error;
    uint32_t fileId = sources.addFile(input, error);
    if (!fileId) {
      errs() << "error: cannot read `" << input << "`: " << error << "\n";
      status = 1;
      continue;
    }
    std::optional<ImportedCard> card = readLmrcCard(sources, fileId, codes, diags);
    if (!card)
      continue;
    std::string id = card->id;
    for (unsigned n = 2; used.count(id); ++n)
      id = card->id + "_" + std::to_string(n);
    card->id = id;
    used.insert(id);
    llvm::SmallString<256> out(outputDir);
    llvm::sys::path::append(out, id + ".riskcard");
    if (!writeTextFile(out, writeRiskcard(*card))) {
      status = 1;
      continue;
    }
    ++converted;
  }
  emitDiagnostics(diags, options.format);
  llvm::errs() << "riskc: converted " << converted << " of " << inputs.size() << " files into "
               << outputDir << "\n";
  return status || diags.hasErrors() ? 1 : 0;
}
