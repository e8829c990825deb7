//===- Check.cpp - `riskc check` -------------------------------------------===//
//
// Parse, resolve and check files and folders. Exit status 0 when there are no
// errors (warnings do not fail unless --werror), 1 otherwise. With
// -verify-diagnostics the produced diagnostics are matched against the
// `# expected-...` comments instead of printed; with --split-input-file each
// `# -----` separated chunk of a file is checked as a program of its own.
//
//===----------------------------------------------------------------------===//
#include "risk/Basic/DiagnosticVerifier.h"
#include "risk/Driver/Driver.h"
#include "risk/Policy/Policy.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace risk;
using namespace risk::driver;

static const char *const checkHelp = R"(usage: riskc check [options] FILES|DIRS

Parses, resolves and checks every .riskcard file named (folders are searched
recursively) and the modules they import. Exit status: 0 clean, 1 errors.
Warnings do not fail the run unless --werror is given.

Lints (off by default): -Wuncovered-category (categories no card covers),
--lint-target=TAX (cards whose categories reach nothing in TAX).

For tests:
  -verify-diagnostics  check diagnostics against `# expected-...` comments
  --split-input-file   treat `# -----` lines as file boundaries
)";

/// Splits a buffer at lines that are exactly `# -----`; each chunk keeps its
/// original line numbers by being padded with the newlines before it.
static std::vector<std::string> splitInput(llvm::StringRef buffer) {
  std::vector<std::string> chunks;
  std::string current;
  unsigned linesBefore = 0, line = 0;
  llvm::SmallVector<llvm::StringRef, 64> lines;
  buffer.split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef text = lines[i];
    if (text.trim() == "# -----") {
      chunks.push_back(std::string(linesBefore, '\n') + current);
      current.clear();
      linesBefore = line + 1;
    } else {
      current += text.str();
      if (i + 1 < lines.size())
        current += '\n';
    }
    ++line;
  }
  chunks.push_back(std::string(linesBefore, '\n') + current);
  return chunks;
}

namespace {
/// Checks one program made of `roots` (buffers already in `c.sources` or files).
struct Run {
  const CommonOptions &options;
  bool verify = false;
  bool failed = false;

  void check(const std::vector<std::string> &files) {
    Compilation c(options);
    if (verify) {
      // Expectations live in the root files; load them first to get file ids.
      for (const std::string &file : files)
        c.loader.loadRoot(file);
      finishVerify(c);
      return;
    }
    c.load(files);
    emitDiagnostics(c.diags, options.format);
    failed |= c.diags.hasErrors();
  }

  void checkBuffer(const std::string &path, std::string text) {
    Compilation c(options);
    uint32_t fileId = c.sources.addBuffer(path, std::move(text));
    c.loader.loadRootBuffer(fileId);
    if (verify) {
      finishVerify(c);
      return;
    }
    c.loader.resolveImports();
    c.sema.run();
    checkAllPolicies(c.sema, c.program);
    emitDiagnostics(c.diags, options.format);
    failed |= c.diags.hasErrors();
  }

  void finishVerify(Compilation &c) {
    c.loader.resolveImports();
    c.sema.run();
    checkAllPolicies(c.sema, c.program);
    std::vector<Diagnostic> produced = c.diags.takeDiagnostics();
    DiagnosticEngine report(c.sources, options.diagnostics);
    report.getOptions().errorLimit = 0;
    DiagnosticVerifier verifier;
    for (Module *root : c.program.roots)
      verifier.addExpectations(c.sources, root->fileId, report);
    if (!verifier.verify(produced, c.sources, report))
      failed = true;
    emitDiagnostics(report, options.format);
    failed |= report.hasErrors();
  }
};
} // namespace

int driver::runCheck(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << checkHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  bool split = args.flag("--split-input-file");
  bool verify = args.flag("-verify-diagnostics") | args.flag("--verify-diagnostics");
  std::vector<std::string> paths;
  ok &= args.finish(paths, "check");
  if (!ok)
    return 1;
  if (paths.empty()) {
    errs() << "error: no input files (usage: riskc check FILES|DIRS)\n";
    return 1;
  }
  std::vector<std::string> files;
  if (!collectSourceFiles(paths, files))
    return 1;
  Run run{options, verify};
  if (!split) {
    run.check(files);
  } else {
    for (const std::string &file : files) {
      auto buffer = llvm::MemoryBuffer::getFile(file, /*IsText=*/false, false);
      if (!buffer) {
        errs() << "error: cannot read `" << file << "`: " << buffer.getError().message() << "\n";
        return 1;
      }
      for (std::string &chunk : splitInput((*buffer)->getBuffer()))
        run.checkBuffer(file, std::move(chunk));
    }
  }
  return run.failed ? 1 : 0;
}
