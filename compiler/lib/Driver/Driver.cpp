//===- Driver.cpp - Subcommand dispatch and shared options ----------------===//
//
// `riskc <command> [options] [files]`. Option parsing is deliberately small:
// every subcommand takes its options by name from an Args object and reports
// anything left over, so a typo never passes silently.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Policy/Policy.h"
#include "riskcard/serve.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace risk;
using namespace risk::driver;

static const char *const usage = R"(riskc - the Riskcard compiler

usage: riskc <command> [options] [files]

commands:
  check FILES|DIRS     parse, resolve and check; exit 1 on errors
  fmt [--check] FILES  rewrite files in the canonical layout
  doc -o DIR FILES     render cards and taxonomies as HTML, Markdown and JSON
  import lmrc PATH -o DIR
                       convert upstream LM Risk Cards into .riskcard files
  build FILE -o guard.so
                       compile a policy into a shared library and guard.h
  build FILE --emit=ast|risk|std|llvm-dialect|llvm|obj
                       print (or write with -o) a stage of compilation
  eval FILE --input FILE.jsonl
                       evaluate a policy, one decision per input line
  test FILES|DIRS      run test blocks and the card examples they name
  repl [FILES]         a live workbench: declarations, :eval, :explain, ...
  bench t2i [--data FILE] [--policy FILE]
                       detection quality of a guard on T2I-RiskyPrompt
  train --data FILE --labels TAX -o MODEL.rkm
                       train a linear scorer for `model m = linear(...)`
  serve BUNDLE... [--listen HOST:PORT]
                       serve guards over HTTP (evaluate, batch, metrics)

common options:
  -I DIR               add DIR to the module search path
  --stdlib DIR         use DIR as the standard library
  -W<kind>, -Wno-<kind>
                       enable or disable a warning or lint by kind
  -w                   disable all warnings
  --werror             treat warnings as errors
  --format=text|json|sarif
                       how to write diagnostics
  --ferror-limit=N     stop after N errors (0: no limit; default 50)
  --color=auto|always|never
  --lint-target=TAX    report cards that do not reach taxonomy TAX

run `riskc <command> --help` for a command's own options.
)";

static std::string &programName() {
  static std::string name = "riskc";
  return name;
}

void driver::setProgramName(llvm::StringRef name) { programName() = name.str(); }

llvm::raw_ostream &driver::errs() {
  llvm::errs() << programName() << ": ";
  return llvm::errs();
}

bool driver::writeTextFile(const llvm::Twine &path, llvm::StringRef text) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path.str(), ec, llvm::sys::fs::OF_Text);
  if (ec) {
    errs() << "error: cannot write `" << path << "`: " << ec.message() << "\n";
    return false;
  }
  os << text;
  return true;
}

//===----------------------------------------------------------------------===//
// Args
//===----------------------------------------------------------------------===//

bool Args::flag(llvm::StringRef name) {
  bool found = false;
  for (auto it = words.begin(); it != words.end();) {
    if (*it == name) {
      found = true;
      it = words.erase(it);
    } else {
      ++it;
    }
  }
  return found;
}

std::vector<std::string> Args::values(llvm::StringRef name) {
  std::vector<std::string> out;
  bool shortOption = name.size() == 2 && name[0] == '-';
  for (size_t i = 0; i < words.size();) {
    llvm::StringRef word = words[i];
    if (word == name && i + 1 < words.size()) {
      out.push_back(words[i + 1]);
      words.erase(words.begin() + i, words.begin() + i + 2);
      continue;
    }
    if (word.starts_with(name) && word.size() > name.size() &&
        (word[name.size()] == '=' || shortOption)) {
      out.push_back(word.drop_front(name.size() + (word[name.size()] == '=' ? 1 : 0)).str());
      words.erase(words.begin() + i);
      continue;
    }
    ++i;
  }
  return out;
}

std::optional<std::string> Args::value(llvm::StringRef name) {
  std::vector<std::string> all = values(name);
  if (all.empty())
    return std::nullopt;
  return all.back();
}

std::vector<std::string> Args::prefixed(llvm::StringRef prefix) {
  std::vector<std::string> out;
  for (auto it = words.begin(); it != words.end();) {
    if (llvm::StringRef(*it).starts_with(prefix) && it->size() > prefix.size()) {
      out.push_back(it->substr(prefix.size()));
      it = words.erase(it);
    } else {
      ++it;
    }
  }
  return out;
}

bool Args::finish(std::vector<std::string> &positional, llvm::StringRef command) {
  bool ok = true;
  bool onlyPositional = false;
  for (const std::string &word : words) {
    if (word == "--" && !onlyPositional) {
      onlyPositional = true;
      continue;
    }
    if (!onlyPositional && word.size() > 1 && word[0] == '-') {
      // `command` is a riskc subcommand, or a whole program name ("risk-...").
      std::string program = command.starts_with("risk-") ? command.str() : "riskc " + command.str();
      errs() << "error: unknown option `" << word << "` for `" << program << "` (see `"
             << program << " --help`)\n";
      ok = false;
      continue;
    }
    positional.push_back(word);
  }
  return ok;
}

