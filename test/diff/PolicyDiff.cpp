//===- PolicyDiff.cpp - Compiled guards against the reference interpreter --===//
//
// Generates random policies (as Riskcard source) and random JSON inputs,
// evaluates every input with the JIT-compiled guard and with the reference
// interpreter, and demands byte-identical decisions. Prints the number of
// pairs compared; on a mismatch prints the policy and the input and fails.
//
//   risk-policy-diff --policies N --inputs M --seed S
//
//===----------------------------------------------------------------------===//
#include "risk/Driver/Driver.h"
#include "risk/Automata/Disguise.h"
#include "risk/Driver/Engine.h"
#include "risk/Eval/Interpreter.h"
#include "risk/Model/Linear.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "risk/Dialect/Risk/IR/RiskOps.h"
#include "risk/Pipelines/Compile.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <random>

using namespace risk;

static llvm::cl::opt<unsigned> numPolicies("policies", llvm::cl::init(20));
static llvm::cl::opt<unsigned> numInputs("inputs", llvm::cl::init(50));
static llvm::cl::opt<unsigned> seed("seed", llvm::cl::init(1));
static llvm::cl::opt<unsigned> maxFusedStates(
    "max-fused-states", llvm::cl::init(20000),
    llvm::cl::desc("state budget of merged scans (small values force split scan sets)"));

namespace {

class Random {
public:
  explicit Random(unsigned seed) : rng(seed) {}
  unsigned below(unsigned n) { return n ? rng() % n : 0; }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T> const T &pick(const std::vector<T> &v) { return v[below(v.size())]; }

private:
  std::mt19937 rng;
};

const std::vector<std::string> words = {"ab", "ba", "a b", "abc", "x", "blood", "gore", "Ab", "é", "bob", "aé",
                                        "a-b", "x  b", "coup", "bath bomb", "rapist"};
const std::vector<std::string> normalizations = {"leetspeak", "repeats", "separators", "zero_width",
                                                 "homoglyphs", "nfkc", "obfuscation", "masks"};
const std::vector<std::string> literals = {"a", "b", "ab", "x", "", "blood", "A b", "é"};
const std::vector<std::string> regexes = {"a+b", "\\bab\\b", "[ab]x?", "^a", "b$", "x|blood",
                                          "(ab)+", "\\d+", "a.b", "[^ ]+é", "(?i)AB", "x*$"};

/// Writes a random policy over one fixed schema.
class PolicyGen {
public:
  PolicyGen(Random &r, std::string modelPath, std::string maskedModelPath)
      : r(r), modelPath(std::move(modelPath)), maskedModelPath(std::move(maskedModelPath)) {}

