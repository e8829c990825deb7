//===- CheckFuzzer.cpp - libFuzzer target for the whole front end ---------===//
//
// Any byte string, as a module that may import the stdlib, must go through
// parsing, module loading, sema and the policy checker without a crash, a
// hang or a leak. (The checker also compiles every pattern against the
// automaton limits; a small limit keeps each run short.) Not run by CI: run
// it by hand, `riskcard-check-fuzzer CORPUS -max_len=2048`, and keep what it
// finds as regression tests.
//
//===----------------------------------------------------------------------===//
#include "risk/Frontend/Program.h"
#include "risk/Policy/Policy.h"
#include "risk/Sema/Sema.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *stdlib = std::getenv("RISKC_STDLIB");
  risk::SourceManager sources;
  risk::DiagnosticEngine diags(sources);
  risk::Program program(sources, diags);
  risk::FrontendOptions frontend;
  if (stdlib)
    frontend.stdlibDir = stdlib;
  risk::ModuleLoader loader(program, frontend);
  risk::SemaOptions semaOptions;
  risk::Sema sema(program, semaOptions);
  uint32_t file =
      sources.addBuffer("fuzz.riskcard", std::string(reinterpret_cast<const char *>(data), size));
  loader.loadRootBuffer(file);
  loader.resolveImports();
  sema.run();
  if (!diags.hasErrors())
    (void)risk::checkAllPolicies(sema, program, /*maxAutomatonStates=*/2000);
  return 0;
}