//===----------------------------------------------------------------------===//
// Shared options and the front end
//===----------------------------------------------------------------------===//

bool Args::positive(llvm::StringRef name, unsigned long long &out, unsigned long long max) {
  out = 0;
  std::optional<std::string> v = value(name);
  if (!v)
    return true;
  if (llvm::StringRef(*v).getAsInteger(10, out) || out == 0 || out > max) {
    errs() << "error: `" << name << "` takes a positive number, not `" << *v << "`\n";
    out = 0;
    return false;
  }
  return true;
}

bool Args::real(llvm::StringRef name, unsigned max, llvm::StringRef what, double &out) {
  std::optional<std::string> v = value(name);
  double x;
  if (!v)
    return true;
  if (llvm::StringRef(*v).getAsDouble(x) || !(x >= 0 && x <= max)) {
    errs() << "error: `" << name << "` wants " << what << " from 0 to " << max << ", not `" << *v << "`\n";
    return false;
  }
  out = x;
  return true;
}

bool driver::parsePipelineOptions(Args &args, PipelineOptions &options) {
  bool ok = args.positive("--max-automaton-states", options.maxAutomatonStates);
  ok &= args.positive("--max-fused-states", options.maxFusedStates);
  ok &= args.positive("--rules-per-function", options.rulesPerFunction);
  if (args.flag("--no-word-tables"))
    options.wordTables = false;
  return ok;
}

bool driver::parseCommonOptions(Args &args, const char *argv0, CommonOptions &options) {
  bool ok = true;
  options.frontend.includeDirs = args.values("-I");
  for (const std::string &dir : options.frontend.includeDirs)
    if (!llvm::sys::fs::is_directory(dir)) {
      errs() << "error: include folder `" << dir << "` does not exist\n";
      ok = false;
    }
  options.frontend.stdlibDir = args.value("--stdlib").value_or(getDefaultStdlibDir(argv0));
  options.diagnostics.warningsAsErrors = args.flag("--werror") | args.flag("-Werror");
  options.diagnostics.allWarningsOff = args.flag("-w");
  if (auto limit = args.value("--ferror-limit")) {
    if (llvm::StringRef(*limit).getAsInteger(10, options.diagnostics.errorLimit)) {
      errs() << "error: `--ferror-limit` takes a number, not `" << *limit << "`\n";
      ok = false;
    }
  }
  std::string color = args.value("--color").value_or("auto");
  if (color == "always")
    options.diagnostics.color = true;
  else if (color == "never")
    options.diagnostics.color = false;
  else if (color == "auto")
    options.diagnostics.color =
        llvm::sys::Process::StandardErrHasColors() && !llvm::sys::Process::GetEnv("NO_COLOR");
  else {
    errs() << "error: `--color` is `auto`, `always` or `never`, not `" << color << "`\n";
    ok = false;
  }
  if (auto format = args.value("--format")) {
    if (*format == "text")
      options.format = DiagnosticFormat::Text;
    else if (*format == "json")
      options.format = DiagnosticFormat::Json;
    else if (*format == "sarif")
      options.format = DiagnosticFormat::Sarif;
    else {
      errs() << "error: `--format` is `text`, `json` or `sarif`, not `" << *format << "`\n";
      ok = false;
    }
  }
  for (const std::string &w : args.prefixed("-W")) {
    llvm::StringRef name = w;
    bool on = !name.consume_front("no-");
    if (name == "error") {
      options.diagnostics.warningsAsErrors = on;
      continue;
    }
    std::optional<DiagId> id = lookupDiagKind(name);
    if (!id || getDiagKindInfo(*id).defaultSeverity == Severity::Error) {
      std::vector<std::string> names;
      for (const DiagKindInfo &info : getAllDiagKinds())
        if (info.defaultSeverity != Severity::Error)
          names.push_back(info.name.str());
      errs() << "error: unknown warning `" << name << "`" << didYouMean(name, names) << "\n";
      ok = false;
      continue;
    }
    options.diagnostics.overrides.push_back({*id, on});
  }
  options.sema.lintTargets = args.values("--lint-target");
  if (!options.sema.lintTargets.empty())
    options.diagnostics.overrides.push_back({DiagId::UnmappedCard, true});
  return ok;
}

