//===- ModuleLoader.cpp - Finding, parsing and linking modules -------------===//
//
// Module names map to paths: `a.b.c` is `a/b/c.riskcard` under a search folder,
// and `std.x.y` is `x/y.riskcard` under the stdlib. A file is parsed at most
// once per run, keyed by its real path, so a file named on the command line and
// imported elsewhere is one module.
//
//===----------------------------------------------------------------------===//
#include "risk/Frontend/Program.h"

#include "risk/Basic/FileAccess.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <algorithm>
#include <functional>

using namespace risk;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

#ifndef RISK_STDLIB_DIR
#define RISK_STDLIB_DIR ""
#endif

std::string risk::getDefaultStdlibDir(const char *argv0) {
  if (auto env = llvm::sys::Process::GetEnv("RISKC_STDLIB"))
    return *env;
  static int anchor;
  std::string exe = fs::getMainExecutable(argv0, &anchor);
  if (!exe.empty()) {
    llvm::SmallString<256> installed(path::parent_path(path::parent_path(exe)));
    path::append(installed, "share", "riskcard", "stdlib");
    if (fs::is_directory(installed))
      return std::string(installed);
  }
  return RISK_STDLIB_DIR;
}

static std::string realPathOf(llvm::StringRef p) {
  llvm::SmallString<256> real;
  if (fs::real_path(p, real))
    return p.str();
  return std::string(real);
}

bool Program::mayRead(llvm::StringRef path) const { return isInsideFolders(path, readableFolders); }

ModuleLoader::ModuleLoader(Program &program, FrontendOptions opts)
    : program(program), options(std::move(opts)) {
  for (const std::string &dir : options.includeDirs)
    program.readableFolders.push_back(realPathOf(dir));
  if (!options.stdlibDir.empty())
    program.readableFolders.push_back(realPathOf(options.stdlibDir));
}

Module *Program::addModule(std::unique_ptr<Module> module, bool isRoot) {
  Module *raw = module.get();
  modules.push_back(std::move(module));
  if (isRoot)
    roots.push_back(raw);
  return raw;
}

