//===- riskcard-serve.cpp - The server without the compiler ---------------===//
//
// `riskcard-serve BUNDLE... [options]` is `riskc serve` in a program that
// links no LLVM: the loader, the runtime, cpp-httplib and fmt only.
//
//===----------------------------------------------------------------------===//
#include "riskcard/serve.h"

int main(int argc, char **argv) {
  char program[] = "riskcard-serve";
  argv[0] = program;
  return riskcardServeMain(argc, argv);
}