bool driver::collectSourceFiles(const std::vector<std::string> &paths,
                                std::vector<std::string> &files) {
  bool ok = true;
  for (const std::string &p : paths) {
    if (llvm::sys::fs::is_directory(p)) {
      std::vector<std::string> found = ModuleLoader::findSourceFiles(p);
      files.insert(files.end(), found.begin(), found.end());
    } else if (llvm::sys::fs::exists(p)) {
      files.push_back(p);
    } else {
      errs() << "error: no such file or folder: `" << p << "`\n";
      ok = false;
    }
  }
  return ok;
}

Compilation::Compilation(const CommonOptions &options)
    : diags(sources, options.diagnostics), program(sources, diags),
      loader(program, options.frontend), sema(program, options.sema),
      lintTargets(!options.sema.lintTargets.empty()) {}

void Compilation::load(const std::vector<std::string> &files, bool withStdlibMaps,
                       bool checkPolicies) {
  for (const std::string &file : files)
    if (!loader.loadRoot(file))
      errs() << "error: cannot read `" << file << "`\n";
  loader.resolveImports();
  if (withStdlibMaps || lintTargets)
    loader.loadStdlibMaps(); // a lint target is reached through the stdlib maps
  sema.run();
  if (checkPolicies)
    policies = checkAllPolicies(sema, program, maxAutomatonStates);
}

const CheckedPolicy *Compilation::checked(const PolicyDecl &decl) {
  auto it = policies.find(&decl);
  if (it != policies.end())
    return it->second.get();
  for (const Module *root : program.roots)
    if (decl.module == root)
      return nullptr; // a root policy that did not check: already reported
  auto policy = checkPolicy(decl, sema, program, maxAutomatonStates);
  const CheckedPolicy *out = policy.get();
  if (policy)
    policies[&decl] = std::move(policy);
  return out;
}

void driver::emitDiagnostics(DiagnosticEngine &diags, DiagnosticFormat format) {
  if (format == DiagnosticFormat::Text)
    diags.emit(llvm::errs(), format);
  else
    diags.emit(llvm::outs(), format);
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

int risk::runDriver(const char *argv0, std::vector<std::string> args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    llvm::outs() << usage;
    return args.empty() ? 1 : 0;
  }
  if (args[0] == "--version") {
    llvm::outs() << "riskc version " RISK_VERSION "\n";
    return 0;
  }
  std::string command = args[0];
  Args rest(std::vector<std::string>(args.begin() + 1, args.end()));
  if (command == "check")
    return runCheck(argv0, std::move(rest));
  if (command == "fmt")
    return runFormat(argv0, std::move(rest));
  if (command == "doc")
    return runDoc(argv0, std::move(rest));
  if (command == "import")
    return runImport(argv0, std::move(rest));
  if (command == "eval")
    return runEval(argv0, std::move(rest));
  if (command == "test")
    return runTest(argv0, std::move(rest));
  if (command == "build")
    return runBuild(argv0, std::move(rest));
  if (command == "repl")
    return runRepl(argv0, std::move(rest));
  if (command == "bench")
    return runBench(argv0, std::move(rest));
  if (command == "train")
    return runTrain(argv0, std::move(rest));
  if (command == "serve") {
    // The server reads its own options (runtime/serve links no LLVM).
    std::vector<std::string> words = {"riskc serve"};
    words.insert(words.end(), args.begin() + 1, args.end());
    std::vector<char *> serveArgv;
    for (std::string &word : words)
      serveArgv.push_back(word.data());
    serveArgv.push_back(nullptr);
    return riskcardServeMain(int(words.size()), serveArgv.data());
  }
  static const std::vector<std::string> commands = {"check", "fmt",  "doc",  "import", "build",
                                                    "eval",  "test", "repl", "bench",  "train",
                                                    "serve"};
  errs() << "error: unknown command `" << command << "`" << didYouMean(command, commands)
         << "\n(run `riskc --help` for the list)\n";
  return 1;
}

std::string driver::htmlEscape(llvm::StringRef s) {
  std::string out;
  for (char c : s)
    out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : c == '"' ? "&quot;" : std::string(1, c);
  return out;
}

std::string driver::htmlReportHead(llvm::StringRef title) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + htmlEscape(title) +
         "</title>\n<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
         "td:first-child,th:first-child{text-align:left}svg text{font-size:11px}</style></head><body>\n";
}

const PolicyDecl *driver::findPolicy(const Program &program, const std::string &name) {
  const PolicyDecl *found = nullptr;
  unsigned count = 0;
  for (const Module *root : program.roots)
    for (const auto &d : root->decls)
      if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get())) {
        ++count;
        if (name.empty() || p->name.name == name)
          found = p;
      }
  if (name.empty() && count != 1) {
    errs() << "error: " << (count ? "the files hold several policies; choose one with --policy"
                                  : "the files hold no policy")
           << "\n";
    return nullptr;
  }
  if (!found)
    errs() << "error: no policy `" << name << "` in the files\n";
  return found;
}
