//===- riskc.cpp - The Riskcard compiler driver ----------------------------===//
//
// A thin main: everything lives in the driver library so tests and the REPL
// share it.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"

#include "llvm/Support/InitLLVM.h"

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  return risk::runDriver(argv[0], std::vector<std::string>(argv + 1, argv + argc));
}
