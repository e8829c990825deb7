//===- Eval.cpp - `riskc eval` and `riskc test` ----------------------------===//
//
// Both load a program, check the policy, and evaluate inputs with an engine:
// the compiled guard (JIT, the default) or the reference interpreter
// (`--engine=interp`). `eval` writes one decision per JSONL input line; `test`
// runs `test` blocks (and the card examples they name) and reports each case.
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Driver/Engine.h"

#include "risk/AST/ASTPrinter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <set>

using namespace risk;
using namespace risk::driver;

static const char *const evalHelp = R"(usage: riskc eval [options] FILE [--input FILE.jsonl]

Evaluates the policy in FILE on each line of the input (JSON objects, one per
line; standard input when no --input is given) and writes one decision per
line as JSON: line N of the output answers line N of the input, a blank or
malformed line included (it is decided `block`, with its error).
  --policy NAME        the policy to evaluate (default: the file's only policy)
  --input FILE         read inputs from FILE instead of standard input
  --engine=jit|interp  compiled code (default) or the reference interpreter
  --max-automaton-states N, --max-fused-states N, --no-word-tables
                       automaton limits and word tables, as for `riskc build`
  --explain            add every rule's evaluated value to each decision
  --errors-as-errors   write a failed evaluation as `error`, not `block`
  --redact             add to each `redact` decision the redacted text of each
                       field with evidence: `"redacted":{"text":"mail [REDACTED]"}`
  --max-input-bytes N  the most bytes one input line may have (default 16 MiB,
                       as a built guard); a longer line is decided `block`
  --device=cpu|gpu     where the rules run (default cpu). gpu: the policy is
                       also compiled for CUDA and the inputs are decided as one
                       batch on GPU 0 (JSON parsed and decisions assembled on
                       the CPU's threads); the decisions are those of the CPU.
                       Exit 2 if the device fails mid-batch (the records it
                       had not finished are `block`, error kind `device`)
)";

static const char *const testHelp = R"(usage: riskc test [options] FILES|DIRS

Runs every `test` block of the files: each `expect ACTION INPUT [as CATEGORY...]`
and, for `cards CATEGORY...`, every example with an `expect` of every card in
those categories. Prints one line per case and a summary; exit 1 on a failure.
  --engine=jit|interp  compiled code (default) or the reference interpreter
  --max-automaton-states N, --max-fused-states N, --no-word-tables
                       automaton limits and word tables, as for `riskc build`
  -v                   print passing cases too
)";

static std::string jsonString(const std::string &s) {
  std::string out;
  llvm::raw_string_ostream os(out);
  os << llvm::json::Value(s);
  return out;
}

/// The string a slot reads in the JSON input, if it is a field or a path to
/// a string.
static std::optional<std::string> slotText(const CheckedPolicy &policy, int slotIndex,
                                           llvm::StringRef input) {
  if (slotIndex < 0 || size_t(slotIndex) >= policy.slots.size())
    return std::nullopt;
  const Slot &slot = policy.slots[slotIndex];
  if (slot.kind != Slot::Kind::Field && slot.kind != Slot::Kind::JsonPath)
    return std::nullopt;
  auto root = llvm::json::parse(input);
  if (!root) {
    llvm::consumeError(root.takeError());
    return std::nullopt;
  }
  const llvm::json::Value *v = root->getAsObject()
                                   ? root->getAsObject()->get(policy.input->fields[slot.field].name.name)
                                   : nullptr;
  for (const std::string &step : slot.path) {
    if (!v)
      break;
    unsigned index = 0;
    if (llvm::StringRef(step).starts_with("#") && !llvm::StringRef(step).drop_front().getAsInteger(10, index))
      v = v->getAsArray() && index < v->getAsArray()->size() ? &(*v->getAsArray())[index] : nullptr;
    else
      v = v->getAsObject() ? v->getAsObject()->get(step) : nullptr;
  }
  if (!v || !v->getAsString())
    return std::nullopt;
  return v->getAsString()->str();
}

