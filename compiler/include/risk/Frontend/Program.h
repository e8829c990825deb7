//===- Program.h - The set of modules one run works on ----------*- C++ -*-===//
//
// A Program owns every module a command reads: the files named on the command
// line (roots) and everything they import, transitively. The ModuleLoader finds
// imported modules on the search path (the importing file's folder, each -I
// folder, then the stdlib for `std.` names), parses each file once, and checks
// that declared module names match where the file was found.
//
//===----------------------------------------------------------------------===//
#ifndef RISK_FRONTEND_PROGRAM_H
#define RISK_FRONTEND_PROGRAM_H

#include "risk/AST/AST.h"
#include "risk/Basic/Diagnostic.h"
#include "risk/Parse/Parser.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <set>
#include <memory>
#include <string>
#include <vector>

namespace risk {

struct FrontendOptions {
  std::vector<std::string> includeDirs;
  /// The folder `std.` module names resolve into.
  std::string stdlibDir;
  ParseOptions parse;
};

/// The stdlib folder: $RISKC_STDLIB, else the one next to the installed binary,
/// else the source tree's (set at build time).
std::string getDefaultStdlibDir(const char *argv0);

class Program {
public:
  Program(SourceManager &sources, DiagnosticEngine &diags) : sources(sources), diags(diags) {}

  SourceManager &sources;
  DiagnosticEngine &diags;
  std::vector<std::unique_ptr<Module>> modules; ///< in load order
  std::vector<Module *> roots;
  llvm::StringMap<Module *> byName;
  std::map<std::string, Module *> byPath; ///< by real path
  /// The folders (real paths) whose files the program may read: those of the
  /// files named on the command line, the include folders and the standard
  /// library (FileAccess.h).
  std::vector<std::string> readableFolders;

  /// Whether a file a module names (an import, a lexicon or model file) may
  /// be read: it lies, symlinks resolved, inside a readable folder.
  bool mayRead(llvm::StringRef path) const;

  /// Adds a module parsed from an in-memory buffer (the REPL, split input).
  Module *addModule(std::unique_ptr<Module> module, bool isRoot);
};

class ModuleLoader {
public:
  ModuleLoader(Program &program, FrontendOptions options);

  /// Parses a file named on the command line. Returns null if it cannot be read.
  Module *loadRoot(llvm::StringRef path);
  /// Parses an in-memory buffer as a root module (its folder is `dir`).
  Module *loadRootBuffer(uint32_t fileId);
  /// Resolves every import of every loaded module, loading files as needed,
  /// and reports import cycles.
  void resolveImports();

  /// Loads every map module of the stdlib (and the taxonomies they import), so
  /// that categories reach every taxonomy the stdlib relates them to.
  void loadStdlibMaps();

  /// Every `.riskcard` file under `dir`, sorted.
  static std::vector<std::string> findSourceFiles(llvm::StringRef dir);
  const FrontendOptions &getOptions() const { return options; }

private:
  Module *parseFile(llvm::StringRef path, llvm::StringRef expectedName, SourceRange importedAt);
  Module *finishModule(std::unique_ptr<Module> module, llvm::StringRef expectedName,
                       SourceRange importedAt, bool isRoot);
  std::string findModuleFile(llvm::StringRef name, const Module &from,
                             std::vector<std::string> &searched) const;
  std::string stdlibNameFor(llvm::StringRef realPath) const;
  void checkCycles();

  Program &program;
  FrontendOptions options;
  size_t resolvedCount = 0;
  std::set<const ImportDecl *> reportedCycles;
};

} // namespace risk

#endif // RISK_FRONTEND_PROGRAM_H
