//===- Repl.cpp - riskc repl: a live workbench ------------------------------===//
//
// The session is one module built from entries (docs/design/repl.md): every
// input is applied to a candidate module that is compiled in full; only a
// clean candidate replaces the session. Policies are JIT-compiled after every
// change, with the pipeline of `riskc build`.
//
//===----------------------------------------------------------------------===//
#include "risk/AST/ASTPrinter.h"
#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"
#include "risk/Pipelines/Compile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/LineEditor/LineEditor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unistd.h>

using namespace risk;
using namespace risk::driver;

namespace {

const char *const replHelp = R"(usage: riskc repl [options] [FILES...]

A live workbench: enter declarations (taxonomies, cards, lexicons, patterns,
inputs, policies, ...) and evaluate policies as you go. FILES are loaded as
with :load. Options: -I DIR, --stdlib DIR, --max-automaton-states N,
--max-fused-states N.
)";

const char *const commandHelp = R"(Enter any declaration; it continues over lines while braces are open.
Redefining a name replaces it. Commands:
  :load FILE              add the declarations of FILE to the session
  :reload                 read the loaded files again
  :eval POLICY "text"     decide a text (the input's first string field)
  :eval POLICY {json}     decide a JSON input
  :explain                the last evaluation: every rule, its value, the matches
  :type [POLICY] EXPR     the type of an expression in a policy's scope
  :test [NAME] [-v]       run the session's test blocks (or the one named):
                          their expects and the examples of the cards they select
  :cards CATEGORY         the cards under a category, in any mapped taxonomy
  :show NAME              the declaration of NAME
  :emit risk|std|llvm POLICY
                          a stage of compilation
  :time                   time the last evaluation again
  :help                   this text
  :quit                   leave (also Ctrl-D)
)";

const char *const keywords[] = {
    "module", "import", "as", "taxonomy", "category", "code", "version", "description",
    "reference", "map", "card", "categories", "harm", "requires", "severity", "example",
    "prompt", "output", "expect", "lexicon", "fold", "case", "normalize", "words", "phrases",
    "substrings", "from", "pattern", "model", "input", "enum", "list", "string", "number", "bool",
    "json", "policy", "for", "combine", "first_match", "most_severe", "deny_overrides", "let",
    "rule", "when", "allow", "warn", "redact", "guide", "escalate", "block", "because", "default",
    "test", "cards", "and", "or", "not", "in", "true", "false", "null", "any", "count", "weight",
    "terms", "matches", "lower", "contains", "starts_with", "ends_with", "length"};

const char *const commands[] = {":load", ":reload", ":eval", ":explain", ":type", ":test", ":cards",
                                ":show", ":emit", ":time", ":help", ":quit"};

/// One input that declared something: its text and the names it declares.
/// One declaration of the session: its text and "kind name".
struct Entry {
  std::string text;
  std::string key;
  std::string file; ///< set for a declaration that :load read
};

/// A compiled state of the session: the front end and the JIT-compiled policies.
struct Built {
  std::unique_ptr<Compilation> c;
  Module *module = nullptr;
  std::map<std::string, std::unique_ptr<Engine>> engines;
  std::map<std::string, const CheckedPolicy *> policies;
};

/// Whether `text` still has an open brace (outside strings and comments).
bool needsMore(llvm::StringRef text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '#') {
      while (i < text.size() && text[i] != '\n')
        ++i;
    } else if (text.substr(i).starts_with("\"\"\"")) {
      size_t end = text.find("\"\"\"", i + 3);
      if (end == llvm::StringRef::npos)
        return true;
      i = end + 2;
    } else if (ch == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
    } else if (ch == '{') {
      ++depth;
    } else if (ch == '}') {
      --depth;
    }
  }
  return depth > 0;
}

class Repl {
public:
  Repl(CommonOptions options, PipelineOptions pipeline, bool interactive, bool color)
      : options(std::move(options)), pipeline(pipeline), interactive(interactive), color(color) {
    this->options.diagnostics.color = color;
  }