/// `"models":[...]`: for each learned score a deciding rule reads (`clf(text).
/// label`), the features of the text that pushed it most, with where they are
/// in the field. Computed from the model file by the reference code, after
/// the decision: it explains, it does not decide.
static std::string modelExplanation(const CheckedPolicy &policy, const EngineResult &result,
                                    llvm::StringRef input) {
  std::set<int> used;
  for (size_t r = 0; r < policy.rules.size() && r < result.ruleBits.size(); ++r)
    if (result.ruleBits[r] & riskrt::RuleDeciding)
      used.insert(policy.rules[r].scores.begin(), policy.rules[r].scores.end());
  std::string out;
  std::set<std::string> explained; // one entry a score, however many places read it
  for (int id : used) {
    const Expr *expr = policy.scores[id];
    const ExprInfo &info = policy.info(*expr);
    auto *member = llvm::dyn_cast<MemberExpr>(expr);
    auto *call = member ? llvm::dyn_cast<CallExpr>(member->base.get()) : nullptr;
    if (info.modelLabel < 0 || !call || call->args.empty())
      continue;
    int modelIndex = policy.info(*call).model;
    if (modelIndex < 0)
      continue;
    const ModelInfo &m = policy.models[modelIndex];
    int slot = policy.info(*call->args[0]).slot;
    std::optional<std::string> text = slotText(policy, slot, input);
    if (!text || !m.model)
      continue;
    std::string name = exprToString(*expr);
    if (!explained.insert(name).second)
      continue;
    // The probability as every engine computes it (the rule may not have
    // read it: `lexicon or clf(text).x >= 0.5` stops at the lexicon).
    SkeletonWords masks = policy.skeletonWords(m.model->skeletonSpec());
    double value = m.model->score(*text, masks)[size_t(info.modelLabel)];
    std::string features;
    for (const auto &c : m.model->contributions(*text, size_t(info.modelLabel), 5, masks)) {
      const char *kind = c.kind == model::WordFeature     ? "word"
                         : c.kind == model::BigramFeature ? "bigram"
                                                          : "chars";
      features += std::string(features.empty() ? "" : ",") + "{\"feature\":" + jsonString(c.feature) +
                  ",\"kind\":\"" + kind + "\",\"weight\":" + llvm::formatv("{0:f3}", c.weight).str() +
                  ",\"start\":" + std::to_string(c.start) + ",\"end\":" + std::to_string(c.end) +
                  ",\"match\":" + jsonString(text->substr(c.start, c.end - c.start)) +
                  (c.occurrences > 1 ? ",\"occurrences\":" + std::to_string(c.occurrences) : "") + "}";
    }
    out += std::string(out.empty() ? "" : ",") + "{\"score\":" + jsonString(name) +
           ",\"value\":" + llvm::formatv("{0:f4}", value).str() + ",\"field\":" +
           jsonString(policy.slots[slot].display) + ",\"features\":[" + features + "]}";
  }
  return out.empty() ? "" : ",\"models\":[" + out + "]";
}

/// `"explain": {"rules": [...]}`: every rule, its condition and its value.
static std::string explanation(const CheckedPolicy &policy, const EngineResult &result,
                               llvm::StringRef input) {
  std::string out = ",\"explain\":{\"rules\":[";
  for (size_t r = 0; r < policy.rules.size(); ++r) {
    int64_t bits = r < result.ruleBits.size() ? result.ruleBits[r] : 0;
    const char *value = !(bits & riskrt::RuleEvaluated) ? "not evaluated"
                        : (bits & riskrt::RuleHeld)    ? "true"
                                                       : "false";
    const RuleDecl &rule = *policy.rules[r].decl;
    out += std::string(r ? "," : "") + "{\"rule\":" + jsonString(rule.name.name) +
           ",\"when\":" + jsonString(exprToString(*rule.condition)) + ",\"value\":\"" + value +
           "\"" + ((bits & riskrt::RuleDeciding) ? ",\"deciding\":true" : "") + "}";
  }
  return out + "]" + modelExplanation(policy, result, input) + "}";
}

