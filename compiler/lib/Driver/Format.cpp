//===- Format.cpp - `riskc fmt` --------------------------------------------===//
//
// Rewrites files in the canonical layout. `--check` changes nothing and exits 1
// listing the files that are not formatted; `--stdout` prints the result.
// Files with syntax errors are reported and left alone.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Format/Formatter.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace risk;
using namespace risk::driver;

static const char *const fmtHelp = R"(usage: riskc fmt [--check | --stdout] FILES|DIRS

Rewrites each file in the canonical layout (idempotent; comments kept).
  --check    change nothing; list unformatted files and exit 1 if there are any
  --stdout   print the formatted text instead of rewriting the file
)";

int driver::runFormat(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << fmtHelp;
    return 0;
  }
  bool check = args.flag("--check");
  bool toStdout = args.flag("--stdout");
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::vector<std::string> paths;
  ok &= args.finish(paths, "fmt");
  if (!ok)
    return 1;
  if (paths.empty()) {
    errs() << "error: no input files (usage: riskc fmt FILES|DIRS)\n";
    return 1;
  }
  std::vector<std::string> files;
  if (!collectSourceFiles(paths, files))
    return 1;
  SourceManager sources;
  DiagnosticEngine diags(sources, options.diagnostics);
  int status = 0;
  for (const std::string &file : files) {
    std::string error;
    uint32_t fileId = sources.addFile(file, error);
    if (!fileId) {
      errs() << "error: cannot read `" << file << "`: " << error << "\n";
      status = 1;
      continue;
    }
    std::unique_ptr<Module> module = parseModule(sources, fileId, diags, options.frontend.parse);
    if (module->hasSyntaxErrors) {
      status = 1;
      continue;
    }
    std::string formatted = formatModule(*module, sources);
    if (toStdout) {
      llvm::outs() << formatted;
      continue;
    }
    if (formatted == sources.getBuffer(fileId))
      continue;
    if (check) {
      llvm::outs() << file << ": not formatted\n";
      status = 1;
      continue;
    }
    std::error_code ec;
    llvm::ToolOutputFile out(file, ec, llvm::sys::fs::OF_None);
    if (ec) {
      errs() << "error: cannot write `" << file << "`: " << ec.message() << "\n";
      status = 1;
      continue;
    }
    out.os() << formatted;
    out.keep();
  }
  emitDiagnostics(diags, options.format);
  return status;
}