  int run(const std::vector<std::string> &files) {
    for (const std::string &f : files)
      load(f);
    std::unique_ptr<llvm::LineEditor> editor;
    std::string history;
    if (interactive) {
      llvm::SmallString<128> home;
      if (llvm::sys::path::home_directory(home)) {
        llvm::sys::path::append(home, ".riskc_history");
        history = std::string(home);
      }
      editor = std::make_unique<llvm::LineEditor>("riskc", history);
      editor->setListCompleter([this](llvm::StringRef buffer, size_t pos) {
        return complete(buffer.substr(0, pos));
      });
      llvm::outs() << "Riskcard REPL; :help for commands, :quit to leave.\n";
    }
    std::string pending;
    while (!quit) {
      std::optional<std::string> line;
      const char *prompt = pending.empty() ? "riskcard> " : "     ...> ";
      if (editor) {
        editor->setPrompt(prompt);
        line = editor->readLine();
      } else {
        line = readPlainLine();
        if (line)
          llvm::outs() << prompt << *line << "\n";
      }
      if (!line)
        break;
      pending += (pending.empty() ? "" : "\n") + *line;
      if (needsMore(pending))
        continue;
      std::string input = std::move(pending);
      pending.clear();
      handle(input);
      llvm::outs().flush();
    }
    if (!pending.empty() && llvm::StringRef(pending).trim().size()) {
      error("the input ended inside an unclosed `{`");
    }
    if (editor && !history.empty())
      editor->saveHistory();
    return failures ? 1 : 0;
  }

private:
  CommonOptions options;
  PipelineOptions pipeline;
  bool interactive, color;
  bool quit = false;
  unsigned failures = 0;
  std::vector<Entry> entries;
  /// The session's imports, alias -> module name, written once at the top.
  std::map<std::string, std::string> imports;
  Built built;
  // The last evaluation, for :explain and :time.
  std::string lastPolicy, lastInput;
  std::optional<EngineResult> lastResult;
  double lastMicros = 0;

  //--- Output -------------------------------------------------------------------------

  std::string paint(llvm::StringRef text, const char *code) const {
    return color ? std::string("\033[") + code + "m" + text.str() + "\033[0m" : text.str();
  }
  void error(const std::string &message) {
    ++failures;
    llvm::outs().flush();
    llvm::errs() << paint("error: ", "1;31") << message << "\n";
  }
  void info(const std::string &message) { llvm::outs() << paint(message, "2") << "\n"; }
  /// Writes a compilation's diagnostics after what is already on stdout.
  void emitDiagnostics(Compilation &c) {
    llvm::outs().flush();
    c.diags.emit(llvm::errs(), DiagnosticFormat::Text);
  }

  std::optional<std::string> readPlainLine() {
    std::string line;
    int ch;
    bool any = false;
    while ((ch = std::getchar()) != EOF) {
      any = true;
      if (ch == '\n')
        return line;
      line += char(ch);
    }
    if (!any)
      return std::nullopt;
    return line;
  }

  std::vector<llvm::LineEditor::Completion> complete(llvm::StringRef before) {
    size_t start = before.find_last_of(" \t(,{[");
    llvm::StringRef word = start == llvm::StringRef::npos ? before : before.substr(start + 1);
    std::vector<std::string> candidates;
    if (word.starts_with(":"))
      for (const char *c : commands)
        candidates.push_back(c);
    else {
      for (const char *k : keywords)
        candidates.push_back(k);
      if (built.module)
        for (const auto &d : built.module->decls)
          candidates.push_back(d->name.name);
    }
    std::vector<llvm::LineEditor::Completion> out;
    for (const std::string &c : candidates)
      if (llvm::StringRef(c).starts_with(word))
        out.emplace_back(c.substr(word.size()), c);
    return out;
  }

  //--- The session ----------------------------------------------------------------

  std::string sessionText(const std::vector<Entry> &list,
                          const std::map<std::string, std::string> &importList) const {
    std::string text;
    for (auto &[alias, module] : importList)
      text += "import " + module + " as " + alias + "\n";
    for (const Entry &e : list)
      text += e.text + "\n";
    return text;
  }