int driver::runEval(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << evalHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string policyName = args.value("--policy").value_or("");
  std::string inputPath = args.value("--input").value_or("-");
  std::string engineName = args.value("--engine").value_or(defaultEngineName());
  bool explain = args.flag("--explain");
  bool errorsAsErrors = args.flag("--errors-as-errors");
  bool withRedacted = args.flag("--redact");
  std::string device = args.value("--device").value_or("cpu");
  uint64_t maxInputBytes = 0;
  ok &= args.positive("--max-input-bytes", maxInputBytes);
  PipelineOptions pipeline;
  ok &= parsePipelineOptions(args, pipeline);
  std::vector<std::string> paths;
  ok &= args.finish(paths, "eval");
  if (!ok)
    return 1;
  if (paths.size() != 1) {
    errs() << "error: `riskc eval` takes one policy file (usage: riskc eval FILE --input FILE)\n";
    return 1;
  }
  if (device != "cpu" && device != "gpu") {
    errs() << "error: `--device` is cpu or gpu, not `" << device << "`\n";
    return 1;
  }
  if (device == "gpu" && (explain || engineName != "jit")) {
    errs() << "error: `--device=gpu` runs compiled code and gives no rule values: it goes "
              "with neither `--engine=interp` nor `--explain`\n";
    return 1;
  }
  Compilation c(options);
  c.maxAutomatonStates = pipeline.maxAutomatonStates;
  c.load(paths, /*withStdlibMaps=*/true);
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  const PolicyDecl *decl = findPolicy(c.program, policyName);
  if (!decl)
    return 1;
  const CheckedPolicy *policy = c.checked(*decl);
  if (!policy || !checkEvaluable(*policy, c.diags)) {
    emitDiagnostics(c.diags, options.format);
    return 1;
  }
  std::unique_ptr<Engine> engine = createEngine(engineName, *policy, c.diags, pipeline);
  if (!engine) {
    emitDiagnostics(c.diags, options.format);
    return 1;
  }
  if (maxInputBytes)
    engine->guard().limits().maxInputBytes = maxInputBytes;
  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(inputPath, /*IsText=*/true);
  if (!buffer) {
    errs() << "error: cannot read `" << inputPath << "`: " << buffer.getError().message() << "\n";
    return 1;
  }
  // One decision per line, blank lines too; the newline that ends the last
  // line does not start another.
  llvm::StringRef text = (*buffer)->getBuffer();
  if (text.ends_with("\n"))
    text = text.drop_back();
  llvm::SmallVector<llvm::StringRef, 64> lines;
  if (!text.empty() || (*buffer)->getBufferSize() > 0)
    text.split(lines, '\n');
  if (device == "gpu") {
    std::unique_ptr<riskrt::cuda::Device> gpu = openGpuForCommand(*policy, c, pipeline, options.format);
    if (!gpu)
      return 1;
    std::string error;
    std::vector<std::string> batch;
    for (llvm::StringRef line : lines)
      batch.push_back(line.rtrim('\r').str());
    std::vector<riskrt::Decision> decisions;
    std::vector<char> failed;
    bool ok = gpu->evaluate(engine->guard(), batch, 0, decisions, failed, error);
    for (size_t i = 0; i < batch.size(); ++i) {
      riskrt::Decision d = failed[i] ? riskrt::Decision::error("out-of-memory", "the guard ran out of memory",
                                                               engine->guard().manifest().bundle)
                                     : std::move(decisions[i]);
      llvm::outs() << d.toJson(errorsAsErrors, withRedacted) << "\n";
    }
    if (!ok) {
      errs() << "error: the device failed: " << error << "\n";
      return 2;
    }
    return 0;
  }
  for (llvm::StringRef line : lines) {
    EngineResult result = engine->run(line.rtrim('\r'));
    std::string json = result.decision.toJson(errorsAsErrors, withRedacted);
    if (explain && result.evaluated) {
      json.pop_back(); // the closing brace
      json += explanation(*policy, result, line.rtrim('\r')) + "}";
    }
    llvm::outs() << json << "\n";
  }
  return 0;
}

//===----------------------------------------------------------------------===//
// riskc test
//===----------------------------------------------------------------------===//

namespace {

/// Whether the decision's categories cover `ref` (a category or a subtree).
bool covers(const Sema &sema, const riskrt::Decision &d, const CategoryRef &ref) {
  for (const std::string &path : d.categories) {
    if (!ref.category) {
      if (llvm::StringRef(path).starts_with(ref.taxonomy->name.name + "."))
        return true;
      continue;
    }
    std::string want = ref.category->qualifiedPath();
    if (path == want || llvm::StringRef(path).starts_with(want + "."))
      return true;
  }
  return false;
}

} // namespace

/// The JSON input for a text: the policy input's first string field.
std::optional<std::string> driver::textInput(const CheckedPolicy &policy, const std::string &text) {
  for (const FieldDecl &f : policy.input->fields)
    if (f.type->kind == TypeExpr::Kind::Named && f.type->name.name == "string") {
      std::string out;
      llvm::raw_string_ostream os(out);
      os << llvm::json::Value(llvm::json::Object{{f.name.name, text}});
      return out;
    }
  return std::nullopt;
}