  std::string run() {
    std::string s = "taxonomy tx { category a code \"A\" { category b } category c }\n";
    s += "input I { text: string, title: string?, n: number, flag: bool, "
         "tier: enum { free, pro, staff }, tags: list<string>, args: json? }\n";
    std::string firstOptions;
    // Now and then the first lexicon reads masked words back in the skeleton
    // a model trained with `obfuscation, masks` reads (then that model is
    // the one called): the model reads them back through its vocabulary.
    bool masked = r.chance(20);
    for (int i = 0; i < 2; ++i) {
      s += "lexicon lex" + std::to_string(i) + " {";
      std::string options;
      if (r.chance(50))
        options += " fold case";
      if (r.chance(50))
        options += " words";
      if (r.chance(30))
        options += " phrases";
      if (r.chance(40)) {
        options += " normalize " + r.pick(normalizations);
        if (r.chance(50))
          options += ", " + r.pick(normalizations);
      }
      if (i == 0 && masked)
        options = " fold case words normalize obfuscation, masks";
      // Often the second lexicon reads the text as the first does (the same
      // skeleton: their scans merge, word tables of the skeleton included).
      if (i == 1 && r.chance(40))
        options = firstOptions;
      firstOptions = options;
      s += options;
      unsigned terms = 1 + r.below(4);
      std::vector<std::string> used;
      for (unsigned t = 0; t < terms; ++t) {
        std::string w = r.pick(words);
        if (std::find(used.begin(), used.end(), w) != used.end())
          continue;
        used.push_back(w);
        s += " \"" + w + "\" " + std::to_string(1 + r.below(3)) + ".5,";
      }
      s.pop_back();
      s += " }\n";
    }
    for (int i = 0; i < 2; ++i) {
      s += "pattern pat" + std::to_string(i) + " = /" + r.pick(regexes) + "/" +
           (r.chance(30) ? "i" : "");
      // Sometimes over a skeleton, which may be a lexicon's (the same options,
      // with `i`) or its own (without: capitals kept).
      if (r.chance(30)) {
        std::string n = r.pick(normalizations);
        if (n != "repeats" && n != "masks")
          s += " normalize " + n;
      }
      s += "\n";
    }
    static const char *combines[] = {"first_match", "most_severe", "deny_overrides"};
    static const char *actions[] = {"allow", "warn", "redact", "escalate", "block"};
    s += "policy p for I {\n  combine " + std::string(combines[r.below(3)]) + "\n";
    s += "  let s0 = " + number(2) + "\n";
    unsigned rules = 1 + r.below(5);
    for (unsigned i = 0; i < rules; ++i) {
      s += "  rule r" + std::to_string(i) + " when " + boolean(3) + " => ";
      if (r.chance(10))
        s += "guide \"g" + std::to_string(i) + "\"";
      else
        s += actions[r.below(5)];
      if (r.chance(50))
        s += " tx.a";
      if (r.chance(40))
        s += " because \"why" + std::to_string(i) + "\"";
      s += "\n";
    }
    // Some policies also call a learned model (compiled feature extraction
    // and scoring against the reference).
    if (!modelPath.empty() && r.chance(40)) {
      s = "model clf = linear(\"" + (masked ? maskedModelPath : modelPath) + "\")\n" + s;
      s += "  rule scored when clf(text).a >= 0.5 or clf(title).b > 0.3 or clf(lower(text)).c < 0.2 => "
           "escalate\n";
    }
    // Half the policies also read every matcher over `text` in one rule, so
    // that merged scans (and their evidence) are compared too.
    if (r.chance(50))
      s += "  rule all_matchers when (any(lex0, text) and count(lex1, text) > 0) or "
           "(matches(pat0, text) and matches(pat1, text)) => warn tx.c\n";
    s += "  default " + std::string(actions[r.below(3)]) + "\n}\n";
    return s;
  }

private:
  std::string lit() { return "\"" + r.pick(literals) + "\""; }
  std::string str(int depth) {
    if (r.chance(5))
      return "string(args.k)"; // may fail: args.k is not always a string
    switch (r.below(depth > 0 ? 4 : 3)) {
    case 0:
      return "text";
    case 1:
      return "title";
    case 2:
      return lit();
    default:
      return "lower(" + str(depth - 1) + ")";
    }
  }
  std::string lex() { return "lex" + std::to_string(r.below(2)); }
  /// What a matcher reads: mostly the `text` field, so that several matchers
  /// share a field and their scans are merged (risk-fuse-scans).
  std::string scanned(int depth) {
    unsigned roll = r.below(100);
    return roll < 30 ? "tags" : roll < 75 ? "text" : str(depth);
  }
  std::string number(int depth) {
    switch (r.below(depth > 0 ? 9 : 4)) {
    case 0:
      return "n";
    case 1:
      return std::to_string(r.below(4));
    case 2:
      return "length(" + str(depth - 1) + ")";
    case 3:
      return "count(" + lex() + ", " + scanned(depth - 1) + ")";
    case 4:
      return "weight(" + lex() + ", " + str(depth - 1) + ")";
    case 5: {
      static const char *ops[] = {" + ", " - ", " * ", " / ", " % "};
      return "(" + number(depth - 1) + ops[r.below(5)] + number(depth - 1) + ")";
    }
    case 6:
      return "-" + number(depth - 1);
    case 7:
      return "length(tags)";
    default:
      return r.chance(20) ? "number(args.m)" : "n";
    }
  }
  std::string boolean(int depth) {
    static const char *cmps[] = {" < ", " <= ", " > ", " >= ", " == ", " != "};
    switch (r.below(depth > 0 ? 20 : 12)) {
    case 0:
      return "contains(" + str(1) + ", " + lit() + ")";
    case 1:
      return "starts_with(" + str(1) + ", " + lit() + ")";
    case 2:
      return "ends_with(" + str(1) + ", " + lit() + ")";
    case 3:
      return str(1) + (r.chance(50) ? " == " : " != ") + lit();
    case 4:
      return "any(" + lex() + ", " + scanned(1) + ")";
    case 5:
      return "matches(pat" + std::to_string(r.below(2)) + ", " + scanned(1) + ")";
    case 6:
      return number(1) + cmps[r.below(6)] + number(1);
    case 7:
      return "flag";
    case 8:
      return r.chance(50) ? "tier == free" : "tier in [pro, staff]";
    case 9:
      return lit() + (r.chance(50) ? " in tags" : " in text");
    case 10:
      return r.chance(50) ? "args.k == \"v\"" : "args.m == 2";
    case 11:
      return r.chance(50) ? "tags in tx.a.*" : "title in tx.c";
    case 12:
      return "not " + boolean(depth - 1);
    case 13:
    case 14:
      return "(" + boolean(depth - 1) + " and " + boolean(depth - 1) + ")";
    case 15:
    case 16:
      return "(" + boolean(depth - 1) + " or " + boolean(depth - 1) + ")";
    case 17:
      return r.chance(30) ? "tags[" + std::to_string(r.below(3)) + "] == " + lit() : "flag";
    case 18:
      return "s0 > " + std::to_string(r.below(3));
    default:
      return "\"" + r.pick(words) + "\" in terms(" + lex() + ", text)";
    }
  }
  Random &r;
  std::string modelPath, maskedModelPath;
};

std::string jsonString(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    if ((unsigned char)c < 0x20) { // control characters are escaped in JSON
      static const char *const hex = "0123456789abcdef";
      out += c == '\n' ? std::string("\\n") : std::string("\\u00") + hex[c >> 4] + hex[c & 15];
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string randomText(Random &r) {
  static const std::vector<std::string> pieces = {"a", "b", " ", "x", "A", "B", "-", "c",
                                                  "é", "\n", "blood", "gore", "ab", "4", "t2i.violence",
                                                  // disguises for normalising lexicons
                                                  "0", ".", "É", "\u0430", "\uFF42", "\u200B", "bb", "o",
                                                  "e\u0301", "@", "\U0001D41B", "\u00A0", "\u00AD",
                                                  "\u202E", "\uFB01", "\u0412", "\u2022", "_", "!",
                                                  "b l o o d", "g.o.r.e", "a b o m b", "\u00DF", "\t", "\r",
                                                  // letters one space apart that split into words
                                                  "c o u p l e ", "t h e r a p i s t", "b a t h b o m b",
                                                  " bath", "bomb", "couple",
                                                  // letter-like symbols: negative squared, small capitals
                                                  "\U0001F171", "\u1D0F", "\u0299", "\U0001F1E7",
                                                  // masked letters
                                                  "bl*od", "g#re", "*",
                                                  // a gap longer than a disguised spelling may be
                                                  // (kMaxSpellingBytes): "a" then "b" 300 bytes on
                                                  std::string(300, ' ')};
  std::string s;
  unsigned n = r.below(12);
  for (unsigned i = 0; i < n; ++i)
    s += r.pick(pieces);
  // Now and then the whole text disguised, as an attacker would.
  if (r.chance(25)) {
    llvm::ArrayRef<Disguise> kinds = allDisguises();
    s = disguise(s, kinds[r.below(unsigned(kinds.size()))]);
  }
  return s;
}

std::string randomInput(Random &r) {
  std::string s = "{";
  auto field = [&](const std::string &name, const std::string &value) {
    if (s.size() > 1)
      s += ",";
    s += "\"" + name + "\":" + value;
  };
  if (!r.chance(3))
    field("text", r.chance(3) ? "3" : jsonString(randomText(r)));
  if (r.chance(60))
    field("title", jsonString(r.chance(30) ? (r.chance(50) ? "tx.c" : "C") : randomText(r)));
  if (!r.chance(2))
    field("n", std::to_string(int(r.below(7)) - 2) + (r.chance(30) ? ".5" : ""));
  field("flag", r.chance(50) ? "true" : "false");
  static const std::vector<std::string> tiers = {"\"free\"", "\"pro\"", "\"staff\"", "\"gold\""};
  if (!r.chance(2))
    field("tier", r.chance(97) ? tiers[r.below(3)] : tiers[3]);
  std::string tags = "[";
  unsigned n = r.below(4);
  for (unsigned i = 0; i < n; ++i) {
    static const std::vector<std::string> tagValues = {"x", "ab", "tx.a", "tx.a.b", "A", "blood"};
    tags += (i ? "," : "") + jsonString(r.chance(50) ? r.pick(tagValues) : randomText(r));
  }
  field("tags", tags + "]");
  if (r.chance(70)) {
    std::string args = "{";
    if (r.chance(70))
      args += "\"k\":" + (r.chance(80) ? jsonString(r.chance(50) ? "v" : randomText(r)) : "1");
    if (r.chance(60))
      args += std::string(args.size() > 1 ? "," : "") + "\"m\":" + (r.chance(80) ? "2" : "\"2\"");
    field("args", args + "}");
  }
  return s + "}";
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv, "compiled guards against the reference interpreter\n");
  Random r(seed);
  // A small model trained on random texts, for the policies that call one.
  std::string modelPath, maskedModelPath;
  {
    std::vector<model::LabelledPrompt> prompts;
    for (unsigned i = 0; i < 400; ++i) {
      std::string text = randomText(r) + " " + randomText(r);
      model::LabelledPrompt p{std::to_string(i), text, {}, i % 5 == 0 ? "dev" : "train"};
      if (llvm::StringRef(text).contains("blood"))
        p.labels.insert("A");
      if (llvm::StringRef(text).contains("ab"))
        p.labels.insert("B");
      if (r.chance(30))
        p.labels.insert("C");
      prompts.push_back(std::move(p));
    }
    model::TrainOptions train;
    train.buckets = 512;
    train.epochs = 4;
    train.vocabulary = 30; // some words looked up, the others hashed feature by feature
    for (bool masked : {false, true}) {
      // The second reads the skeleton, its masked words read back.
      train.normalize = masked ? std::vector<std::string>{"obfuscation", "masks"} : std::vector<std::string>{};
      model::LinearModel m = model::trainLinear(prompts, {{"a", "A"}, {"b", "B"}, {"c", "C"}}, train);
      llvm::SmallString<128> path;
      std::string error;
      if (llvm::sys::fs::createTemporaryFile("risk-policy-diff", "rkm", path) ||
          !model::writeModel(path, m, error)) {
        llvm::errs() << "cannot write the test model: " << error << "\n";
        return 1;
      }
      (masked ? maskedModelPath : modelPath) = std::string(path);
    }
  }
  size_t pairs = 0, policies = 0, spans = 0, fusedPolicies = 0, mergedScans = 0, modelPolicies = 0,
         normalizingPolicies = 0, normalizingPatternPolicies = 0, chunkedPolicies = 0,
         wordTablePolicies = 0, skeletonWordTablePolicies = 0, unmaskingPolicies = 0,
         unmaskingModelPolicies = 0;
  std::map<std::string, size_t> actions;
  for (unsigned p = 0; p < numPolicies; ++p) {
    std::string source = PolicyGen(r, modelPath, maskedModelPath).run();
    modelPolicies += llvm::StringRef(source).contains("model clf");
    normalizingPolicies += llvm::StringRef(source).contains("normalize");
    normalizingPatternPolicies += llvm::StringRef(source).contains("/ normalize") ||
                                  llvm::StringRef(source).contains("/i normalize");
    driver::CommonOptions options;
    options.frontend.stdlibDir = getDefaultStdlibDir(argv[0]);
    if (!modelPath.empty()) // the policies may read the model's folder
      options.frontend.includeDirs.push_back(std::string(llvm::sys::path::parent_path(modelPath)));
    driver::Compilation c(options);
    uint32_t file = c.sources.addBuffer("random.riskcard", source);
    c.loader.loadRootBuffer(file);
    c.loader.resolveImports();
    c.sema.run();
    const PolicyDecl *decl = nullptr;
    for (const auto &d : c.program.roots.front()->decls)
      if (auto *pd = llvm::dyn_cast<PolicyDecl>(d.get()))
        decl = pd;
    std::unique_ptr<CheckedPolicy> policy = decl ? checkPolicy(*decl, c.sema, c.program) : nullptr;
    if (c.diags.hasErrors() || !policy) {
      llvm::errs() << "the generator wrote an invalid policy:\n" << source;
      c.diags.emit(llvm::errs(), DiagnosticFormat::Text);
      return 1;
    }
    PipelineOptions pipeline;
    pipeline.maxFusedStates = maxFusedStates;
    // Every other policy puts its rules into chunk functions of 1 to 3 rules
    // (the lowering of large policies), checked like the rest.
    pipeline.rulesPerFunction = p % 2 ? 1 + (p / 2) % 3 : 64;
    chunkedPolicies += p % 2;
    std::unique_ptr<Engine> jit = createEngine("jit", *policy, c.diags, pipeline);
    std::unique_ptr<Engine> interp = createEngine("interp", *policy, c.diags);
    if (!jit || !interp) {
      llvm::errs() << "cannot compile:\n" << source;
      c.diags.emit(llvm::errs(), DiagnosticFormat::Text);
      return 1;
    }
    ++policies;
    {
      // How many scans of this policy are merged (what the JIT runs).
      mlir::MLIRContext context;
      auto module = compilePolicy(context, *policy, c.sources, c.diags, Stage::Risk, pipeline);
      bool merged = false;
      if (module)
        module->walk([&](ScanSetOp set) {
          merged = true;
          mergedScans += set.getMatchers().size();
        });
      fusedPolicies += merged;
      // Whether whole-word lexicons are looked up in a word table (what the
      // lowering builds for them).
      mlir::MLIRContext lowered;
      auto standard = compilePolicy(lowered, *policy, c.sources, c.diags, Stage::Standard, pipeline);
      bool wordTable = false, skeletonWordTable = false, unmasking = false;
      if (standard)
        standard->walk([&](mlir::memref::GlobalOp g) {
          wordTable |= g.getSymName().starts_with("words_keys");
          skeletonWordTable |= g.getSymName().starts_with("skeleton_words_keys");
          unmasking |= g.getSymName().ends_with("_unmask_keys");
        });
      unmaskingPolicies += unmasking;
      unmaskingModelPolicies += unmasking && llvm::StringRef(source).contains(maskedModelPath);
      wordTablePolicies += wordTable || skeletonWordTable;
      skeletonWordTablePolicies += skeletonWordTable;
    }
    for (unsigned i = 0; i < numInputs; ++i) {
      std::string input = randomInput(r);
      EngineResult a = jit->run(input), b = interp->run(input);
      std::string ja = a.decision.toJson(true), jb = b.decision.toJson(true);
      if (ja != jb || a.ruleBits != b.ruleBits) {
        llvm::errs() << "MISMATCH\npolicy:\n" << source << "input: " << input << "\njit:    " << ja
                     << "\ninterp: " << jb << "\n";
        return 1;
      }
      ++pairs;
      ++actions[riskrt::actionName(a.decision.action)];
      spans += a.decision.spans.size();
    }
  }
  llvm::outs() << policies << " policies, " << pairs << " input pairs, 0 mismatches\n";
  llvm::sys::fs::remove(modelPath);
  llvm::outs() << modelPolicies << " policies call a learned model\n";
  llvm::outs() << normalizingPolicies << " policies have a lexicon or pattern with normalisation ("
               << normalizingPatternPolicies << " a pattern)\n";
  llvm::outs() << chunkedPolicies << " policies put their rules into chunks of 1-3 rules\n";
  llvm::outs() << fusedPolicies << " policies scan a field for several matchers at once ("
               << mergedScans << " scans merged)\n";
  llvm::outs() << wordTablePolicies << " policies look whole-word lexicons up in a word table\n";
  llvm::outs() << skeletonWordTablePolicies << " of them through a skeleton\n";
  llvm::outs() << unmaskingPolicies << " policies read masked words back (" << unmaskingModelPolicies
               << " with a model that reads them too)\n";
  llvm::outs() << "decisions:";
  for (auto &[name, n] : actions)
    llvm::outs() << " " << name << " " << n;
  llvm::outs() << "; " << spans << " evidence spans\n";
  return 0;
}
