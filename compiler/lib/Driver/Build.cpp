//===- Build.cpp - `riskc build` -------------------------------------------===//
//
// Compiles a policy file. `--emit=ast` prints the parsed tree of each root
// file (after sema, so resolution errors are reported first).
//
//===----------------------------------------------------------------------===//
#include "risk/AST/ASTPrinter.h"
#include "risk/Driver/Driver.h"

using namespace risk;
using namespace risk::driver;

static const char *const buildHelp = R"(usage: riskc build [options] --emit=STAGE FILE

  --emit=ast     print the syntax tree of FILE
)";

int driver::runBuild(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << buildHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string emit = args.value("--emit").value_or("");
  std::vector<std::string> paths;
  ok &= args.finish(paths, "build");
  if (!ok)
    return 1;
  if (paths.size() != 1) {
    errs() << "error: `riskc build` takes one file\n";
    return 1;
  }
  if (emit != "ast") {
    errs() << "error: `--emit` must be `ast`" << (emit.empty() ? "" : ", not `" + emit + "`")
           << "\n";
    return 1;
  }
  Compilation c(options);
  c.load(paths);
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  for (Module *root : c.program.roots)
    dumpModule(llvm::outs(), *root, c.sources);
  return 0;
}
