//===- Build.cpp - `riskc build` -------------------------------------------===//
//
// Compiles a policy into a guard: a shared object exporting the C ABI of
// riskcard.h, and that header beside it. `--bundle` packs the guard into a
// bundle (docs/design/deployments.md): a ustar archive of manifest.json,
// cpu/guard.so and cards.json, which riskcard/bundle.h loads. `--emit=STAGE`
// prints a stage instead: the syntax tree, the risk dialect, the standard
// dialects, the llvm dialect, LLVM IR, or an object file.
//
//===----------------------------------------------------------------------===//
#include "risk/AST/ASTPrinter.h"
#include "risk/Doc/DocGenerator.h"
#include "risk/Driver/Driver.h"
#include "risk/MLIRGen/MLIRGen.h"
#include "risk/Pipelines/Compile.h"

#include "riskcard/bundle.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/TargetParser/Host.h"
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>

using namespace risk;
using namespace risk::driver;

#ifndef RISK_RUNTIME_LIB_DIR
#define RISK_RUNTIME_LIB_DIR ""
#endif
#ifndef RISK_RUNTIME_INCLUDE_DIR
#define RISK_RUNTIME_INCLUDE_DIR ""
#endif

static const char *const buildHelp = R"(usage: riskc build [options] FILE -o guard.so
       riskc build [options] FILE --bundle guard.rkb
       riskc build [options] FILE --emit=STAGE

Compiles the policy in FILE into a shared object exporting the C ABI of
riskcard.h (written next to it as guard.h), or into a bundle, or prints a
stage:
  --emit=ast     the syntax tree of FILE
  --emit=risk    the policy in the risk dialect, after its optimisations
  --emit=std     lowered to func/scf/arith/memref
  --emit=llvm-dialect   lowered to the llvm dialect
  --emit=llvm    LLVM IR, optimised for this machine
  --emit=obj     an object file (needs -o)
  --emit=gpu     (--target=cuda) the evaluator in a gpu.module with the
                 batch kernel
  --emit=nvvm    (--target=cuda) the gpu.module lowered to llvm and nvvm
  --emit=ptx     (--target=cuda) the PTX the guard embeds for newer chips
  --target=LIST  cpu (the default), or cpu,cuda: the guard also carries
                 GPU code (cubins for sm_80 and sm_90 and PTX, built with
                 ptxas from $CUDA_HOME, else /usr/local/cuda) for batch
                 evaluation on a GPU (riskcard_evaluate_batch_on);
                 --target=cuda goes with --emit=std|gpu|nvvm|ptx;
                 --target=cuda-emulation --emit=obj: the GPU's kernel
                 lowered for this machine (risk_eval_batch, the kernel's
                 parameters), for testing the GPU's code without a GPU
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
  --no-word-tables
                 merge whole-word lexicons into that automaton too, instead of
                 looking them up by hashing each word of the field (the
                 default; the decisions are the same)
  --rules-per-function N
                 a policy with more rules puts them, in order, into functions
                 of at most N rules (default 64), so large policies build in
                 time linear in their size
  --bundle PATH  write a bundle: a tar archive of manifest.json, cpu/guard.so
                 and cards.json, which riskcard_bundle_open (riskcard/bundle.h)
                 verifies and loads (with -o, the guard is written there too)
  --log-mask FIELD
                 with --bundle: an input field that decision logs mask,
                 listed in the manifest (repeatable)
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

//===----------------------------------------------------------------------===//
// Bundles
//===----------------------------------------------------------------------===//

/// The build time of a bundle: SOURCE_DATE_EPOCH when set (reproducible
/// builds), else now; false (the error said) for a malformed variable.
static bool bundleTime(int64_t &seconds) {
  const char *epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) {
    seconds = int64_t(std::time(nullptr));
    return true;
  }
  if (llvm::StringRef(epoch).getAsInteger(10, seconds) || seconds < 0 || seconds > 253402300799) {
    errs() << "error: SOURCE_DATE_EPOCH is `" << epoch
           << "`, not a number of seconds since 1970 (before the year 10000)\n";
    return false;
  }
  return true;
}