std::vector<std::string> ModuleLoader::findSourceFiles(llvm::StringRef dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (path::extension(it->path()) == ".riskcard" &&
        it->type() != fs::file_type::directory_file)
      files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// `std.taxonomy.t2i` for a file at <stdlib>/taxonomy/t2i.riskcard, else "".
std::string ModuleLoader::stdlibNameFor(llvm::StringRef realPath) const {
  if (options.stdlibDir.empty())
    return "";
  std::string root = realPathOf(options.stdlibDir);
  llvm::StringRef rel = realPath;
  if (!rel.consume_front(root) || !rel.consume_front("/"))
    return "";
  if (!rel.consume_back(".riskcard"))
    return "";
  std::string name = "std." + rel.str();
  std::replace(name.begin(), name.end(), '/', '.');
  return name;
}

Module *ModuleLoader::finishModule(std::unique_ptr<Module> module, llvm::StringRef expectedName,
                                   SourceRange importedAt, bool isRoot) {
  if (module->declaredName) {
    module->name = module->declaredName->str();
    if (!expectedName.empty() && module->name != expectedName) {
      program.diags
          .report(DiagId::ModuleNameMismatch, module->declaredName->range,
                  {module->name, expectedName.str()})
          .note(importedAt, "imported here")
          .fixit(module->declaredName->range, expectedName.str());
    }
  } else if (!expectedName.empty()) {
    module->name = expectedName.str();
  } else {
    module->name = path::stem(module->path).str();
  }
  Module *raw = program.addModule(std::move(module), isRoot);
  // Only names that can be imported are registered: declared or found by import.
  if (raw->declaredName || !expectedName.empty()) {
    auto [it, inserted] = program.byName.try_emplace(raw->name, raw);
    if (!inserted && it->second != raw) {
      SourceRange at = raw->declaredName ? raw->declaredName->range
                                         : SourceRange(SourceLoc{raw->fileId, 0});
      SourceRange first = it->second->declaredName ? it->second->declaredName->range
                                                   : SourceRange(SourceLoc{it->second->fileId, 0});
      program.diags.report(DiagId::DuplicateModule, at, {raw->name})
          .note(first, "also defined here");
    }
  }
  return raw;
}

Module *ModuleLoader::parseFile(llvm::StringRef filePath, llvm::StringRef expectedName,
                                SourceRange importedAt) {
  std::string real = realPathOf(filePath);
  if (auto it = program.byPath.find(real); it != program.byPath.end())
    return it->second;
  // An import may name only a file inside the readable folders (a symlink
  // out of them is followed before the check).
  if (importedAt.isValid() && !program.mayRead(real)) {
    program.diags.report(DiagId::FileNotAllowed, importedAt, {filePath.str()});
    return nullptr;
  }
  std::string error;
  uint32_t fileId = program.sources.addFile(filePath, error);
  if (!fileId) {
    program.diags.report(DiagId::CannotReadFile, importedAt, {filePath.str(), error});
    return nullptr;
  }
  std::unique_ptr<Module> module = parseModule(program.sources, fileId, program.diags, options.parse);
  std::string expected = expectedName.empty() ? stdlibNameFor(real) : expectedName.str();
  Module *raw = finishModule(std::move(module), expected, importedAt, /*isRoot=*/false);
  program.byPath[real] = raw;
  return raw;
}

Module *ModuleLoader::loadRoot(llvm::StringRef filePath) {
  std::string real = realPathOf(filePath);
  program.readableFolders.push_back(std::string(path::parent_path(real)));
  if (auto it = program.byPath.find(real); it != program.byPath.end()) {
    if (!llvm::is_contained(program.roots, it->second))
      program.roots.push_back(it->second);
    return it->second;
  }
  Module *module = parseFile(filePath, "", {});
  if (module)
    program.roots.push_back(module);
  return module;
}

Module *ModuleLoader::loadRootBuffer(uint32_t fileId) {
  // A buffer (the REPL's input) reads from the current folder.
  llvm::SmallString<256> here;
  if (!fs::current_path(here))
    program.readableFolders.push_back(realPathOf(here));
  std::unique_ptr<Module> module = parseModule(program.sources, fileId, program.diags, options.parse);
  return finishModule(std::move(module), "", {}, /*isRoot=*/true);
}

void ModuleLoader::loadStdlibMaps() {
  if (options.stdlibDir.empty())
    return;
  llvm::SmallString<256> maps(options.stdlibDir);
  path::append(maps, "map");
  for (const std::string &file : findSourceFiles(maps))
    parseFile(file, "", {});
  resolveImports();
}

std::string ModuleLoader::findModuleFile(llvm::StringRef name, const Module &from,
                                         std::vector<std::string> &searched) const {
  llvm::SmallVector<llvm::StringRef, 4> parts;
  name.split(parts, '.');
  auto relative = [&](size_t skip) {
    llvm::SmallString<128> rel;
    for (size_t i = skip; i < parts.size(); ++i)
      path::append(rel, parts[i]);
    rel += ".riskcard";
    return rel;
  };
  auto tryDir = [&](llvm::StringRef dir, size_t skip) -> std::string {
    llvm::SmallString<256> candidate(dir);
    path::append(candidate, relative(skip));
    searched.push_back(std::string(candidate));
    return fs::exists(candidate) ? std::string(candidate) : "";
  };
  llvm::StringRef fromDir = path::parent_path(from.path);
  if (std::string found = tryDir(fromDir.empty() ? "." : fromDir, 0); !found.empty())
    return found;
  for (const std::string &dir : options.includeDirs)
    if (std::string found = tryDir(dir, 0); !found.empty())
      return found;
  if (parts.size() > 1 && parts[0] == "std" && !options.stdlibDir.empty())
    if (std::string found = tryDir(options.stdlibDir, 1); !found.empty())
      return found;
  return "";
}

void ModuleLoader::resolveImports() {
  // Modules are appended while we iterate; index-based on purpose. A second
  // call only looks at modules loaded since the first.
  for (size_t i = resolvedCount; i < program.modules.size(); ++i) {
    Module *module = program.modules[i].get();
    if (module->hasSyntaxErrors)
      continue; // its imports may be fragments of a broken line
    llvm::StringMap<const ImportDecl *> seen;
    for (ImportDecl &import : module->imports) {
      std::string name = import.moduleName.str();
      if (auto [it, inserted] = seen.try_emplace(name, &import); !inserted) {
        program.diags.report(DiagId::DuplicateImport, import.range, {name})
            .note(it->second->range, "first imported here");
      }
      if (auto it = program.byName.find(name); it != program.byName.end()) {
        import.resolved = it->second;
        continue;
      }
      std::vector<std::string> searched;
      std::string file = findModuleFile(name, *module, searched);
      if (file.empty()) {
        // Suggest a module with a close name from anywhere on the search path.
        std::vector<std::string> known;
        if (!options.stdlibDir.empty())
          for (const std::string &f : findSourceFiles(options.stdlibDir))
            if (std::string n = stdlibNameFor(realPathOf(f)); !n.empty())
              known.push_back(n);
        for (const std::string &dir : options.includeDirs)
          for (const std::string &f : findSourceFiles(dir)) {
            llvm::StringRef rel = f;
            if (!rel.consume_front(dir) || !rel.consume_back(".riskcard"))
              continue;
            std::string n = rel.ltrim("/").str();
            std::replace(n.begin(), n.end(), '/', '.');
            known.push_back(n);
          }
        for (const auto &entry : program.byName)
          known.push_back(entry.getKey().str());
        // And the modules next to the importing file.
        if (!module->path.empty()) {
          std::string dir = llvm::sys::path::parent_path(module->path).str();
          if (dir.empty())
            dir = ".";
          std::error_code ec;
          for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec))
            if (llvm::StringRef(it->path()).ends_with(".riskcard"))
              known.push_back(llvm::sys::path::stem(it->path()).str());
        }
        std::string hint = didYouMean(name, known);
        auto diag = program.diags.report(DiagId::ImportNotFound, import.moduleName.range,
                                         {name, hint});
        std::string where;
        for (const std::string &s : searched)
          where += "\n  " + s;
        diag.note(import.range, "searched:" + where);
        continue;
      }
      import.resolved = parseFile(file, name, import.moduleName.range);
    }
  }
  resolvedCount = program.modules.size();
  checkCycles();
}

void ModuleLoader::checkCycles() {
  enum class State { New, Active, Done };
  std::map<const Module *, State> state;
  std::vector<const Module *> stack;
  std::function<void(const Module *)> visit = [&](const Module *m) {
    state[m] = State::Active;
    stack.push_back(m);
    for (const ImportDecl &import : m->imports) {
      const Module *next = import.resolved;
      if (!next)
        continue;
      State s = state.count(next) ? state[next] : State::New;
      if (s == State::Active) {
        std::string chain;
        auto start = std::find(stack.begin(), stack.end(), next);
        for (auto it = start; it != stack.end(); ++it)
          chain += "`" + (*it)->name + "` -> ";
        chain += "`" + next->name + "`";
        if (reportedCycles.insert(&import).second)
          program.diags.report(DiagId::ImportCycle, import.range, {next->name, chain});
      } else if (s == State::New) {
        visit(next);
      }
    }
    stack.pop_back();
    state[m] = State::Done;
  };
  for (const auto &m : program.modules)
    if (!state.count(m.get()))
      visit(m.get());
}
