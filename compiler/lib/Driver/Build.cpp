//===- Build.cpp - `riskc build` -------------------------------------------===//
//
// Compiles a policy into a guard: a shared object exporting the C ABI of
// riskcard.h, and that header beside it. `--emit=STAGE` prints a stage
// instead: the syntax tree, the risk dialect, the standard dialects, the llvm
// dialect, LLVM IR, or an object file.
//
//===----------------------------------------------------------------------===//
#include "risk/AST/ASTPrinter.h"
#include "risk/Driver/Driver.h"
#include "risk/MLIRGen/MLIRGen.h"
#include "risk/Pipelines/Compile.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ToolOutputFile.h"
#include <chrono>

using namespace risk;
using namespace risk::driver;

#ifndef RISK_RUNTIME_LIB_DIR
#define RISK_RUNTIME_LIB_DIR ""
#endif
#ifndef RISK_RUNTIME_INCLUDE_DIR
#define RISK_RUNTIME_INCLUDE_DIR ""
#endif

static const char *const buildHelp = R"(usage: riskc build [options] FILE -o guard.so
       riskc build [options] FILE --emit=STAGE

Compiles the policy in FILE into a shared object exporting the C ABI of
riskcard.h (written next to it as guard.h), or prints a stage:
  --emit=ast     the syntax tree of FILE
  --emit=risk    the policy in the risk dialect, after its optimisations
  --emit=std     lowered to func/scf/arith/memref
  --emit=llvm-dialect   lowered to the llvm dialect
  --emit=llvm    LLVM IR, optimised for this machine
  --emit=obj     an object file (needs -o)
  --policy NAME  the policy to build (default: the file's only policy)
  --print-locations
                 with --emit=risk|std|llvm-dialect: print each operation's
                 .riskcard source location
  --max-automaton-states N
                 the most states one lexicon's or pattern's automaton may have
                 (default 20000); more is a compile error, never a silent miss
  --entry NAME   the guard's own entry, riskcard_open_NAME (default: the
                 policy's name); a program that links several guards opens
                 each through its entry
  --max-fused-states N
                 the most states of the merged automaton that scans one field
                 for all its lexicons and patterns (default 20000); a larger
                 set is split into parts, each its own automaton (stepped
                 together in one loop over the field)
  --rules-per-function N
                 a policy with more rules puts them, in order, into functions
                 of at most N rules (default 64), so large policies build in
                 time linear in their size
  -o PATH        the output file
)";

/// The directory holding the runtime archives: next to the installed
/// binary's lib/, or the build tree's.
static std::string runtimeLibDir(const char *argv0) {
  static int anchor;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> dir(llvm::sys::path::parent_path(llvm::sys::path::parent_path(exe)));
  llvm::sys::path::append(dir, "lib");
  llvm::SmallString<256> archive(dir);
  llvm::sys::path::append(archive, "libriskcard_runtime.a");
  if (llvm::sys::fs::exists(archive))
    return std::string(dir);
  return RISK_RUNTIME_LIB_DIR;
}

static bool isCIdentifier(llvm::StringRef name) {
  if (name.empty() || llvm::isDigit(name[0]))
    return false;
  return llvm::all_of(name, [](char c) { return llvm::isAlnum(c) || c == '_'; });
}

/// The part of guard.h that belongs to one guard: its own entry, under an
/// include guard of its own (the C API above it has one shared by all
/// guards), so that a program includes the headers of several guards.
static std::string guardSection(const CheckedPolicy &policy, const std::string &entry) {
  std::string upper = llvm::StringRef(entry).upper();
  return "\n/* The guard built from policy `" + policy.decl->name.name + "` (" +
         policy.bundleHash + ") by `riskc build`. */\n#ifndef RISKCARD_GUARD_" + upper +
         "_H\n#define RISKCARD_GUARD_" + upper +
         "_H\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n"
         "/* Opens this guard: riskcard_open under a name no other guard has. */\n"
         "RISKCARD_EXPORT riskcard_status riskcard_open_" +
         entry +
         "(unsigned options, riskcard_guard **guard);\n#ifdef __cplusplus\n}\n#endif\n#endif /* "
         "RISKCARD_GUARD_" +
         upper + "_H */\n";
}

