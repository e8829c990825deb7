//===- Train.cpp - riskc train: a linear scorer from labelled prompts -------===//
#include "risk/Automata/Normalize.h"
#include "risk/Driver/Driver.h"
#include "risk/Model/Linear.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <map>
#include <set>

using namespace risk;
using namespace risk::driver;

static const char *const trainHelp = R"(usage: riskc train --data FILE --labels MODULE -o MODEL.rkm [options]

Trains a linear scorer (one-vs-rest logistic regression over hashed word and
character n-grams) on the `train` split of labelled prompts, tunes each
label's threshold for F1 on the `dev` split, and writes a model that
`model NAME = linear("MODEL.rkm")` loads.
  --data FILE        labelled prompts: JSON Lines, one `{"text": ..., "labels":
                     [...]}` per line (optional "split": train|dev|test, "id";
                     no labels is benign), or the T2I-RiskyPrompt layout
  --benign FILE      benign prompts, one per line, used as negatives
  --labels MODULE    the labels: the leaf categories of the taxonomy a module
                     declares: a module on the search path (the current
                     folder, -I DIR), e.g. your own `acme`, else the stdlib's
                     (`t2i` is std.taxonomy.t2i). A prompt's label is a leaf
                     category's code, its path (`fraud.phishing`) or its full
                     path (`acme.fraud.phishing`). Every label needs positive
                     prompts in the train split.
  -I DIR             a folder to look for the module in
  -o FILE            the model to write
  --buckets N        hashed feature buckets, a power of two (default 65536)
  --epochs N         passes over the training prompts (default 12)
  --seed N           the shuffling seed (default 1); training is deterministic
  --l2 X             the weight decay: each update of a weight also shrinks it
                     by step x X (default 1; 0: none). Larger keeps the
                     weights small and the scores less sure of themselves
  --normalize N,...  read the skeleton of each text, case folded, instead of
                     the raw text (`obfuscation`, or any of nfkc, leetspeak,
                     repeats, separators, zero_width, homoglyphs): disguised
                     spellings then have the features of the plain ones. The
                     model file records it, and every engine applies it.
  --features K,...   the kinds of feature the model reads: word, bigram,
                     chars (character 3- to 5-grams of each word); default
                     all three. Without chars a scorer is several times
                     faster (they are most of a text's features)
  --max-fpr F        bound each label's threshold: it may flag at most this
                     share of the benign dev prompts (those with no label;
                     default 1, no bound); the F1-best cut within the bound
  --vocabulary N     record the N words seen most in training (default
                     4096; 0: none). They change no score; the compiler sums
                     each one's word and n-gram weights ahead of time, so a
                     guard looks a known word up instead of hashing its
                     n-grams
)";