  /// Compiles `list` in full; nothing is kept when it has errors.
  std::optional<Built> build(const std::vector<Entry> &list,
                             const std::map<std::string, std::string> &importList) {
    Built b;
    CommonOptions opts = options;
    for (const Entry &e : list)
      if (!e.file.empty())
        opts.frontend.includeDirs.push_back(
            std::string(llvm::sys::path::parent_path(e.file).empty()
                            ? "."
                            : llvm::sys::path::parent_path(e.file)));
    b.c = std::make_unique<Compilation>(opts);
    Compilation &c = *b.c;
    c.maxAutomatonStates = pipeline.maxAutomatonStates;
    uint32_t id = c.sources.addBuffer("<repl>", sessionText(list, importList));
    b.module = c.loader.loadRootBuffer(id);
    c.loader.resolveImports();
    c.loader.loadStdlibMaps();
    c.sema.run();
    c.policies = checkAllPolicies(c.sema, c.program, pipeline.maxAutomatonStates);
    if (!c.diags.hasErrors() && b.module)
      for (const auto &d : b.module->decls)
        if (auto *p = llvm::dyn_cast<PolicyDecl>(d.get())) {
          const CheckedPolicy *policy = c.checked(*p);
          if (!policy || !checkEvaluable(*policy, c.diags))
            continue;
          std::unique_ptr<Engine> engine = createEngine("jit", *policy, c.diags, pipeline);
          if (engine) {
            b.policies[p->name.name] = policy;
            b.engines[p->name.name] = std::move(engine);
          }
        }
    bool failed = c.diags.hasErrors();
    emitDiagnostics(c);
    if (failed)
      return std::nullopt;
    return b;
  }

  struct Parsed {
    std::vector<Entry> decls;                   ///< one per declaration, in order
    std::map<std::string, std::string> imports; ///< alias -> module
  };

  /// Parses `text` alone for what it declares; reports syntax errors.
  std::optional<Parsed> parse(const std::string &text) {
    Compilation c(options);
    uint32_t id = c.sources.addBuffer("<repl>", text);
    Module *m = c.loader.loadRootBuffer(id);
    if (!m || m->hasSyntaxErrors || c.diags.hasErrors()) {
      emitDiagnostics(c);
      return std::nullopt;
    }
    Parsed out;
    for (const ImportDecl &imp : m->imports)
      out.imports[imp.localName().str()] = imp.moduleName.str();
    for (const auto &d : m->decls)
      out.decls.push_back({text.substr(d->range.begin.offset, d->range.end.offset - d->range.begin.offset),
                           d->getKindName().str() + " " + d->name.name, ""});
    return out;
  }

  /// Applies a declaration input: a new entry, replacing what it redefines.
  bool declare(const std::string &text, const std::string &file = "",
               const std::string &replaceFile = "") {
    std::optional<Parsed> parsed = parse(text);
    if (!parsed) {
      ++failures;
      return false;
    }
    if (parsed->decls.empty() && parsed->imports.empty()) {
      info("(nothing declared)");
      return true;
    }
    // Imports: the same alias for the same module is already there; for
    // another module it is a redefinition.
    std::map<std::string, std::string> candidateImports = imports;
    std::vector<std::string> importMessages;
    for (auto &[alias, module] : parsed->imports) {
      auto it = imports.find(alias);
      if (it != imports.end() && it->second == module)
        continue;
      importMessages.push_back((it == imports.end() ? "defined import " : "redefined import ") + alias +
                               " (" + module + ")");
      candidateImports[alias] = module;
    }
    // Declarations: each replaces the one of the same kind and name, in
    // place; a reloaded file first drops what it declared before.
    std::vector<Entry> candidate;
    for (const Entry &e : entries)
      if (replaceFile.empty() || e.file != replaceFile)
        candidate.push_back(e);
    std::vector<std::string> messages;
    for (Entry d : parsed->decls) {
      d.file = file;
      bool existed = llvm::any_of(entries, [&](const Entry &e) { return e.key == d.key; });
      auto it = llvm::find_if(candidate, [&](const Entry &e) { return e.key == d.key; });
      if (it != candidate.end())
        *it = d;
      else
        candidate.push_back(d);
      messages.push_back((existed ? "redefined " : "defined ") + d.key);
    }
    std::optional<Built> b = build(candidate, candidateImports);
    if (!b) {
      ++failures;
      return false;
    }
    entries = std::move(candidate);
    imports = std::move(candidateImports);
    built = std::move(*b);
    for (const std::string &m : importMessages)
      info(m);
    for (const std::string &m : messages)
      info(m);
    return true;
  }