bool driver::runTestDecl(Compilation &c, const Module &root, const TestDecl &test,
                         const std::string &engineName, const PipelineOptions &pipeline,
                         bool verbose, TestCounts &counts, llvm::raw_ostream &out) {
  const std::string &policyName = test.policyName ? test.policyName->name : test.name.name;
  auto *decl = llvm::dyn_cast_or_null<PolicyDecl>(c.sema.lookupDecl(root, policyName));
  if (!decl)
    return true; // sema reported it
  const CheckedPolicy *policy = c.checked(*decl);
  std::unique_ptr<Engine> engine;
  if (policy && checkEvaluable(*policy, c.diags))
    engine = createEngine(engineName, *policy, c.diags, pipeline);
  if (!engine)
    return false;
  auto report = [&](bool pass, const std::string &what, const riskrt::Decision &got) {
    pass ? ++counts.passed : ++counts.failed;
    if (pass && !verbose)
      return;
    out << (pass ? "PASS " : "FAIL ") << test.name.name << ": " << what;
    if (!pass) {
      out << "\n     got " << riskrt::actionName(got.action);
      if (!got.categories.empty())
        out << " as " << llvm::join(got.categories, ", ");
      if (!got.errorKind.empty())
        out << " (" << got.errorKind << ": " << got.errorMessage << ")";
    }
    out << "\n";
  };
  for (const TestExpect &e : test.expects) {
    std::optional<std::string> input = e.json ? e.json->toJson() : textInput(*policy, e.text->value);
    std::string what = "expect " + getActionName(e.expect).str() + " " +
                       (e.text ? quote(e.text->value) : e.json->toJson());
    if (!input) {
      riskrt::Decision none = riskrt::Decision::error(
          "test", "the policy's input has no string field for a text", policy->bundleHash);
      report(false, what, none);
      continue;
    }
    riskrt::Decision d = engine->run(*input).decision;
    bool pass = d.action == int(e.expect);
    for (const CategoryRef &ref : e.categories) {
      what += (&ref == &e.categories.front() ? " as " : ", ") + ref.str();
      pass &= covers(c.sema, d, ref);
    }
    report(pass, what, d);
  }
  // A card selected twice (by two categories of a `cards` line, or two
  // lines) runs once.
  std::set<const CardDecl *> ran;
  for (const auto &line : test.cardLines)
    for (const CategoryRef &ref : line) {
      size_t selected = 0;
      for (const CardDecl *card : c.sema.getCards()) {
        bool inside = false;
        for (CategoryDecl *cat : c.sema.getCardCategories(card))
          inside |= ref.category ? cat->isWithin(ref.category) : cat->taxonomy == ref.taxonomy;
        if (!inside)
          continue;
        bool already = !ran.insert(card).second;
        for (const CardExample &ex : card->examples) {
          if (!ex.expect || !ex.prompt)
            continue;
          if (already) {
            ++selected;
            continue;
          }
          std::optional<std::string> input = textInput(*policy, ex.prompt->value);
          std::string what = "card " + card->name.name + ": expect " +
                             getActionName(*ex.expect).str() + " " + quote(ex.prompt->value);
          if (!input) {
            report(false, what, riskrt::Decision::error("test", "no string field", ""));
            continue;
          }
          ++selected;
          riskrt::Decision d = engine->run(*input).decision;
          report(d.action == int(*ex.expect), what, d);
        }
      }
      // A `cards` line that selects nothing tests nothing: that is a
      // failure, not a silent pass (usually the cards were not loaded).
      if (selected == 0)
        report(false,
               "cards " + ref.str() +
                   ": no loaded card under this category has an example with an `expect` "
                   "(pass the card files or folders to riskc test)",
               riskrt::Decision::error("test", "no card examples selected", ""));
    }
  return true;
}

int driver::runTest(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << testHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string engineName = args.value("--engine").value_or(defaultEngineName());
  bool verbose = args.flag("-v");
  PipelineOptions pipeline;
  ok &= parsePipelineOptions(args, pipeline);
  std::vector<std::string> paths;
  ok &= args.finish(paths, "test");
  if (!ok)
    return 1;
  std::vector<std::string> files;
  if (paths.empty() || !collectSourceFiles(paths, files)) {
    if (paths.empty())
      errs() << "error: no input files (usage: riskc test FILES|DIRS)\n";
    return 1;
  }
  Compilation c(options);
  c.maxAutomatonStates = pipeline.maxAutomatonStates;
  c.load(files, /*withStdlibMaps=*/true);
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  TestCounts counts;
  auto start = std::chrono::steady_clock::now();
  for (const Module *root : c.program.roots)
    for (const auto &d : root->decls) {
      auto *test = llvm::dyn_cast<TestDecl>(d.get());
      if (!test)
        continue;
      if (!runTestDecl(c, *root, *test, engineName, pipeline, verbose, counts, llvm::outs())) {
        emitDiagnostics(c.diags, options.format);
        return 1;
      }
    }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  llvm::outs() << counts.passed << " passed, " << counts.failed << " failed ("
               << llvm::format("%.2f", seconds) << " s, engine " << engineName << ")\n";
  return counts.failed ? 1 : 0;
}