/// `seconds` since 1970 as UTC in RFC 3339 (`2025-01-31T12:00:00Z`).
static std::string rfc3339(int64_t seconds) {
  std::time_t t = std::time_t(seconds);
  std::tm utc;
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

/// A POSIX ustar archive of `members` (name, contents): regular files, mode
/// 0644, owner 0, modified at `mtime`; names are under 100 bytes.
static std::string ustarArchive(llvm::ArrayRef<std::pair<std::string, llvm::StringRef>> members,
                                int64_t mtime) {
  std::string archive;
  for (const auto &[name, contents] : members) {
    char header[512] = {};
    auto octal = [&](size_t offset, size_t width, uint64_t value) {
      // width - 1 digits and a NUL.
      std::snprintf(header + offset, width, "%0*llo", int(width - 1), (unsigned long long)value);
    };
    std::memcpy(header, name.data(), std::min<size_t>(name.size(), 99));
    octal(100, 8, 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, contents.size());
    octal(136, 12, uint64_t(mtime));
    header[156] = '0';
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    // The checksum: the header's bytes summed with its own field as spaces.
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header)
      sum += c;
    std::snprintf(header + 148, 8, "%06o", sum);
    header[155] = ' ';
    archive.append(header, sizeof header);
    archive.append(contents.data(), contents.size());
    archive.append((512 - contents.size() % 512) % 512, '\0');
  }
  archive.append(1024, '\0'); // the end-of-archive marker: two zero blocks
  return archive;
}

/// The manifest of a bundle (docs/design/deployments.md).
static std::string bundleManifest(const CheckedPolicy &policy, const Compilation &c,
                                  llvm::StringRef guard, const std::vector<std::string> &logMask,
                                  int64_t builtAt) {
  std::map<std::string, std::optional<std::string>> taxonomies;
  for (const TaxonomyDecl *t : c.sema.getTaxonomies())
    if (!t->module->hasSyntaxErrors)
      taxonomies[t->name.name] =
          t->version ? std::optional<std::string>(t->version->value) : std::nullopt;
  auto digest = llvm::SHA256::hash(llvm::arrayRefFromStringRef(guard));
  std::string manifest;
  llvm::raw_string_ostream os(manifest);
  llvm::json::OStream j(os, 2);
  j.object([&] {
    j.attribute("format", "riskcard-bundle");
    j.attribute("format_version", RISKCARD_BUNDLE_FORMAT_VERSION);
    // The runtime a guard links is the project's version (the runtime's
    // RISKCARD_RUNTIME_VERSION), as is the compiler's.
    j.attribute("runtime_version", RISK_VERSION);
    j.attribute("abi_version", RISKCARD_ABI_VERSION);
    j.attribute("policy", policy.decl->name.name);
    j.attribute("policy_hash", policy.bundleHash);
    j.attributeObject("taxonomies", [&] {
      for (const auto &[name, version] : taxonomies)
        j.attribute(name, version ? llvm::json::Value(*version) : llvm::json::Value(nullptr));
    });
    j.attribute("compiler_version", RISK_VERSION);
    j.attribute("built_at", rfc3339(builtAt));
    j.attribute("target", llvm::sys::getDefaultTargetTriple());
    j.attributeObject("artefacts", [&] {
      j.attributeObject("cpu/guard.so", [&] {
        j.attribute("sha256", llvm::toHex(digest, /*LowerCase=*/true));
        j.attribute("size", int64_t(guard.size()));
        j.attribute("device", "cpu");
      });
    });
    j.attributeArray("log_mask", [&] {
      for (const std::string &field : logMask)
        j.value(field);
    });
  });
  os << "\n";
  return manifest;
}