int driver::runBuild(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << buildHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string emit = args.value("--emit").value_or("so");
  std::string output = args.value("-o").value_or("");
  std::string policyName = args.value("--policy").value_or("");
  bool printLocations = args.flag("--print-locations");
  std::optional<std::string> entryName = args.value("--entry");
  PipelineOptions pipeline;
  if (!parsePipelineOptions(args, pipeline))
    return 1;
  std::vector<std::string> paths;
  ok &= args.finish(paths, "build");
  if (!ok)
    return 1;
  if (paths.size() != 1) {
    errs() << "error: `riskc build` takes one file\n";
    return 1;
  }
  static const char *const stages[] = {"ast", "risk", "std", "llvm-dialect", "llvm", "obj", "so"};
  if (!llvm::is_contained(stages, emit)) {
    errs() << "error: `--emit` is ast, risk, std, llvm-dialect, llvm or obj, not `" << emit << "`\n";
    return 1;
  }
  if ((emit == "obj" || emit == "so") && output.empty()) {
    errs() << "error: `riskc build` needs an output file: -o PATH\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  Compilation c(options);
  c.maxAutomatonStates = pipeline.maxAutomatonStates;
  // The syntax tree is printed without checking policies (their models and
  // lexicon files need not exist to see it).
  c.load(paths, /*withStdlibMaps=*/true, /*checkPolicies=*/emit != "ast");
  if (c.diags.hasErrors()) {
    emitDiagnostics(c.diags, options.format);
    return 1;
  }
  // The text stages go to standard output, or to the file `-o` names.
  std::unique_ptr<llvm::ToolOutputFile> textFile;
  auto textOut = [&]() -> llvm::raw_ostream * {
    if (output.empty() || output == "-")
      return &llvm::outs();
    std::error_code ec;
    textFile = std::make_unique<llvm::ToolOutputFile>(output, ec, llvm::sys::fs::OF_Text);
    if (ec) {
      errs() << "error: cannot write `" << output << "`: " << ec.message() << "\n";
      return nullptr;
    }
    textFile->keep();
    return &textFile->os();
  };
  if (emit == "ast") {
    emitDiagnostics(c.diags, options.format);
    llvm::raw_ostream *os = textOut();
    if (!os)
      return 1;
    for (Module *root : c.program.roots)
      dumpModule(*os, *root, c.sources);
    return 0;
  }
  const PolicyDecl *decl = nullptr;
  unsigned policies = 0;
  for (Module *root : c.program.roots)
    for (const auto &d : root->decls)
      if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get())) {
        ++policies;
        if (policyName.empty() || p->name.name == policyName)
          decl = p;
      }
  if (!decl || (policyName.empty() && policies != 1)) {
    errs() << "error: "
           << (policies == 0           ? "the file holds no policy"
               : policyName.empty()    ? "the file holds several policies; choose one with --policy"
                                       : "no policy `" + policyName + "` in the file")
           << "\n";
    return 1;
  }
  const CheckedPolicy *policy = c.checked(*decl);
  if (!policy || !checkEvaluable(*policy, c.diags)) {
    emitDiagnostics(c.diags, options.format);
    return 1;
  }
  std::string entry = entryName.value_or(decl->name.name);
  if (!isCIdentifier(entry)) {
    errs() << "error: the guard's entry `riskcard_open_" << entry
           << "` is not a C identifier; choose one with --entry NAME\n";
    return 1;
  }
  mlir::MLIRContext context;
  Stage stage = emit == "risk" ? Stage::Risk : emit == "std" ? Stage::Standard : Stage::LLVMDialect;
  mlir::OwningOpRef<mlir::ModuleOp> module =
      compilePolicy(context, *policy, c.sources, c.diags, stage, pipeline);
  emitDiagnostics(c.diags, options.format);
  if (!module)
    return 1;
  if (emit == "risk" || emit == "std" || emit == "llvm-dialect") {
    mlir::OpPrintingFlags flags;
    if (printLocations)
      flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
    llvm::raw_ostream *os = textOut();
    if (!os)
      return 1;
    module->print(*os, flags);
    *os << "\n";
    return 0;
  }
  std::string manifest = policy->manifestJson();
  if (emit == "llvm") {
    auto ir = translateToLLVMIR(*module, manifest);
    if (!ir) {
      errs() << "error: " << llvm::toString(ir.takeError()) << "\n";
      return 1;
    }
    llvm::raw_ostream *os = textOut();
    if (!os)
      return 1;
    *os << *ir;
    return 0;
  }
  if (emit == "obj") {
    if (llvm::Error err = emitObjectFile(*module, manifest, output)) {
      errs() << "error: " << llvm::toString(std::move(err)) << "\n";
      return 1;
    }
    return 0;
  }
  // One object, or for a large policy one per core, compiled in parallel.
  auto objects = emitObjectFiles(*module, manifest, output + ".o");
  if (!objects) {
    errs() << "error: " << llvm::toString(objects.takeError()) << "\n";
    return 1;
  }
  // Link the shared object: the policy, the entry object and the runtime.
  // Only the C API is exported (the version script), under the guard's own
  // entry too; its calls bind inside the guard (-Bsymbolic-functions), so
  // guards linked side by side never call each other's code.
  std::string libDir = runtimeLibDir(argv0);
  auto compiler = llvm::sys::findProgramByName("c++");
  if (!compiler) {
    errs() << "error: a C++ compiler driver (`c++`) is needed to link the guard\n";
    return 1;
  }
  std::string versionScript = output + ".map";
  if (!writeTextFile(versionScript, "{\n  global: riskcard_*;\n  local: riskcard_open_with; riskcard_entry_open; riskcard_guard_manifest; *;\n};\n"))
    return 1;
  std::string entryObject = libDir + "/libriskcard_entry.a",
              runtime = libDir + "/libriskcard_runtime.a";
  std::vector<std::string> argv = {*compiler, "-shared", "-o", output};
  argv.insert(argv.end(), objects->begin(), objects->end());
  argv.insert(argv.end(), {"-Wl,--whole-archive", entryObject, runtime,
                                   "-Wl,--no-whole-archive", "-lsimdjson", "-lpthread",
                                   "-Wl,--version-script=" + versionScript,
                                   "-Wl,-Bsymbolic-functions",
                                   "-Wl,--defsym=riskcard_open_" + entry + "=riskcard_entry_open"});
  std::vector<llvm::StringRef> refs(argv.begin(), argv.end());
  std::string message;
  int status = llvm::sys::ExecuteAndWait(*compiler, refs, std::nullopt, {}, 0, 0, &message);
  for (const std::string &object : *objects)
    llvm::sys::fs::remove(object);
  llvm::sys::fs::remove(versionScript);
  if (status != 0) {
    errs() << "error: linking `" << output << "` failed" << (message.empty() ? "" : ": " + message)
           << "\n";
    return 1;
  }
  // The header, next to the guard: the C API and the guard's own entry.
  llvm::SmallString<256> header(llvm::sys::path::parent_path(output));
  llvm::sys::path::append(header, "guard.h");
  llvm::SmallString<256> source(RISK_RUNTIME_INCLUDE_DIR);
  llvm::sys::path::append(source, "riskcard", "riskcard.h");
  auto api = llvm::MemoryBuffer::getFile(source);
  if (!api) {
    errs() << "error: cannot read `" << source << "`: " << api.getError().message() << "\n";
    return 1;
  }
  if (!writeTextFile(header, (*api)->getBuffer().str() + guardSection(*policy, entry)))
    return 1;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  llvm::errs() << "riskc: built " << output << " and " << header << " (policy `"
               << decl->name.name << "`, " << policy->rules.size() << " rules, "
               << llvm::format("%.2f", seconds) << " s)\n";
  return 0;
}
