//===- Driver.h - The `riskc` command line ----------------------*- C++ -*-===//
//
// One driver with subcommands. Each subcommand lives in its own file under
// compiler/lib/Driver and shares the option parsing and front-end set-up here.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_DRIVER_DRIVER_H
#define RISK_DRIVER_DRIVER_H

#include "risk/Basic/Diagnostic.h"
#include "risk/Frontend/Program.h"
#include "risk/Pipelines/Pipeline.h"
#include "risk/Policy/Policy.h"
#include "risk/Sema/Sema.h"
#include "riskcard/device.hpp"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include <memory>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace risk {

/// Runs `riskc` with `args` (without the program name); returns the exit code.
int runDriver(const char *argv0, std::vector<std::string> args);

namespace driver {

/// Command-line words after the subcommand, with typed access to options.
/// Options are `--name=value`, `--name value`, `-X value`, `-Xvalue` for
/// single-letter ones, and bare flags.
class Args {
public:
  explicit Args(std::vector<std::string> words) : words(std::move(words)) {}

  /// Takes a flag; returns whether it was present.
  bool flag(llvm::StringRef name);
  /// Takes the last value of an option.
  std::optional<std::string> value(llvm::StringRef name);
  /// Takes every value of a repeatable option.
  std::vector<std::string> values(llvm::StringRef name);
  /// Takes a positive whole number into `out`, if the option is given;
  /// reports a value that is not one and returns false.
  template <typename T> bool positive(llvm::StringRef name, T &out) {
    unsigned long long n;
    if (!positive(name, n, (unsigned long long)std::numeric_limits<T>::max()))
      return false;
    if (n)
      out = T(n);
    return true;
  }
  bool positive(llvm::StringRef name, unsigned long long &out, unsigned long long max);
  /// Takes a real number from 0 to `max` into `out`, if the option is given;
  /// reports another value ("`NAME` wants WHAT from 0 to MAX") and returns
  /// false.
  bool real(llvm::StringRef name, unsigned max, llvm::StringRef what, double &out);
  /// Takes every word starting with `prefix` (e.g. `-W`), prefix removed.
  std::vector<std::string> prefixed(llvm::StringRef prefix);
  /// What is left: positional arguments. Reports leftover `-options` as errors
  /// and returns false.
  bool finish(std::vector<std::string> &positional, llvm::StringRef command);

private:
  std::vector<std::string> words;
};

/// Options every front-end command shares.
struct CommonOptions {
  FrontendOptions frontend;
  DiagnosticOptions diagnostics;
  DiagnosticFormat format = DiagnosticFormat::Text;
  SemaOptions sema;
};

/// Takes the shared options out of `args`; false (with a message) on bad ones.
bool parseCommonOptions(Args &args, const char *argv0, CommonOptions &options);

/// Takes `--max-automaton-states N`, `--max-fused-states N`,
/// `--rules-per-function N` and `--no-word-tables` (build, eval, test); false
/// (with a message) on a bad number.
bool parsePipelineOptions(Args &args, PipelineOptions &options);

/// Expands folders into their `.riskcard` files; reports missing paths.
bool collectSourceFiles(const std::vector<std::string> &paths, std::vector<std::string> &files);

/// The front end of one run: sources, diagnostics, program and sema together.
struct Compilation {
  explicit Compilation(const CommonOptions &options);

  SourceManager sources;
  DiagnosticEngine diags;
  Program program;
  ModuleLoader loader;
  Sema sema;
  bool lintTargets;
  /// The automaton limit the policy checker applies to patterns.
  unsigned maxAutomatonStates = 20000;
  /// The policies of the root modules that checked without errors.
  std::map<const PolicyDecl *, std::unique_ptr<CheckedPolicy>> policies;

  /// Loads `files` as roots, resolves imports, runs sema and checks every
  /// root policy. With `withStdlibMaps`, every stdlib map (and its
  /// taxonomies) joins the program.
  void load(const std::vector<std::string> &files, bool withStdlibMaps = false,
            bool checkPolicies = true);
  /// The checked `decl`: from `policies`, or checked now (a policy of an
  /// imported module); null after reporting errors.
  const CheckedPolicy *checked(const PolicyDecl &decl);
};

/// The policy compiled for CUDA and loaded on GPU 0 (Device.cpp), for
/// `--device=gpu`; null with a message (no toolkit, driver or device).
std::unique_ptr<riskrt::cuda::Device> openGpu(const CheckedPolicy &policy, Compilation &c,
                                              const PipelineOptions &options, std::string &error);
/// openGpu for `--device=gpu` of a command: the diagnostics and, when no GPU
/// can be used, `error: --device=gpu: REASON` are printed; null after that.
std::unique_ptr<riskrt::cuda::Device> openGpuForCommand(const CheckedPolicy &policy, Compilation &c,
                                                        const PipelineOptions &options,
                                                        DiagnosticFormat format);

int runCheck(const char *argv0, Args args);
int runFormat(const char *argv0, Args args);
int runDoc(const char *argv0, Args args);
int runImport(const char *argv0, Args args);
int runBuild(const char *argv0, Args args);
int runEval(const char *argv0, Args args);
/// The JSON input a test or the REPL makes of a text: the policy input's first
/// string field set to `text`; none if the input has no string field.
std::optional<std::string> textInput(const CheckedPolicy &policy, const std::string &text);

int runTest(const char *argv0, Args args);

struct TestCounts {
  unsigned passed = 0, failed = 0;
};
/// Runs one `test` block of `root` (its expects and the examples of the cards
/// it selects) on the named engine, printing failures (and passes when
/// `verbose`) to `out`. False when the policy cannot be compiled (the
/// diagnostics are in `c.diags`).
bool runTestDecl(Compilation &c, const Module &root, const TestDecl &test,
                 const std::string &engineName, const PipelineOptions &pipeline, bool verbose,
                 TestCounts &counts, llvm::raw_ostream &out);
int runRepl(const char *argv0, Args args);
int runBench(const char *argv0, Args args);
int runTrain(const char *argv0, Args args);

/// Writes diagnostics, in `format`, to stderr (text) or stdout (JSON, SARIF).
void emitDiagnostics(DiagnosticEngine &diags, DiagnosticFormat format);
/// The error stream with the program's prefix, for errors that have no location.
llvm::raw_ostream &errs();
/// The program `errs()` names ("riskc" unless a tool that parses options
/// through `Args` says otherwise).
void setProgramName(llvm::StringRef name);
/// Writes `text` to the file `path`; false (the error said) when it cannot.
bool writeTextFile(const llvm::Twine &path, llvm::StringRef text);
/// The policy `name` of the root modules, or their only one when `name` is
/// empty; null after reporting why there is none.
const PolicyDecl *findPolicy(const Program &program, const std::string &name);
/// `s` with `<`, `>`, `&` and `"` escaped, for the HTML reports.
std::string htmlEscape(llvm::StringRef s);
/// The look of the HTML reports (bench t2i, bench propensity): the page up to
/// the body, with `title`.
std::string htmlReportHead(llvm::StringRef title);

} // namespace driver
} // namespace risk

#endif // RISK_DRIVER_DRIVER_H
