//===- serve.h - `riskc serve`: guard bundles over HTTP ---------*- C++ -*-===//
//
// The server that hosts compiled guards (bundles or bare guard .so files)
// next to a model: evaluation one input or a batch at a time, health, the
// bundles served, Prometheus metrics, hot reload and decision logs. It links
// no LLVM: `riskc serve` and the standalone `riskcard-serve` both call
// riskcardServeMain. Design: docs/design/deployments.md; options:
// docs/commands.md.
//
//===----------------------------------------------------------------------===//
#ifndef RISKCARD_SERVE_H
#define RISKCARD_SERVE_H

/// Runs the server with command-line arguments (argv[0] names the program in
/// messages, e.g. "riskc serve"); returns the exit status: 0 after SIGTERM or
/// SIGINT, 1 for bad options or a bundle that cannot be served.
int riskcardServeMain(int argc, char **argv);

#endif // RISKCARD_SERVE_H