  void load(const std::string &path, bool reloading = false) {
    if (llvm::sys::fs::is_directory(path)) {
      std::vector<std::string> files;
      if (!collectSourceFiles({path}, files)) {
        ++failures;
        return;
      }
      for (const std::string &f : files)
        load(f);
      return;
    }
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buffer) {
      error("cannot read `" + path + "`: " + buffer.getError().message());
      return;
    }
    if (declare((*buffer)->getBuffer().str(), path, reloading ? path : ""))
      info("loaded " + path);
  }

  void reload() {
    std::vector<std::string> files;
    for (const Entry &e : entries)
      if (!e.file.empty() && !llvm::is_contained(files, e.file))
        files.push_back(e.file);
    if (files.empty()) {
      info("(no files loaded)");
      return;
    }
    for (const std::string &f : files)
      load(f, /*reloading=*/true);
  }

  //--- Inputs ---------------------------------------------------------------------

  void handle(const std::string &input) {
    llvm::StringRef text = llvm::StringRef(input).trim();
    if (text.empty() || text.starts_with("#"))
      return;
    if (!text.starts_with(":")) {
      declare(input);
      return;
    }
    auto [command, rest] = text.split(' ');
    rest = rest.trim();
    if (command == ":quit" || command == ":q")
      quit = true;
    else if (command == ":help")
      llvm::outs() << commandHelp;
    else if (command == ":load")
      rest.empty() ? error("usage: :load FILE") : load(rest.str());
    else if (command == ":reload")
      reload();
    else if (command == ":eval")
      eval(rest);
    else if (command == ":explain")
      explain();
    else if (command == ":time")
      time();
    else if (command == ":type")
      type(rest);
    else if (command == ":test")
      test(rest);
    else if (command == ":cards")
      cards(rest);
    else if (command == ":show")
      show(rest);
    else if (command == ":emit")
      emit(rest);
    else {
      std::vector<std::string> names(std::begin(commands), std::end(commands));
      error("unknown command `" + command.str() + "`" + didYouMean(command.str(), names) +
            " (:help lists them)");
    }
  }

  const CheckedPolicy *policyNamed(llvm::StringRef name) {
    auto it = built.policies.find(name.str());
    if (it != built.policies.end())
      return it->second;
    std::vector<std::string> names;
    for (auto &[n, p] : built.policies)
      names.push_back(n);
    error("no policy `" + name.str() + "`" + didYouMean(name.str(), names) +
          (names.empty() ? " (the session has no policy yet)" : ""));
    return nullptr;
  }

  void eval(llvm::StringRef rest) {
    auto [name, input] = rest.split(' ');
    input = input.trim();
    if (name.empty() || input.empty()) {
      error("usage: :eval POLICY \"text\"  or  :eval POLICY {json}");
      return;
    }
    const CheckedPolicy *policy = policyNamed(name);
    if (!policy)
      return;
    std::string json;
    if (input.starts_with("\"")) {
      auto parsed = llvm::json::parse(input);
      const std::string *s = nullptr;
      if (parsed)
        if (auto str = parsed->getAsString())
          s = &json, json = str->str();
      if (!parsed)
        llvm::consumeError(parsed.takeError());
      if (!s) {
        error("the text must be one JSON string, e.g. \"a cat on a mat\"");
        return;
      }
      std::optional<std::string> wrapped = textInput(*policy, json);
      if (!wrapped) {
        error("policy `" + name.str() + "` reads no string field; give a JSON input");
        return;
      }
      json = *wrapped;
    } else {
      json = input.str();
    }
    Engine &engine = *built.engines.at(name.str());
    auto start = std::chrono::steady_clock::now();
    EngineResult result = engine.run(json);
    lastMicros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    lastPolicy = name.str();
    lastInput = json;
    lastResult = result;
    const riskrt::Decision &d = result.decision;
    const char *tone = d.action == RISKCARD_ALLOW ? "1;32" : d.action <= RISKCARD_GUIDE ? "1;33" : "1;31";
    if (!d.errorKind.empty())
      llvm::outs() << paint("block", "1;31") << " (the guard failed: " << d.errorKind << ": "
                   << d.errorMessage << ")";
    else
      llvm::outs() << paint(riskrt::actionName(d.action), tone);
    if (!d.rules.empty())
      llvm::outs() << " by " << llvm::join(d.rules, ", ");
    if (!d.categories.empty())
      llvm::outs() << " as " << llvm::join(d.categories, ", ");
    if (!d.reason.empty())
      llvm::outs() << " because \"" << d.reason << "\"";
    llvm::outs() << "\n" << paint(d.toJson(false), "2") << "\n";
    if (!d.errorKind.empty())
      ++failures;
  }

  void explain() {
    if (!lastResult) {
      error("nothing evaluated yet (:eval POLICY \"text\")");
      return;
    }
    auto it = built.policies.find(lastPolicy);
    if (it == built.policies.end()) {
      error("policy `" + lastPolicy + "` is gone");
      return;
    }
    const CheckedPolicy &policy = *it->second;
    const EngineResult &r = *lastResult;
    for (size_t i = 0; i < policy.rules.size(); ++i) {
      int64_t bits = i < r.ruleBits.size() ? r.ruleBits[i] : 0;
      const RuleDecl &rule = *policy.rules[i].decl;
      std::string value = !(bits & riskrt::RuleEvaluated) ? "not evaluated"
                          : (bits & riskrt::RuleHeld)    ? "true"
                                                         : "false";
      const char *tone = value == "true" ? "32" : value == "false" ? "0" : "2";
      llvm::outs() << "  " << ((bits & riskrt::RuleDeciding) ? "=> " : "   ") << "rule "
                   << rule.name.name << " when " << exprToString(*rule.condition) << "  "
                   << paint(value, tone) << "\n";
    }
    // The matched spans, marked in the text of each field they are in.
    std::map<std::string, std::vector<const riskrt::Span *>> byField;
    for (const riskrt::Span &s : r.decision.spans)
      byField[s.field].push_back(&s);
    auto parsed = llvm::json::parse(lastInput);
    for (auto &[field, spans] : byField) {
      std::string text;
      if (parsed)
        if (auto *o = parsed->getAsObject())
          if (auto v = o->getString(field))
            text = v->str();
      if (text.empty())
        continue;
      std::string marked;
      size_t at = 0;
      for (const riskrt::Span *s : spans) {
        if (s->start < at || s->end > text.size())
          continue;
        marked += text.substr(at, s->start - at);
        std::string match = text.substr(s->start, s->end - s->start);
        marked += color ? paint(match, "1;4;31") : "[" + match + "]";
        at = s->end;
      }
      marked += text.substr(at);
      llvm::outs() << "  " << field << ": " << marked << "\n";
      for (const riskrt::Span *s : spans)
        llvm::outs() << "    " << s->start << ".." << s->end << " " << s->matcher << " \""
                     << s->match << "\" (rule " << s->rule << ")\n";
    }
    if (!parsed)
      llvm::consumeError(parsed.takeError());
  }

  void time() {
    if (!lastResult) {
      error("nothing evaluated yet (:eval POLICY \"text\")");
      return;
    }
    Engine &engine = *built.engines.at(lastPolicy);
    std::vector<double> runs;
    for (int i = 0; i < 1000; ++i) {
      auto start = std::chrono::steady_clock::now();
      (void)engine.run(lastInput);
      runs.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(runs.begin(), runs.end());
    llvm::outs() << llvm::format("last evaluation %.1f us; again x1000: median %.2f us, p99 %.2f us\n",
                                 lastMicros, runs[500], runs[990]);
  }

  void type(llvm::StringRef rest) {
    // `:type POLICY EXPR` or `:type EXPR` (the session's only or last policy).
    std::string policyName;
    llvm::StringRef expr = rest;
    auto [first, after] = rest.split(' ');
    if (built.policies.count(first.str()) && !after.trim().empty()) {
      policyName = first.str();
      expr = after.trim();
    } else if (!built.module) {
      error("the session has no policy yet");
      return;
    } else {
      for (const auto &d : built.module->decls)
        if (llvm::isa<PolicyDecl>(d.get()))
          policyName = d->name.name;
    }
    if (expr.empty()) {
      error("usage: :type [POLICY] EXPR");
      return;
    }
    const PolicyDecl *decl = nullptr;
    for (const auto &d : built.module->decls)
      if (d->name.name == policyName)
        decl = llvm::dyn_cast<PolicyDecl>(d.get());
    if (!decl) {
      error("no policy to give the expression a scope; define one first");
      return;
    }
    // A copy of the session whose policy gains `let __type = EXPR`.
    const SourceManager &sources = built.c->sources;
    std::string text = sources.getBuffer(built.module->fileId).str();
    size_t close = decl->range.end.offset - 1; // the policy's closing brace
    text.insert(close, "\n  let __type = " + expr.str() + "\n");
    Compilation c(options);
    uint32_t id = c.sources.addBuffer("<repl>", text);
    Module *m = c.loader.loadRootBuffer(id);
    c.loader.resolveImports();
    c.loader.loadStdlibMaps();
    c.sema.run();
    const PolicyDecl *copy = nullptr;
    if (m)
      for (const auto &d : m->decls)
        if (d->name.name == policyName)
          copy = llvm::dyn_cast<PolicyDecl>(d.get());
    std::unique_ptr<CheckedPolicy> checked =
        copy && !c.diags.hasErrors() ? checkPolicy(*copy, c.sema, c.program) : nullptr;
    if (!checked || copy->lets.empty()) {
      emitDiagnostics(c);
      ++failures;
      return;
    }
    llvm::outs() << expr << " : " << checked->info(*copy->lets.back().value).type.str() << "\n";
  }

  /// Runs the session's `test` blocks, as `riskc test` does.
  void test(llvm::StringRef rest) {
    bool verbose = false;
    std::string only;
    for (llvm::StringRef word : llvm::split(rest, ' ')) {
      if (word == "-v")
        verbose = true;
      else if (!word.empty())
        only = word.str();
    }
    std::vector<const TestDecl *> tests;
    std::vector<std::string> names;
    if (built.module)
      for (const auto &d : built.module->decls)
        if (auto *t = llvm::dyn_cast<TestDecl>(d.get())) {
          names.push_back(t->name.name);
          if (only.empty() || t->name.name == only)
            tests.push_back(t);
        }
    if (tests.empty()) {
      error(only.empty() ? std::string("no test block in the session (declare one, or :load a file)")
                         : "no test `" + only + "`" + didYouMean(only, names));
      return;
    }
    TestCounts counts;
    for (const TestDecl *t : tests)
      if (!runTestDecl(*built.c, *built.module, *t, "jit", pipeline, verbose, counts, llvm::outs())) {
        emitDiagnostics(*built.c);
        return;
      }
    info(std::to_string(counts.passed) + " passed, " + std::to_string(counts.failed) + " failed");
  }

  void cards(llvm::StringRef rest) {
    if (rest.empty() || !built.module) {
      error("usage: :cards CATEGORY (e.g. :cards t2i.violence.*)");
      return;
    }
    // CATEGORY is `taxonomy.path`, `taxonomy.path.*` or `taxonomy.*`, where
    // taxonomy is a taxonomy's name or an import alias of the session.
    llvm::StringRef path = rest;
    bool wildcard = path.consume_back(".*");
    (void)wildcard;
    auto [head, tail] = path.split('.');
    Compilation &c = *built.c;
    const TaxonomyDecl *taxonomy = nullptr;
    for (const TaxonomyDecl *t : c.sema.getTaxonomies())
      if (t->name.name == head)
        taxonomy = t;
    if (!taxonomy)
      if (auto it = imports.find(head.str()); it != imports.end())
        for (const TaxonomyDecl *t : c.sema.getTaxonomies())
          if (t->module && t->module->name == it->second)
            taxonomy = t;
    const CategoryDecl *category = nullptr;
    if (taxonomy && !tail.empty())
      taxonomy->walk([&](const CategoryDecl *cat) {
        if (cat->path() == tail)
          category = cat;
      });
    if (!taxonomy || (!tail.empty() && !category)) {
      std::vector<std::string> names;
      for (const TaxonomyDecl *t : c.sema.getTaxonomies())
        t->walk([&](const CategoryDecl *cat) { names.push_back(cat->qualifiedPath()); });
      error("no category `" + path.str() + "`" + didYouMean(path.str(), names) +
            (c.sema.getTaxonomies().empty() ? " (no taxonomy is loaded)" : ""));
      return;
    }
    struct {
      const TaxonomyDecl *taxonomy;
      const CategoryDecl *category;
    } ref{taxonomy, category};
    unsigned shown = 0;
    for (const CardDecl *card : c.sema.getCards()) {
      std::vector<CategoryDecl *> cats = c.sema.getCardCategories(card);
      std::vector<std::string> via;
      bool inside = false;
      for (CategoryDecl *cat : cats) {
        std::vector<CategoryDecl *> reach{cat};
        for (CategoryDecl *m : c.sema.getMappedCategories(cat))
          reach.push_back(m);
        for (CategoryDecl *r : reach)
          if (ref.category ? r->isWithin(ref.category) : r->taxonomy == ref.taxonomy) {
            inside = true;
            via.push_back(r->qualifiedPath());
          }
      }
      if (!inside)
        continue;
      std::sort(via.begin(), via.end());
      via.erase(std::unique(via.begin(), via.end()), via.end());
      ++shown;
      llvm::outs() << "  " << paint(card->name.name, "1") << "  "
                   << (card->title ? card->title->value : "") << "  (" << llvm::join(via, ", ")
                   << ")\n";
    }
    info(std::to_string(shown) + " card" + (shown == 1 ? "" : "s") + " under " + rest.str());
  }

  void show(llvm::StringRef name) {
    if (name.empty() || !built.module) {
      error("usage: :show NAME");
      return;
    }
    const SourceManager &sources = built.c->sources;
    for (const auto &d : built.module->decls)
      if (d->name.name == name) {
        llvm::StringRef buffer = sources.getBuffer(built.module->fileId);
        llvm::outs() << buffer.slice(d->range.begin.offset, d->range.end.offset) << "\n";
        return;
      }
    std::vector<std::string> names;
    for (const auto &d : built.module->decls)
      names.push_back(d->name.name);
    error("nothing named `" + name.str() + "` in the session" + didYouMean(name.str(), names));
  }

  void emit(llvm::StringRef rest) {
    auto [stage, name] = rest.split(' ');
    name = name.trim();
    if ((stage != "risk" && stage != "std" && stage != "llvm") || name.empty()) {
      error("usage: :emit risk|std|llvm POLICY");
      return;
    }
    const CheckedPolicy *policy = policyNamed(name);
    if (!policy)
      return;
    mlir::MLIRContext context;
    Stage s = stage == "risk" ? Stage::Risk : stage == "std" ? Stage::Standard : Stage::LLVMDialect;
    auto module = compilePolicy(context, *policy, built.c->sources, built.c->diags, s, pipeline);
    emitDiagnostics(*built.c);
    if (!module) {
      ++failures;
      return;
    }
    if (stage != "llvm") {
      module->print(llvm::outs());
      llvm::outs() << "\n";
      return;
    }
    auto ir = translateToLLVMIR(*module, policy->manifestJson());
    if (!ir) {
      error(llvm::toString(ir.takeError()));
      return;
    }
    llvm::outs() << *ir;
  }
};

} // namespace

int driver::runRepl(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << replHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  PipelineOptions pipeline;
  ok &= parsePipelineOptions(args, pipeline);
  std::vector<std::string> files;
  ok &= args.finish(files, "repl");
  if (!ok)
    return 1;
  bool interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  bool color = isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  Repl repl(options, pipeline, interactive, color);
  return repl.run(files);
}