/// Writes the bundle of the guard at `guardPath` to `path`, through a
/// temporary file renamed over it (a server polling `path` never reads half
/// a bundle).
static bool writeBundle(const std::string &path, const std::string &guardPath,
                        const CheckedPolicy &policy, const Compilation &c,
                        const std::vector<std::string> &logMask) {
  int64_t builtAt;
  if (!bundleTime(builtAt))
    return false;
  auto guard = llvm::MemoryBuffer::getFile(guardPath, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
  if (!guard) {
    errs() << "error: cannot read `" << guardPath << "`: " << guard.getError().message() << "\n";
    return false;
  }
  std::string manifest = bundleManifest(policy, c, (*guard)->getBuffer(), logMask, builtAt);
  std::string cards = renderDocJson(c.program, c.sema);
  std::string archive = ustarArchive(
      {{"manifest.json", manifest}, {"cpu/guard.so", (*guard)->getBuffer()}, {"cards.json", cards}},
      builtAt);
  int fd;
  llvm::SmallString<256> temp;
  if (std::error_code ec = llvm::sys::fs::createUniqueFile(path + ".tmp-%%%%%%", fd, temp)) {
    errs() << "error: cannot write `" << path << "`: " << ec.message() << "\n";
    return false;
  }
  llvm::FileRemover removeTemp(temp);
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    os << archive;
    os.close();
    if (os.has_error()) {
      errs() << "error: cannot write `" << path << "`: " << os.error().message() << "\n";
      os.clear_error();
      return false;
    }
  }
  if (std::error_code ec = llvm::sys::fs::rename(temp, path)) {
    errs() << "error: cannot write `" << path << "`: " << ec.message() << "\n";
    return false;
  }
  removeTemp.releaseFile();
  return true;
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
  std::string bundle = args.value("--bundle").value_or("");
  std::vector<std::string> logMask = args.values("--log-mask");
  std::string targets = args.value("--target").value_or("cpu");
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
  static const char *const stages[] = {"ast", "risk", "std", "llvm-dialect", "llvm", "obj", "so",
                                       "gpu", "nvvm", "ptx"};
  if (!llvm::is_contained(stages, emit)) {
    errs() << "error: `--emit` is ast, risk, std, llvm-dialect, llvm, obj, gpu, nvvm or ptx, not `"
           << emit << "`\n";
    return 1;
  }
  // --target: cpu, cuda, or both.
  bool cpuTarget = false, cudaTarget = false;
  const TargetDescription *gpuTarget = &TargetDescription::cuda();
  {
    llvm::SmallVector<llvm::StringRef> names;
    llvm::StringRef(targets).split(names, ',');
    for (llvm::StringRef name : names) {
      const TargetDescription *t = TargetDescription::named(name.trim());
      if (!t) {
        errs() << "error: `--target` lists cpu and cuda, not `" << name << "`\n";
        return 1;
      }
      (t->isCuda() ? cudaTarget : cpuTarget) = true;
      if (t->isCuda())
        gpuTarget = t;
    }
  }
  bool emulation = gpuTarget->kind == TargetKind::CudaEmulation;
  if (emulation && (cpuTarget || (emit != "obj" && emit != "gpu" && emit != "std" && emit != "llvm-dialect"))) {
    errs() << "error: `--target=cuda-emulation` builds the GPU's code for this machine (for tests): it "
              "goes alone, with `--emit=std|gpu|llvm-dialect|obj`\n";
    return 1;
  }
  bool gpuStage = emit == "gpu" || emit == "nvvm" || emit == "ptx";
  if (gpuStage && (!cudaTarget || cpuTarget)) {
    errs() << "error: `--emit=" << emit << "` prints GPU code: it goes with `--target=cuda`\n";
    return 1;
  }
  if (cudaTarget && !cpuTarget && !gpuStage && !emulation && emit != "std" && emit != "risk" && emit != "ast") {
    errs() << "error: a guard needs CPU code too (it evaluates single inputs, and the records a "
              "GPU hands back): build it with `--target=cpu,cuda`\n";
    return 1;
  }
  if (cudaTarget && cpuTarget && emit != "so") {
    errs() << "error: `--emit=" << emit << "` prints one target's code: choose `--target=cpu` or "
              "`--target=cuda`\n";
    return 1;
  }
  if (!bundle.empty() && emit != "so") {
    errs() << "error: `--bundle` packs a guard; it does not go with `--emit=" << emit << "`\n";
    return 1;
  }
  if (!logMask.empty() && bundle.empty()) {
    errs() << "error: `--log-mask` is written into a bundle's manifest: it needs `--bundle PATH`\n";
    return 1;
  }
  if ((emit == "obj" || (emit == "so" && bundle.empty())) && output.empty()) {
    errs() << "error: `riskc build` needs an output file: -o PATH"
           << (emit == "so" ? " (or --bundle PATH)" : "") << "\n";
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
  // riskcard_open_with is the runtime's own function (guard_entry.h).
  if (entry == "with") {
    errs() << "error: the guard's entry `riskcard_open_with` is taken by the runtime; choose "
                "another with --entry NAME\n";
    return 1;
  }
  if (!isCIdentifier(entry)) {
    errs() << "error: the guard's entry `riskcard_open_" << entry
           << "` is not a C identifier; choose one with --entry NAME\n";
    return 1;
  }
  for (const std::string &field : logMask) {
    llvm::StringRef top = llvm::StringRef(field).split('.').first;
    if (!llvm::any_of(policy->input->fields, [&](const auto &f) { return f.name.name == top; })) {
      errs() << "error: `--log-mask " << field << "`: the input `" << policy->input->name.name
             << "` has no field `" << top << "`\n";
      return 1;
    }
  }
  mlir::MLIRContext context;
  Stage stage = emit == "risk"  ? Stage::Risk
                : emit == "std" ? Stage::Standard
                : emit == "gpu" ? Stage::Gpu
                                : Stage::LLVMDialect;
  // A module printed as the stage asked for; the exit status.
  auto printStage = [&](mlir::ModuleOp module) {
    mlir::OpPrintingFlags flags;
    if (printLocations)
      flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
    llvm::raw_ostream *os = textOut();
    if (!os)
      return 1;
    module.print(*os, flags);
    *os << "\n";
    return 0;
  };
  // The GPU code: printed, or packed into the guard beside the CPU code.
  std::string cudaImage;
  if (cudaTarget) {
    PipelineOptions gpuPipeline = pipeline;
    gpuPipeline.target = gpuTarget;
    mlir::OwningOpRef<mlir::ModuleOp> gpuModule =
        compilePolicy(context, *policy, c.sources, c.diags, stage, gpuPipeline);
    if (!gpuModule) {
      emitDiagnostics(c.diags, options.format);
      return 1;
    }
    if (emulation && emit == "obj") {
      // `risk_eval_batch` for the host, with the kernel's parameters.
      if (llvm::Error err = emitObjectFile(*gpuModule, policy->manifestJson(), output)) {
        errs() << "error: " << llvm::toString(std::move(err)) << "\n";
        return 1;
      }
      return 0;
    }
    if (emit == "ptx" || emit == "so") {
      auto objects = serializeGpuModule(*gpuModule, TargetDescription::cuda(), emit == "ptx");
      if (!objects) {
        errs() << "error: " << llvm::toString(objects.takeError()) << "\n";
        return 1;
      }
      if (emit == "ptx") {
        llvm::raw_ostream *os = textOut();
        if (!os)
          return 1;
        for (const GpuObject &o : *objects)
          if (o.ptx)
            *os << llvm::StringRef(o.bytes).rtrim('\0');
        return 0;
      }
      cudaImage = packCudaImage(*objects, TargetDescription::cuda(), normalizersOf(*gpuModule));
    } else {
      emitDiagnostics(c.diags, options.format);
      return printStage(*gpuModule);
    }
  }
  mlir::OwningOpRef<mlir::ModuleOp> module =
      compilePolicy(context, *policy, c.sources, c.diags, stage, pipeline);
  emitDiagnostics(c.diags, options.format);
  if (!module)
    return 1;
  if (emit == "risk" || emit == "std" || emit == "llvm-dialect")
    return printStage(*module);
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
  // The guard goes to `-o`, or for a bundle alone to a temporary file.
  std::string guardPath = output;
  std::optional<llvm::FileRemover> removeGuard;
  if (guardPath.empty()) {
    llvm::SmallString<128> temp;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile("riskc-guard", "so", temp)) {
      errs() << "error: cannot create a temporary file: " << ec.message() << "\n";
      return 1;
    }
    guardPath = std::string(temp);
    removeGuard.emplace(guardPath);
  }
  // One object, or for a large policy one per core, compiled in parallel.
  auto objects = emitObjectFiles(*module, manifest, guardPath + ".o", cudaImage);
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
  std::string versionScript = guardPath + ".map";
  if (!writeTextFile(versionScript, "{\n  global: riskcard_*;\n  local: riskcard_open_with; riskcard_guard_from_code; riskcard_entry_open; "
                      "riskcard_guard_manifest; riskcard_guard_cuda_image; "
                      "riskcard_guard_cuda_image_size; *;\n};\n"))
    return 1;
  std::string entryObject = libDir + "/libriskcard_entry.a",
              runtime = libDir + "/libriskcard_runtime.a";
  std::vector<std::string> argv = {*compiler, "-shared", "-o", guardPath};
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
    errs() << "error: linking `" << guardPath << "` failed"
           << (message.empty() ? "" : ": " + message) << "\n";
    return 1;
  }
  if (!bundle.empty() && !writeBundle(bundle, guardPath, *policy, c, logMask))
    return 1;
  auto summary = [&] {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return " (policy `" + decl->name.name + "`, " + std::to_string(policy->rules.size()) +
           " rules, " + llvm::formatv("{0:f2}", seconds).str() + " s)\n";
  };
  if (output.empty()) {
    llvm::errs() << "riskc: built " << bundle << summary();
    return 0;
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
  llvm::errs() << "riskc: built " << output << (bundle.empty() ? " and " : ", ") << header
               << (bundle.empty() ? "" : " and " + bundle) << summary();
  return 0;
}