int driver::runTrain(const char *argv0, Args args) {
  if (args.flag("--help") || args.flag("-h")) {
    llvm::outs() << trainHelp;
    return 0;
  }
  CommonOptions options;
  bool ok = parseCommonOptions(args, argv0, options);
  std::string data = args.value("--data").value_or("");
  std::string benign = args.value("--benign").value_or("");
  std::string labels = args.value("--labels").value_or("");
  std::string output = args.value("-o").value_or("");
  model::TrainOptions train;
  ok &= args.positive("--buckets", train.buckets);
  ok &= args.positive("--epochs", train.epochs);
  ok &= args.positive("--seed", train.seed);
  ok &= args.real("--l2", 100, "a number", train.l2);
  ok &= args.real("--max-fpr", 1, "a share", train.maxFpr);
  if (std::optional<std::string> v = args.value("--vocabulary")) {
    unsigned long long n;
    if (llvm::StringRef(*v).getAsInteger(10, n) || n > (1u << 20)) {
      errs() << "error: `--vocabulary` wants a number of words from 0 to 1048576, not `" << *v << "`\n";
      ok = false;
    } else {
      train.vocabulary = size_t(n);
    }
  }
  if (std::optional<std::string> n = args.value("--normalize")) {
    llvm::SmallVector<llvm::StringRef> names;
    llvm::StringRef(*n).split(names, ',', -1, false);
    for (llvm::StringRef name : names) {
      if (!normalizationNamed(name.trim())) {
        errs() << "error: `--normalize`: unknown normalisation `" << name.trim()
               << "` (obfuscation, nfkc, leetspeak, repeats, separators, zero_width, homoglyphs)\n";
        ok = false;
      }
      train.normalize.push_back(name.trim().str());
    }
  }
  if (std::optional<std::string> f = args.value("--features")) {
    llvm::SmallVector<llvm::StringRef> names;
    llvm::StringRef(*f).split(names, ',', -1, false);
    train.features = 0;
    for (llvm::StringRef name : names) {
      unsigned bit = model::featureMaskNamed(name.trim());
      if (!bit) {
        errs() << "error: `--features`: unknown kind `" << name.trim() << "` (word, bigram, chars)\n";
        ok = false;
      }
      train.features |= bit;
    }
    if (!train.features) {
      errs() << "error: `--features` names no kind (word, bigram, chars)\n";
      ok = false;
    }
  }
  std::vector<std::string> rest;
  ok &= args.finish(rest, "train");
  if (!ok)
    return 1;
  if (data.empty() || labels.empty() || output.empty() || !rest.empty()) {
    errs() << "error: usage: riskc train --data FILE --labels MODULE -o MODEL.rkm\n";
    return 1;
  }
  if (train.buckets & (train.buckets - 1) || train.buckets > (1u << 24)) {
    errs() << "error: `--buckets` must be a power of two up to 16777216\n";
    return 1;
  }

  // The labels: the leaf categories of the taxonomy a module declares. A
  // module of the user's (on the search path) comes before the stdlib's.
  auto findable = [&](const std::string &name) {
    CommonOptions quiet = options;
    Compilation probe(quiet);
    uint32_t id = probe.sources.addBuffer("<train>", "import " + name + "\n");
    probe.loader.loadRootBuffer(id);
    probe.loader.resolveImports();
    return !probe.diags.hasErrors();
  };
  std::string moduleName = labels;
  if (!llvm::StringRef(labels).contains('.') && !findable(labels))
    moduleName = "std.taxonomy." + labels;
  Compilation c(options);
  uint32_t id = c.sources.addBuffer("<train>", "import " + moduleName + " as labels\n");
  c.loader.loadRootBuffer(id);
  c.loader.resolveImports();
  c.sema.run();
  emitDiagnostics(c.diags, options.format);
  if (c.diags.hasErrors())
    return 1;
  // Each label is (category id, the key prompts are labelled with: its code,
  // or its path when it has none); `spelling` maps every accepted way of
  // writing a label to that key.
  std::vector<std::pair<std::string, std::string>> labelList;
  std::map<std::string, std::string> spelling;
  for (const TaxonomyDecl *t : c.sema.getTaxonomies())
    if (t->module && t->module->name == moduleName)
      t->walk([&](const CategoryDecl *cat) {
        if (!cat->children.empty())
          return;
        std::string key = cat->code ? cat->code->value : cat->path();
        labelList.push_back({cat->id.name, key});
        for (const std::string &s : {key, cat->path(), cat->qualifiedPath()})
          spelling.emplace(s, key);
      });
  if (labelList.empty()) {
    errs() << "error: module `" << moduleName << "` declares no taxonomy with categories to learn\n";
    return 1;
  }

  std::vector<model::LabelledPrompt> prompts;
  size_t skipped = 0;
  std::string error;
  bool jsonl = model::looksLikeJsonl(data);
  if (!(jsonl ? model::loadJsonlPrompts(data, prompts, error)
              : model::loadLabelledPrompts(data, prompts, skipped, error)) ||
      (!benign.empty() && !model::loadBenignPrompts(benign, prompts, error))) {
    errs() << "error: " << error << "\n";
    return 1;
  }
  // Labels written as paths become the keys; labels of no category are
  // reported (once each), never silently learnt as nothing.
  std::map<std::string, size_t> unknown;
  for (model::LabelledPrompt &p : prompts) {
    std::set<std::string> keys;
    for (const std::string &l : p.labels) {
      auto it = spelling.find(l);
      if (it != spelling.end())
        keys.insert(it->second);
      else
        ++unknown[l];
    }
    p.labels = std::move(keys);
  }
  std::vector<std::string> known;
  for (const auto &[s, key] : spelling)
    known.push_back(s);
  for (const auto &[l, n] : unknown)
    errs() << "warning: " << n << " prompt" << (n == 1 ? "" : "s") << " labelled `" << l
           << "`, which is no category of `" << moduleName << "` (ignored)" << didYouMean(l, known)
           << "\n";
  // A label without positive prompts to learn from would give a model that
  // never fires for it: refuse, naming each.
  std::map<std::string, size_t> positives;
  for (const model::LabelledPrompt &p : prompts)
    if (p.split == "train")
      for (const std::string &l : p.labels)
        ++positives[l];
  std::vector<std::string> empty;
  for (const auto &[name, key] : labelList)
    if (!positives.count(key))
      empty.push_back(key == name ? name : name + " (`" + key + "`)");
  if (!empty.empty()) {
    errs() << "error: " << (empty.size() == labelList.size() ? "no label has" : "these labels have")
           << " no positive prompts in the train split of `" << data << "`: "
           << llvm::join(empty, ", ")
           << "\n  label prompts with the categories' codes or paths, or train on a taxonomy "
              "with only the categories your data covers\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  model::LinearModel m = model::trainLinear(prompts, labelList, train);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!model::writeModel(output, m, error)) {
    errs() << "error: cannot write `" << output << "`: " << error << "\n";
    return 1;
  }
  auto report = llvm::json::parse(m.trainingReport);
  const llvm::json::Object *r = report ? report->getAsObject() : nullptr;
  llvm::outs() << "trained " << labelList.size() << " labels on "
               << (r ? r->getInteger("train_prompts").value_or(0) : 0) << " prompts ("
               << llvm::format("%.1f", seconds) << " s, " << train.buckets << " buckets, "
               << train.epochs << " epochs, seed " << train.seed << "); dev macro-F1 "
               << llvm::format("%.3f", r ? r->getNumber("dev_macro_f1").value_or(0) : 0) << " on "
               << (r ? r->getInteger("dev_prompts").value_or(0) : 0) << " prompts\n";
  if (r)
    if (const llvm::json::Object *per = r->getObject("labels"))
      for (const model::LinearModel::Label &l : m.labels)
        if (const llvm::json::Object *o = per->getObject(l.name))
          llvm::outs() << llvm::format("  %-28s dev F1 %.3f  threshold %.2f  (%lld positives)\n",
                                       l.name.c_str(), o->getNumber("dev_f1").value_or(0),
                                       l.threshold, (long long)o->getInteger("dev_positives").value_or(0));
  if (!report)
    llvm::consumeError(report.takeError());
  llvm::outs() << "wrote " << output << " (" << (m.weights.size() * 4 + 512) / 1024 << " KiB)\n";
  return 0;
}
